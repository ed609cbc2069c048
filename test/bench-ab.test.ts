// bench-ab (two builds alternating in one process) on a tiny corpus, with this checkout as both builds. No timings are asserted.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstLines, parseAbArgs, sameDigests } from '../scripts/bench-ab.js';
import { collectedInstructions, instructionCount, limited } from '../scripts/bench/instructions.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const SCRIPT = path.join(ROOT, 'dist/scripts/bench-ab.js');
const SEED = path.join(ROOT, 'corpus/articles/000_8ddf4c3f2885fd6e.txt');

let tmp: string;
let input: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'isnad-bench-ab-'));
  input = path.join(tmp, 'in.jsonl');
  const text = readFileSync(SEED, 'utf8');
  const records = [
    { id: 'seed', lang: 'ar', outlet: 'al-arabiya', text },
    { id: 'short', text: 'ارتفعت الأرباح 12% في 2023، وقال المدير إن الشركة «تتوقع نموا».' },
    { id: 'third', text: 'وأكد وزير المالية أن العجز بلغ 3.5 مليار دولار.' },
  ];
  writeFileSync(input, `${records.map((r) => JSON.stringify(r)).join('\n')}\n`);
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

const run = (...args: string[]) => spawnSync(process.execPath, [SCRIPT, ...args], { cwd: ROOT, encoding: 'utf8' });

