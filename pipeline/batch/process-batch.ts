import type { ArticleInput } from '../../schemas/article.js';
import { processArticle, type ArticleResult, type PipelineOptions } from '../process-article.js';
import { describeError, failedOutcome, toOutcome, type ArticleOutcome, type ProcessBatchOptions } from './outcome.js';

/**
 * Runs the pipeline on each article of a batch; a throw on one article fails that article only.
 * (Its own module: importing it loads the whole pipeline, which a thread that only coordinates
 * workers does not need.)
 */
export function processBatch(articles: readonly ArticleInput[], options: ProcessBatchOptions = {}): ArticleOutcome[] {
  const run = options.process ?? processArticle;
  const pipelineOptions: PipelineOptions = options.sources ? { sources: options.sources } : {};
  return articles.map((article) => {
    let result: ArticleResult;
    try {
      result = run(article, pipelineOptions);
    } catch (err) {
      return failedOutcome(article.id, 'stage-failed', `the pipeline threw: ${describeError(err)}`);
    }
    return toOutcome(article.id, result);
  });
}
