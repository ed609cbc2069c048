import { setImmediate as yieldToIo } from 'node:timers/promises';
import type { ArticleInput } from '../../schemas/article.js';
import type { ArticleOutcome, ProcessBatchOptions } from './outcome.js';

/**
 * Where articles are processed. The batch runner only needs this, so the local worker pool, an
 * in-process loop and a distributed (BullMQ) runner are interchangeable. `process` resolves with
 * one outcome per article, in the batch's order; it rejects only when the executor itself is
 * broken (the run then stops), never because of one article.
 */
export interface Executor {
  /** Batches it works on at once (the runner keeps about twice as many in flight). */
  readonly concurrency: number;
  /** Reported in the stats: threads (or remote workers) doing the work. */
  readonly workers: number;
  process(batch: readonly ArticleInput[]): Promise<ArticleOutcome[]>;
  close(): Promise<void>;
}

/** Runs the pipeline on the main thread, one batch at a time (`--workers 1`); loads it on first use. */
export function createInProcessExecutor(options: ProcessBatchOptions = {}): Executor {
  return {
    concurrency: 1,
    workers: 1,
    async process(batch) {
      const { processBatch } = await import('./process-batch.js');
      await yieldToIo();
      return processBatch(batch, options);
    },
    async close() {},
  };
}