describe('bench-ab', () => {
  it.each(['all', 'quotes', 'parse'])('--part %s: every round of both builds, their medians and ratios, and the same output', (part) => {
    const r = run('--base', ROOT, '--part', part, '--input', input, '--rounds', '4', '--json');
    expect(r.status, r.stderr).toBe(0);
    const res = JSON.parse(r.stdout) as { part: string; articles: number; roundsMs: { a: number[]; b: number[] }; ratios: number[]; medianRatio: number; sameOutput: boolean };
    expect(res.part).toBe(part);
    expect(res.articles).toBe(3);
    expect(res.roundsMs.a).toHaveLength(4);
    expect(res.roundsMs.b).toHaveLength(4);
    // the first two rounds of each build are warm-up: two pairs left
    expect(res.ratios).toHaveLength(2);
    expect(res.ratios[0]).toBeLessThanOrEqual(res.ratios[1]!);
    expect(res.medianRatio).toBeGreaterThan(0);
    expect(res.sameOutput).toBe(true);
  });

  it('--help prints the usage, every option in it', () => {
    const r = run('--help');
    expect(r.status).toBe(0);
    for (const flag of ['--base DIR', '--part P', '--count C', '--articles N', '--rounds R', '--input FILE', '--json', '--help']) expect(r.stdout).toContain(flag);
  });

  it('prints a report by default', () => {
    const r = run('--base', ROOT, '--input', input, '--rounds', '3', '--articles', '2');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^bench-ab: all, 2 articles/);
    expect(r.stdout).toMatch(/same output: yes/);
  });

  it.each<[string, string[], RegExp]>([
    ['no --base', ['--input', 'x'], /--base DIR` is required/],
    ['a --base with no build', ['--base', '/nonexistent-isnad'], /no built isnad/],
    ['an unknown part', ['--base', '.', '--part', 'numbers'], /--part` to be one of all, quotes, parse/],
    ['fewer than 3 rounds', ['--base', '.', '--rounds', '2'], /--rounds` to be an integer >= 3/],
    ['fewer than 2 rounds of instructions', ['--base', '.', '--count', 'instructions', '--rounds', '1'], /--rounds` to be an integer >= 2/],
    ['an unknown count', ['--base', '.', '--count', 'wall'], /--count` to be one of cpu, instructions/],
    ['an unknown flag', ['--base', '.', '--fast'], /unknown argument `--fast`/],
  ])('%s is a usage error (exit 2, one line)', (_name, args, message) => {
    const r = run(...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });

  it('sameDigests: one output a build, the same for both', () => {
    expect(sameDigests(new Set(['x']), new Set(['x']))).toBe(true);
    expect(sameDigests(new Set(['x']), new Set(['y']))).toBe(false);
    // a build whose output changed between rounds is not the same, whatever the other made
    expect(sameDigests(new Set(['x', 'y']), new Set(['x']))).toBe(false);
    expect(sameDigests(new Set(), new Set())).toBe(false);
  });

  it('parseAbArgs: defaults and a missing input file', () => {
    const a = parseAbArgs(['--base', ROOT, '--input', input], ROOT);
    expect(a).toMatchObject({ base: ROOT, part: 'all', articles: 3000, rounds: 16, json: false });
    expect(() => parseAbArgs(['--base', ROOT, '--input', path.join(tmp, 'none.jsonl')], ROOT)).toThrow(/no input file/);
  });

  it('parseAbArgs: --count instructions has its own defaults', () => {
    expect(parseAbArgs(['--base', ROOT, '--input', input, '--count', 'instructions'], ROOT)).toMatchObject({ count: 'instructions', articles: 300, rounds: 3 });
    expect(parseAbArgs(['--base', ROOT, '--input', input, '--count', 'instructions', '--rounds', '2', '--articles', '5'], ROOT)).toMatchObject({ rounds: 2, articles: 5 });
  });

  it('firstLines: the first n non-empty lines, across read chunks, with or without a last newline', () => {
    const long = 'ع'.repeat(700_000); // 1.4 MB in UTF-8: lines cross the 1 MB chunks
    const file = path.join(tmp, 'lines.jsonl');
    writeFileSync(file, `a\n\n${long}\nb\n${long}x\nlast`);
    const all = firstLines(file, 100).map((b) => b.toString('utf8'));
    expect(all).toEqual(['a', long, 'b', `${long}x`, 'last']);
    expect(firstLines(file, 2).map((b) => b.toString('utf8'))).toEqual(['a', long]);
    writeFileSync(file, 'one\ntwo\n');
    expect(firstLines(file, 5).map((b) => b.toString('utf8'))).toEqual(['one', 'two']);
    writeFileSync(file, '');
    expect(firstLines(file, 5)).toEqual([]);
  });

  it('collectedInstructions reads callgrind\'s count, and says so when there is none', () => {
    expect(collectedInstructions('==12== Events    : Ir\n==12== Collected : 5948741493\n==12==\n')).toBe(5948741493);
    expect(() => collectedInstructions('Error: boom\n')).toThrow(/no instruction count/);
  });

  it('instructionCount: a warm round by difference; a build whose output changed is an error', () => {
    expect(instructionCount({ instructions: 1000, digest: 'd' }, { instructions: 1600, digest: 'd' }, 4)).toEqual({ firstRound: 1000, warmRound: 200, digest: 'd' });
    expect(() => instructionCount({ instructions: 1000, digest: 'd' }, { instructions: 1600, digest: 'e' }, 4)).toThrow(/output changed/);
  });

  it('limited: at most `limit` tasks at once, results in task order', async () => {
    let running = 0;
    let most = 0;
    const task = (v: number, ms: number) => async () => {
      most = Math.max(most, ++running);
      await new Promise((r) => setTimeout(r, ms));
      running--;
      return v;
    };
    expect(await limited([task(1, 30), task(2, 5), task(3, 5), task(4, 1)], 2)).toEqual([1, 2, 3, 4]);
    expect(most).toBe(2);
  });

  // valgrind is on every machine of this kind; .ci/run installs it where it is not
  it('--count instructions: the same build counts the same instructions (callgrind, --predictable)', async () => {
    const r = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [SCRIPT, '--base', ROOT, '--count', 'instructions', '--part', 'parse', '--input', input, '--rounds', '2', '--json'], { cwd: ROOT });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('close', (status) => resolve({ status, stdout, stderr }));
    });
    expect(r.status, r.stderr).toBe(0);
    const res = JSON.parse(r.stdout) as { count: string; articles: number; a: { firstRound: number; warmRound: number }; b: { firstRound: number; warmRound: number }; firstRatio: number; sameOutput: boolean };
    expect(res.count).toBe('instructions');
    expect(res.articles).toBe(3);
    // node alone executes some hundred million instructions; a round of parsing three lines adds some
    expect(res.a.firstRound).toBeGreaterThan(1e8);
    expect(res.a.warmRound).toBeGreaterThan(0);
    // one build, counted twice in different children: the same count within 0.5% (a child that
    // only loads node and the modules varies by up to ~0.6 million instructions of ~945 million, 0.07%,
    // on a loaded machine; without --predictable and the fixed seeds, by several percent)
    expect(Math.abs(res.firstRatio - 1)).toBeLessThan(0.005);
    expect(res.sameOutput).toBe(true);
  }, 300_000);
});
