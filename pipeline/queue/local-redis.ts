import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A throwaway redis-server on a loopback port, for tests and `scripts/bench-queue.ts`: no
 * persistence unless asked, its own temporary directory, stopped by its pid.
 */
export interface LocalRedis {
  readonly port: number;
  readonly url: string;
  /** Current server process id (changes on `restart`). */
  readonly pid: number | undefined;
  /** Stops the server (SIGTERM, then SIGKILL after 5 s). Its data is lost unless `appendOnly`. */
  stop(): Promise<void>;
  /** Starts it again on the same port. */
  start(): Promise<void>;
  /** Stops it for good and removes its directory. */
  dispose(): Promise<void>;
}

export interface LocalRedisOptions {
  /** `redis-server` binary (default: the one on PATH). */
  readonly binary?: string;
  /** Port (default: a free one). */
  readonly port?: number;
  /** `--requirepass` (default: none). */
  readonly password?: string;
  /** Keep data across `stop`/`start` with an append-only file (default false). */
  readonly appendOnly?: boolean;
  /** Serve TLS only (`rediss://`), with this PEM certificate and key (default: plain TCP). */
  readonly tls?: { readonly certFile: string; readonly keyFile: string };
}

/** True when `redis-server` can be run. */
export function hasRedisServer(binary = 'redis-server'): boolean {
  const r = spawnSync(binary, ['--version'], { stdio: 'ignore' });
  return r.status === 0;
}

/** A port the kernel says is free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Starts a redis-server on 127.0.0.1 and waits until it answers PING (at most 10 s). */
export async function startLocalRedis(options: LocalRedisOptions = {}): Promise<LocalRedis> {
  const binary = options.binary ?? 'redis-server';
  const dir = mkdtempSync(path.join(tmpdir(), 'isnad-redis-'));
  let port = options.port ?? (await freePort());
  let child: ChildProcess | null = null;

  const tlsOptions = options.tls;
  const listen = (): string[] =>
    tlsOptions
      ? ['--port', '0', '--tls-port', String(port), '--tls-cert-file', tlsOptions.certFile, '--tls-key-file', tlsOptions.keyFile, '--tls-ca-cert-file', tlsOptions.certFile, '--tls-auth-clients', 'no']
      : ['--port', String(port)];
  const args = (): string[] => [
    ...listen(),
    '--bind', '127.0.0.1',
    '--dir', dir,
    '--save', '',
    '--appendonly', options.appendOnly ? 'yes' : 'no',
    '--maxmemory-policy', 'noeviction',
    '--daemonize', 'no',
    '--loglevel', 'warning',
    ...(options.password !== undefined ? ['--requirepass', options.password] : []),
  ];

  const start = async (): Promise<void> => {
    if (child) return;
    const proc = spawn(binary, args(), { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    proc.stderr?.on('data', (chunk: Buffer) => {
      if (stderr.length < 4000) stderr += chunk.toString('utf8');
    });
    child = proc;
    proc.once('exit', () => {
      if (child === proc) child = null;
    });
    for (let i = 0; i < 200; i++) {
      if (child !== proc) throw new Error(`redis-server exited at start: ${stderr.trim()}`);
      if (await answersPing(port, options.password, tlsOptions !== undefined)) return;
      await sleep(50);
    }
    proc.kill('SIGKILL');
    throw new Error(`redis-server did not answer on 127.0.0.1:${port} within 10 s`);
  };

  const stop = async (): Promise<void> => {
    const proc = child;
    if (!proc) return;
    const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
    proc.kill('SIGTERM');
    const timer = setTimeout(() => proc.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };

  // A port found free can be taken before redis binds it: try a few.
  for (let attempt = 0; ; attempt++) {
    try {
      await start();
      break;
    } catch (err) {
      if (attempt >= 2 || options.port !== undefined) {
        rmSync(dir, { recursive: true, force: true });
        throw err;
      }
      port = await freePort();
    }
  }

  const auth = options.password !== undefined ? `:${encodeURIComponent(options.password)}@` : '';
  return {
    port,
    url: `${tlsOptions ? 'rediss' : 'redis'}://${auth}127.0.0.1:${port}`,
    get pid() {
      return child?.pid;
    },
    stop,
    start,
    async dispose() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Sends PING (after AUTH when there is a password) and reports whether a reply came back. */
function answersPing(port: number, password: string | undefined, tls: boolean): Promise<boolean> {
  return new Promise((resolve) => {
    const command = password !== undefined ? `${resp(['AUTH', password])}${resp(['PING'])}` : resp(['PING']);
    // The test server's certificate is checked by the clients under test, not by this probe.
    const socket = tls ? tlsConnect({ port, host: '127.0.0.1', rejectUnauthorized: false }, () => socket.write(command)) : new Socket();
    let reply = '';
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('error', () => done(false));
    socket.on('data', (chunk: Buffer) => {
      reply += chunk.toString('latin1');
      if (reply.includes('+PONG')) done(true);
      else if (reply.includes('-')) done(false);
    });
    if (!tls) socket.connect(port, '127.0.0.1', () => socket.write(command));
  });
}

/** A command in the Redis protocol (RESP). */
function resp(parts: readonly string[]): string {
  return `*${parts.length}\r\n${parts.map((p) => `$${Buffer.byteLength(p)}\r\n${p}\r\n`).join('')}`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
