import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { ArticleInput } from '../../schemas/article.js';
import type { JobData, JobOutcome } from '../../schemas/job.js';
import type { SourceEntry } from '../../schemas/source.js';
import type { Executor } from '../batch/executor.js';
import { failedOutcome, type ArticleOutcome } from '../batch/outcome.js';
import { PIPELINE_VERSION } from '../version.js';
import { closeRedis, connectRedis, queueNameFor } from './connection.js';
import { buildJob, checkResult, jobIdFor, sourcesHash } from './job-payload.js';
import { plainRedisError, redact, type RedisTarget } from './redis-url.js';

/** Options of `createQueueExecutor`; each default is stated. */
export interface QueueExecutorOptions {
  readonly target: RedisTarget;
  /** The run id (see run-state.ts): part of every job id. */
  readonly run: string;
  readonly sources?: readonly SourceEntry[];
  /** Jobs worked on at once; the batch runner keeps twice as many in flight (default 16). */
  readonly jobs?: number;
  /** Give up (the run fails, resumable) when Redis is unreachable, or no job finishes, for this long (default 600 s). */
  readonly timeoutSeconds?: number;
  /** How often the state of the jobs in flight is read (default 100 ms). */
  readonly pollMs?: number;
  /** Tries per job before its articles become `job-failed` error records (default 3). */
  readonly attempts?: number;
  /** Delay before the first retry, doubled at each next one (default 1000 ms). */
  readonly backoffMs?: number;
  /**
   * On close, leave the jobs still in flight in Redis for a `--resume`d coordinator (default true);
   * false removes them (those not held by a worker), as for a run without `-o` that cannot resume.
   */
  readonly keepUnfinished?: boolean;
  /** Only workers of this version take the jobs (default PIPELINE_VERSION). */
  readonly pipelineVersion?: string;
  /** Told what an operator should know: Redis lost and back, jobs delivered again, no workers. */
  readonly onNotice?: (message: string) => void;
}

/** The executor, plus what the distributed run can tell about itself. */
export interface QueueExecutor extends Executor {
  readonly queueName: string;
  /** The Redis URL, password hidden. */
  readonly display: string;
  readonly counts: QueueCounts;
}

export interface QueueCounts {
  /** Jobs enqueued by this coordinator (including ones found already enqueued or finished). */
  enqueued: number;
  /** Jobs whose result came back. */
  completed: number;
  /** Of those, jobs enqueued and finished before this coordinator started (a resumed run). */
  reused: number;
  /** Jobs that failed for good (their articles became `job-failed` records). */
  failed: number;
  /** Jobs that vanished from Redis (restarted without persistence) and were enqueued again. */
  requeued: number;
  /** Jobs that finished after being delivered again because their worker stopped renewing its lock. */
  redelivered: number;
}

interface Tracked {
  readonly id: string;
  readonly data: JobData;
  readonly resolve: (outcomes: ArticleOutcome[]) => void;
  readonly reject: (err: Error) => void;
  /** A failed job found from an earlier coordinator gets one fresh set of attempts. */
  retriedStale: boolean;
  /** In Redis as far as this coordinator knows (false until the add succeeds, and again once Redis lost it). */
  added: boolean;
  /** An add is under way (never two at once for a job). */
  adding: boolean;
}

const JOB_NAME = 'articles';
/** Finished jobs the coordinator never collected (it died and was not resumed) are removed after a day. */
const KEEP_SECONDS = 24 * 3600;
/** Events BullMQ keeps in its stream (approximately: Redis trims whole stream nodes). */
const EVENTS_KEPT = 64;
/** A notice when no job has finished for this long, with how many workers are connected. */
const QUIET_NOTICE_MS = 15_000;

/**
 * Processes batches on remote `isnad worker`s through a BullMQ queue in Redis. Each batch is
 * one job whose id is derived from its content; the coordinator reads the state of its jobs in
 * flight every `pollMs` (so nothing depends on events that a restarting Redis would lose):
 * a finished job's result is checked and handed back, a failed one becomes `job-failed`
 * outcomes, a job Redis lost is enqueued again. While Redis is unreachable it waits, up to
 * `timeoutSeconds`; then every batch in flight is rejected and the run stops (resumable).
 */
