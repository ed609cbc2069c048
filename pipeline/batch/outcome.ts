import type { ArticleInput } from '../../schemas/article.js';
import { ErrorCodeSchema, type ErrorCode } from '../../schemas/error.js';
import type { SourceEntry } from '../../schemas/source.js';
import type { ArticleResult, PipelineOptions } from '../process-article.js';

/**
 * What an executor returns for one article: its claims already serialized as JSONL (so the
 * serializing happens where the CPU work is, and crosses a thread as one string), their counts
 * by type, or the error that replaces the article.
 */
export interface ArticleOutcome {
  readonly articleId: string;
  /** One claim record a line, each ending in `\n`; empty when there are none or on error. */
  readonly jsonl: string;
  readonly numeric: number;
  readonly quote: number;
  /** Set when the article produced no output: a stage threw (`stage-failed`) or reported a fatal message. */
  readonly error?: { readonly code: ErrorCode; readonly message: string };
}

/** The function an executor runs per article; `processArticle` unless a test or runner swaps it. */
export type ProcessFn = (input: ArticleInput, options: PipelineOptions) => ArticleResult;

export interface ProcessBatchOptions {
  readonly sources?: readonly SourceEntry[];
  readonly process?: ProcessFn;
}

/** Serializes a result; fatal messages turn the article into one error record (code kept when it is an error code). */
export function toOutcome(articleId: string, result: ArticleResult): ArticleOutcome {
  const fatal = result.messages.filter((m) => m.severity === 'fatal');
  if (fatal.length > 0) {
    const first = ErrorCodeSchema.safeParse(fatal[0]!.code);
    const message = fatal.map((m) => `${m.stage}: ${m.code}: ${m.reason}`).join('; ');
    return failedOutcome(articleId, first.success ? first.data : 'stage-failed', `fatal: ${message}`);
  }
  let jsonl = '';
  let numeric = 0;
  let quote = 0;
  for (const claim of result.claims) {
    jsonl += `${JSON.stringify(claim)}\n`;
    if (claim.type === 'numeric') numeric += 1;
    else quote += 1;
  }
  return { articleId, jsonl, numeric, quote };
}

export function failedOutcome(articleId: string, code: ErrorCode, message: string): ArticleOutcome {
  return { articleId, jsonl: '', numeric: 0, quote: 0, error: { code, message } };
}

export function describeError(err: unknown): string {
  if (err instanceof Error) return `${err.name}: ${err.message.split('\n', 1)[0] ?? ''}`;
  return String(err);
}
