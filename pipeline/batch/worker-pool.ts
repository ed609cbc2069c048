import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ArticleInput } from '../../schemas/article.js';
import type { SourceEntry } from '../../schemas/source.js';
import type { Executor } from './executor.js';
import { describeError, failedOutcome, type ArticleOutcome } from './outcome.js';
import { unpackOutcomes, type PackedOutcomes, type RecordBatch, type RecordOutcome } from './records.js';

export interface WorkerPoolOptions {
  /** Threads to start (>= 1). */
  readonly workers: number;
  /** The source registry, sent to each worker once at start-up. */
  readonly sources?: readonly SourceEntry[];
  /**
   * Largest young generation of each worker's heap, in MB (default 16). V8's default lets it grow
   * to ~32 MB a thread. 16 MB halves the scavenges of 8 MB (98.7 MB bench corpus, 2 workers: 788
   * against 1,529); 8 MB was the default while V8's own heap growing factor let each worker's old
   * generation reach 58-68 MB, and 16 MB then peaked over the memory target (338 MB on 1 GB). With
   * `--heap-growing-percent=100` (v8-flags.ts) the old generations stay small enough for it. Only
   * the young generation is bounded: a 5 MB article (which needs ~600 MB) still succeeds
   * (test/batch-large.test.ts).
   */
  readonly youngGenerationMb?: number;
}

export const WORKER_POOL_DEFAULTS = { youngGenerationMb: 16 } as const;

interface Task {
  readonly id: number;
  readonly work: { readonly articles: readonly ArticleInput[] } | { readonly records: RecordBatch };
  /** The worker's reply as the task's result. */
  readonly decode: (reply: unknown) => unknown;
  /** The result of a task whose worker died: one failure per article or record. */
  readonly crashed: (reason: string) => unknown;
  readonly resolve: (result: unknown) => void;
  readonly reject: (err: Error) => void;
}

interface Slot {
  readonly worker: Worker;
  task: Task | null;
  gone: boolean;
}

type WorkerReply = { type: 'ready' } | { type: 'done'; id: number; outcomes: unknown };

/** The compiled worker script beside this module; under tsx/vitest, the .ts one loaded through tsx. */
function workerScript(): { url: URL; execArgv: string[] } {
  const js = new URL('./worker-entry.js', import.meta.url);
  if (existsSync(fileURLToPath(js))) return { url: js, execArgv: [] };
  return { url: new URL('./worker-entry.ts', import.meta.url), execArgv: ['--import', 'tsx'] };
}

/**
 * A fixed pool of worker threads with its own FIFO of batches. A worker that dies fails the
 * batch it held (one `stage-failed` outcome per article) and is replaced; a worker that cannot
 * even start fails the pool (the run stops with that message).
 */
export async function createWorkerPool(options: WorkerPoolOptions): Promise<Executor> {
  const script = workerScript();
  const youngGenerationMb = options.youngGenerationMb ?? WORKER_POOL_DEFAULTS.youngGenerationMb;
  if (!(youngGenerationMb >= 1)) throw new Error(`Expected \`youngGenerationMb\` to be a number >= 1, got \`${youngGenerationMb}\``);
  const queue: Task[] = [];
  const idle: Slot[] = [];
  const slots = new Set<Slot>();
  let nextId = 0;
  let closed = false;
  let broken: Error | null = null;

  const pump = (): void => {
    while (idle.length > 0 && queue.length > 0) {
      const slot = idle.pop()!;
      const task = queue.shift()!;
      slot.task = task;
      // a record batch's buffer is moved to the worker, not copied
      if ('records' in task.work) slot.worker.postMessage({ id: task.id, records: task.work.records }, [task.work.records.bytes.buffer]);
      else slot.worker.postMessage({ id: task.id, articles: task.work.articles });
    }
  };

  const breakPool = (err: Error): void => {
    broken ??= err;
    for (const task of queue.splice(0)) task.reject(broken);
  };

  const spawn = (): Promise<void> =>
    new Promise((resolveReady, rejectReady) => {
      const worker = new Worker(script.url, {
        workerData: { sources: options.sources },
        execArgv: script.execArgv,
        resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb },
      });
      const slot: Slot = { worker, task: null, gone: false };
      let ready = false;
      slots.add(slot);
      const die = (reason: string): void => {
        if (slot.gone) return;
        slot.gone = true;
        slots.delete(slot);
        const at = idle.indexOf(slot);
        if (at >= 0) idle.splice(at, 1);
        if (closed) return;
        if (!ready) {
          const err = new Error(`a worker thread failed to start: ${reason}`);
          breakPool(err);
          rejectReady(err);
          return;
        }
        const task = slot.task;
        slot.task = null;
        if (task) task.resolve(task.crashed(`worker thread crashed: ${reason}`));
        spawn().then(pump, () => undefined);
      };
      worker.on('message', (reply: WorkerReply) => {
        if (reply.type === 'ready') {
          ready = true;
          idle.push(slot);
          resolveReady();
          pump();
          return;
        }
        const task = slot.task;
        slot.task = null;
        if (task && task.id === reply.id) task.resolve(task.decode(reply.outcomes));
        idle.push(slot);
        pump();
      });
      worker.on('error', (err) => die(describeError(err)));
      worker.on('exit', (code) => die(`exited with code ${code}`));
    });

  const count = Math.max(1, Math.floor(options.workers));
  try {
    await Promise.all(Array.from({ length: count }, spawn));
  } catch (err) {
    closed = true;
    await Promise.all([...slots].map((s) => s.worker.terminate()));
    throw err;
  }

  const submit = <T>(work: Task['work'], decode: (reply: unknown) => T, crashed: (reason: string) => T): Promise<T> => {
    if (broken) return Promise.reject(broken);
    if (closed) return Promise.reject(new Error('the worker pool is closed'));
    return new Promise<T>((resolve, reject) => {
      queue.push({ id: nextId++, work, decode, crashed, resolve: resolve as (result: unknown) => void, reject });
      pump();
    });
  };

  return {
    concurrency: count,
    workers: count,
    process(articles) {
      return submit(
        { articles },
        (reply) => reply as ArticleOutcome[],
        (reason) => articles.map((a) => failedOutcome(a.id, 'stage-failed', reason)),
      );
    },
    processRecords(records) {
      const count = records.ends.length;
      return submit(
        { records },
        (reply) => unpackOutcomes(reply as PackedOutcomes),
        (reason): RecordOutcome[] => Array.from({ length: count }, () => ({ kind: 'failed', message: reason })),
      );
    },
    async close() {
      closed = true;
      for (const task of queue.splice(0)) task.reject(new Error('the worker pool is closed'));
      await Promise.all([...slots].map((s) => s.worker.terminate()));
      slots.clear();
    },
  };
}
