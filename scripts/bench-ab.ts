/**
 * Two builds of isnad, A and B, on the same articles in one process, alternating rounds: the only
 * comparison of builds that holds on the shared reference machine, whose speed drifts from hour to
 * hour (see PERFORMANCE.md). Each round runs one build over all the articles and is timed by CPU;
 * the builds take turns (A B, B A, A B, ...), so a slower or faster minute of the host falls on both.
 *
 *   npm run build && node dist/scripts/bench-ab.js --base DIR [--part all|quotes|parse]
 *     [--articles N] [--rounds R] [--input FILE] [--json]
 *
 * A is the checkout in DIR (its `dist/` built), B is this one. One way to get DIR for a commit:
 *   git worktree add ../isnad-base REV && ln -s "$PWD/node_modules" ../isnad-base/ && (cd ../isnad-base && npm run build)
 *
 * Parts: `all` (default) is the pipeline without I/O, `processArticle` and the claims' JSONL
 * (`toOutcome`), as a worker runs it; `quotes` is extract-quotes alone, on tokens and sentences both
 * builds get from A's earlier stages; `parse` is `parseRecordLine` on the raw JSONL lines. The first
 * two rounds of each build are JIT warm-up and are left out of the medians. It prints each round's
 * CPU time, the medians, the B/A ratio of each pair of rounds (sorted), and whether the two builds
 * gave the same output (a digest of it). An effect under ~5% needs 16 rounds or more to show.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median } from './bench/measure.js';
import { repoRoot } from './repo-root.js';

export const PARTS = ['all', 'quotes', 'parse'] as const;
export type Part = (typeof PARTS)[number];

export const AB_USAGE = `Usage: node dist/scripts/bench-ab.js --base DIR [options]   (or: npm run bench:ab -- --base DIR [options])

Runs two builds of isnad on the same articles in one process, in alternating rounds timed by CPU:
A is the checkout in DIR (its dist/ built), B is this one.

Options:
  --base DIR       the other checkout (required)
  --part P         all: processArticle + the claims' JSONL (default); quotes: extract-quotes alone;
                   parse: the JSONL record parser
  --articles N     the first N records of the input (default 3000)
  --rounds R       rounds of each build, R >= 3; the first two are warm-up (default 16)
  --input FILE     a JSONL of articles (default ../shared/corpus-ar/bench/ant-multisource.jsonl)
  --json           print one JSON object instead of the report
  --help           print this and exit
`;

export interface AbArgs {
  readonly base: string;
  readonly part: Part;
  readonly articles: number;
  readonly rounds: number;
  readonly input: string;
  readonly json: boolean;
}

export interface AbResult {
  readonly part: Part;
  readonly articles: number;
  readonly mb: number;
  /** CPU ms of each round, by build. */
  readonly roundsMs: { readonly a: number[]; readonly b: number[] };
  /** Medians over the rounds after the first two. */
  readonly medianMs: { readonly a: number; readonly b: number };
  /** B / A of each pair of rounds after the first two, sorted. */
  readonly ratios: number[];
  readonly medianRatio: number;
  readonly sameOutput: boolean;
}

function intFlag(name: string, value: string | undefined, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`Expected \`${name}\` to be an integer >= ${min}, got \`${value}\``);
  return n;
}

export function parseAbArgs(argv: readonly string[], root: string): AbArgs {
  let base: string | undefined;
  let part: Part = 'all';
  let articles = 3000;
  let rounds = 16;
  let input = path.join(root, '../shared/corpus-ar/bench/ant-multisource.jsonl');
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--base') base = argv[++i];
    else if (a === '--part') {
      const p = argv[++i];
      if (!PARTS.includes(p as Part)) throw new Error(`Expected \`--part\` to be one of ${PARTS.join(', ')}, got \`${p}\``);
      part = p as Part;
    } else if (a === '--articles') articles = intFlag('--articles', argv[++i], 1);
    else if (a === '--rounds') rounds = intFlag('--rounds', argv[++i], 3);
    else if (a === '--input') input = argv[++i] ?? '';
    else if (a === '--json') json = true;
    else throw new Error(`unknown argument \`${a}\` (see --help)`);
  }
  if (!base) throw new Error('`--base DIR` is required: another checkout of isnad with its dist/ built');
  const baseDir = path.resolve(base);
  if (!existsSync(path.join(baseDir, 'dist/pipeline/process-article.js'))) throw new Error(`no built isnad in \`${baseDir}\` (expected dist/pipeline/process-article.js; run npm run build there)`);
  if (!existsSync(input)) throw new Error(`no input file \`${input}\``);
  return { base: baseDir, part, articles, rounds, input, json };
}

