/**
 * Distributed runs on BullMQ (`isnad run --queue`, `isnad worker`): a coordinator executor for
 * the batch runner, the worker, and what both share (Redis URLs, job payloads). Importing this
 * loads bullmq and ioredis; a local run never does.
 */
export { createQueueExecutor, type QueueExecutor, type QueueExecutorOptions, type QueueCounts } from './queue-executor.js';
export { startQueueWorker, type QueueWorker, type QueueWorkerOptions } from './queue-worker.js';
export { parseRedisUrl, redact, PASSWORD_ENV, type RedisTarget } from './redis-url.js';
export { queueNameFor } from './connection.js';
export { buildJob, parseJob, checkResult, jobIdFor, sourcesHash, type Checked } from './job-payload.js';
export { queueExecutorFactory, describeCounts, type QueueRunFlags } from './run-executor.js';
export { chooseRun, runStatePath, type QueueRun } from './run-state.js';
export { startLocalRedis, hasRedisServer, type LocalRedis, type LocalRedisOptions } from './local-redis.js';
