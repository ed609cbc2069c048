import type { ArticleInput } from '../../schemas/article.js';
import { processArticle, type ArticleResult } from '../process-article.js';
import { describeError, failedOutcome, toOutcome, type ArticleOutcome, type ProcessBatchOptions } from './outcome.js';

/**
 * Runs the pipeline on each article of a batch; a throw on one article fails that article only.
 * (Its own module: importing it loads the whole pipeline, which a thread that only coordinates
 * workers does not need.)
 */
export function processBatch(articles: readonly ArticleInput[], options: ProcessBatchOptions = {}): ArticleOutcome[] {
  return articles.map((article) => processOne(article, options));
}

/** Runs the pipeline on one article; a throw is a `stage-failed` outcome. */
export function processOne(article: ArticleInput, options: ProcessBatchOptions = {}): ArticleOutcome {
  const run = options.process ?? processArticle;
  let result: ArticleResult;
  try {
    result = run(article, options.sources ? { sources: options.sources } : {});
  } catch (err) {
    return failedOutcome(article.id, 'stage-failed', `the pipeline threw: ${describeError(err)}`);
  }
  return toOutcome(article.id, result);
}
