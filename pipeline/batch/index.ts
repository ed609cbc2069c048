/**
 * The batch runner behind `isnad run`, for reuse by the bench and other runners: read inputs in
 * order (`readArticles`, `listInputs`), process them through any `Executor`, write claims and
 * error records in input order (`runBatch`), resume an interrupted file output (`fileSink`).
 */
export { runBatch, resolveOptions, type BatchOptions } from './run-batch.js';
export { createInProcessExecutor, type Executor } from './executor.js';
export { createWorkerPool, type WorkerPoolOptions } from './worker-pool.js';
export { toOutcome, failedOutcome, type ArticleOutcome, type ProcessFn, type ProcessBatchOptions } from './outcome.js';
export { processBatch } from './process-batch.js';
export { listInputs, checkInputPaths, totalInputBytes, formatOf, type InputSource, type ListOptions } from './inputs.js';
export { readArticles, parseRecordLine, type InputItem, type ReadOptions } from './read-articles.js';
export { decodeArticleBytes, decodeUtf8, checkArticleText, type Decoded } from './decode.js';
export { splitLines, type Line } from './lines.js';
export { errorRecord, errorLine } from './errors.js';
export { orderedCommitter } from './ordered.js';
export { fileSink, streamSink, articleHash, recordHash, partialPath, donePath, runFingerprint, type DoneRecord, type OutputSink } from './resume.js';
export { summaryLine, finalStats, STATS_SCHEMA, type BatchStats } from './stats.js';
export { createProgressBar, formatProgress, type ProgressBar, type ProgressSnapshot } from './progress.js';
export { BATCH_DEFAULTS, defaultWorkers, loadSourcesFile, parseIntegerFlag, parseFormatFlag, UsageError, type InputFormat } from './options.js';
export { runCommand, EXIT, type RunFlags } from './run-command.js';
