import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { appendFileSync, copyFileSync, createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// A run killed part-way, then `--resume`d, must write exactly what an uninterrupted run writes,
// and `-o FILE` must never be a half file. Runs the built CLI (`npm run build` first);
// ISNAD_CLI points at another build.
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = path.resolve(ROOT, process.env.ISNAD_CLI ?? 'dist/pipeline/cli.js');
const BENCH = path.resolve(ROOT, '../shared/corpus-ar/bench/ant-multisource.jsonl');
const RECORDS = 1500;
/**
 * Records fed to the run that gets killed, and how many must be done before the kill (most of
 * them, so that each resume below has little left to do).
 */
const FED = 1400;
const DONE_BEFORE_KILL = 1100;

let tmp: string;
let corpus: string;
let lines: string[];
let clean: Buffer;
/** The partial output and sidecar of a run killed part-way (copied for each test). */
let killedPartial: Buffer;
let killedSidecar: Buffer;

interface Stats {
  inputs: number;
  articles: number;
  errors: number;
  resumed: number;
  reconciled: boolean;
  claims: { total: number; numeric: number; quote: number };
}

function isnadRun(args: readonly string[]): { code: number | null; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, 'run', '--no-progress', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stderr: r.stderr };
}

async function benchRecords(n: number): Promise<string[]> {
  const out: string[] = [];
  const rl = createInterface({ input: createReadStream(BENCH), crlfDelay: Infinity });
  for await (const line of rl) {
    const record = JSON.parse(line) as Record<string, unknown>;
    out.push(JSON.stringify({ ...record, id: `resume-${String(out.length).padStart(5, '0')}` }));
    if (out.length >= n) break;
  }
  rl.close();
  return out;
}

function countLines(file: string): number {
  if (!existsSync(file)) return 0;
  const data = readFileSync(file);
  let n = 0;
  for (let i = data.indexOf(10); i >= 0; i = data.indexOf(10, i + 1)) n += 1;
  return n;
}

/** Waits until `ready()` (checked every 25 ms), failing if the child exits first; the deadline only guards against a hang. */
async function waitUntil(child: ChildProcess, ready: () => boolean, what: string): Promise<'ready' | 'exited'> {
  const deadline = Date.now() + 100_000;
  for (;;) {
    if (ready()) return 'ready';
    if (child.exitCode !== null || child.signalCode !== null) return 'exited';
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await sleep(25);
  }
}

async function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }
}

beforeAll(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), 'isnad-resume-'));
  lines = await benchRecords(RECORDS);
  corpus = path.join(tmp, 'corpus.jsonl');
  writeFileSync(corpus, `${lines.join('\n')}\n`);
  const out = path.join(tmp, 'clean.jsonl');
  expect(isnadRun([corpus, '-o', out, '--workers', '2']).code).toBe(0);
  clean = readFileSync(out);

  // A run that reads the first FED records from standard input and then waits for more; it is
  // killed once DONE_BEFORE_KILL articles are recorded as done, wherever it is at that moment.
  const killed = path.join(tmp, 'killed.jsonl');
  const child = spawn(process.execPath, [CLI, 'run', '-', '--format', 'jsonl', '-o', killed, '--workers', '2', '--batch-size', '16', '--no-progress'], {
    cwd: ROOT,
    stdio: ['pipe', 'ignore', 'ignore'],
  });
  child.stdin!.on('error', () => undefined);
  child.stdin!.write(`${lines.slice(0, FED).join('\n')}\n`);
  const state = await waitUntil(child, () => countLines(`${killed}.partial.done`) > DONE_BEFORE_KILL, 'the killed run to make progress');
  await kill(child);
  expect(state).toBe('ready');
  expect(existsSync(killed)).toBe(false);
  killedPartial = readFileSync(`${killed}.partial`);
  killedSidecar = readFileSync(`${killed}.partial.done`);
}, 240_000);

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

/** Puts the killed run's state under a new name, lets `damage` alter it, resumes, and returns the result. */
function resumeCopy(name: string, input: string, damage: (partial: string, sidecar: string) => void = () => undefined) {
  const out = path.join(tmp, `${name}.jsonl`);
  writeFileSync(`${out}.partial`, killedPartial);
  writeFileSync(`${out}.partial.done`, killedSidecar);
  damage(`${out}.partial`, `${out}.partial.done`);
  const statsFile = path.join(tmp, `${name}.stats.json`);
  const run = isnadRun([input, '-o', out, '--resume', '--workers', '2', '--stats', statsFile]);
  return { run, out, stats: JSON.parse(readFileSync(statsFile, 'utf8')) as Stats };
}

