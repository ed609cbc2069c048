import type { ErrorCode } from '../../schemas/error.js';

export const STATS_SCHEMA = 'isnad/run-stats@1';

/** The summary of a run, as `--stats FILE` writes it. */
export interface BatchStats {
  readonly schema: typeof STATS_SCHEMA;
  /** Inputs seen: files, standard input, and JSONL records (non-blank lines). */
  readonly inputs: number;
  /** Inputs processed into claims (possibly none). */
  readonly articles: number;
  /** Inputs rejected, each with one error record. */
  readonly errors: number;
  readonly errorsByCode: Partial<Record<ErrorCode, number>>;
  readonly claims: { readonly total: number; readonly numeric: number; readonly quote: number };
  /** Bytes of input read. */
  readonly bytes: number;
  readonly seconds: number;
  readonly workers: number;
  /** Articles taken from a previous interrupted run (`--resume`) instead of processed again. */
  readonly resumed: number;
  /** True when inputs = articles + errors. */
  readonly reconciled: boolean;
  /** Peak resident memory of the whole process (main thread and workers), in bytes. */
  readonly maxRssBytes: number;
}

/** Counters a run updates as items are read and written. */
export interface StatsCounter {
  inputs: number;
  articles: number;
  errors: number;
  errorsByCode: Map<ErrorCode, number>;
  numeric: number;
  quote: number;
  resumed: number;
  /** Bytes read so far (the reader adds to it). */
  bytes: number;
  /** Bytes of the inputs whose results are written (drives the progress bar). */
  doneBytes: number;
}

export function createCounter(): StatsCounter {
  return { inputs: 0, articles: 0, errors: 0, errorsByCode: new Map(), numeric: 0, quote: 0, resumed: 0, bytes: 0, doneBytes: 0 };
}

export function countError(counter: StatsCounter, code: ErrorCode): void {
  counter.errors += 1;
  counter.errorsByCode.set(code, (counter.errorsByCode.get(code) ?? 0) + 1);
}

export function countArticle(counter: StatsCounter, numeric: number, quote: number): void {
  counter.articles += 1;
  counter.numeric += numeric;
  counter.quote += quote;
}

export function finalStats(counter: StatsCounter, seconds: number, workers: number): BatchStats {
  const errorsByCode: Partial<Record<ErrorCode, number>> = {};
  for (const code of [...counter.errorsByCode.keys()].sort()) errorsByCode[code] = counter.errorsByCode.get(code)!;
  return {
    schema: STATS_SCHEMA,
    inputs: counter.inputs,
    articles: counter.articles,
    errors: counter.errors,
    errorsByCode,
    claims: { total: counter.numeric + counter.quote, numeric: counter.numeric, quote: counter.quote },
    bytes: counter.bytes,
    seconds: Math.round(seconds * 1000) / 1000,
    workers,
    resumed: counter.resumed,
    reconciled: counter.inputs === counter.articles + counter.errors,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
  };
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/**
 * The one-line summary:
 * `isnad: 1000 inputs = 998 articles + 2 errors; 7000 claims (5000 numeric, 2000 quote); 12.3 MB in 1.2 s (10.2 MB/s, 2 workers)`.
 */
export function summaryLine(stats: BatchStats): string {
  const mb = stats.bytes / 1e6;
  const rate = stats.seconds > 0 ? mb / stats.seconds : 0;
  let line =
    `isnad: ${plural(stats.inputs, 'input')} = ${plural(stats.articles, 'article')} + ${plural(stats.errors, 'error')}; ` +
    `${plural(stats.claims.total, 'claim')} (${stats.claims.numeric} numeric, ${stats.claims.quote} quote); ` +
    `${mb.toFixed(1)} MB in ${stats.seconds.toFixed(1)} s (${rate.toFixed(1)} MB/s, ${plural(stats.workers, 'worker')})`;
  if (stats.resumed > 0) line += `; ${plural(stats.resumed, 'article')} resumed from a previous run`;
  if (!stats.reconciled) line += '; COUNTS DO NOT RECONCILE (a bug: please report it)';
  return line;
}
