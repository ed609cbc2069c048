/**
 * `npm run eval`: runs the pipeline over every gold article and prints precision, recall and F1
 * per claim type, field accuracy of matched claims, then every miss and false positive.
 *
 *   node dist/scripts/eval.js [--json] [--lang ar|en]
 *
 * `--json` ends the output with the figures as one JSON object on one line.
 * Exit code: 0; 1 when a gold file is invalid (the others are still evaluated) or the pipeline
 * threw, reported a fatal message or made a claim whose text is not its span; 2 on a usage error.
 */
import { processArticle } from '../pipeline/process-article.js';
import type { ClaimRecord } from '../schemas/claim.js';
import type { GoldProblem } from '../schemas/gold.js';
import { findRepoRoot, loadGoldCorpus, isMainModule } from './gold.js';
import { FIELDS, matchArticle, summarize, type ArticleMatch, type Summary } from './eval-match.js';

export interface EvalOptions {
  /** Repo root; default: the folder holding package.json. */
  readonly root?: string;
  readonly lang?: 'ar' | 'en';
  /** Evaluate these gold file names only (the baseline's set); default: every file in corpus/gold/. */
  readonly files?: readonly string[];
}

export interface EvalReport {
  readonly summary: Summary;
  /** Per-language figures of the languages present. */
  readonly byLang: Partial<Record<'ar' | 'en', Summary>>;
  /**
   * Figures on the articles the rules were tuned on, and on the held-out ones (gold files with
   * `heldOut: true`, annotated after the rules were written and never used to tune them).
   */
  readonly bySplit: Partial<Record<'tuned' | 'heldOut', Summary>>;
  readonly matches: ArticleMatch[];
  /** Articles of the gold files marked `heldOut: true` (their misses stay hidden in the text report unless asked for). */
  readonly heldOutArticles: string[];
  /** Gold files whose article is absent (the shared corpus is missing): not evaluated. */
  readonly unavailable: { file: string; reason: string }[];
  /** Gold files with errors: not evaluated. */
  readonly invalid: { file: string; problems: GoldProblem[] }[];
  /** Warnings in gold files that were evaluated. */
  readonly warnings: { file: string; problems: GoldProblem[] }[];
  /** Gold files evaluated, in order. */
  readonly evaluated: string[];
  /** What went wrong in the pipeline: a thrown error or fatal message (the article then counts with no claims), or a claim whose `text` is not its span's text. */
  readonly pipelineErrors: { file: string; message: string }[];
}

/** Loads the gold corpus, runs `processArticle` on each article and matches the claims. */
export function runEvaluation(options: EvalOptions = {}): EvalReport {
  const root = options.root ?? findRepoRoot();
  const entries = loadGoldCorpus({
    root,
    ...(options.lang ? { lang: options.lang } : {}),
    ...(options.files ? { files: options.files } : {}),
  });
  const matches: ArticleMatch[] = [];
  const unavailable: EvalReport['unavailable'] = [];
  const invalid: EvalReport['invalid'] = [];
  const warnings: EvalReport['warnings'] = [];
  const evaluated: string[] = [];
  const pipelineErrors: EvalReport['pipelineErrors'] = [];
  const heldOut = new Set<ArticleMatch>();
  const heldOutArticles: string[] = [];
  for (const entry of entries) {
    if (entry.status === 'unavailable') {
      unavailable.push({ file: entry.file, reason: entry.reason });
      continue;
    }
    if (entry.status === 'invalid') {
      invalid.push({ file: entry.file, problems: entry.problems });
      continue;
    }
    if (entry.problems.length > 0) warnings.push({ file: entry.file, problems: entry.problems });
    const { gold, text } = entry;
    let claims: ClaimRecord[] = [];
    try {
      const result = processArticle({ id: gold.article, text, outlet: gold.publisher, lang: gold.lang });
      claims = result.claims;
      for (const m of result.messages) {
        if (m.severity === 'fatal') pipelineErrors.push({ file: entry.file, message: `fatal ${m.code} in ${m.stage}: ${m.reason}` });
      }
    } catch (err) {
      pipelineErrors.push({ file: entry.file, message: `processArticle threw: ${err instanceof Error ? err.message : String(err)}` });
    }
    for (const c of claims) {
      if (text.slice(c.span.start, c.span.end) !== c.text) {
        pipelineErrors.push({ file: entry.file, message: `claim ${c.id} text ${JSON.stringify(c.text)} is not text.slice(${c.span.start}, ${c.span.end})` });
      }
    }
    const match = matchArticle(gold, text, claims);
    matches.push(match);
    if (gold.heldOut) {
      heldOut.add(match);
      heldOutArticles.push(match.article);
    }
    evaluated.push(entry.file);
  }
  const byLang: EvalReport['byLang'] = {};
  for (const lang of ['ar', 'en'] as const) {
    const part = matches.filter((m) => m.lang === lang);
    if (part.length > 0) byLang[lang] = summarize(part);
  }
  const bySplit: EvalReport['bySplit'] = {};
  const tunedPart = matches.filter((m) => !heldOut.has(m));
  const heldPart = matches.filter((m) => heldOut.has(m));
  if (heldPart.length > 0) {
    bySplit.tuned = summarize(tunedPart);
    bySplit.heldOut = summarize(heldPart);
  }
  return { summary: summarize(matches), byLang, bySplit, matches, heldOutArticles, unavailable, invalid, warnings, evaluated, pipelineErrors };
}

