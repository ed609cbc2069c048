import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import PQueue from 'p-queue';
import type { ArticleInput } from '../../schemas/article.js';
import type { ErrorCode, ErrorRecord } from '../../schemas/error.js';
import type { SourceEntry } from '../../schemas/source.js';
import { errorLine, errorRecord } from './errors.js';
import { createInProcessExecutor, type Executor } from './executor.js';
import { checkInputPaths, listInputs, totalInputBytes } from './inputs.js';
import { orderedCommitter } from './ordered.js';
import { BATCH_DEFAULTS, defaultWorkers, parseIntegerFlag, UsageError, type InputFormat } from './options.js';
import type { ArticleOutcome } from './outcome.js';
import type { ProgressSnapshot } from './progress.js';
import { readArticles, type InputItem } from './read-articles.js';
import { articleHash, donePath, fileSink, partialPath, streamSink, type DoneRecord, type OutputSink } from './resume.js';
import { countArticle, countError, createCounter, finalStats, type BatchStats, type StatsCounter } from './stats.js';
import { createWorkerPool } from './worker-pool.js';
import { writeWithBackpressure } from './write-stream.js';

/** Options of `runBatch`; each one's default is in BATCH_DEFAULTS or stated here. */
export interface BatchOptions {
  /** Files (.txt, .md, .jsonl), directories, or `-` for standard input. */
  readonly inputs: readonly string[];
  /** How standard input and files named directly are read (default `auto`: by extension, `-` as text). */
  readonly format?: InputFormat;
  /** Output file, written atomically through `FILE.partial` (default: `outputStream`). */
  readonly output?: string;
  /** Where claims go when there is no `output` (default: standard output). */
  readonly outputStream?: Writable;
  /** Where error records go (default: standard error). */
  readonly errorsStream?: Writable;
  /**
   * Worker threads (default: one per core, or none when the whole run fits in one batch); 1 runs
   * in-process. Ignored when `executor` is given.
   */
  readonly workers?: number;
  /** Largest article accepted, in bytes: a file's size or a JSONL line's length (default 5 MB). */
  readonly maxBytes?: number;
  /** Source registry entries for `processArticle` (default: none beyond the built-in registry). */
  readonly sources?: readonly SourceEntry[];
  /** Continue an interrupted run from `FILE.partial` (needs `output`; default false). */
  readonly resume?: boolean;
  /** Articles per executor batch (default 64). */
  readonly batchSize?: number;
  /** A batch is also closed when its texts reach this many bytes in memory (default 1 MB). */
  readonly batchBytes?: number;
  /** Standard input (default `process.stdin`). */
  readonly stdin?: Readable;
  /** Processes the articles instead of the local pool; the caller closes it. */
  readonly executor?: Executor;
  /** Called as articles are written (throttle it yourself). Also makes the run size its inputs first, for an ETA. */
  readonly onProgress?: (snapshot: ProgressSnapshot) => void;
  /** Files never read as inputs even inside an input directory (the run's own `--errors` and `--stats` files). */
  readonly exclude?: readonly string[];
  /** Told things worth a line on stderr (e.g. why `--resume` started over). */
  readonly onNotice?: (message: string) => void;
}

/** An input item on its way through the run, with its resume state. */
type QueuedItem =
  | Extract<InputItem, { kind: 'error' }>
  | (Extract<InputItem, { kind: 'article' }> & { readonly hash?: string; readonly done?: DoneRecord | null });

interface Chunk {
  readonly items: readonly QueuedItem[];
  /** One per article to process, in order; null when the executor failed on this batch. */
  readonly outcomes: readonly ArticleOutcome[] | null;
}

/** Items per chunk at most, whatever they are (errors and resumed articles cost no processing). */
const MAX_CHUNK_ITEMS = 4096;

/**
 * Reads the inputs in order, has the executor process them in batches (a bounded number in
 * flight, so reading never races ahead), and writes claims and error records in input order
 * whatever the executor's concurrency. Resolves with the stats once the output is in place.
 * Rejects with a UsageError for bad options or a missing path (nothing written), or with the
 * error that stopped the run (the partial output stays for `resume`).
 */
