/**
 * Runs the real CLI (`node dist/pipeline/cli.js …`) as a child process and measures it: wall time
 * here, and CPU time and peak resident memory from GNU time (`/usr/bin/time`) when it is installed,
 * else the peak from the run's own `--stats` file (`maxRssBytes`, the whole process with its
 * worker threads) and no CPU time.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const GNU_TIME = '/usr/bin/time';

export interface ChildRun {
  readonly wallMs: number;
  /** User + system CPU time of the child; null without GNU time. */
  readonly cpuMs: number | null;
  /** Peak resident memory in MB (2^20 bytes); null when neither source reported it. */
  readonly peakRssMb: number | null;
  readonly exitCode: number;
  /** Standard error, for a failure message. */
  readonly stderr: string;
}

/** Time files made so far (children started in the same millisecond get their own). */
let timeFiles = 0;

/** Process groups of the children running now. */
const running = new Set<number>();

/** Stops every child still running (an interrupted bench), with what they started. */
export function stopChildren(): void {
  for (const pid of running) {
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  running.clear();
}

/** How peak memory is measured here: `gnu-time` or `stats` (the CLI's `--stats` maxRssBytes). */
export function rssSource(): 'gnu-time' | 'stats' {
  return existsSync(GNU_TIME) ? 'gnu-time' : 'stats';
}

/**
 * The variable that makes every Node process parse a CA bundle at start-up (the sandbox sets it to
 * the system bundle: ~100 ms a process). isnad never opens a TLS connection, so start-up is also
 * measured without it.
 */
export const EXTRA_CA_VARIABLE = 'NODE_EXTRA_CA_CERTS';

/** This process's environment without `NODE_EXTRA_CA_CERTS`. */
export function envWithoutExtraCa(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env[EXTRA_CA_VARIABLE];
  return env;
}

/** Options of a child run: its working folder, a folder for GNU time's report, and its environment (default: inherited). */
export interface RunOptions {
  readonly cwd: string;
  readonly tmp: string;
  readonly gnuTime?: boolean;
  readonly env?: NodeJS.ProcessEnv;
}

/** Runs `node args…` once, standard output discarded. */
export async function runNode(args: readonly string[], options: RunOptions): Promise<ChildRun> {
  const useTime = (options.gnuTime ?? true) && rssSource() === 'gnu-time';
  const timeFile = path.join(options.tmp, `time-${process.pid}-${Date.now()}-${++timeFiles}.txt`);
  const [cmd, argv] = useTime ? [GNU_TIME, ['-f', '%e %U %S %M', '-o', timeFile, process.execPath, ...args]] : [process.execPath, [...args]];
  const t0 = performance.now();
  const { code, stderr } = await new Promise<{ code: number; stderr: string }>((resolve, reject) => {
    // its own process group, so an interrupted bench can stop it and whatever it started (GNU time's child)
    const child = spawn(cmd, argv, { cwd: options.cwd, stdio: ['ignore', 'ignore', 'pipe'], detached: true, ...(options.env ? { env: options.env } : {}) });
    if (child.pid !== undefined) running.add(child.pid);
    child.on('close', () => {
      if (child.pid !== undefined) running.delete(child.pid);
    });
    let err = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d: string) => {
      if (err.length < 1 << 16) err += d;
    });
    child.on('error', reject);
    child.on('close', (c) => resolve({ code: c ?? 1, stderr: err }));
  });
  const wallMs = performance.now() - t0;
  let cpuMs: number | null = null;
  let peakRssMb: number | null = null;
  if (useTime) {
    const fields = (await readFile(timeFile, 'utf8').catch(() => '')).trim().split('\n').pop()?.split(' ').map(Number) ?? [];
    await rm(timeFile, { force: true });
    if (fields.length === 4 && fields.every(Number.isFinite)) {
      cpuMs = (fields[1]! + fields[2]!) * 1000;
      peakRssMb = fields[3]! / 1024;
    }
  }
  return { wallMs, cpuMs, peakRssMb, exitCode: code, stderr };
}

export interface PipelineRun extends ChildRun {
  readonly articles: number;
  /** Inputs rejected with an error record. */
  readonly errors: number;
  readonly claims: number;
  readonly bytes: number;
}

/**
 * `isnad run INPUT -o OUT --workers N --stats STATS --no-progress`, through the compiled CLI;
 * the output is removed afterwards. Throws when the run fails.
 */
