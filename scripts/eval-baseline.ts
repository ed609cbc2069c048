/**
 * The accuracy baseline (`corpus/eval-baseline.json`): the figures `npm run eval` must not fall
 * below, checked by test/eval-regression.test.ts.
 *
 *   npx tsx scripts/eval-baseline.ts                 rewrite it from the current figures
 *   npx tsx scripts/eval-baseline.ts --allow-lower   also when a figure is lower than the committed one
 *
 * It refuses to write while a gold file is unavailable or invalid (the figures would cover part of
 * the corpus only), and, without `--allow-lower`, when any figure would go down.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Summary } from './eval-match.js';
import { runEvaluation } from './eval.js';
import { findRepoRoot, isMainModule } from './gold.js';

export const BASELINE_PATH = join('corpus', 'eval-baseline.json');

/** Figures may differ by this much from the baseline (float noise only). */
export const BASELINE_EPSILON = 1e-9;

const Prf = z.object({ precision: z.number(), recall: z.number(), f1: z.number() }).strict();

export const BaselineSchema = z
  .object({
    note: z.string().optional(),
    /** The gold files the figures were measured on. */
    gold: z.array(z.string()),
    numeric: Prf,
    quote: Prf,
    accuracy: z.object({ speaker: z.number(), source: z.number() }).strict(),
  })
  .strict();
export type Baseline = z.infer<typeof BaselineSchema>;

const NOTE = 'Figures the extractor must not fall below (test/eval-regression.test.ts). Rewrite: npx tsx scripts/eval-baseline.ts';

/** The baseline figures of an evaluation summary. */
export function baselineOf(summary: Summary, gold: readonly string[]): Baseline {
  const prf = (f: Summary['numeric']) => ({ precision: f.precision, recall: f.recall, f1: f.f1 });
  return {
    note: NOTE,
    gold: [...gold],
    numeric: prf(summary.numeric),
    quote: prf(summary.quote),
    accuracy: { speaker: summary.accuracy.speaker, source: summary.accuracy.source },
  };
}

export interface Drop {
  /** `numeric.recall`, `accuracy.speaker`, ... */
  readonly figure: string;
  readonly baseline: number;
  readonly current: number;
}

/** Every figure of `current` that is below `baseline` by more than `epsilon`. */
export function compareToBaseline(baseline: Baseline, current: Baseline, epsilon = BASELINE_EPSILON): Drop[] {
  const drops: Drop[] = [];
  for (const group of ['numeric', 'quote'] as const) {
    for (const key of ['precision', 'recall', 'f1'] as const) {
      const b = baseline[group][key];
      const c = current[group][key];
      if (c < b - epsilon) drops.push({ figure: `${group}.${key}`, baseline: b, current: c });
    }
  }
  for (const key of ['speaker', 'source'] as const) {
    const b = baseline.accuracy[key];
    const c = current.accuracy[key];
    if (c < b - epsilon) drops.push({ figure: `accuracy.${key}`, baseline: b, current: c });
  }
  return drops;
}

/** Reads and checks the committed baseline. */
export function readBaseline(root: string = findRepoRoot()): Baseline {
  const path = join(root, BASELINE_PATH);
  const parsed = BaselineSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`invalid ${BASELINE_PATH} at ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}

/** The baseline file's contents: pretty JSON, one trailing newline. */
export function formatBaseline(baseline: Baseline): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

function main(argv: readonly string[]): number {
  const allowLower = argv.includes('--allow-lower');
  const unknown = argv.filter((a) => a !== '--allow-lower');
  if (unknown.length > 0) {
    process.stderr.write(`eval-baseline: unknown argument \`${unknown[0]}\` (usage: eval-baseline [--allow-lower])\n`);
    return 2;
  }
  const root = findRepoRoot();
  const report = runEvaluation({ root });
  if (report.unavailable.length > 0 || report.invalid.length > 0) {
    const files = [...report.unavailable.map((u) => u.file), ...report.invalid.map((i) => i.file)];
    process.stderr.write(`eval-baseline: not written: gold files unavailable or invalid (${files.join(', ')}); run npm run eval for details\n`);
    return 1;
  }
  const next = baselineOf(report.summary, report.evaluated);
  if (existsSync(join(root, BASELINE_PATH))) {
    const drops = compareToBaseline(readBaseline(root), next);
    if (drops.length > 0 && !allowLower) {
      for (const d of drops) process.stderr.write(`eval-baseline: ${d.figure} would drop from ${d.baseline} to ${d.current}\n`);
      process.stderr.write('eval-baseline: not written; pass --allow-lower to lower the baseline on purpose\n');
      return 1;
    }
  }
  writeFileSync(join(root, BASELINE_PATH), formatBaseline(next));
  process.stdout.write(`wrote ${BASELINE_PATH}: ${JSON.stringify({ numeric: next.numeric, quote: next.quote, accuracy: next.accuracy })}\n`);
  return 0;
}


if (isMainModule(import.meta.url)) process.exitCode = main(process.argv.slice(2));