export async function runBatch(options: BatchOptions): Promise<BatchStats> {
  const o = resolveOptions(options);
  await checkInputPaths(o.inputs);
  if (o.resume && !o.output) throw new UsageError('`--resume` needs `-o FILE`: the partial output is kept beside FILE');
  if (o.output && (await stat(o.output).then((s) => s.isDirectory(), () => false))) {
    throw new UsageError(`\`-o\` ${o.output}: is a directory`);
  }
  const started = performance.now();
  const counter = createCounter();
  const own = [...(o.output ? [o.output, partialPath(o.output), donePath(o.output)] : []), ...(options.exclude ?? [])];
  const listOptions = { format: o.format, exclude: new Set(own.map((p) => path.resolve(p))) };
  const totalBytes = options.onProgress ? await totalInputBytes(o.inputs, listOptions) : undefined;

  let failure: { error: unknown } | null = null;
  const fail = (error: unknown): void => {
    failure ??= { error };
  };
  const errorsStream = options.errorsStream ?? process.stderr;
  const outputStream = options.outputStream ?? process.stdout;
  const watched = o.output ? [errorsStream] : [errorsStream, outputStream];
  for (const s of watched) s.on('error', fail);

  // The executor starts with the first batch: when that batch is the whole run and no worker
  // count was asked for, threads would only add their start-up time, so it runs in-process.
  let executor: Executor | null = options.executor ?? null;
  let queue: PQueue | null = null;
  const start = async (wholeRun: boolean): Promise<{ executor: Executor; queue: PQueue }> => {
    if (!executor) {
      const inProcess = o.workers === 1 || (wholeRun && options.workers === undefined);
      executor = inProcess
        ? createInProcessExecutor(o.sources ? { sources: o.sources } : {})
        : await createWorkerPool({ workers: o.workers, ...(o.sources ? { sources: o.sources } : {}) });
    }
    queue ??= new PQueue({ concurrency: Math.max(1, executor.concurrency) * 2 });
    return { executor, queue };
  };
  let sink: OutputSink | null = null;
  try {
    sink = o.output
      ? await fileSink({
          output: o.output,
          resume: o.resume,
          write: writeWithBackpressure,
          ...(o.sources ? { sources: o.sources } : {}),
          ...(options.onNotice ? { onNotice: options.onNotice } : {}),
        })
      : streamSink(outputStream, writeWithBackpressure);
    const out = sink;
    const snapshot = (): ProgressSnapshot => ({
      articles: counter.articles,
      claims: counter.numeric + counter.quote,
      errors: counter.errors,
      bytes: counter.doneBytes,
      ...(totalBytes ? { totalBytes } : {}),
      seconds: (performance.now() - started) / 1000,
    });
    const commit = orderedCommitter<Chunk>(async (chunk) => {
      if (chunk.outcomes === null) throw failure ? failure.error : new Error('a batch was not processed');
      await writeChunk({ items: chunk.items, outcomes: chunk.outcomes }, out, errorsStream, counter);
      options.onProgress?.(snapshot());
    });
    let pending: QueuedItem[] = [];
    let pendingArticles = 0;
    let pendingBytes = 0;
    let index = 0;
    const flush = async (last: boolean): Promise<void> => {
      if (pending.length === 0) return;
      const items = pending;
      const chunkIndex = index++;
      const { executor: ex, queue: q } = await start(last && chunkIndex === 0);
      pending = [];
      pendingArticles = 0;
      pendingBytes = 0;
      const todo: ArticleInput[] = [];
      for (const item of items) if (item.kind === 'article' && !item.done) todo.push(item.article);
      await q.onSizeLessThan(1);
      void q.add(async () => {
        let outcomes: ArticleOutcome[] | null = null;
        try {
          if (failure) throw failure.error;
          outcomes = todo.length > 0 ? await ex.process(todo) : [];
          if (outcomes.length !== todo.length) throw new Error(`the executor returned ${outcomes.length} results for ${todo.length} articles`);
        } catch (err) {
          outcomes = null;
          fail(err);
        }
        // Always committed, so the chunks before a failure are still written (and resumable).
        await commit(chunkIndex, { items, outcomes }).catch(fail);
      });
    };

    try {
      const items = readArticles(listInputs(o.inputs, listOptions), {
        maxBytes: o.maxBytes,
        counter,
        ...(options.stdin ? { stdin: options.stdin } : {}),
      });
      for await (const item of items) {
        if (failure) break;
        counter.inputs += 1;
        let queued: QueuedItem = item;
        if (item.kind === 'article') {
          if (out.tracksDone) {
            const hash = articleHash(item.article);
            const done = await out.match(item.article.id, hash);
            queued = { ...item, hash, done };
          }
          if (!(queued.kind === 'article' && queued.done)) {
            pendingArticles += 1;
            pendingBytes += item.article.text.length * 2;
          }
        }
        pending.push(queued);
        if (pendingArticles >= o.batchSize || pendingBytes >= o.batchBytes || pending.length >= MAX_CHUNK_ITEMS) await flush(false);
      }
      await flush(true);
    } catch (err) {
      fail(err);
    }
    await (queue as PQueue | null)?.onIdle();
    if (failure) throw (failure as { error: unknown }).error;
    await out.finish();
  } catch (err) {
    await sink?.abort();
    throw err;
  } finally {
    for (const s of watched) s.off('error', fail);
    if (!options.executor) await (executor as Executor | null)?.close();
  }
  return finalStats(counter, (performance.now() - started) / 1000, (executor as Executor | null)?.workers ?? 1);
}

