/**
 * Throughput of `isnad run --queue` with 1, 2 and 4 `isnad worker` processes on this machine,
 * next to a local `isnad run` on the same articles, and a check that every output is
 * byte-identical to the local one.
 *
 *   npm run build && node dist/scripts/bench-queue.js [--articles N] [--workers 1,2,4] [--concurrency N] [--batch-size N] [--runs N] [--json]
 *
 * Corpus: the first N (default 4000) records of `../shared/corpus-ar/bench/ant-multisource.jsonl`,
 * read by path into a temporary folder. Redis: a redis-server this script starts on a free
 * loopback port (no persistence) and stops. Workers are started, and serving, before the timed
 * coordinator run begins; each run's time is the coordinator's own (`--stats` seconds: reading,
 * enqueuing, collecting, writing), the median of `--runs` (default 1). CPU seconds per 1000
 * articles add up the coordinator (through /usr/bin/time, when present) and every worker process
 * (all its threads, as it reports when stopped): on a shared machine that column, not the wall
 * time, shows what the queue costs. Prints a markdown table (or one JSON object with `--json`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, cpSync, createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { hasRedisServer, startLocalRedis } from '../pipeline/queue/local-redis.js';

interface Args {
  readonly articles: number;
  readonly workers: readonly number[];
  readonly concurrency: number;
  readonly batchSize: number;
  readonly runs: number;
  readonly json: boolean;
}

interface Row {
  /** `local` or the number of worker processes. */
  readonly setup: string;
  readonly seconds: number;
  /** CPU seconds of all processes of the setup (coordinator and workers, all threads), per 1000 articles; null when unmeasured. */
  readonly cpuPer1000: number | null;
  readonly articlesPerSecond: number;
  readonly mbPerSecond: number;
  readonly identical: boolean;
}

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
/** The CLI: a snapshot of this build (set in main), so a rebuild meanwhile cannot mix versions. */
let CLI = path.resolve(HERE, '../pipeline/cli.js');

/** Copies dist/ (with package.json and a node_modules link) into `dir`; returns the copied CLI. */
function snapshotBuild(dir: string): string {
  const dist = path.resolve(HERE, '..');
  cpSync(dist, path.join(dir, 'dist'), { recursive: true });
  copyFileSync(path.join(ROOT, 'package.json'), path.join(dir, 'package.json'));
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return path.join(dir, 'dist/pipeline/cli.js');
}
const BENCH = path.resolve(ROOT, '../shared/corpus-ar/bench/ant-multisource.jsonl');

function parseArgs(argv: readonly string[]): Args {
  const value = (flag: string): string | undefined => {
    const at = argv.indexOf(flag);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const int = (flag: string, fallback: number, min: number): number => {
    const raw = value(flag);
    if (raw === undefined) return fallback;
    const n = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
    if (!Number.isSafeInteger(n) || n < min) throw new Error(`Expected \`${flag}\` to be an integer >= ${min}, got \`${raw}\``);
    return n;
  };
  const list = value('--workers') ?? '1,2,4';
  const workers = list.split(',').map((w) => {
    const n = /^\d+$/.test(w) ? Number(w) : Number.NaN;
    if (!Number.isSafeInteger(n) || n < 1 || n > 16) throw new Error(`Expected \`--workers\` to be a list of integers 1-16, got \`${list}\``);
    return n;
  });
  return {
    articles: int('--articles', 4000, 1),
    workers,
    concurrency: int('--concurrency', 1, 1),
    batchSize: int('--batch-size', 64, 1),
    runs: int('--runs', 1, 1),
    json: argv.includes('--json'),
  };
}

async function writeCorpus(file: string, n: number): Promise<number> {
  const lines: string[] = [];
  const rl = createInterface({ input: createReadStream(BENCH), crlfDelay: Infinity });
  for await (const line of rl) {
    lines.push(line);
    if (lines.length >= n) break;
  }
  rl.close();
  writeFileSync(file, `${lines.join('\n')}\n`);
  return lines.length;
}

const running = new Set<ChildProcess>();

/** Runs the CLI; resolves with its exit code and standard error. */
function cli(args: readonly string[], timed = false): { child: ChildProcess; done: Promise<{ code: number | null; stderr: string }> } {
  const argv = [process.execPath, CLI, ...args];
  const child = timed ? spawn(TIME, ['-f', 'cpu %U %S', ...argv], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] }) : spawn(argv[0]!, argv.slice(1), { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  running.add(child);
  let stderr = '';
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => {
    if (stderr.length < 100_000) stderr += chunk;
  });
  const done = new Promise<{ code: number | null; stderr: string }>((resolve) => {
    child.once('close', (code) => {
      running.delete(child);
      resolve({ code, stderr });
    });
  });
  return { child, done };
}