/** The one-line JSON object of `--json`. */
export function reportJson(report: EvalReport): string {
  const { articles, numeric, quote, accuracy, fields } = report.summary;
  return JSON.stringify({
    articles,
    numeric,
    quote,
    accuracy,
    fields,
    byLang: Object.fromEntries(
      Object.entries(report.byLang).map(([lang, s]) => [
        lang,
        { articles: s.articles, numeric: s.numeric, quote: s.quote, accuracy: s.accuracy },
      ]),
    ),
    bySplit: Object.fromEntries(
      Object.entries(report.bySplit).map(([split, s]) => [
        split,
        { articles: s.articles, numeric: s.numeric, quote: s.quote, accuracy: s.accuracy },
      ]),
    ),
    misses: report.matches.reduce((n, m) => n + m.misses.length, 0),
    falsePositives: report.matches.reduce((n, m) => n + m.falsePositives.length, 0),
    evaluated: report.evaluated,
    unavailable: report.unavailable.map((u) => u.file),
    invalid: report.invalid.map((i) => i.file),
    pipelineErrors: report.pipelineErrors.length,
  });
}

const pct = (x: number): string => x.toFixed(3);
const pad = (s: string | number, n: number): string => String(s).padStart(n);
const q = (s: string): string => {
  const flat = s.replace(/\s+/g, ' ');
  return `«${flat.length > 60 ? `${flat.slice(0, 60)}…` : flat}»`;
};

function figuresLines(s: Summary, indent = ''): string[] {
  const lines = [`${indent}type        tp    fp    fn  ignored  precision  recall     f1`];
  for (const [name, f] of [
    ['numeric', s.numeric],
    ['quote', s.quote],
  ] as const) {
    lines.push(
      `${indent}${name.padEnd(8)}${pad(f.tp, 6)}${pad(f.fp, 6)}${pad(f.fn, 6)}${pad(f.ignored, 9)}${pad(pct(f.precision), 11)}${pad(pct(f.recall), 8)}${pad(pct(f.f1), 7)}`,
    );
  }
  return lines;
}

/**
 * The human-readable report. The misses, false positives and field errors of held-out articles are
 * counted but not listed unless `showHeldOut` is set: whoever tunes the rules must not see them, or
 * the held-out figures stop measuring unseen news.
 */