export async function runPipeline(cli: string, input: string, workers: number, options: { cwd: string; tmp: string; tag?: string }): Promise<PipelineRun> {
  const name = `${workers}w${options.tag ? `-${options.tag}` : ''}`;
  const out = path.join(options.tmp, `queue-${name}.jsonl`);
  const statsFile = path.join(options.tmp, `stats-${name}.json`);
  // Rejected records (a duplicate id, an empty text) are the corpus's, not a failure of the run: they are counted.
  const run = await runNode([cli, 'run', input, '-o', out, '--workers', String(workers), '--stats', statsFile, '--no-progress', '--max-errors', String(Number.MAX_SAFE_INTEGER)], options);
  try {
    if (run.exitCode !== 0) throw new Error(`isnad run --workers ${workers} exited ${run.exitCode}: ${run.stderr.trim().split('\n').pop() ?? ''}`);
    const stats = JSON.parse(await readFile(statsFile, 'utf8')) as { articles: number; errors: number; claims: { total: number }; bytes: number; maxRssBytes?: number };
    const peakRssMb = run.peakRssMb ?? (typeof stats.maxRssBytes === 'number' ? stats.maxRssBytes / 2 ** 20 : null);
    return { ...run, peakRssMb, articles: stats.articles, errors: stats.errors, claims: stats.claims.total, bytes: stats.bytes };
  } finally {
    await rm(out, { force: true });
    await rm(statsFile, { force: true });
  }
}

/**
 * One `isnad run --workers 1` per input, all at once (the machine's own bound on scaling: separate
 * processes share nothing but the cores). Wall time until the last one ends; CPU time added up;
 * peak memory the largest of one process.
 */
export async function runPipelinesInParallel(cli: string, inputs: readonly string[], options: { cwd: string; tmp: string }): Promise<ChildRun> {
  const t0 = performance.now();
  const runs = await Promise.all(
    inputs.map((input, i) => runPipeline(cli, input, 1, { ...options, tag: `part${i + 1}` })),
  );
  const wallMs = performance.now() - t0;
  const cpu = runs.every((r) => r.cpuMs !== null) ? runs.reduce((sum, r) => sum + r.cpuMs!, 0) : null;
  const peaks = runs.map((r) => r.peakRssMb).filter((x): x is number => x !== null);
  return { wallMs, cpuMs: cpu, peakRssMb: peaks.length === runs.length ? Math.max(...peaks) : null, exitCode: 0, stderr: '' };
}

/** `times` spawns of `node args…` after one warm-up, each checked to exit 0 (wall and, with GNU time, CPU time). */
export async function spawnTimes(args: readonly string[], times: number, options: RunOptions): Promise<ChildRun[]> {
  const out: ChildRun[] = [];
  for (let i = 0; i <= times; i++) {
    const run = await runNode(args, options);
    if (run.exitCode !== 0) throw new Error(`node ${args.join(' ')} exited ${run.exitCode}: ${run.stderr.trim().split('\n').pop() ?? ''}`);
    if (i > 0) out.push(run);
  }
  return out;
}

/**
 * `spawnTimes` for two environments at once, alternating spawn by spawn (so a change of load
 * touches both alike): `clean` without `NODE_EXTRA_CA_CERTS`, `inherited` with this process's environment.
 */
export async function spawnTimesBothEnvs(args: readonly string[], times: number, options: Omit<RunOptions, 'env'>): Promise<{ clean: ChildRun[]; inherited: ChildRun[] }> {
  const clean: ChildRun[] = [];
  const inherited: ChildRun[] = [];
  const env = envWithoutExtraCa();
  for (let i = 0; i <= times; i++) {
    for (const [list, childEnv] of [[clean, env], [inherited, undefined]] as const) {
      const run = await runNode(args, { ...options, ...(childEnv ? { env: childEnv } : {}) });
      if (run.exitCode !== 0) throw new Error(`node ${args.join(' ')} exited ${run.exitCode}: ${run.stderr.trim().split('\n').pop() ?? ''}`);
      if (i > 0) list.push(run);
    }
  }
  return { clean, inherited };
}

export function existsOrThrow(file: string, hint: string): void {
  if (!existsSync(file)) throw new Error(`${file} not found: ${hint}`);
}