/** One build's functions for a part: a runner over the prepared inputs that returns a digest of what it made. */
type Runner = () => string;

interface InputRecord {
  readonly id: string;
  readonly text: string;
  readonly lang?: string;
  readonly outlet?: string;
}

async function load(dir: string, rel: string): Promise<Record<string, unknown>> {
  return (await import(pathToFileURL(path.join(dir, 'dist', rel)).href)) as Record<string, unknown>;
}

async function runnerFor(dir: string, part: Part, lines: readonly Buffer[], records: readonly InputRecord[], quoteInputs: readonly unknown[]): Promise<Runner> {
  if (part === 'parse') {
    const { parseRecordLine } = (await load(dir, 'pipeline/batch/read-articles.js')) as { parseRecordLine: (input: string, line: number, bytes: Uint8Array, size: number, maxBytes: number) => { kind: string; article?: { text: string } } };
    return () => {
      const h = createHash('sha256');
      for (let i = 0; i < lines.length; i++) h.update(parseRecordLine('ab', i + 1, lines[i]!, lines[i]!.length, 1e9).article?.text ?? '');
      return h.digest('hex');
    };
  }
  if (part === 'quotes') {
    const { extractQuotes } = (await load(dir, 'stages/extract-quotes/index.js')) as { extractQuotes: (input: object) => { quotes: { start: number; end: number }[] } };
    const { sourceRegistry } = (await load(dir, 'stages/tag-sources/registry.js')) as { sourceRegistry: () => unknown };
    const registry = sourceRegistry();
    return () => {
      const h = createHash('sha256');
      for (const input of quoteInputs) for (const q of extractQuotes({ ...(input as object), registry }).quotes) h.update(`${q.start},${q.end};`);
      return h.digest('hex');
    };
  }
  const { processArticle } = (await load(dir, 'pipeline/process-article.js')) as { processArticle: (input: InputRecord, options: object) => unknown };
  const { toOutcome } = (await load(dir, 'pipeline/batch/outcome.js')) as { toOutcome: (id: string, result: unknown) => { jsonl: string } };
  return () => {
    const h = createHash('sha256');
    for (const r of records) h.update(toOutcome(r.id, processArticle(r, {})).jsonl);
    return h.digest('hex');
  };
}

function cpuMs(run: Runner): { ms: number; digest: string } {
  const c0 = process.cpuUsage();
  const digest = run();
  const c = process.cpuUsage(c0);
  return { ms: (c.user + c.system) / 1000, digest };
}

