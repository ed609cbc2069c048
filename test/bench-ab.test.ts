// bench-ab (two builds alternating in one process) on a tiny corpus, with this checkout as both builds. No timings are asserted.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAbArgs, sameDigests } from '../scripts/bench-ab.js';

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
    for (const flag of ['--base DIR', '--part P', '--articles N', '--rounds R', '--input FILE', '--json', '--help']) expect(r.stdout).toContain(flag);
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
});