export function reportText(report: EvalReport, options: { showHeldOut?: boolean } = {}): string {
  const { summary } = report;
  const lines: string[] = [];
  const langs = Object.entries(report.byLang).map(([lang, s]) => `${lang} ${s.articles}`);
  lines.push(`gold articles evaluated: ${summary.articles}${langs.length > 0 ? ` (${langs.join(', ')})` : ''}`);
  if (report.unavailable.length > 0) {
    lines.push(`UNAVAILABLE, not evaluated: ${report.unavailable.length} gold file(s)`);
    for (const u of report.unavailable) lines.push(`  ${u.file}: ${u.reason}`);
  }
  if (report.invalid.length > 0) {
    lines.push(`INVALID, not evaluated: ${report.invalid.length} gold file(s)`);
    for (const i of report.invalid) {
      for (const p of i.problems.filter((x) => x.severity === 'error')) lines.push(`  ${i.file} ${p.path}: ${p.code}: ${p.message}`);
    }
  }
  if (report.pipelineErrors.length > 0) {
    lines.push(`PIPELINE ERRORS: ${report.pipelineErrors.length}`);
    for (const e of report.pipelineErrors) lines.push(`  ${e.file}: ${e.message}`);
  }
  for (const w of report.warnings) {
    for (const p of w.problems) lines.push(`gold warning: ${w.file} ${p.path}: ${p.code}: ${p.message}`);
  }
  lines.push('', ...figuresLines(summary));
  if (Object.keys(report.byLang).length > 1) {
    for (const [lang, s] of Object.entries(report.byLang)) lines.push('', `${lang} (${s.articles} articles)`, ...figuresLines(s, '  '));
  }
  for (const [split, s] of Object.entries(report.bySplit)) {
    const name = split === 'heldOut' ? 'held out (never tuned on)' : 'tuned on';
    lines.push('', `${name} (${s.articles} articles)`, ...figuresLines(s, '  '), `  speaker ${pct(s.accuracy.speaker)}  source ${pct(s.accuracy.source)}`);
  }
  lines.push('', 'field accuracy (value, unit: aligned numeric pairs; others: matched claims)');
  for (const f of FIELDS) {
    const t = summary.fields[f];
    lines.push(`  ${f.padEnd(10)}${pad(pct(summary.accuracy[f]), 7)}  (${t.correct}/${t.total})`);
  }
  const blind = new Set(options.showHeldOut ? [] : report.heldOutArticles);
  const listed = report.matches.filter((m) => !blind.has(m.article));
  if (blind.size > 0) lines.push('', `(the misses, false positives and field errors of ${blind.size} held-out article(s) are not listed: --show-held-out lists them, and they then stop being held out)`);
  const misses = listed.flatMap((m) => m.misses);
  lines.push('', `misses (${misses.length})`);
  for (const m of misses) {
    lines.push(
      `  ${m.article} ${m.type} ${m.span.start}-${m.span.end} ${q(m.surface)}: expected ${m.expected}; ${m.got !== undefined ? `got ${m.got}` : 'got nothing'} (${m.why})`,
    );
  }
  const fps = listed.flatMap((m) => m.falsePositives);
  lines.push('', `false positives (${fps.length})`);
  for (const f of fps) {
    lines.push(
      `  ${f.article} ${f.type} ${f.span.start}-${f.span.end} ${q(f.surface)}: [${f.label}] got ${f.got}; expected ${f.expected ?? 'nothing'} (${f.why})`,
    );
  }
  const errors = listed.flatMap((m) => m.fieldErrors);
  lines.push('', `field errors (${errors.length})`);
  for (const e of errors) {
    lines.push(`  ${e.article} ${e.type} ${e.span.start}-${e.span.end} ${q(e.surface)}: ${e.field} expected ${e.expected}, got ${e.got}`);
  }
  return `${lines.join('\n')}\n`;
}

const USAGE = 'usage: eval [--json] [--lang ar|en] [--show-held-out]';

/** Parses the command line; a string is a usage error. */
export function parseEvalArgs(argv: readonly string[]): { json: boolean; lang?: 'ar' | 'en'; help: boolean; showHeldOut?: boolean } | string {
  let json = false;
  let showHeldOut = false;
  let help = false;
  let lang: 'ar' | 'en' | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--show-held-out') showHeldOut = true;
    else if (arg === '-h' || arg === '--help') help = true;
    else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? argv[++i] : arg.slice('--lang='.length);
      if (value !== 'ar' && value !== 'en') return `expected \`--lang\` to be ar or en, got \`${value ?? ''}\``;
      lang = value;
    } else return `unknown argument \`${arg}\` (${USAGE})`;
  }
  return { json, help, ...(lang === undefined ? {} : { lang }), ...(showHeldOut ? { showHeldOut } : {}) };
}

function main(argv: readonly string[]): number {
  const args = parseEvalArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(`eval: ${args}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const root = findRepoRoot();
  const report = runEvaluation({ root, ...(args.lang ? { lang: args.lang } : {}) });
  // `--json`: the one JSON object alone, so that `npm run -s eval -- --json | jq` reads it
  if (args.json) process.stdout.write(`${reportJson(report)}\n`);
  else process.stdout.write(reportText(report, { showHeldOut: args.showHeldOut === true }));
  return report.invalid.length > 0 || report.pipelineErrors.length > 0 ? 1 : 0;
}


if (isMainModule(import.meta.url)) {
  // `npm run eval | head` closes the pipe early: stop quietly.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    process.exit(process.exitCode ?? 0);
  });
  process.exitCode = main(process.argv.slice(2));
}
