import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, cpSync, createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { hasRedisServer, startLocalRedis, type LocalRedis } from '../pipeline/queue/local-redis.js';

// `isnad run --queue` and `isnad worker` as separate processes on a real redis-server (started
// by this file on a free loopback port), compared byte for byte with a local `isnad run` on the
// same generated corpus while workers are killed, Redis restarts and the coordinator restarts.
// Uses the built CLI (`npm test` builds first; alone: `npm run build && npx vitest run test/queue.test.ts`).
const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The CLI under test: ISNAD_CLI, or a snapshot of dist/ taken in beforeAll (others may rebuild dist/ meanwhile). */
let CLI = process.env.ISNAD_CLI !== undefined ? path.resolve(ROOT, process.env.ISNAD_CLI) : '';
const BENCH = path.resolve(ROOT, '../shared/corpus-ar/bench/ant-multisource.jsonl');
// With ISNAD_TEST_REDIS set (.ci/run), Redis was promised: the tests run, and fail without redis-server.
const HAVE_REDIS = hasRedisServer() || process.env.ISNAD_TEST_REDIS !== undefined;
if (!HAVE_REDIS) process.stderr.write('queue.test.ts: SKIPPED: redis-server is not on PATH (apt-get install redis-server)\n');

/** Articles in the corpus, plus a few bad lines; small batches so there are many jobs. */
const ARTICLES = 2000;
const RUN_FLAGS = ['--batch-size', '32', '--max-errors', '100', '--no-progress'];
/** A killed worker's job goes to another worker after 3 to 6 s. */
const WORKER_FLAGS = ['--concurrency', '1', '--lock-seconds', '3'];

interface Finished {
  readonly code: number | null;
  readonly stderr: string;
}

interface Started {
  readonly child: ChildProcess;
  readonly done: Promise<Finished>;
  stderr(): string;
}

const children = new Set<ChildProcess>();

/** Runs the CLI as a child process, collecting its stderr; killed in afterEach if still running. */
function startCli(args: readonly string[], env: Record<string, string> = {}): Started {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  children.add(child);
  let stderr = '';
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => {
    stderr += chunk;
  });
  const done = new Promise<Finished>((resolve) => {
    child.once('close', (code) => {
      children.delete(child);
      resolve({ code, stderr });
    });
  });
  return { child, done, stderr: () => stderr };
}

