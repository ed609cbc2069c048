import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { baselineOf, compareToBaseline, readBaseline, type Baseline } from '../scripts/eval-baseline.js';
import { parseEvalArgs, reportText, runEvaluation } from '../scripts/eval.js';
import { findRepoRoot } from '../scripts/gold.js';

const ROOT = findRepoRoot();

describe('accuracy on the gold corpus', () => {
  // Figures are compared on the gold files the baseline was measured on, so a gold file being
  // annotated does not move them; `npx tsx scripts/eval-baseline.ts` takes in every gold file.
  const baseline = readBaseline(ROOT);
  const report = runEvaluation({ root: ROOT, files: baseline.gold });
  const current = baselineOf(report.summary, report.evaluated);

  it('evaluates every gold file of the baseline (none unavailable or invalid)', () => {
    const skipped = [
      ...report.unavailable.map((u) => `${u.file}: unavailable: ${u.reason}`),
      ...report.invalid.map((i) => `${i.file}: invalid: ${i.problems.map((p) => `${p.path} ${p.code}`).join('; ')}`),
    ];
    expect(skipped).toEqual([]);
    expect(report.evaluated).toEqual(baseline.gold);
  });

  it('gets claims whose text is their span, without pipeline errors, on every gold article', () => {
    const all = runEvaluation({ root: ROOT });
    expect(all.pipelineErrors.map((e) => `${e.file}: ${e.message}`)).toEqual([]);
  });

  it('does not fall below corpus/eval-baseline.json', () => {
    expect(compareToBaseline(baseline, current), 'figures below the baseline (npm run eval lists the misses and false positives)').toEqual([]);
  });
});

describe('compareToBaseline', () => {
  const base: Baseline = {
    gold: ['a.gold.json'],
    numeric: { precision: 0.5, recall: 0.4, f1: 0.4444444444444444 },
    quote: { precision: 0.25, recall: 0.2, f1: 0.2222222222222222 },
    accuracy: { speaker: 0.5, source: 0.75 },
  };
  const edit = (f: (b: Baseline) => void): Baseline => {
    const b = structuredClone(base);
    f(b);
    return b;
  };
  const cases: Array<[string, Baseline, string[]]> = [
    ['equal figures pass', base, []],
    ['higher figures pass', edit((b) => ((b.numeric.recall = 0.9), (b.accuracy.source = 1))), []],
    ['float noise within epsilon passes', edit((b) => (b.numeric.f1 -= 1e-12)), []],
    ['a lower recall fails', edit((b) => (b.numeric.recall = 0.3)), ['numeric.recall']],
    ['a lower quote precision fails', edit((b) => (b.quote.precision = 0.2)), ['quote.precision']],
    ['a lower speaker and source accuracy fail', edit((b) => ((b.accuracy.speaker = 0), (b.accuracy.source = 0.5))), ['accuracy.speaker', 'accuracy.source']],
  ];
  it.each(cases)('%s', (_name, current, figures) => {
    expect(compareToBaseline(base, current).map((d) => d.figure)).toEqual(figures);
  });
});

describe('the text report keeps held-out articles blind', () => {
  const report = runEvaluation({ root: ROOT });
  const held = report.heldOutArticles;

  it('lists no miss, false positive or field error of a held-out article unless asked', () => {
    expect(held.length).toBeGreaterThan(0);
    const listedArticles = (text: string) => new Set(text.split('\n').filter((l) => /^ {2}\S+ (numeric|quote) \d+-\d+ /.test(l)).map((l) => l.trim().split(' ')[0]));
    const blind = listedArticles(reportText(report));
    expect(held.filter((a) => blind.has(a))).toEqual([]);
    expect(reportText(report)).toContain(`of ${held.length} held-out article(s) are not listed`);
    const shown = listedArticles(reportText(report, { showHeldOut: true }));
    expect(held.some((a) => shown.has(a))).toBe(true);
  });

  it('--show-held-out is a flag of npm run eval', () => {
    expect(parseEvalArgs(['--show-held-out'])).toEqual({ json: false, help: false, showHeldOut: true });
    expect(parseEvalArgs([])).toEqual({ json: false, help: false });
  });
});

describe('npm run eval -- --json', () => {
  it('prints one JSON object and nothing else, with the figures of the text report', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'dist/scripts/eval.js'), '--json'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(0);
    const parsed = JSON.parse(run.stdout) as { numeric: { f1: number }; quote: { f1: number } };
    const report = runEvaluation({ root: ROOT });
    expect(parsed.numeric.f1).toBeCloseTo(report.summary.numeric.f1, 10);
    expect(parsed.quote.f1).toBeCloseTo(report.summary.quote.f1, 10);
  });
});