export async function runAb(args: AbArgs, root: string): Promise<AbResult> {
  // this build's V8 settings, for both builds (they are process-wide)
  ((await load(root, 'pipeline/batch/v8-flags.js')) as { applyV8Flags: () => void }).applyV8Flags();
  const raw = readFileSync(args.input);
  const lines: Buffer[] = [];
  for (let start = 0; lines.length < args.articles && start < raw.length; ) {
    let end = raw.indexOf(10, start);
    if (end < 0) end = raw.length;
    if (end > start) lines.push(raw.subarray(start, end));
    start = end + 1;
  }
  const records = lines.map((l) => {
    const r = JSON.parse(l.toString('utf8')) as InputRecord;
    return { id: r.id, text: r.text, ...(r.lang ? { lang: r.lang } : {}), ...(r.outlet ? { outlet: r.outlet } : {}) };
  });
  const mb = records.reduce((s, r) => s + Buffer.byteLength(r.text), 0) / 1e6;
  let quoteInputs: unknown[] = [];
  if (args.part === 'quotes') {
    // the earlier stages once, from build A: both builds' extract-quotes read the same tokens
    const { normalizeText } = (await load(args.base, 'stages/normalize-text/index.js')) as { normalizeText: (t: string) => { text: string; key: string } };
    const { tokenize } = (await load(args.base, 'stages/tokenize/index.js')) as { tokenize: (t: string, k: string) => unknown[] };
    const { splitSentences } = (await load(args.base, 'stages/split-sentences/index.js')) as { splitSentences: (t: string) => { sentences: unknown[]; quotes: unknown[]; paragraphs: unknown[] } };
    quoteInputs = records.map((r) => {
      const norm = normalizeText(r.text);
      const seg = splitSentences(norm.text);
      return { text: norm.text, tokens: tokenize(norm.text, norm.key), sentences: seg.sentences, quotes: seg.quotes, paragraphs: seg.paragraphs };
    });
  }
  const a = await runnerFor(args.base, args.part, lines, records, quoteInputs);
  const b = await runnerFor(root, args.part, lines, records, quoteInputs);
  const roundsMs = { a: [] as number[], b: [] as number[] };
  const digests = { a: new Set<string>(), b: new Set<string>() };
  for (let r = 0; r < args.rounds; r++) {
    for (const which of r % 2 === 0 ? (['a', 'b'] as const) : (['b', 'a'] as const)) {
      const { ms, digest } = cpuMs(which === 'a' ? a : b);
      roundsMs[which].push(ms);
      digests[which].add(digest);
    }
  }
  const ratios = roundsMs.b.map((x, i) => x / roundsMs.a[i]!).slice(2).sort((p, q) => p - q);
  const sameOutput = sameDigests(digests.a, digests.b);
  return {
    part: args.part,
    articles: records.length,
    mb,
    roundsMs,
    medianMs: { a: median(roundsMs.a.slice(2)), b: median(roundsMs.b.slice(2)) },
    ratios,
    medianRatio: median(ratios),
    sameOutput,
  };
}

/** True when each build made one output in all its rounds, and both made the same one. */
export function sameDigests(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === 1 && b.size === 1 && [...a][0] === [...b][0];
}

export function abReport(res: AbResult, args: AbArgs): string {
  const f = (xs: readonly number[]): string => xs.map((x) => x.toFixed(0)).join(' ');
  return [
    `bench-ab: ${res.part}, ${res.articles} articles (${res.mb.toFixed(1)} MB), ${args.rounds} rounds each, CPU ms a round`,
    `A (${args.base}): ${f(res.roundsMs.a)}   median ${res.medianMs.a.toFixed(0)} ms, ${(res.mb / res.medianMs.a * 1000).toFixed(2)} MB/s`,
    `B (this checkout): ${f(res.roundsMs.b)}   median ${res.medianMs.b.toFixed(0)} ms, ${(res.mb / res.medianMs.b * 1000).toFixed(2)} MB/s`,
    `B / A by pair of rounds (after the first two), sorted: ${res.ratios.map((x) => x.toFixed(3)).join(' ')}`,
    `median B / A: ${res.medianRatio.toFixed(3)}; same output: ${res.sameOutput ? 'yes' : 'NO'}`,
  ].join('\n');
}

async function main(): Promise<void> {
  const root = repoRoot();
  if (process.argv.includes('--help')) {
    process.stdout.write(AB_USAGE);
    return;
  }
  let args: AbArgs;
  try {
    args = parseAbArgs(process.argv.slice(2), root);
  } catch (err) {
    process.stderr.write(`bench-ab: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
    return;
  }
  const res = await runAb(args, root);
  process.stdout.write(args.json ? `${JSON.stringify(res)}\n` : `${abReport(res, args)}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main();
