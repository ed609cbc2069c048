/**
 * Instruction counts of a build, for `bench-ab --count instructions`: the one figure of speed this
 * shared host gives twice alike. Each count is a child process of bench-ab that runs one build's part
 * for some rounds under `valgrind --tool=callgrind`, with V8's `--predictable` (no concurrent
 * compiler or GC threads, fixed seeds), so the same build on the same articles executes nearly the
 * same instructions, however busy the machine is (without `--predictable`, two counts of the same
 * run were 7,507 and 10,397 million).
 *
 * The hash seed is fixed too: with a random one, each run's hash tables probe differently (three
 * children on 100 articles, one round: 2,597 to 2,620 million; with `--hash-seed=1`, 2,660.2 to 2,660.7).
 *
 * What is left varies by a few hundred thousand instructions a child, whatever its size (node's
 * own threads, loading modules): 944.0 to 944.6 million for a child that parses three records on a
 * loaded machine, 0.07%; 5,948.74 and 5,948.77 million for 300 articles, 3 rounds.
 *
 * A round's count is the difference of two children, one running `rounds` rounds and one running a
 * single round: the single round holds the loading and the JIT's warm-up, the difference only warm
 * rounds. Counts are of all threads; the children run two at a time (they are single-threaded).
 */
import { spawn, spawnSync } from 'node:child_process';
import PQueue from 'p-queue';

export interface InstructionCount {
  /** Instructions of the whole child that ran one round (load, warm-up, first round). */
  readonly firstRound: number;
  /** Instructions of one warm round: (count of `rounds` rounds - count of one) / (rounds - 1). */
  readonly warmRound: number;
  /** The digest of the output, the same in both children (else the run throws). */
  readonly digest: string;
}

/**
 * V8's settings for a repeatable count. `--predictable` alone still let heap growth follow the clock:
 * two children of one build, one round each, counted 3,769 and 3,959 million when each ran beside a
 * different partner; with `--predictable-gc-schedule` four such children, alone, in pairs and beside
 * two busy loops, counted 3,698.58 to 3,698.73 million.
 */
export const PREDICTABLE = ['--predictable', '--predictable-gc-schedule', '--hash-seed=1', '--random-seed=1'] as const;

/** What valgrind needs to be found, or why it can't be used. */
export function valgrindProblem(): string | undefined {
  const r = spawnSync('valgrind', ['--version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) return 'valgrind is not installed (Debian: apt-get install valgrind); --count instructions runs the builds under callgrind';
  return undefined;
}

/** The `Collected : N` line callgrind writes at exit. */
export function collectedInstructions(stderr: string): number {
  const m = /==\d+== Collected : (\d+)/.exec(stderr);
  if (!m) throw new Error(`callgrind printed no instruction count:\n${stderr.split('\n').slice(-8).join('\n')}`);
  return Number(m[1]);
}

/** One child under callgrind: `childArgs` to bench-ab's script; resolves its instruction count and the digest it printed. */
export function countChild(script: string, childArgs: readonly string[]): Promise<{ instructions: number; digest: string }> {
  const args = ['--tool=callgrind', '--callgrind-out-file=/dev/null', '--smc-check=all-non-file', process.execPath, ...PREDICTABLE, script, ...childArgs];
  return new Promise((resolve, reject) => {
    const child = spawn('valgrind', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`bench-ab child ${childArgs.join(' ')} exited with ${code}:\n${err.split('\n').slice(-8).join('\n')}`));
      try {
        resolve({ instructions: collectedInstructions(err), digest: out.trim() });
      } catch (e) {
        reject(e);
      }
    });
  });
}

/** Runs `tasks` at most `limit` at a time (the project's p-queue), results in order. */
export async function limited<T>(tasks: readonly (() => Promise<T>)[], limit: number): Promise<T[]> {
  const queue = new PQueue({ concurrency: limit });
  return Promise.all(tasks.map((task) => queue.add(task) as Promise<T>));
}

/** A build's count from its two children's: the single round's, and the warm rounds' by difference. */
export function instructionCount(one: { instructions: number; digest: string }, many: { instructions: number; digest: string }, rounds: number): InstructionCount {
  if (one.digest !== many.digest) throw new Error(`a build's output changed between children (${one.digest} against ${many.digest})`);
  return { firstRound: one.instructions, warmRound: (many.instructions - one.instructions) / (rounds - 1), digest: one.digest };
}
