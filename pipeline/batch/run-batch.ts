import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import PQueue from 'p-queue';
import type { ArticleInput } from '../../schemas/article.js';
import type { ErrorCode, ErrorRecord } from '../../schemas/error.js';
import type { SourceEntry } from '../../schemas/source.js';
import { errorLine, errorRecord } from './errors.js';
import { IdSet } from './id-set.js';
import { createInProcessExecutor, type Executor } from './executor.js';
import { checkInputPaths, listInputs, totalInputBytes } from './inputs.js';
import { orderedCommitter } from './ordered.js';
import { BATCH_DEFAULTS, defaultWorkers, parseIntegerFlag, UsageError, type InputFormat } from './options.js';
import { failedOutcome } from './outcome.js';
import type { ProgressSnapshot } from './progress.js';
import { duplicateIdError, parseRecordLine, readInputs, type InputItem, type RecordItem } from './read-articles.js';
import { articleResult, packRecords, type RecordOutcome } from './records.js';
import { articleHash, donePath, recordHash, fileSink, partialPath, streamSink, type DoneRecord, type OutputSink } from './resume.js';
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

/**
 * An input item on its way through the run: an error record, an article (with its resume state
 * while a previous run is matched), or a JSONL line to be parsed where it is processed.
 */
type QueuedItem =
  | Extract<InputItem, { kind: 'error' }>
  | (Extract<InputItem, { kind: 'article' }> & { readonly hash?: string; readonly done?: DoneRecord | null })
  | RecordItem;

/** Items that need the executor: articles not resumed, and record lines. */
type WorkItem = Exclude<QueuedItem, { kind: 'error' }>;

interface Chunk {
  readonly items: readonly QueuedItem[];
  /** One per item to process, in order; null when the executor failed on this batch. */
  readonly results: readonly RecordOutcome[] | null;
}

