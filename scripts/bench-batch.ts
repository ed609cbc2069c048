/**
 * Throughput and peak memory of `isnad run` on a generated corpus (issue 3). Not a test.
 *
 *   npm run build && node dist/scripts/bench-batch.js [--mb 200] [--workers 1,2] [--keep]
 *
 * Builds a JSONL corpus of at least `--mb` megabytes (default 200) from
 * ../shared/corpus-ar/bench/ant-multisource.jsonl, repeating it with fresh ids, and one ten times
 * smaller, in a temporary directory. Runs the built CLI on the large one with each worker count,
 * and on the small one with the largest, as child processes, and prints a table: MB/s from the
 * run's own --stats, peak resident memory from `/usr/bin/time -v` when present (else the
 * process's own maxRSS in --stats; both include the worker threads), CPU seconds (all threads)
 * and the load average at the start of each run: on a shared machine the wall-clock figures
 * depend on the load, CPU seconds much less. Memory that does not grow with the corpus shows as
 * similar peaks for the two sizes.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { once } from 'node:events';

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** The repo root: the nearest folder above this script holding package.json. */
const ROOT = findRoot(HERE);
/** The CLI compiled beside this script (dist/pipeline/cli.js when this is dist/scripts/bench-batch.js). */
const CLI = existsSync(path.join(HERE, '../pipeline/cli.js')) ? path.join(HERE, '../pipeline/cli.js') : path.join(ROOT, 'dist/pipeline/cli.js');
const SOURCE = path.resolve(ROOT, '../shared/corpus-ar/bench/ant-multisource.jsonl');
const TIME = '/usr/bin/time';

interface Args {
  readonly mb: number;
  readonly workers: number[];
  readonly keep: boolean;
}

function parseArgs(argv: string[]): Args {
  let mb = 200;
  let workers = [1, 2];
  let keep = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--mb') mb = Number(argv[++i]);
    else if (a === '--workers') workers = String(argv[++i]).split(',').map(Number);
    else if (a === '--keep') keep = true;
    else throw new Error(`unknown argument ${a}; usage: bench-batch [--mb 200] [--workers 1,2] [--keep]`);
  }
  if (!(mb > 0) || workers.some((w) => !Number.isInteger(w) || w < 1)) throw new Error('--mb must be > 0 and --workers a list of integers >= 1');
  return { mb, workers, keep };
}

/** Writes records of the source corpus, with ids made fresh per pass (`<id>#<pass>`), until `bytes` are written. */
async function buildCorpus(file: string, bytes: number): Promise<{ records: number; bytes: number }> {
  const out = createWriteStream(file);
  let written = 0;
  let records = 0;
  for (let pass = 0; written < bytes; pass++) {
    const rl = createInterface({ input: createReadStream(SOURCE), crlfDelay: Infinity });
    for await (const line of rl) {
      if (line.trim() === '') continue;
      const record = JSON.parse(line) as { id: string };
      const text = `${JSON.stringify({ ...record, id: `${record.id}#${pass}` })}\n`;
      if (!out.write(text)) await once(out, 'drain');
      written += Buffer.byteLength(text);
      records += 1;
      if (written >= bytes) break;
    }
    rl.close();
  }
  out.end();
  await once(out, 'finish');
  return { records, bytes: written };
}

interface Row {
  readonly corpus: string;
  readonly mb: number;
  readonly workers: number;
  readonly articles: number;
  readonly errors: number;
  readonly claims: number;
  readonly seconds: number;
  readonly mbPerSecond: number;
  readonly peakRssMb: number;
  readonly rssSource: string;
  /** User + system CPU seconds of the run (all threads), when `time -v` is there. */
  readonly cpuSeconds: number | null;
  /** 1-minute load average when the run started: a busy machine slows every figure but CPU seconds. */
  readonly load: number;
}