describe('isnad run -o FILE killed part-way, then --resume', () => {
  it('left no FILE, only FILE.partial and its sidecar, with zero-claim articles recorded as done', () => {
    const records = killedSidecar.toString('utf8').split('\n').slice(1).filter((l) => l.endsWith('}'));
    expect(records.length).toBeGreaterThan(DONE_BEFORE_KILL - 1);
    const parsed = records.map((l) => {
      try {
        return JSON.parse(l) as { id: string; numeric: number; quote: number };
      } catch {
        return null;
      }
    });
    expect(parsed.some((r) => r !== null && r.numeric === 0 && r.quote === 0)).toBe(true);
    expect(killedPartial.length).toBeGreaterThan(0);
  });

  it('completes the output exactly as an uninterrupted run, reusing the finished articles', () => {
    const { run, out, stats } = resumeCopy('resumed', corpus);
    expect(run.code).toBe(0);
    expect(readFileSync(out).equals(clean)).toBe(true);
    expect(existsSync(`${out}.partial`)).toBe(false);
    expect(existsSync(`${out}.partial.done`)).toBe(false);
    expect(stats.resumed).toBeGreaterThanOrEqual(DONE_BEFORE_KILL - 64);
    expect(stats.resumed).toBeLessThanOrEqual(FED);
    expect(stats.inputs).toBe(RECORDS);
    expect(stats.articles).toBe(RECORDS);
    expect(stats.reconciled).toBe(true);
    expect(run.stderr).toMatch(/^isnad: 1500 inputs = 1500 articles \+ 0 errors; .*; \d+ articles resumed from a previous run\n$/);
  });

  it.each<[string, (partial: string, sidecar: string) => void]>([
    ['a torn last claim line in the partial output', (partial) => appendFileSync(partial, '{"schema":"isnad/claim@1","id":"n-0')],
    ['a torn last line in the sidecar', (_p, sidecar) => appendFileSync(sidecar, '{"id":"resume-0')],
    ['a sidecar that claims more than the partial output holds', (partial) => truncateSync(partial, Math.max(0, statSync(partial).size - 5000))],
    ['an empty partial output', (partial) => truncateSync(partial, 0)],
    ['a sidecar with a foreign header', (_p, sidecar) => writeFileSync(sidecar, '{"schema":"isnad/run-state@1","pipeline":"other","sources":"x"}\n')],
  ])('still gives the uninterrupted output after %s', (name, damage) => {
    const { run, out, stats } = resumeCopy(name.replace(/\W+/g, '-'), corpus, damage);
    expect(run.code).toBe(0);
    expect(readFileSync(out).equals(clean)).toBe(true);
    expect(stats.reconciled).toBe(true);
  });

  it('reprocesses an article edited since the interrupted run, and everything after it', () => {
    const edited = [...lines];
    const at = 1000;
    const record = JSON.parse(edited[at]!) as { text: string };
    edited[at] = JSON.stringify({ ...record, text: `${record.text}\nوقال المتحدث إن الأرباح ارتفعت بنسبة 12% خلال العام.` });
    const editedCorpus = path.join(tmp, 'edited.jsonl');
    writeFileSync(editedCorpus, `${edited.join('\n')}\n`);
    const reference = path.join(tmp, 'edited-clean.jsonl');
    expect(isnadRun([editedCorpus, '-o', reference, '--workers', '2']).code).toBe(0);

    const { run, out, stats } = resumeCopy('edited', editedCorpus);
    expect(run.code).toBe(0);
    expect(readFileSync(out).equals(readFileSync(reference))).toBe(true);
    expect(stats.resumed).toBe(at);
  });
});

describe('isnad run -o FILE killed at an arbitrary moment while reading a file', () => {
  it('leaves FILE absent or complete, and --resume gives the uninterrupted output', async () => {
    const out = path.join(tmp, 'arbitrary.jsonl');
    const child = spawn(process.execPath, [CLI, 'run', corpus, '-o', out, '--workers', '2', '--no-progress'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'ignore'],
    });
    await waitUntil(child, () => countLines(`${out}.partial.done`) > 1, 'the run to write its first articles');
    await kill(child);
    if (existsSync(out)) expect(readFileSync(out).equals(clean)).toBe(true);
    const run = isnadRun([corpus, '-o', out, '--resume', '--workers', '2']);
    expect(run.code).toBe(0);
    expect(readFileSync(out).equals(clean)).toBe(true);
  });
});