const TIME = '/usr/bin/time';
const HAVE_TIME = existsSync(TIME);

/** One timed run: the coordinator's own seconds, and its CPU seconds (through /usr/bin/time when there is one). */
async function timedRun(args: readonly string[], stats: string): Promise<{ seconds: number; cpu: number | null }> {
  const r = await cli([...args, '--stats', stats, '--no-progress'], HAVE_TIME).done;
  if (r.code !== 0) throw new Error(`isnad ${args.join(' ')} exited ${r.code}: ${r.stderr.trim().split('\n').pop() ?? ''}`);
  const cpu = /^cpu (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)$/m.exec(r.stderr);
  return { seconds: (JSON.parse(readFileSync(stats, 'utf8')) as { seconds: number }).seconds, cpu: cpu ? Number(cpu[1]) + Number(cpu[2]) : null };
}

/** CPU seconds a stopped worker reported (`stopped after N jobs (X s CPU, all threads)`). */
function workerCpu(stderr: string): number | null {
  const m = /stopped after \d+ jobs? \((\d+(?:\.\d+)?) s CPU/.exec(stderr);
  return m ? Number(m[1]) : null;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (!hasRedisServer()) throw new Error('redis-server is not on PATH (apt-get install redis-server)');
  const tmp = mkdtempSync(path.join(tmpdir(), 'isnad-bench-queue-'));
  // Workers started early and a coordinator started later must run the same pipeline version.
  CLI = snapshotBuild(path.join(tmp, 'isnad'));
  const redis = await startLocalRedis();
  const load = loadavg()[0]!;
  try {
    const corpus = path.join(tmp, 'corpus.jsonl');
    const count = await writeCorpus(corpus, args.articles);
    const mb = readFileSync(corpus).length / 1e6;
    const common = ['--batch-size', String(args.batchSize)];
    const rows: Row[] = [];
    const reference = path.join(tmp, 'local.jsonl');
    const localRuns: { seconds: number; cpu: number | null }[] = [];
    for (let i = 0; i < args.runs; i++) localRuns.push(await timedRun(['run', corpus, '-o', reference, ...common], path.join(tmp, 'local.stats.json')));
    const expected = readFileSync(reference);
    const row = (setup: string, seconds: number, cpu: number | null, identical: boolean): Row => ({
      setup,
      seconds: Math.round(seconds * 100) / 100,
      cpuPer1000: cpu === null ? null : Math.round((cpu / count) * 1000 * 10) / 10,
      articlesPerSecond: Math.round(count / seconds),
      mbPerSecond: Math.round((mb / seconds) * 100) / 100,
      identical,
    });
    const localCpu = localRuns.every((r) => r.cpu !== null) ? median(localRuns.map((r) => r.cpu!)) : null;
    rows.push(row(`local (${availableParallelism()} threads)`, median(localRuns.map((r) => r.seconds)), localCpu, true));

    for (const n of args.workers) {
      const workers = Array.from({ length: n }, () => cli(['worker', '--queue', redis.url, '--concurrency', String(args.concurrency)]));
      try {
        const out = path.join(tmp, `queue-${n}.jsonl`);
        // Bounded: each worker has 60 s to start.
        await Promise.all(workers.map((w) => waitForServing(w.child, 60)));
        const runs: { seconds: number; cpu: number | null }[] = [];
        let identical = true;
        for (let i = 0; i < args.runs; i++) {
          runs.push(await timedRun(['run', corpus, '--queue', redis.url, '-o', out, ...common], path.join(tmp, `queue-${n}.stats.json`)));
          identical &&= readFileSync(out).equals(expected);
        }
        for (const w of workers) w.child.kill('SIGTERM');
        const stopped = await Promise.all(workers.map((w) => w.done));
        // Workers' CPU covers all runs (and their idle start-up); the coordinator's is per run.
        const workersCpu = stopped.map((s) => workerCpu(s.stderr));
        const coordinatorCpu = runs.map((r) => r.cpu);
        const cpu =
          workersCpu.every((c) => c !== null) && coordinatorCpu.every((c) => c !== null)
            ? (workersCpu.reduce((a, c) => a + c!, 0) + coordinatorCpu.reduce((a, c) => a + c!, 0)) / args.runs
            : null;
        rows.push(row(`${n} worker${n === 1 ? '' : 's'} × ${args.concurrency}`, median(runs.map((r) => r.seconds)), cpu, identical));
      } finally {
        for (const w of workers) if (w.child.exitCode === null) w.child.kill('SIGKILL');
      }
    }

    const redisPeakMb = await redisPeakMemory(redis.port);
    const one = rows.find((r) => r.setup.startsWith('1 worker'));
    if (args.json) {
      process.stdout.write(`${JSON.stringify({ articles: count, mb: Math.round(mb * 10) / 10, cores: availableParallelism(), loadAverage: load, batchSize: args.batchSize, redisPeakMb, rows }, null, 2)}\n`);
      return;
    }
    const lines = [
      `${count} articles (${mb.toFixed(1)} MB), batch size ${args.batchSize}, ${availableParallelism()} cores, load average ${load.toFixed(1)} at start; Redis on 127.0.0.1, same machine`,
      '',
      '| setup | seconds | articles/s | MB/s | vs 1 worker | CPU s per 1000 articles | output identical to local |',
      '|---|---:|---:|---:|---:|---:|---|',
      ...rows.map(
        (r) =>
          `| ${r.setup} | ${r.seconds.toFixed(2)} | ${r.articlesPerSecond} | ${r.mbPerSecond.toFixed(2)} | ${one ? `${(one.seconds / r.seconds).toFixed(2)}×` : '-'} | ${r.cpuPer1000 === null ? '-' : r.cpuPer1000.toFixed(1)} | ${r.identical ? 'yes' : 'NO'} |`,
      ),
      '',
      `Redis peak memory (used_memory_peak) over all runs: ${redisPeakMb.toFixed(1)} MB`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    if (rows.some((r) => !r.identical)) process.exitCode = 1;
  } finally {
    for (const child of running) child.kill('SIGKILL');
    await redis.dispose();
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Redis's `used_memory_peak`, in MB. */
async function redisPeakMemory(port: number): Promise<number> {
  const client = new Redis({ host: '127.0.0.1', port, lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await client.connect();
    const info = await client.info('memory');
    const peak = /^used_memory_peak:(\d+)/m.exec(info);
    return peak ? Number(peak[1]) / 1e6 : Number.NaN;
  } finally {
    client.disconnect();
  }
}

/** Resolves once a worker has said it serves the queue; rejects if it exits first or takes longer than `seconds`. */
function waitForServing(child: ChildProcess, seconds: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`a worker did not start within ${seconds} s: ${seen.trim()}`)), seconds * 1000);
    const onData = (chunk: string): void => {
      seen += chunk;
      if (seen.includes('serving queue')) {
        clearTimeout(timer);
        child.stderr!.off('data', onData);
        resolve();
      }
    };
    child.stderr!.on('data', onData);
    child.once('close', (code) => {
      clearTimeout(timer);
      reject(new Error(`a worker exited (${code}) before serving: ${seen.trim()}`));
    });
  });
}

main().catch((err: unknown) => {
  process.stderr.write(`bench-queue: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
