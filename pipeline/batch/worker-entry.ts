/**
 * The worker thread script (compiled to dist/pipeline/batch/worker-entry.js). It gets the source
 * registry once in `workerData`, then answers each `{id, articles}` message with
 * `{type: 'done', id, outcomes}`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ArticleInput } from '../../schemas/article.js';
import type { SourceEntry } from '../../schemas/source.js';
import { processBatch } from './process-batch.js';

const port = parentPort;
if (!port) throw new Error('worker-entry must run in a worker thread');
const sources = (workerData as { sources?: SourceEntry[] } | undefined)?.sources;

port.on('message', (message: { id: number; articles: ArticleInput[] }) => {
  const outcomes = processBatch(message.articles, sources ? { sources } : {});
  port.postMessage({ type: 'done', id: message.id, outcomes });
});
port.postMessage({ type: 'ready' });
