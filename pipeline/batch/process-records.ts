import type { ProcessBatchOptions } from './outcome.js';
import { processOne } from './process-batch.js';
import { parseRecordLine } from './read-articles.js';
import { articleResult, type RecordBatch, type RecordOutcome } from './records.js';
import { recordHash } from './resume.js';

/**
 * Parses, hashes (the line's bytes, see `recordHash`) and processes every record of a batch, in order; a throw on one article fails
 * that article only. (Its own module: it loads the whole pipeline, which the main thread of a
 * worker pool does not need.)
 */
export function processRecords(batch: RecordBatch, options: ProcessBatchOptions = {}): RecordOutcome[] {
  const out: RecordOutcome[] = [];
  let from = 0;
  for (let i = 0; i < batch.ends.length; i++) {
    const to = batch.ends[i]!;
    const raw = batch.bytes.subarray(from, to);
    from = to;
    // the line fits (longer ones never come here), so maxBytes is not consulted
    const item = parseRecordLine(batch.inputs[i]!, batch.lines[i]!, raw, raw.length, Number.MAX_SAFE_INTEGER);
    if (item.kind === 'error') {
      out.push({ kind: 'rejected', error: item.error });
      continue;
    }
    const hash = batch.hash ? recordHash(raw) : undefined;
    out.push(articleResult(item.article.id, hash, processOne(item.article, options)));
  }
  return out;
}
