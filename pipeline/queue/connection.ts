import { isIP } from 'node:net';
import { Redis, type RedisOptions } from 'ioredis';
import { PIPELINE_VERSION } from '../version.js';
import type { RedisTarget } from './redis-url.js';

/**
 * The queue of one pipeline version. Workers listen only to their own version's queue, so a
 * worker never even sees a job it would have to refuse; the version in each job is checked too.
 */
export function queueNameFor(pipelineVersion: string = PIPELINE_VERSION): string {
  return pipelineVersion.replace(/[^A-Za-z0-9._@+-]/g, '-');
}

export interface ConnectOptions {
  /** Shown in `CLIENT LIST` (e.g. `isnad-coordinator`). */
  readonly name: string;
  /**
   * How many reconnection attempts a command waits for before it fails (null: forever, as a
   * BullMQ worker needs). The coordinator uses a small number and retries on its own clock.
   */
  readonly maxRetriesPerRequest: number | null;
}

/** Reconnect quickly at first (Redis restarting), then every 2 s. */
export function reconnectDelay(attempt: number): number {
  return Math.min(100 * 2 ** Math.min(attempt, 5), 2000);
}

/** ioredis options for a target: TLS for `rediss://` (checked against the system CAs and NODE_EXTRA_CA_CERTS). */
export function redisOptions(target: RedisTarget, options: ConnectOptions): RedisOptions {
  return {
    host: target.host,
    port: target.port,
    db: target.db,
    ...(target.username !== undefined ? { username: target.username } : {}),
    ...(target.password !== undefined ? { password: target.password } : {}),
    // Certificates are verified (system CAs, plus NODE_EXTRA_CA_CERTS); SNI only for host names.
    ...(target.tls ? { tls: isIP(target.host) === 0 ? { servername: target.host } : {} } : {}),
    connectionName: options.name,
    maxRetriesPerRequest: options.maxRetriesPerRequest,
    retryStrategy: reconnectDelay,
    connectTimeout: 10_000,
    enableReadyCheck: true,
    lazyConnect: true,
  };
}

/** Opens a connection (rejects when the first connection fails: bad host, password or TLS). */
export async function connectRedis(target: RedisTarget, options: ConnectOptions): Promise<Redis> {
  const client = new Redis({ ...redisOptions(target, options), retryStrategy: () => null });
  // Errors surface through connect() and commands; without a listener ioredis would print them.
  // The first one says what went wrong (connect() itself only says "Connection is closed").
  let first: unknown = null;
  const remember = (err: unknown): void => {
    first ??= err;
  };
  client.on('error', remember);
  try {
    await client.connect();
    // The server may refuse the password only after the socket is open.
    await client.ping();
  } catch (err) {
    client.disconnect();
    throw first ?? err;
  } finally {
    client.off('error', remember);
  }
  client.on('error', () => undefined);
  // Connected once: from now on, losing Redis means waiting for it to come back.
  client.options.retryStrategy = reconnectDelay;
  return client;
}

/** Closes a connection politely, or drops it when Redis does not answer within `ms`. */
export async function closeRedis(client: Redis, ms = 2000): Promise<void> {
  if (client.status === 'end') return;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  try {
    await Promise.race([client.quit().then(() => undefined, () => undefined), late]);
  } finally {
    clearTimeout(timer);
    client.disconnect();
  }
}
