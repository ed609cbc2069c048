/**
 * Benchmark of `isnad diff` on two corpora: how long diffing two claim files of N articles takes,
 * next to running the pipeline that made them.
 *
 *   npm run build && node dist/scripts/bench-diff.js [--articles 10000] [--input FILE] [--keep]
 *
 * Corpus A is the first N records of `../shared/corpus-ar/bench/ant-multisource.jsonl` (read by
 * path, never copied). Corpus B is A with deterministic edits: in every ten articles, one has a
 * figure changed, one loses its last paragraph, one gains a sentence with a new figure, one gets
 * form-only edits (tatweel, diacritics, doubled spaces: no change expected); the other six are
 * the same. The pipeline runs once on each corpus to a claim JSONL (in a temporary folder, removed
 * unless `--keep`), then the two claim files are loaded (parsed, validated) and diffed as
 * `isnad diff A.jsonl B.jsonl` does.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { diffArticles, loadSide } from '../pipeline/diff/index.js';
import { processArticle } from '../pipeline/process-article.js';
import { ArticleInputSchema, type ArticleInput } from '../schemas/article.js';
import { ClaimRecordSchema } from '../schemas/claim.js';
import { repoRoot } from './repo-root.js';

interface Args {
  readonly articles: number;
  readonly input: string;
  readonly keep: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  let articles = 10_000;
  let input = path.join(repoRoot(), '../shared/corpus-ar/bench/ant-multisource.jsonl');
  let keep = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--articles') {
      articles = Number(argv[++i]);
      if (!Number.isInteger(articles) || articles < 1) throw new Error(`Expected \`--articles\` to be an integer >= 1, got \`${argv[i]}\``);
    } else if (a === '--input') input = argv[++i] ?? '';
    else if (a === '--keep') keep = true;
    else throw new Error(`unknown argument \`${a}\``);
  }
  return { articles, input, keep };
}

/** The edit applied to article `i` of corpus B (deterministic), and what it is called in the report. */
const EDITS: ReadonlyArray<{ readonly slot: number; readonly name: string; readonly apply: (text: string) => string }> = [
  {
    slot: 1,
    name: 'figure changed',
    // The first number of two or more digits not followed by another digit or separator, plus one.
    apply: (t) => t.replace(/(?<![\d.,٫])(\d{2,})(?![\d.,٫])/, (d) => String(Number(d) + 1)),
  },
  {
    slot: 3,
    name: 'last paragraph removed',
    apply: (t) => {
      const lines = t.replace(/\n+$/, '').split('\n');
      return lines.length > 1 ? lines.slice(0, -1).join('\n') : t;
    },
  },
  { slot: 5, name: 'sentence with a figure added', apply: (t) => `${t.replace(/\n+$/, '')}\nوبلغت قيمة الصفقة نحو 250 مليون دولار.` },
  {
    slot: 7,
    name: 'form only (tatweel, diacritics, spaces)',
    apply: (t) => t.replace(/الشركة/g, 'الشـركة').replace(/مليون/g, 'مِلْيون').replace(/ و/g, '  و'),
  },
];

function readCorpus(file: string, n: number): ArticleInput[] {
  const out: ArticleInput[] = [];
  const text = readFileSync(file, 'utf8');
  let from = 0;
  while (out.length < n && from < text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const line = text.slice(from, to).trim();
    from = to + 1;
    if (line === '') continue;
    out.push(ArticleInputSchema.parse(JSON.parse(line)));
  }
  return out;
}

/**
 * Runs the pipeline on every article (timed), then writes the claims that are valid records
 * (untimed). Invalid ones (an extractor bug) are counted and left out, since `isnad diff`
 * rejects a claim file with an invalid record.
 */
function runPipeline(articles: readonly ArticleInput[], file: string): { ms: number; cpuMs: number; claims: number; invalid: string[] } {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const results = articles.map((a) => processArticle(a).claims);
  const ms = performance.now() - t0;
  const cpuMs = cpuSince(c0);
  const parts: string[] = [];
  const invalid: string[] = [];
  for (const claims of results) {
    for (const c of claims) {
      const line = JSON.stringify(c);
      if (ClaimRecordSchema.safeParse(JSON.parse(line)).success) parts.push(line);
      else invalid.push(`${c.article.id} ${c.id}`);
    }
  }
  writeFileSync(file, parts.length === 0 ? '' : `${parts.join('\n')}\n`);
  return { ms, cpuMs, claims: parts.length, invalid };
}

const fmt = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

/** CPU time (user + system, all threads of the process) since `from`, in ms: steadier than wall time on a shared machine. */
function cpuSince(from: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const a = readCorpus(args.input, args.articles);
  const b = a.map((article, i) => {
    const edit = EDITS.find((e) => e.slot === i % 10);
    return edit ? { ...article, text: edit.apply(article.text) } : article;
  });
  const dir = mkdtempSync(path.join(tmpdir(), 'isnad-bench-diff-'));
  try {
    const fileA = path.join(dir, 'claims-a.jsonl');
    const fileB = path.join(dir, 'claims-b.jsonl');
    const runA = runPipeline(a, fileA);
    const runB = runPipeline(b, fileB);

    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const sideA = await loadSide(fileA);
    const sideB = await loadSide(fileB);
    const t1 = performance.now();
    const changes = diffArticles(sideA.articles, sideB.articles);
    const t2 = performance.now();
    const out = changes.map((c) => JSON.stringify(c)).join('\n');
    const t3 = performance.now();
    const diffCpu = cpuSince(c0);
    const again = diffArticles(sideA.articles, sideB.articles)
      .map((c) => JSON.stringify(c))
      .join('\n');

    const ops = new Map<string, number>();
    for (const c of changes) ops.set(c.op, (ops.get(c.op) ?? 0) + 1);
    const diffMs = t3 - t0;
    const lines = [
      `isnad diff benchmark: ${a.length} articles a side (${path.basename(args.input)}), node ${process.version}`,
      `edits in B: ${EDITS.map((e) => `${e.name} (1 in 10)`).join(', ')}`,
      `pipeline A: ${fmt(runA.ms)} wall, ${fmt(runA.cpuMs)} CPU for ${runA.claims} claims (${Math.round(a.length / (runA.ms / 1000))} articles/s)`,
      `pipeline B: ${fmt(runB.ms)} wall, ${fmt(runB.cpuMs)} CPU for ${runB.claims} claims (${Math.round(b.length / (runB.ms / 1000))} articles/s)`,
      ...[runA, runB].flatMap((r, k) =>
        r.invalid.length === 0 ? [] : [`pipeline ${'AB'[k]}: ${r.invalid.length} invalid claim records left out (${r.invalid.slice(0, 3).join(', ')})`],
      ),
      `diff A B:   ${fmt(diffMs)} wall, ${fmt(diffCpu)} CPU = load and validate ${fmt(t1 - t0)} + pair and compare ${fmt(t2 - t1)} + serialize ${fmt(t3 - t2)} (wall)`,
      `diff / pipeline B: ${((100 * diffMs) / Math.max(1, runB.ms)).toFixed(1)}% wall, ${((100 * diffCpu) / Math.max(1, runB.cpuMs)).toFixed(1)}% CPU`,
      `changes: ${[...ops].map(([op, n]) => `${n} ${op}`).join(', ') || 'none'} (${out.length} bytes of JSONL)`,
      `deterministic: ${again === out ? 'yes' : 'NO'}; rss ${Math.round(process.memoryUsage().rss / 2 ** 20)} MiB`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    if (args.keep) process.stdout.write(`claim files kept in ${dir}\n`);
  } finally {
    if (!args.keep) rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench-diff: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 2;
});
