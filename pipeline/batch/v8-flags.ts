/**
 * V8 settings the CLI applies to its process (and so to its worker threads) before any pipeline
 * code runs. They change how much the optimizing compiler works and how far a heap may grow
 * between full collections, never what the code computes.
 *
 * Why: the stages are large functions that TurboFan compiles, deoptimizes and compiles again
 * while the types it sees settle; on 10,000 bench articles the compile jobs added up to more CPU
 * than the main thread's own work in the first few thousand articles (perf: ~40% of a 1-worker
 * run's CPU on compiler threads), and every worker thread compiles everything again. Inlining
 * less into each compiled function makes each compile cheaper: one cold pass over 10,000 bench
 * articles, alternating, took 13.4-16.3 s CPU against 16.9-19.1 s with V8's default budget.
 * A larger interrupt budget makes fewer of those compiles: TurboFan waits for more type feedback.
 */
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';

/** V8's own interrupt budget (66 KB of bytecode between tier-up checks). */
export const V8_INTERRUPT_BUDGET = 67584;
/** The budget of `V8_FLAGS`, for threads that fill the cores. */
const THREADS_INTERRUPT_BUDGET = 8 * V8_INTERRUPT_BUDGET;

/**
 * Each flag with its value: `--max-inlined-bytecode-size-cumulative` (V8's default 920), and
 * `--interrupt-budget` (V8's default 67584, 66 KB of bytecode run between tier-up checks), eight
 * times V8's: a function runs longer in the baseline tiers before TurboFan compiles it, so it is
 * compiled with fuller type feedback and is deoptimized (and compiled again) less often. Four times
 * V8's, on 10,000 bench articles, 1 worker: 392 -> 249 TurboFan compiles, 133 -> 76
 * deoptimizations, compile time ~11.4 -> ~5.1 s; CPU 17.3/21.1 -> 15.4/18.3 s, wall the same;
 * 2 workers: CPU 26.7/27.2 -> 21.9/22.7 s, wall 14.0/14.1 -> 11.6/12.0 s. Eight times cut compiles
 * further but made a 1-worker run slower then, while the big rule loops stayed unoptimized longer;
 * since they are small drivers with their rare turns in functions of their own (extract-quotes,
 * tag-sources, processArticle), eight times is faster: the whole bench corpus through the CLI, two
 * alternating pairs, 4x -> 8x: 1 worker wall 23.2/26.6 -> 21.4/23.4 s, CPU 28.6/33.0 -> 24.9/27.2 s;
 * 2 workers wall 19.2/20.3 -> 15.6/15.7 s, CPU 36.4/38.7 -> 29.5/29.8 s. Sixteen times, two more
 * pairs against eight: 2 workers a little faster (18.7/18.3 against 20.3/19.1 s), 1 worker slower
 * (27.8/27.0 against 26.3/23.6 s).
 *
 * `--heap-growing-percent` (V8 picks a factor between 1.1 and 4 itself, from how fast it collects),
 * fixed at 100: after a full collection a heap may grow to twice what survived before the next
 * one. An isolate keeps ~13 MB alive between articles (a worker's live heap after a full GC stays
 * at 12.4-13.5 MB from 2,000 to 90,000 articles: nothing accumulates), but V8's own factor let each
 * worker's committed heap reach 58-68 MB on the 1 GB bench corpus. With 2 workers on the 98.7 MB
 * bench corpus (the worker pool's 16 MB young generation, see worker-pool.ts): peak RSS 266-289 ->
 * 242-258 MB, CPU about even (25.4-33.7 s against 26.4-34.0 s, five pairs on a loaded machine);
 * 1 worker: CPU 23.8-24.4 -> 24.5 s. A factor of 1.3 went lower still (215-228 MB) but cost ~8%
 * more CPU in mark-compacts (124 against 45 in a run).
 */
export const V8_FLAGS: readonly (readonly [flag: string, value: string])[] = [
  ['--max-inlined-bytecode-size-cumulative', '250'],
  ['--interrupt-budget', String(THREADS_INTERRUPT_BUDGET)],
  ['--heap-growing-percent', '100'],
];

/**
 * The settings to apply: every one of `V8_FLAGS` that the node command line (`execArgv`) or
 * NODE_OPTIONS did not set itself (so `node --max-inlined-bytecode-size-cumulative=920 isnad ...`
 * still wins), as `--flag=value` strings.
 */
export function v8FlagsToApply(execArgv: readonly string[], nodeOptions = ''): string[] {
  const given = givenFlags(execArgv, nodeOptions);
  return V8_FLAGS.filter(([flag]) => !given.includes(flag)).map(([flag, value]) => `${flag}=${value}`);
}

/** The flags the node command line and NODE_OPTIONS name, without values, `_` read as `-`. */
function givenFlags(execArgv: readonly string[], nodeOptions: string): string[] {
  return [...execArgv, ...nodeOptions.split(/\s+/)].map((a) => a.split('=', 1)[0]!.replace(/_/g, '-'));
}

/** Applies `v8FlagsToApply` to this process; call before the pipeline modules are loaded. */
export function applyV8Flags(): void {
  for (const flag of v8FlagsToApply(process.execArgv, process.env.NODE_OPTIONS)) setFlagsFromString(flag);
}

/**
 * The interrupt budget for a run of `pipelineThreads` threads on `cores`: eight times V8's (as in
 * `V8_FLAGS`) when the threads fill the cores, V8's own when a core is left for the optimizing
 * compiler. The larger budget makes fewer compiles, which pays where compiling takes CPU from the
 * pipeline's threads; with a core to spare, compiling costs the run nothing, and the smaller budget
 * gets the rule functions optimized thousands of articles sooner. The whole bench corpus (98.7 MB),
 * `isnad run --workers 1` on 2 cores, three alternating rounds: wall 9.92-10.12 s against
 * 11.03-11.11 s with the larger budget (CPU 11.8-12.1 against 12.4-12.5 s; twice V8's,
 * 10.20-10.28 s; half, the same as V8's); the first 20 MB: 2.65-2.75 against 2.91-3.08 s; 2,000
 * articles: 1.33 s either way. `--workers 2` on 2 cores, three rounds: 8.88-9.20 s with V8's
 * against 8.29-8.93 s with eight times.
 */
export function interruptBudget(pipelineThreads: number, cores: number): number {
  return pipelineThreads < cores ? V8_INTERRUPT_BUDGET : THREADS_INTERRUPT_BUDGET;
}

/**
 * Sets `interruptBudget` for a run of `pipelineThreads` threads on this machine, unless the node
 * command line or NODE_OPTIONS set the budget; returns the flag it set. Call before the run's
 * pipeline code runs (the budget is read as functions run, so the change applies from then on).
 */
export function applyInterruptBudget(pipelineThreads: number, cores = availableParallelism(), execArgv: readonly string[] = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? ''): string | undefined {
  if (givenFlags(execArgv, nodeOptions).includes('--interrupt-budget')) return undefined;
  const flag = `--interrupt-budget=${interruptBudget(pipelineThreads, cores)}`;
  setFlagsFromString(flag);
  return flag;
}