/** Writes one chunk: claims and done records to the sink, error records to the error stream, in item order. */
async function writeChunk(chunk: Chunk & { outcomes: readonly ArticleOutcome[] }, sink: OutputSink, errorsStream: Writable, counter: StatsCounter): Promise<void> {
  let claims = '';
  let errors = '';
  let offset = sink.offset;
  const records: DoneRecord[] = [];
  let next = 0;
  const reject = (item: QueuedItem & { kind: 'article' }, error: { code: ErrorCode; message: string }): void => {
    const record: ErrorRecord = errorRecord(error.code, item.input, error.message, {
      ...(item.line !== undefined ? { line: item.line } : {}),
      articleId: item.article.id,
    });
    errors += errorLine(record);
    countError(counter, error.code);
  };
  for (const item of chunk.items) {
    counter.doneBytes += item.bytes ?? 0;
    if (item.kind === 'error') {
      errors += errorLine(item.error);
      countError(counter, item.error.code);
      continue;
    }
    if (item.done) {
      counter.resumed += 1;
      if (item.done.error) reject(item, item.done.error);
      else countArticle(counter, item.done.numeric, item.done.quote);
      continue;
    }
    const outcome = chunk.outcomes[next++]!;
    if (outcome.error) reject(item, outcome.error);
    else {
      claims += outcome.jsonl;
      offset += Buffer.byteLength(outcome.jsonl);
      countArticle(counter, outcome.numeric, outcome.quote);
    }
    if (sink.tracksDone) {
      records.push({
        id: item.article.id,
        hash: item.hash!,
        end: offset,
        numeric: outcome.error ? 0 : outcome.numeric,
        quote: outcome.error ? 0 : outcome.quote,
        ...(outcome.error ? { error: outcome.error } : {}),
      });
    }
  }
  if (claims.length > 0 || records.length > 0) await sink.write(claims, records);
  if (errors.length > 0) await writeWithBackpressure(errorsStream, errors);
}

interface ResolvedOptions {
  readonly inputs: readonly string[];
  readonly format: InputFormat;
  readonly output: string | undefined;
  readonly workers: number;
  readonly maxBytes: number;
  readonly sources: readonly SourceEntry[] | undefined;
  readonly resume: boolean;
  readonly batchSize: number;
  readonly batchBytes: number;
}

/** Merges defaults once and checks every option with a precise message. */
export function resolveOptions(options: BatchOptions): ResolvedOptions {
  const format = options.format ?? BATCH_DEFAULTS.format;
  if (!['auto', 'text', 'jsonl'].includes(format)) throw new UsageError(`Expected \`format\` to be auto, text or jsonl, got \`${String(format)}\``);
  return {
    inputs: options.inputs,
    format,
    output: options.output,
    workers: parseIntegerFlag('--workers', options.workers ?? defaultWorkers(), 1),
    maxBytes: parseIntegerFlag('--max-bytes', options.maxBytes ?? BATCH_DEFAULTS.maxBytes, 1),
    sources: options.sources,
    resume: options.resume ?? false,
    batchSize: parseIntegerFlag('--batch-size', options.batchSize ?? BATCH_DEFAULTS.batchSize, 1),
    batchBytes: parseIntegerFlag('batchBytes', options.batchBytes ?? BATCH_DEFAULTS.batchBytes, 1),
  };
}
