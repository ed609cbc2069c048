/**
 * Warm scaling: the whole pipeline (processArticle + JSONL) in worker threads of this process, one
 * and then one per core, each thread on its share of the first MB of the corpus, every thread's
 * first pass cold and, after an untimed pass over the other threads' shares (so that each thread
 * has seen all the articles, as one thread alone has), a second pass warm, the threads of a pass
 * started together. It tells the two
 * costs of a run apart: the work itself (the warm pass: how threads scale once the code is
 * compiled) and the JIT's warm-up, which every thread (and every `isnad run` worker) pays again:
 * the CPU a cold pass spends beyond a warm pass of the same articles, mostly V8's optimizing
 * compiler on its own threads.
 *
 * The warm pass is not yet the steady state: V8 optimizes the big rule functions, called a few times
 * an article, only after some 3,500-7,000 articles in a thread, and with 2 threads on 20 MB a thread
 * has run ~10,000 articles by its warm pass (one thread alone ~13,000). So untimed passes over all the
 * articles follow, until every thread has run `STEADY_ARTICLES`, then a timed steady pass: how the
 * work itself scales once every thread's code is compiled as far as it will be.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Sample } from './measure.js';
import { measure } from './measure.js';
import type { WarmPassResult, WarmReady, WarmWorkerData } from './warm-worker.js';

/** Articles every thread runs (its passes together) before the steady pass. */
export const STEADY_ARTICLES = 20_000;
/** At most this many untimed passes over all the articles settle the threads (a small corpus runs fewer articles). */
export const MAX_SETTLE_PASSES = 8;

/** Untimed passes over all `all` articles that bring a thread past `STEADY_ARTICLES`, when it has run `done`. */
export function settlePasses(done: number, all: number): number {
  if (all <= 0) return 0;
  return Math.min(MAX_SETTLE_PASSES, Math.max(0, Math.ceil((STEADY_ARTICLES - done) / all)));
}

export interface WarmScalingRun {
  readonly threads: number;
  /** The first pass of every thread (wall: the pass of all threads; CPU: the whole process's). */
  readonly cold: Sample;
  /** The second pass, the same articles again. */
  readonly warm: Sample;
  /** The same articles once more, after `settle` untimed passes over all of them. */
  readonly steady: Sample;
  readonly settle: number;
  /** Articles each thread had run before its steady pass. */
  readonly articlesBeforeSteady: number;
  /** JSONL characters the threads wrote in each pass (cold, warm, steady): equal, or the passes differed. */
  readonly chars: readonly [number, number, number];
}

/** The compiled worker beside this module (the bench runs from dist/, and so does its test). */
function workerUrl(): URL {
  const url = new URL('./warm-worker.js', import.meta.url);
  if (!existsSync(fileURLToPath(url))) throw new Error(`the warm-scaling worker is missing: ${fileURLToPath(url)} (run \`npm run build\`)`);
  return url;
}

/** A cold, a warm and a steady pass of `threads` worker threads over the first `maxBytes` of `file`. */
export async function warmScalingRun(file: string, maxBytes: number, threads: number): Promise<WarmScalingRun> {
  const url = workerUrl();
  const workers = Array.from({ length: threads }, (_, share) => new Worker(url, { workerData: { file, share, shares: threads, maxBytes } satisfies WarmWorkerData }));
  try {
    const ready = (await Promise.all(workers.map((w) => reply(w)))) as WarmReady[];
    const passOf = async (what: 'pass' | 'others' | 'all' = 'pass'): Promise<{ sample: Sample; chars: number }> => {
      let chars = 0;
      const sample = await measure(async () => {
        const results = await Promise.all(workers.map((w) => ask(w, what)));
        for (const r of results) chars += r.chars;
      });
      return { sample, chars };
    };
    const cold = await passOf();
    await passOf('others');
    const warm = await passOf();
    // (each thread has run its share twice and the others' shares once: all the articles plus its share)
    const all = ready[0]!.all;
    const done = all + Math.min(...ready.map((r) => r.share));
    const settle = settlePasses(done, all);
    for (let k = 0; k < settle; k++) await passOf('all');
    const steady = await passOf();
    if (cold.chars !== warm.chars || cold.chars !== steady.chars) throw new Error(`warm scaling: the passes wrote ${cold.chars}, ${warm.chars} and ${steady.chars} characters`);
    return { threads, cold: cold.sample, warm: warm.sample, steady: steady.sample, settle, articlesBeforeSteady: done + settle * all, chars: [cold.chars, warm.chars, steady.chars] };
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** Has the worker run a pass over its share, the others' shares, or all the articles. */
function ask(w: Worker, what: 'pass' | 'others' | 'all'): Promise<WarmPassResult> {
  const answer = reply(w) as Promise<WarmPassResult>;
  w.postMessage(what);
  return answer;
}

/** The worker's next message; its error or an exit before it rejects. */
function reply(w: Worker): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: unknown): void => { done(); resolve(m); };
    const onError = (err: Error): void => { done(); reject(err); };
    const onExit = (code: number): void => { done(); reject(new Error(`a warm-scaling worker exited with code ${code}`)); };
    const done = (): void => {
      w.off('message', onMessage);
      w.off('error', onError);
      w.off('exit', onExit);
    };
    w.on('message', onMessage);
    w.on('error', onError);
    w.on('exit', onExit);
  });
}