const needsWork = (item: QueuedItem): item is WorkItem => item.kind === 'record' || (item.kind === 'article' && !item.done);

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
    // Ids used so far, in input order: a later article with one of them is a duplicate. Checked
    // when a chunk is written, since a record's id is known once a worker has parsed it.
    const seen = new IdSet();
    // While a previous run is matched (`--resume`), articles are parsed here, before processing:
    // the ids of that prefix, to turn a repeated one into its error before it is matched.
    let prefixSeen: IdSet | null = new IdSet();
    const commit = orderedCommitter<Chunk>(async (chunk) => {
      if (chunk.results === null) throw failure ? failure.error : new Error('a batch was not processed');
      await writeChunk({ items: chunk.items, results: chunk.results }, { sink: out, errorsStream, counter, seen, maxBytes: o.maxBytes });
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
      const todo = items.filter(needsWork);
      await q.onSizeLessThan(1);
      void q.add(async () => {
        let results: RecordOutcome[] | null = null;
        try {
          if (failure) throw failure.error;
          results = todo.length > 0 ? await processItems(ex, todo, out.tracksDone, o.maxBytes) : [];
          if (results.length !== todo.length) throw new Error(`the executor returned ${results.length} results for ${todo.length} articles`);
        } catch (err) {
          results = null;
          fail(err);
        }
        // Always committed, so the chunks before a failure are still written (and resumable).
        await commit(chunkIndex, { items, results }).catch(fail);
      });
    };

    try {
      const items = readInputs(listInputs(o.inputs, listOptions), {
        maxBytes: o.maxBytes,
        counter,
        ...(options.stdin ? { stdin: options.stdin } : {}),
      });
      for await (const item of items) {
        if (failure) break;
        counter.inputs += 1;
        let queued: QueuedItem = item;
        if (prefixSeen && !out.matching) prefixSeen = null;
        if (prefixSeen && item.kind !== 'error') {
          // resuming: the next article is matched against the previous run's output now, in order
          const parsed = item.kind === 'record' ? { ...parseRecordLine(item.input, item.line, item.raw, item.bytes, o.maxBytes), bytes: item.bytes } : item;
          if (parsed.kind === 'error') queued = parsed;
          else if (prefixSeen.has(parsed.article.id)) queued = duplicateIdError(parsed.input, parsed.article.id, parsed.line, parsed.bytes);
          else {
            prefixSeen.add(parsed.article.id);
            const hash = item.kind === 'record' ? recordHash(item.raw) : articleHash(parsed.article);
            queued = { ...parsed, hash, done: await out.match(parsed.article.id, hash) };
          }
        }
        if (needsWork(queued)) {
          pendingArticles += 1;
          pendingBytes += queued.kind === 'record' ? queued.raw.length : queued.article.text.length * 2;
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

/**
 * Has the executor process a chunk's work items: record lines go to `processRecords` when it has
 * it and the chunk is all records (they are parsed in the worker); otherwise they are parsed here
 * and the articles go to `process`. One result per item, in order.
 */
async function processItems(executor: Executor, todo: readonly WorkItem[], hash: boolean, maxBytes: number): Promise<RecordOutcome[]> {
  if (executor.processRecords && todo.every((item) => item.kind === 'record')) return executor.processRecords(packRecords(todo as RecordItem[], hash));
  const parsed = todo.map((item) => (item.kind === 'record' ? parseRecordLine(item.input, item.line, item.raw, item.bytes, maxBytes) : item));
  const articles: ArticleInput[] = [];
  for (const p of parsed) if (p.kind === 'article') articles.push(p.article);
  const outcomes = articles.length > 0 ? await executor.process(articles) : [];
  if (outcomes.length !== articles.length) throw new Error(`the executor returned ${outcomes.length} results for ${articles.length} articles`);
  let next = 0;
  return parsed.map((p, i): RecordOutcome => {
    if (p.kind === 'error') return { kind: 'rejected', error: p.error };
    // a resumed run hashed the articles it matched already
    const known = (p as { hash?: string }).hash;
    const h = known ?? (hash ? contentHash(todo[i]!, p.article) : undefined);
    return articleResult(p.article.id, h, outcomes[next++]!);
  });
}

/** The content hash resume keeps for an item: its line's bytes when it came as a record line (as workers hash it), else its article. */
function contentHash(item: WorkItem, article: ArticleInput): string {
  return item.kind === 'record' ? recordHash(item.raw) : articleHash(article);
}

/** A record line the executor lost: its parse error, or its article failed with `message`. */
function lostRecord(item: WorkItem, message: string, hash: boolean, maxBytes: number): RecordOutcome {
  const parsed = item.kind === 'record' ? parseRecordLine(item.input, item.line, item.raw, item.bytes, maxBytes) : item;
  if (parsed.kind === 'error') return { kind: 'rejected', error: parsed.error };
  const h = hash ? contentHash(item, parsed.article) : undefined;
  return articleResult(parsed.article.id, h, failedOutcome(parsed.article.id, 'stage-failed', message));
}

/** Claims as one piece to write: text when all are text, else UTF-8 bytes. */
function joinClaims(parts: readonly (string | Uint8Array)[]): string | Uint8Array {
  if (parts.every((p) => typeof p === 'string')) return parts.join('');
  if (parts.length === 1) return parts[0]!;
  return Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p)));
}

interface WriteContext {
  readonly sink: OutputSink;
  readonly errorsStream: Writable;
  readonly counter: StatsCounter;
  /** Article ids written so far (each chunk adds its own, in order). */
  readonly seen: IdSet;
  readonly maxBytes: number;
}

/**
 * Writes one chunk: claims and done records to the sink, error records to the error stream, in
 * item order. An article whose id an earlier one used becomes a `duplicate-id` error (the first wins).
 */
async function writeChunk(chunk: Chunk & { results: readonly RecordOutcome[] }, context: WriteContext): Promise<void> {
  const { sink, errorsStream, counter, seen } = context;
  const claims: (string | Uint8Array)[] = [];
  let errors = '';
  let offset = sink.offset;
  const records: DoneRecord[] = [];
  let next = 0;
  const rejectRecord = (record: ErrorRecord): void => {
    errors += errorLine(record);
    countError(counter, record.code);
  };
  const reject = (item: WorkItem, id: string, error: { code: ErrorCode; message: string }): void => {
    rejectRecord(errorRecord(error.code, item.input, error.message, { ...(item.line !== undefined ? { line: item.line } : {}), articleId: id }));
  };
  for (const item of chunk.items) {
    counter.doneBytes += item.bytes ?? 0;
    if (item.kind === 'error') {
      rejectRecord(item.error);
      continue;
    }
    if (item.kind === 'article' && item.done) {
      counter.resumed += 1;
      seen.add(item.article.id);
      if (item.done.error) reject(item, item.article.id, item.done.error);
      else countArticle(counter, item.done.numeric, item.done.quote);
      continue;
    }
    let result = chunk.results[next++]!;
    if (result.kind === 'failed') result = lostRecord(item, result.message, sink.tracksDone, context.maxBytes);
    if (result.kind === 'rejected') {
      rejectRecord(result.error);
      continue;
    }
    if (result.kind !== 'article') continue;
    const { id, jsonl, error } = result;
    if (!seen.add(id)) {
      rejectRecord(duplicateIdError(item.input, id, item.line, undefined).error);
      continue;
    }
    if (error) reject(item, id, error);
    else {
      claims.push(jsonl);
      offset += typeof jsonl === 'string' ? Buffer.byteLength(jsonl) : jsonl.length;
      countArticle(counter, result.numeric, result.quote);
    }
    if (sink.tracksDone) {
      records.push({
        id,
        hash: result.hash!,
        end: offset,
        numeric: error ? 0 : result.numeric,
        quote: error ? 0 : result.quote,
        ...(error ? { error } : {}),
      });
    }
  }
  const output = joinClaims(claims);
  if (output.length > 0 || records.length > 0) await sink.write(output, records);
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
