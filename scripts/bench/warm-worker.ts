/**
 * A worker thread of the warm-scaling measurement (warm-scaling.ts): it holds the first MB of the
 * corpus in memory (read and parsed before any timing) and runs the whole pipeline, `processArticle`
 * then the JSONL serialization, over its share of the articles on a `pass` message and over the
 * others' shares on `others`, over all of them on `all`, answering with how long it took and what
 * it wrote. Its first pass runs cold (the JIT compiles as it goes); `others` then shows it the rest
 * of the articles, so that before its warm pass every thread has run on all of them, as a single
 * thread has; `all` passes settle it before the steady pass.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { toOutcome } from '../../pipeline/batch/outcome.js';
import { processArticle } from '../../pipeline/process-article.js';
import { toBenchArticle, type BenchArticle } from './corpus.js';

export interface WarmWorkerData {
  readonly file: string;
  /** Lines `share`, `share + shares`, ... of the first `maxBytes` of the file are this worker's. */
  readonly share: number;
  readonly shares: number;
  readonly maxBytes: number;
}

/** The worker's first message: how many articles are its share, and how many in all. */
export interface WarmReady {
  readonly share: number;
  readonly all: number;
}

export interface WarmPassResult {
  readonly wallMs: number;
  /** JSONL characters written (the same every pass: a check that the passes did the same work). */
  readonly chars: number;
}

const data = workerData as WarmWorkerData;
const articles: BenchArticle[] = [];
const others: BenchArticle[] = [];
let bytes = 0;
let index = 0;
for (const line of headLines(data.file, data.maxBytes)) {
  if (line.trim() === '') continue;
  bytes += Buffer.byteLength(line) + 1;
  if (bytes > data.maxBytes) break;
  (index++ % data.shares === data.share ? articles : others).push(toBenchArticle(line));
}

/** The whole lines in the first `maxBytes` of the file (only those bytes are read). */
function headLines(file: string, maxBytes: number): string[] {
  const fd = openSync(file, 'r');
  try {
    const size = Math.min(fstatSync(fd).size, maxBytes);
    const buffer = Buffer.alloc(size);
    let got = 0;
    while (got < size) {
      const n = readSync(fd, buffer, got, size - got, got);
      if (n === 0) break;
      got += n;
    }
    const text = buffer.subarray(0, got).toString('utf8');
    // (a line cut at the limit is not whole: it is left out, as the byte count below would leave it)
    const lines = text.split('\n');
    if (got === maxBytes && !text.endsWith('\n')) lines.pop();
    return lines;
  } finally {
    closeSync(fd);
  }
}

function pass(list: readonly BenchArticle[]): WarmPassResult {
  const t0 = performance.now();
  let chars = 0;
  for (const a of list) chars += toOutcome(a.id, processArticle(a)).jsonl.length;
  return { wallMs: performance.now() - t0, chars };
}

const everything = [...articles, ...others];
parentPort!.on('message', (m: unknown) => {
  if (m === 'pass') parentPort!.postMessage(pass(articles));
  else if (m === 'others') parentPort!.postMessage(pass(others));
  else if (m === 'all') parentPort!.postMessage(pass(everything));
});
parentPort!.postMessage({ share: articles.length, all: everything.length } satisfies WarmReady);
