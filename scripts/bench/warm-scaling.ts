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
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Sample } from './measure.js';
import { measure } from './measure.js';
import type { WarmPassResult, WarmWorkerData } from './warm-worker.js';

export interface WarmScalingRun {
  readonly threads: number;
  /** The first pass of every thread (wall: the pass of all threads; CPU: the whole process's). */
  readonly cold: Sample;
  /** The second pass, the same articles again. */
  readonly warm: Sample;
  /** JSONL characters the threads wrote in each pass (cold, warm): equal, or the passes differed. */
  readonly chars: readonly [number, number];
}

/** The compiled worker beside this module (the bench runs from dist/, and so does its test). */
function workerUrl(): URL {
  const url = new URL('./warm-worker.js', import.meta.url);
  if (!existsSync(fileURLToPath(url))) throw new Error(`the warm-scaling worker is missing: ${fileURLToPath(url)} (run \`npm run build\`)`);
  return url;
}

/** One cold and one warm pass of `threads` worker threads over the first `maxBytes` of `file`. */
export async function warmScalingRun(file: string, maxBytes: number, threads: number): Promise<WarmScalingRun> {
  const url = workerUrl();
  const workers = Array.from({ length: threads }, (_, share) => new Worker(url, { workerData: { file, share, shares: threads, maxBytes } satisfies WarmWorkerData }));
  try {
    await Promise.all(workers.map((w) => reply(w)));
    const passOf = async (what: 'pass' | 'others' = 'pass'): Promise<{ sample: Sample; chars: number }> => {
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
    if (cold.chars !== warm.chars) throw new Error(`warm scaling: the warm pass wrote ${warm.chars} characters, the cold one ${cold.chars}`);
    return { threads, cold: cold.sample, warm: warm.sample, chars: [cold.chars, warm.chars] };
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** Has the worker run a pass over its share, or over the others' shares. */
function ask(w: Worker, what: 'pass' | 'others'): Promise<WarmPassResult> {
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