function runOnce(name: string, corpus: string, workers: number, dir: string): Row {
  const stats = path.join(dir, `${name}-${workers}.stats.json`);
  const output = path.join(dir, `${name}-${workers}.jsonl`);
  const errors = path.join(dir, `${name}-${workers}.errors.jsonl`);
  const args = [CLI, 'run', corpus, '-o', output, '--errors', errors, '--workers', String(workers), '--stats', stats, '--no-progress'];
  const useTime = existsSync(TIME);
  const load = loadavg()[0] ?? 0;
  const r = useTime
    ? spawnSync(TIME, ['-v', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    : spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  // Exit 1 only says some records were rejected (the source corpus has a few empty texts).
  if (r.status !== 0 && r.status !== 1) throw new Error(`isnad run exited ${r.status}: ${r.stderr.slice(-2000)}`);
  const s = JSON.parse(readFileSync(stats, 'utf8')) as { articles: number; errors: number; claims: { total: number }; bytes: number; seconds: number; maxRssBytes: number };
  const timeRss = useTime ? /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr) : null;
  const user = /User time \(seconds\): ([\d.]+)/.exec(r.stderr);
  const system = /System time \(seconds\): ([\d.]+)/.exec(r.stderr);
  rmSync(output, { force: true });
  rmSync(errors, { force: true });
  return {
    corpus: name,
    mb: s.bytes / 1e6,
    workers,
    articles: s.articles,
    errors: s.errors,
    claims: s.claims.total,
    seconds: s.seconds,
    mbPerSecond: s.bytes / 1e6 / s.seconds,
    peakRssMb: timeRss ? (Number(timeRss[1]) * 1024) / 1e6 : s.maxRssBytes / 1e6,
    rssSource: timeRss ? 'time -v' : 'maxRSS',
    cpuSeconds: user && system ? Number(user[1]) + Number(system[1]) : null,
    load,
  };
}

function table(rows: readonly Row[]): string {
  const head = ['corpus', 'MB', 'workers', 'articles', 'errors', 'claims', 'seconds', 'MB/s', 'CPU s', 'MB/CPU s', 'peak RSS MB', 'load'];
  const body = rows.map((r) => [
    r.corpus,
    r.mb.toFixed(1),
    String(r.workers),
    String(r.articles),
    String(r.errors),
    String(r.claims),
    r.seconds.toFixed(1),
    r.mbPerSecond.toFixed(2),
    r.cpuSeconds === null ? '-' : r.cpuSeconds.toFixed(1),
    r.cpuSeconds === null ? '-' : (r.mb / r.cpuSeconds).toFixed(2),
    r.peakRssMb.toFixed(0),
    r.load.toFixed(1),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  return [line(head), `|${widths.map((w, i) => (i === 0 ? ` ${'-'.repeat(w)} ` : ` ${'-'.repeat(w - 1)}: `)).join('|')}|`, ...body.map(line)].join('\n');
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  if (!existsSync(SOURCE)) throw new Error(`${SOURCE} is missing: the shared corpus must sit beside the repository`);
  const dir = mkdtempSync(path.join(tmpdir(), 'isnad-bench-batch-'));
  try {
    const large = path.join(dir, 'large.jsonl');
    const small = path.join(dir, 'small.jsonl');
    const l = await buildCorpus(large, args.mb * 1e6);
    const s = await buildCorpus(small, (args.mb * 1e6) / 10);
    process.stdout.write(`corpora: large ${(l.bytes / 1e6).toFixed(1)} MB (${l.records} records), small ${(s.bytes / 1e6).toFixed(1)} MB (${s.records} records) in ${dir}\n`);
    const rows: Row[] = [];
    const most = Math.max(...args.workers);
    for (const workers of args.workers) {
      rows.push(runOnce('large', large, workers, dir));
      process.stdout.write(`  large, ${workers} worker(s): ${rows.at(-1)!.seconds.toFixed(1)} s\n`);
    }
    rows.push(runOnce('small', small, most, dir));
    process.stdout.write(`\n${table(rows)}\n\npeak RSS from ${rows[0]!.rssSource} (main thread + workers); ${process.version}, ${machine()}\n`);
  } finally {
    if (!args.keep) rmSync(dir, { recursive: true, force: true });
  }
}

function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error('bench-batch: cannot find the repository root (package.json)');
  }
}

function machine(): string {
  return `${process.platform}/${process.arch}, ${availableParallelism()} cores`;
}

main().catch((err: unknown) => {
  process.stderr.write(`bench-batch: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
