import { hostname } from 'node:os';
import { DelayedError, UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { JOB_RESULT_SCHEMA_ID, JobEnvelopeSchema, type JobResult } from '../../schemas/job.js';
import type { SourceEntry } from '../../schemas/source.js';
import { createInProcessExecutor, type Executor } from '../batch/executor.js';
import { describeError, type ProcessFn } from '../batch/outcome.js';
import { createWorkerPool } from '../batch/worker-pool.js';
import { PIPELINE_VERSION } from '../version.js';
import { closeRedis, connectRedis, queueNameFor } from './connection.js';
import { parseJob, sourcesHash } from './job-payload.js';
import { plainRedisError, redact, type RedisTarget } from './redis-url.js';

/** Options of `startQueueWorker`; each default is stated. */
export interface QueueWorkerOptions {
  readonly target: RedisTarget;
  /** Jobs processed at once, each on its own worker thread (default 1). */
  readonly concurrency?: number;
  /**
   * A job whose worker stops renewing its lock (killed, frozen, cut off) is delivered to another
   * worker after about this long, and at most twice the time (default 30 s).
   */
  readonly lockSeconds?: number;
  /** Exit when Redis has been unreachable this long (default 600 s). */
  readonly timeoutSeconds?: number;
  /** The version this worker runs (default PIPELINE_VERSION); it takes only jobs of this version. */
  readonly pipelineVersion?: string;
  /** Runs the articles in-process with this function instead of on worker threads (tests). */
  readonly process?: ProcessFn;
  /** Told one line per event worth logging (already free of secrets). */
  readonly onLog?: (line: string) => void;
  /** Reported in results (default `host:pid`). */
  readonly name?: string;
}

export interface QueueWorker {
  readonly name: string;
  readonly queueName: string;
  /** Jobs answered so far. */
  readonly completed: number;
  /** Resolves when the worker has stopped: after `close()`, or with an error when Redis stayed away too long. */
  readonly stopped: Promise<void>;
  /** Finishes the jobs in hand, then disconnects. */
  close(): Promise<void>;
}

/** How long a refused job (another pipeline version) waits before it is offered again. */
const REFUSE_DELAY_MS = 5000;
/** Executors kept for different source registries at most (normally a run has one). */
const MAX_EXECUTORS = 2;

interface Slot {
  readonly executor: Promise<Executor>;
  busy: number;
  lastUsed: number;
}

/**
 * An `isnad worker`: takes jobs of its pipeline version from the queue, validates each one (a
 * job is never trusted), runs its articles through the same batch code as a local run (worker
 * threads, one per concurrent job), and returns one outcome per article. A job of another
 * version is put back for a matching worker; an invalid job fails at once (no retries).
 */
export async function startQueueWorker(options: QueueWorkerOptions): Promise<QueueWorker> {
  const pipeline = options.pipelineVersion ?? PIPELINE_VERSION;
  const queueName = queueNameFor(pipeline);
  const name = options.name ?? `${hostname()}:${process.pid}`;
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? 1));
  const lockMs = Math.max(1, options.lockSeconds ?? 30) * 1000;
  const timeoutMs = Math.max(1, options.timeoutSeconds ?? 600) * 1000;
  const secrets = options.target.secrets;
  const display = options.target.display;
  const log = (line: string): void => options.onLog?.(redact(line, secrets));

  let redis: Redis;
  try {
    redis = await connectRedis(options.target, { name: 'isnad-worker', maxRetriesPerRequest: null });
  } catch (err) {
    throw new Error(redact(`cannot connect to Redis at ${display}: ${plainRedisError(err)}`, secrets));
  }

  const slots = new Map<string, Slot>();
  const refusedVersions = new Set<string>();
  let completed = 0;

  const newExecutor = (sources: readonly SourceEntry[] | undefined): Promise<Executor> => {
    const processOptions = sources ? { sources } : {};
    if (options.process) return Promise.resolve(createInProcessExecutor({ ...processOptions, process: options.process }));
    return createWorkerPool({ workers: concurrency, ...processOptions });
  };

  /** The executor for a registry, made on first use; an idle one is dropped when too many are kept. */
  const acquire = (sources: readonly SourceEntry[] | undefined): { key: string; slot: Slot } => {
    const key = sourcesHash(sources);
    let slot = slots.get(key);
    if (!slot) {
      if (slots.size >= MAX_EXECUTORS) {
        const idle = [...slots.entries()].filter(([, s]) => s.busy === 0).sort((a, b) => a[1].lastUsed - b[1].lastUsed)[0];
        if (idle) {
          slots.delete(idle[0]);
          void idle[1].executor.then((e) => e.close(), () => undefined);
        }
      }
      slot = { executor: newExecutor(sources), busy: 0, lastUsed: 0 };
      const made = slot;
      // A pool that cannot start is forgotten, so the job's retry tries again.
      made.executor.catch(() => {
        if (slots.get(key) === made) slots.delete(key);
      });
      slots.set(key, slot);
    }
    slot.busy += 1;
    slot.lastUsed = Date.now();
    return { key, slot };
  };

  const processor = async (job: Job, token?: string): Promise<JobResult> => {
    const envelope = JobEnvelopeSchema.safeParse(job.data);
    if (!envelope.success) throw new UnrecoverableError('not an isnad job (no isnad/job@1 envelope)');
    if (envelope.data.pipeline !== pipeline) {
      if (!refusedVersions.has(envelope.data.pipeline)) {
        refusedVersions.add(envelope.data.pipeline);
        log(`refusing jobs of pipeline ${envelope.data.pipeline} (this worker runs ${pipeline}); they are put back for a matching worker`);
      }
      await job.moveToDelayed(Date.now() + REFUSE_DELAY_MS, token);
      throw new DelayedError();
    }
    const parsed = parseJob(job.data);
    if (!parsed.success) throw new UnrecoverableError(`invalid job: ${parsed.error}`);
    const { slot } = acquire(parsed.data.sources);
    try {
      const executor = await slot.executor;
      const outcomes = await executor.process(parsed.data.articles);
      if (outcomes.length !== parsed.data.articles.length) throw new Error(`the executor returned ${outcomes.length} outcomes for ${parsed.data.articles.length} articles`);
      return { schema: JOB_RESULT_SCHEMA_ID, pipeline, worker: name, outcomes };
    } finally {
      slot.busy -= 1;
      slot.lastUsed = Date.now();
    }
  };

  const worker = new Worker(queueName, processor, {
    connection: redis,
    concurrency,
    lockDuration: lockMs,
    stalledInterval: lockMs,
    maxStalledCount: 2,
    name,
    autorun: false,
  });

  let resolveStopped!: () => void;
  let rejectStopped!: (err: Error) => void;
  const stopped = new Promise<void>((resolve, reject) => {
    resolveStopped = resolve;
    rejectStopped = reject;
  });
  stopped.catch(() => undefined);

  let lostSince: number | null = null;
  let giveUp: NodeJS.Timeout | null = null;
  let closing: Promise<void> | null = null;

  const shutDown = (force: boolean): Promise<void> => {
    closing ??= (async () => {
      if (giveUp) clearTimeout(giveUp);
      await worker.close(force).catch(() => undefined);
      await Promise.all([...slots.values()].map((s) => s.executor.then((e) => e.close(), () => undefined)));
      slots.clear();
      await closeRedis(redis);
    })();
    return closing;
  };

  const lost = (why: string): void => {
    if (lostSince !== null || closing) return;
    lostSince = Date.now();
    log(`lost Redis at ${display} (${why}); reconnecting, for up to ${Math.round(timeoutMs / 1000)} s`);
    giveUp = setTimeout(() => {
      const err = new Error(redact(`Redis at ${display} was unreachable for ${Math.round(timeoutMs / 1000)} s`, secrets));
      void shutDown(true).then(() => rejectStopped(err));
    }, timeoutMs);
  };
  const back = (): void => {
    if (lostSince === null) return;
    lostSince = null;
    if (giveUp) clearTimeout(giveUp);
    giveUp = null;
    log(`Redis at ${display} is back`);
  };
  redis.on('close', () => lost('connection closed'));
  redis.on('ready', back);
  /** Jobs already reported as taken away (BullMQ reports each twice). */
  const recentlyTaken = new Set<string>();
  worker.on('error', (err) => {
    const taken = /^(?:Missing lock|Lock mismatch|Missing key) for job (\S+?)\.? /.exec(err.message);
    if (taken && !recentlyTaken.has(taken[1]!)) {
      recentlyTaken.add(taken[1]!);
      if (recentlyTaken.size > 100) recentlyTaken.delete(recentlyTaken.values().next().value!);
      log(`job ${taken[1]} was taken from this worker (Redis lost it, or its lock expired and another worker has it); its result is dropped`);
    } else if (taken) return;
    else if (/ECONNREFUSED|ECONNRESET|Connection is closed|ETIMEDOUT|EHOSTUNREACH/.test(err.message)) lost(err.message);
    else log(`error: ${describeError(err)}`);
  });
  worker.on('failed', (job, err) => {
    if (!job || err instanceof DelayedError) return;
    const attempts = job.opts.attempts ?? 1;
    log(`job ${job.id} failed (attempt ${job.attemptsMade} of ${attempts}): ${describeError(err)}`);
  });
  worker.on('completed', () => {
    completed += 1;
  });

  void worker.run().catch((err: unknown) => {
    log(`stopped: ${describeError(err)}`);
    void shutDown(true).then(() => rejectStopped(new Error(redact(describeError(err), secrets))));
  });
  await worker.waitUntilReady();
  log(`worker ${name} serving queue ${queueName} (pipeline ${pipeline}) at ${display}, ${concurrency} job${concurrency === 1 ? '' : 's'} at a time`);

  return {
    name,
    queueName,
    get completed() {
      return completed;
    },
    stopped,
    async close() {
      await shutDown(false);
      resolveStopped();
    },
  };
}
