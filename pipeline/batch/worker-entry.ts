/**
 * The worker thread script (compiled to dist/pipeline/batch/worker-entry.js). It gets the source
 * registry once in `workerData`, then answers each `{id, articles}` message (parsed articles) or
 * `{id, records}` message (raw JSONL lines, see records.ts) with `{type: 'done', id, outcomes}`
 * (for records, packed: see `packOutcomes`).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ArticleInput } from '../../schemas/article.js';
import type { SourceEntry } from '../../schemas/source.js';
import { processBatch } from './process-batch.js';
import { processRecords } from './process-records.js';
import { packOutcomes, type RecordBatch } from './records.js';

const port = parentPort;
if (!port) throw new Error('worker-entry must run in a worker thread');
const sources = (workerData as { sources?: SourceEntry[] } | undefined)?.sources;

const options = sources ? { sources } : {};
port.on('message', (message: { id: number; articles: ArticleInput[] } | { id: number; records: RecordBatch }) => {
  if ('records' in message) {
    // the claims go back as one UTF-8 buffer, moved rather than copied
    const packed = packOutcomes(processRecords(message.records, options));
    port.postMessage({ type: 'done', id: message.id, outcomes: packed }, [packed.bytes.buffer]);
  } else port.postMessage({ type: 'done', id: message.id, outcomes: processBatch(message.articles, options) });
});
port.postMessage({ type: 'ready' });
