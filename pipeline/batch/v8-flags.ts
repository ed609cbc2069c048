/**
 * V8 settings the CLI applies to its process (and so to its worker threads) before any pipeline
 * code runs. They change how much the optimizing compiler works, never what the code computes.
 *
 * Why: the stages are large functions that TurboFan compiles, deoptimizes and compiles again
 * while the types it sees settle; on 10,000 bench articles the compile jobs added up to more CPU
 * than the main thread's own work in the first few thousand articles (perf: ~40% of a 1-worker
 * run's CPU on compiler threads), and every worker thread compiles everything again. Inlining
 * less into each compiled function makes each compile cheaper: one cold pass over 10,000 bench
 * articles, alternating, took 13.4-16.3 s CPU against 16.9-19.1 s with V8's default budget.
 */
import { setFlagsFromString } from 'node:v8';

/** Each flag with its value: `--max-inlined-bytecode-size-cumulative` (V8's default 920). */
export const V8_FLAGS: readonly (readonly [flag: string, value: string])[] = [['--max-inlined-bytecode-size-cumulative', '250']];

/**
 * The settings to apply: every one of `V8_FLAGS` that the node command line (`execArgv`) or
 * NODE_OPTIONS did not set itself (so `node --max-inlined-bytecode-size-cumulative=920 isnad ...`
 * still wins), as `--flag=value` strings.
 */
export function v8FlagsToApply(execArgv: readonly string[], nodeOptions = ''): string[] {
  const given = [...execArgv, ...nodeOptions.split(/\s+/)].map((a) => a.split('=', 1)[0]!.replace(/_/g, '-'));
  return V8_FLAGS.filter(([flag]) => !given.includes(flag)).map(([flag, value]) => `${flag}=${value}`);
}

/** Applies `v8FlagsToApply` to this process; call before the pipeline modules are loaded. */
export function applyV8Flags(): void {
  for (const flag of v8FlagsToApply(process.execArgv, process.env.NODE_OPTIONS)) setFlagsFromString(flag);
}
