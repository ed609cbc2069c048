import type { ArticleInput } from '../schemas/article.js';
import type { ClaimRecord } from '../schemas/claim.js';
import type { Message } from '../schemas/message.js';
import type { SourceEntry } from '../schemas/source.js';

export interface PipelineOptions {
  /** Extra source registry entries (from `--sources FILE`), merged over the built-in registry. */
  readonly sources?: readonly SourceEntry[];
}

export interface ArticleResult {
  readonly articleId: string;
  /** Claims in article order, then span order. Every `text === article.text.slice(span.start, span.end)`. */
  readonly claims: ClaimRecord[];
  /** What the stages reported. A `fatal` message means the article produced no claims. */
  readonly messages: Message[];
}

/**
 * Runs every stage on one article, synchronously. Pure: the same input gives the same output.
 * (Temporary: stages are being wired in; returns no claims yet.)
 */
export function processArticle(input: ArticleInput, _options: PipelineOptions = {}): ArticleResult {
  return { articleId: input.id, claims: [], messages: [] };
}