/** Checks `ready()` every 50 ms until it holds; throws after `seconds` (every loop here is bounded). */
async function until(what: string, ready: () => boolean, seconds = 90): Promise<void> {
  for (let i = 0; i < seconds * 20; i++) {
    if (ready()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Starts `n` workers and waits until each serves the queue. */
async function startWorkers(n: number, url: string, env: Record<string, string> = {}): Promise<Started[]> {
  const workers = Array.from({ length: n }, () => startCli(['worker', '--queue', url, ...WORKER_FLAGS], env));
  for (const w of workers) await until('a worker to start', () => w.stderr().includes('serving queue'));
  return workers;
}

/** Articles the run has written so far (lines of the resume sidecar, minus its header). */
function articlesDone(output: string): number {
  const sidecar = `${output}.partial.done`;
  if (!existsSync(sidecar)) return 0;
  return Math.max(0, readFileSync(sidecar, 'utf8').split('\n').length - 2);
}

async function benchLines(n: number): Promise<string[]> {
  const lines: string[] = [];
  const rl = createInterface({ input: createReadStream(BENCH), crlfDelay: Infinity });
  for await (const line of rl) {
    lines.push(line);
    if (lines.length >= n) break;
  }
  rl.close();
  return lines;
}

interface Stats {
  inputs: number;
  articles: number;
  errors: number;
  errorsByCode: Record<string, number>;
  claims: { total: number; numeric: number; quote: number };
  resumed: number;
  reconciled: boolean;
  workers: number;
}
const readStats = (file: string): Stats => JSON.parse(readFileSync(file, 'utf8')) as Stats;

let tmp: string;
let corpus: string;
let small: string;
/** The local run everything is compared with. */
const local = { output: '', errors: '', stats: null as Stats | null, small: '' };
let redis: LocalRedis | null = null;

beforeAll(async () => {
  if (!HAVE_REDIS) return;
  tmp = mkdtempSync(path.join(tmpdir(), 'isnad-queue-'));
  if (CLI === '') {
    // One build for the whole file: the local reference and every distributed run use it.
    const snapshot = path.join(tmp, 'isnad');
    cpSync(path.join(ROOT, 'dist'), path.join(snapshot, 'dist'), { recursive: true });
    copyFileSync(path.join(ROOT, 'package.json'), path.join(snapshot, 'package.json'));
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(snapshot, 'node_modules'), 'dir');
    CLI = path.join(snapshot, 'dist/pipeline/cli.js');
  }
  const lines = await benchLines(ARTICLES);
  const first = JSON.parse(lines[0]!) as { id: string };
  // Bad input on the way, handled the same locally and on workers: a malformed line, an
  // empty article, a repeated id.
  const bad = ['{"id": "broken", "text": ', JSON.stringify({ id: 'empty', text: '' }), JSON.stringify({ id: first.id, text: 'نص مكرر' })];
  lines.splice(700, 0, bad[0]!);
  lines.splice(1300, 0, bad[1]!, bad[2]!);
  corpus = path.join(tmp, 'corpus.jsonl');
  writeFileSync(corpus, `${lines.join('\n')}\n`);
  small = path.join(tmp, 'small.jsonl');
  writeFileSync(small, `${lines.slice(0, 60).join('\n')}\n`);
  const r = spawnSync(process.execPath, [CLI, 'run', corpus, '-o', path.join(tmp, 'local.jsonl'), '--errors', path.join(tmp, 'local.errors.jsonl'), '--stats', path.join(tmp, 'local.stats.json'), ...RUN_FLAGS], { cwd: ROOT, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  local.output = readFileSync(path.join(tmp, 'local.jsonl'), 'utf8');
  local.errors = readFileSync(path.join(tmp, 'local.errors.jsonl'), 'utf8');
  local.stats = readStats(path.join(tmp, 'local.stats.json'));
  local.small = spawnSync(process.execPath, [CLI, 'run', small, ...RUN_FLAGS], { cwd: ROOT, encoding: 'utf8' }).stdout;
});

afterEach(async () => {
  for (const child of children) child.kill('SIGKILL');
  await until('child processes to exit', () => children.size === 0, 20);
  await redis?.dispose();
  redis = null;
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** Paths of one distributed run. */
function queueRun(name: string): { output: string; errors: string; stats: string; args: (url: string, ...extra: string[]) => string[] } {
  const output = path.join(tmp, `${name}.jsonl`);
  const errors = path.join(tmp, `${name}.errors.jsonl`);
  const stats = path.join(tmp, `${name}.stats.json`);
  return { output, errors, stats, args: (url, ...extra) => ['run', corpus, '--queue', url, '-o', output, '--errors', errors, '--stats', stats, ...RUN_FLAGS, ...extra] };
}

/** The distributed run wrote exactly what the local run wrote, and its counts reconcile. */
function expectSameAsLocal(run: ReturnType<typeof queueRun>): Stats {
  expect(existsSync(`${run.output}.partial`)).toBe(false);
  expect(existsSync(`${run.output}.partial.queue`)).toBe(false);
  expect(readFileSync(run.output, 'utf8') === local.output, 'claims differ from the local run').toBe(true);
  expect(readFileSync(run.errors, 'utf8')).toBe(local.errors);
  const stats = readStats(run.stats);
  const l = local.stats!;
  expect(stats).toMatchObject({ inputs: l.inputs, articles: l.articles, errors: l.errors, errorsByCode: l.errorsByCode, claims: l.claims, reconciled: true });
  return stats;
}

describe.skipIf(!HAVE_REDIS)('isnad run --queue with isnad worker processes', () => {
  it('has a meaningful reference: claims, and each kind of bad input', () => {
    expect(local.stats!.claims.total).toBeGreaterThan(5000);
    expect(local.stats!.errorsByCode).toEqual({ 'duplicate-id': 1, 'empty-input': 1, 'malformed-jsonl': 1 });
  });

  it('writes what a local run writes when a worker is killed part-way (its job is delivered again)', async () => {
    redis = await startLocalRedis();
    const [victim, survivor] = await startWorkers(2, redis.url);
    const run = queueRun('killed-worker');
    const coordinator = startCli(run.args(redis.url));
    await until('a quarter of the articles', () => articlesDone(run.output) >= ARTICLES / 4);
    victim!.child.kill('SIGKILL');
    const finished = await coordinator.done;
    expect(finished.code, finished.stderr).toBe(0);
    const stats = expectSameAsLocal(run);
    expect(stats.workers).toBe(2);
    expect(finished.stderr).toMatch(/was delivered again after its worker stopped renewing its lock/);
    expect(finished.stderr).toMatch(/queue isnad-pipeline@\S+ at redis:\/\/127\.0\.0\.1:\d+\/0: \d+ jobs, \d+ finished.*, \d+ delivered again after a worker stopped/);
    expect(survivor!.child.exitCode).toBeNull();
  });

  it('writes what a local run writes when Redis restarts mid-run and loses every job', async () => {
    redis = await startLocalRedis();
    await startWorkers(2, redis.url);
    const run = queueRun('redis-restart');
    const coordinator = startCli(run.args(redis.url));
    await until('a quarter of the articles', () => articlesDone(run.output) >= ARTICLES / 4);
    await redis.stop();
    await new Promise((r) => setTimeout(r, 1000));
    await redis.start();
    const finished = await coordinator.done;
    expect(finished.code, finished.stderr).toBe(0);
    expectSameAsLocal(run);
    expect(finished.stderr).toMatch(/jobs? vanished from Redis .* enqueued again/);
  });

  it('writes what a local run writes when the coordinator is killed and rerun with --resume', async () => {
    redis = await startLocalRedis();
    await startWorkers(2, redis.url);
    const run = queueRun('coordinator-restart');
    const first = startCli(run.args(redis.url));
    await until('a quarter of the articles', () => articlesDone(run.output) >= ARTICLES / 4);
    first.child.kill('SIGKILL');
    await first.done;
    const runId = JSON.parse(readFileSync(`${run.output}.partial.queue`, 'utf8')) as { run: string };
    expect(runId.run).toMatch(/^[0-9a-f]{16}$/);
    const second = await startCli(run.args(redis.url, '--resume')).done;
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toMatch(new RegExp(`^isnad: resuming run ${runId.run} on queue isnad-pipeline@\\S+ at redis://127\\.0\\.0\\.1:\\d+/0$`, 'm'));
    const stats = expectSameAsLocal(run);
    expect(stats.resumed).toBeGreaterThan(0);
  });
});

describe.skipIf(!HAVE_REDIS)('isnad run --queue and isnad worker with a password', () => {
  const password = `pw-${randomBytes(8).toString('hex')}`;

  it('work with the password in the URL or in ISNAD_REDIS_PASSWORD, and never print it', async () => {
    redis = await startLocalRedis({ password });
    const bare = `redis://127.0.0.1:${redis.port}`;
    const [worker] = await startWorkers(1, bare, { ISNAD_REDIS_PASSWORD: password });
    const out = path.join(tmp, 'password.jsonl');
    const stats = path.join(tmp, 'password.stats.json');
    const r = await startCli(['run', small, '--queue', redis.url, '-o', out, '--stats', stats, ...RUN_FLAGS]).done;
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(local.small);
    worker!.child.kill('SIGTERM');
    const stopped = await worker!.done;
    expect(stopped.code).toBe(0);
    expect(stopped.stderr).toMatch(/stopped after \d+ jobs? \(\d+\.\d s CPU, all threads\)\n$/);
    for (const text of [r.stderr, stopped.stderr, readFileSync(stats, 'utf8'), readFileSync(out, 'utf8')]) expect(text).not.toContain(password);
    expect(r.stderr).toContain(`redis://:***@127.0.0.1:${redis.port}/0`);
  });

  it('fail with the password hidden when it is wrong, or when the URL is bad', async () => {
    redis = await startLocalRedis({ password });
    const wrong = `redis://:${password}x@127.0.0.1:${redis.port}`;
    const run = await startCli(['run', small, '--queue', wrong, ...RUN_FLAGS]).done;
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/^isnad: run failed: cannot connect to Redis at redis:\/\/:\*\*\*@127\.0\.0\.1:\d+\/0: WRONGPASS/m);
    const worker = await startCli(['worker', '--queue', wrong]).done;
    expect(worker.code).toBe(3);
    expect(worker.stderr).toMatch(/cannot connect to Redis at redis:\/\/:\*\*\*@.*WRONGPASS/);
    const bad = await startCli(['run', small, '--queue', `redis://:${password}@127.0.0.1:99999`, ...RUN_FLAGS]).done;
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^isnad: Expected `--queue` to be .*, got `redis:\/\/\*\*\*@127\.0\.0\.1:99999`/);
    for (const text of [run.stderr, worker.stderr, bad.stderr]) expect(text).not.toContain(password);
  });
});

const HAVE_OPENSSL = spawnSync('openssl', ['version'], { stdio: 'ignore' }).status === 0;

describe.skipIf(!HAVE_REDIS || !HAVE_OPENSSL)('isnad run --queue and isnad worker over TLS (rediss://)', () => {
  it('refuse a server whose certificate is not trusted, and work once it is (NODE_EXTRA_CA_CERTS)', async () => {
    const cert = path.join(tmp, 'redis-tls.crt');
    const key = path.join(tmp, 'redis-tls.key');
    const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { encoding: 'utf8' });
    expect(made.status, made.stderr).toBe(0);
    redis = await startLocalRedis({ tls: { certFile: cert, keyFile: key } });
    expect(redis.url).toMatch(/^rediss:\/\/127\.0\.0\.1:\d+$/);
    const untrusted = await startCli(['run', small, '--queue', redis.url, ...RUN_FLAGS]).done;
    expect(untrusted.code).toBe(3);
    expect(untrusted.stderr).toMatch(/cannot connect to Redis at rediss:\/\/127\.0\.0\.1:\d+\/0: self[- ]signed certificate/);
    const trusted = { NODE_EXTRA_CA_CERTS: cert };
    await startWorkers(1, redis.url, trusted);
    const out = path.join(tmp, 'tls.jsonl');
    const r = await startCli(['run', small, '--queue', redis.url, '-o', out, ...RUN_FLAGS], trusted).done;
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(local.small);
  });
});
