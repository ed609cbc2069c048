/**
 * isnad's library API: the package entry (`import { processArticle } from 'isnad'`).
 * A small surface, pinned by test/api.test.ts; everything else is internal.
 */
export { processArticle, detectLang, type ArticleResult, type PipelineOptions } from './process-article.js';
export { claimId } from './claim-id.js';
export { VERSION, PIPELINE_VERSION } from './version.js';
export { runBatch, type BatchOptions, type BatchStats } from './batch/index.js';
export { diffClaims, diffArticles, carryVerdicts, formatChangesText } from './diff/index.js';
export { checkArticle, type CheckDocument } from './check/check-article.js';
export { normalizeText, matchKey, toOriginalSpan, type NormalizedText } from '../stages/normalize-text/index.js';
export { splitSentences } from '../stages/split-sentences/index.js';
export { extractNumbers } from '../stages/extract-numbers/index.js';
export { extractQuotes } from '../stages/extract-quotes/index.js';
export { sourceRegistry, SourceRegistry } from '../stages/tag-sources/registry.js';
export * from '../schemas/index.js';
