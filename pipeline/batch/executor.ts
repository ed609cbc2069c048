import { setImmediate as yieldToIo } from 'node:timers/promises';
import type { ArticleInput } from '../../schemas/article.js';
import type { ArticleOutcome, ProcessBatchOptions } from './outcome.js';
import type { RecordBatch, RecordOutcome } from './records.js';

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
  /**
   * Optional: parses and processes raw JSONL record lines (one outcome per record, in order), so
   * that work happens where the articles are processed. The batch runner parses records itself
   * and calls `process` when an executor has no `processRecords`. The batch's buffer may be
   * transferred (it is unusable afterwards).
   */
  processRecords?(batch: RecordBatch): Promise<RecordOutcome[]>;
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
    async processRecords(batch) {
      const [{ processRecords }, { claimsAsBytes }] = await Promise.all([import('./process-records.js'), import('./records.js')]);
      await yieldToIo();
      return claimsAsBytes(processRecords(batch, options));
    },
    async close() {},
  };
}