export async function createQueueExecutor(options: QueueExecutorOptions): Promise<QueueExecutor> {
  const pipeline = options.pipelineVersion ?? PIPELINE_VERSION;
  const queueName = queueNameFor(pipeline);
  const secrets = options.target.secrets;
  const display = options.target.display;
  const jobs = Math.max(1, Math.floor(options.jobs ?? 16));
  const timeoutMs = Math.max(1, options.timeoutSeconds ?? 600) * 1000;
  const pollMs = Math.max(10, options.pollMs ?? 100);
  const attempts = Math.max(1, Math.floor(options.attempts ?? 3));
  const backoffMs = Math.max(0, options.backoffMs ?? 1000);
  const registryHash = sourcesHash(options.sources);
  const notice = (message: string): void => options.onNotice?.(redact(message, secrets));
  const safeError = (err: unknown): Error => new Error(redact(plainRedisError(err), secrets));

  let redis: Redis;
  try {
    redis = await connectRedis(options.target, { name: 'isnad-coordinator', maxRetriesPerRequest: 2 });
  } catch (err) {
    throw new Error(`cannot connect to Redis at ${display}: ${safeError(err).message}`);
  }
  // Nothing here reads BullMQ's event stream, and each `completed` event copies a whole result
  // into it: keep it short (BullMQ's default of 10,000 events could hold gigabytes).
  const queue = new Queue(queueName, { connection: redis, streams: { events: { maxLen: EVENTS_KEPT } } });
  queue.on('error', () => undefined);
  const startedAt = Date.now();
  const tracked = new Map<string, Tracked>();
  const workersSeen = new Set<string>();
  const counts: QueueCounts = { enqueued: 0, completed: 0, reused: 0, failed: 0, requeued: 0, redelivered: 0 };
  let broken: Error | null = null;
  let closed = false;
  let timer: NodeJS.Timeout | null = null;
  let polling = false;
  let lostSince: number | null = null;
  let lastProgress = Date.now();
  let quietNoticed = false;
  /** Jobs found missing in the current poll. */
  let vanished = 0;

  const jobOptions = {
    attempts,
    backoff: { type: 'exponential' as const, delay: backoffMs },
    removeOnComplete: { age: KEEP_SECONDS },
    removeOnFail: { age: KEEP_SECONDS },
  };

  /** Jobs given up on when the executor broke (removed on close unless `keepUnfinished`). */
  const abandoned: string[] = [];
  const breakAll = (err: Error): void => {
    broken ??= err;
    for (const t of tracked.values()) {
      abandoned.push(t.id);
      t.reject(broken);
    }
    tracked.clear();
  };

  /** Notes a Redis failure; true while it is worth trying again. */
  const redisDown = (err: unknown): boolean => {
    const now = Date.now();
    if (lostSince === null) {
      lostSince = now;
      notice(`lost Redis at ${display} (${safeError(err).message}); waiting up to ${Math.round(timeoutMs / 1000)} s for it`);
    }
    if (now - lostSince < timeoutMs) return true;
    breakAll(new Error(`Redis at ${display} was unreachable for ${Math.round(timeoutMs / 1000)} s: ${safeError(err).message}`));
    return false;
  };
  const redisUp = (): void => {
    if (lostSince === null) return;
    lostSince = null;
    lastProgress = Date.now();
    notice(`Redis at ${display} is back; resuming`);
  };

  const enqueue = async (t: Tracked): Promise<void> => {
    if (t.adding) return;
    t.adding = true;
    try {
      // Bounded: redisDown() turns false once Redis has been gone for timeoutMs.
      for (;;) {
        if (broken || closed || tracked.get(t.id) !== t) return;
        try {
          await queue.add(JOB_NAME, t.data, { ...jobOptions, jobId: t.id });
          t.added = true;
          redisUp();
          return;
        } catch (err) {
          if (!redisDown(err)) return;
          await sleep(Math.min(1000, pollMs * 5));
        }
      }
    } finally {
      t.adding = false;
    }
  };

  const finish = (t: Tracked, outcomes: ArticleOutcome[]): void => {
    tracked.delete(t.id);
    lastProgress = Date.now();
    quietNoticed = false;
    t.resolve(outcomes);
    void queue.remove(t.id).catch(() => undefined);
  };

  const failAll = (t: Tracked, message: string): void => {
    counts.failed += 1;
    finish(
      t,
      t.data.articles.map((a) => failedOutcome(a.id, 'job-failed', redact(message, secrets))),
    );
  };

  const settle = async (t: Tracked, fields: (string | null)[]): Promise<void> => {
    const [timestamp, finishedOn, returnvalue, failedReason, attemptsMade, stalled] = fields;
    if (!t.added) return;
    if (timestamp === null || timestamp === undefined) {
      t.added = false;
      counts.requeued += 1;
      vanished += 1;
      await enqueue(t);
      return;
    }
    if (finishedOn === null || finishedOn === undefined) return;
    if (stalled && Number(stalled) > 0) {
      counts.redelivered += 1;
      notice(`job ${t.id} was delivered again after its worker stopped renewing its lock (crashed or cut off); its result counts once`);
    }
    if (returnvalue !== null && returnvalue !== undefined) {
      const checked = checkResult(returnvalue, pipeline, t.data.articles);
      if (!checked.success) {
        failAll(t, `job ${t.id}: the worker's result was rejected: ${checked.error}`);
        return;
      }
      counts.completed += 1;
      if (Number(timestamp) < startedAt) counts.reused += 1;
      workersSeen.add(checked.data.worker);
      finish(t, checked.data.outcomes.map(toArticleOutcome));
      return;
    }
    if (!t.retriedStale && Number(timestamp) < startedAt) {
      // Failed before this coordinator started (e.g. while it was down): give it fresh attempts.
      await queue.remove(t.id);
      t.retriedStale = true;
      t.added = false;
      await enqueue(t);
      return;
    }
    const tries = attemptsMade ? Number(attemptsMade) : attempts;
    failAll(t, `job ${t.id} failed after ${tries} attempt${tries === 1 ? '' : 's'}: ${failedReason ?? 'no reason given'}`);
  };

  const poll = async (): Promise<void> => {
    if (polling || closed || broken || tracked.size === 0) return;
    polling = true;
    try {
      const batch = [...tracked.values()];
      const pipe = redis.pipeline();
      for (const t of batch) pipe.hmget(queue.toKey(t.id), 'timestamp', 'finishedOn', 'returnvalue', 'failedReason', 'atm', 'stc');
      const replies = await pipe.exec();
      if (!replies) throw new Error('the pipeline was aborted');
      for (const [err] of replies) if (err) throw err;
      redisUp();
      vanished = 0;
      for (let i = 0; i < batch.length; i++) {
        const fields = replies[i]![1];
        const t = batch[i]!;
        if (tracked.get(t.id) === t) await settle(t, fields as (string | null)[]);
      }
      if (vanished > 0) notice(`${vanished} job${vanished === 1 ? '' : 's'} vanished from Redis (restarted without persistence?) and ${vanished === 1 ? 'was' : 'were'} enqueued again`);
      await checkQuiet();
    } catch (err) {
      redisDown(err);
    } finally {
      polling = false;
    }
  };

  const checkQuiet = async (): Promise<void> => {
    if (tracked.size === 0) return;
    const quiet = Date.now() - lastProgress;
    if (quiet >= timeoutMs) {
      breakAll(new Error(`no job finished in ${Math.round(timeoutMs / 1000)} s on queue ${queueName} at ${display}: are workers running (\`isnad worker --queue ...\` of pipeline ${pipeline})?`));
      return;
    }
    if (quiet < QUIET_NOTICE_MS || quietNoticed) return;
    quietNoticed = true;
    const workers = await queue.getWorkersCount().catch(() => -1);
    if (workers === 0) notice(`no worker is connected to queue ${queueName} at ${display}; start one with \`isnad worker --queue URL\` (pipeline ${pipeline}); waiting`);
    else notice(`no job has finished for ${Math.round(quiet / 1000)} s (${workers < 0 ? 'unknown number of' : workers} workers connected); waiting`);
  };

  const schedule = (): void => {
    if (timer || closed) return;
    timer = setInterval(() => {
      if (tracked.size === 0 && timer) {
        clearInterval(timer);
        timer = null;
        return;
      }
      void poll();
    }, pollMs);
  };

  return {
    concurrency: jobs,
    get workers() {
      return workersSeen.size;
    },
    queueName,
    display,
    counts,
    process(batch: readonly ArticleInput[]): Promise<ArticleOutcome[]> {
      if (broken) return Promise.reject(broken);
      if (closed) return Promise.reject(new Error('the queue executor is closed'));
      const built = buildJob(pipeline, options.run, batch, options.sources);
      if (!built.success) {
        return Promise.resolve(batch.map((a) => failedOutcome(a.id, 'job-failed', `the job could not be enqueued: ${built.error}`)));
      }
      const id = jobIdFor(options.run, batch, registryHash);
      return new Promise<ArticleOutcome[]>((resolve, reject) => {
        const t: Tracked = { id, data: built.data, resolve, reject, retriedStale: false, added: false, adding: false };
        if (tracked.size === 0) lastProgress = Date.now();
        tracked.set(id, t);
        counts.enqueued += 1;
        void enqueue(t).then(schedule);
      });
    },
    async close() {
      closed = true;
      if (timer) clearInterval(timer);
      timer = null;
      const unfinished = [...tracked.values()];
      tracked.clear();
      for (const t of unfinished) t.reject(new Error('the queue executor is closed'));
      const ids = [...abandoned, ...unfinished.map((t) => t.id)];
      if (options.keepUnfinished === false && ids.length > 0) {
        await withinMs(Promise.all(ids.map((id) => queue.remove(id).catch(() => 0))), 2000);
      }
      await withinMs(queue.close().catch(() => undefined), 2000);
      await closeRedis(redis);
    },
  };
}

function toArticleOutcome(o: JobOutcome): ArticleOutcome {
  return o.error ? { articleId: o.articleId, jsonl: '', numeric: 0, quote: 0, error: o.error } : { articleId: o.articleId, jsonl: o.jsonl, numeric: o.numeric, quote: o.quote };
}

/** Waits for `work`, or `ms` at most (Redis may be gone while closing). */
async function withinMs(work: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  try {
    await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
