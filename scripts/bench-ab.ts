/**
 * Two builds of isnad, A and B, on the same articles in one process, alternating rounds: the only
 * comparison of builds that holds on the shared reference machine, whose speed drifts from hour to
 * hour (see PERFORMANCE.md). Each round runs one build over all the articles and is timed by CPU;
 * the builds take turns (A B, B A, A B, ...), so a slower or faster minute of the host falls on both.
 *
 *   npm run build && node dist/scripts/bench-ab.js --base DIR [--part all|quotes|parse]
 *     [--count cpu|instructions] [--articles N] [--rounds R] [--input FILE] [--json]
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
 *
 * `--count instructions` counts instructions instead, each build in child processes of this script
 * under valgrind's callgrind (./bench/instructions.ts): the same build gives the same count on any
 * load, so an effect of a fraction of a percent shows.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { countChild, instructionCount, limited, valgrindProblem, type InstructionCount } from './bench/instructions.js';
import { median } from './bench/measure.js';
import { repoRoot } from './repo-root.js';

export const PARTS = ['all', 'quotes', 'parse'] as const;
export type Part = (typeof PARTS)[number];
export const COUNTS = ['cpu', 'instructions'] as const;
export type Count = (typeof COUNTS)[number];

export const AB_USAGE = `Usage: node dist/scripts/bench-ab.js --base DIR [options]   (or: npm run bench:ab -- --base DIR [options])

Runs two builds of isnad on the same articles in one process, in alternating rounds timed by CPU:
A is the checkout in DIR (its dist/ built), B is this one.

Options:
  --base DIR       the other checkout (required)
  --part P         all: processArticle + the claims' JSONL (default); quotes: extract-quotes alone;
                   parse: the JSONL record parser
  --count C        cpu: CPU time of alternating rounds in this process (default); instructions:
                   instructions executed, counted by valgrind's callgrind in child processes with
                   V8's --predictable (the same count for the same build on any load; ~100x slower)
  --articles N     the first N records of the input (default 3000; 300 with --count instructions)
  --rounds R       rounds of each build (default 16, R >= 3: the first two are warm-up; with
                   --count instructions default 3, R >= 2: a warm round's count is the difference
                   of a child running R rounds and one running one; with --part quotes, B's
                   children also load A's earlier stages, so compare warm rounds)
  --input FILE     a JSONL of articles (default ../shared/corpus-ar/bench/ant-multisource.jsonl)
  --json           print one JSON object instead of the report
  --help           print this and exit
`;

export interface AbArgs {
  readonly base: string;
  readonly part: Part;
  readonly count: Count;
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

/** `--count instructions`: each build's counts, and B / A. */
export interface AbCountResult {
  readonly part: Part;
  readonly count: 'instructions';
  readonly articles: number;
  readonly mb: number;
  readonly a: InstructionCount;
  readonly b: InstructionCount;
  /** B / A of a warm round's instructions. */
  readonly warmRatio: number;
  /** B / A of the first round's child (loading and warm-up included). */
  readonly firstRatio: number;
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
  let count: Count = 'cpu';
  let articles: string | undefined;
  let rounds: string | undefined;
  let input = path.join(root, '../shared/corpus-ar/bench/ant-multisource.jsonl');
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--base') base = argv[++i];
    else if (a === '--part') {
      const p = argv[++i];
      if (!PARTS.includes(p as Part)) throw new Error(`Expected \`--part\` to be one of ${PARTS.join(', ')}, got \`${p}\``);
      part = p as Part;
    } else if (a === '--count') {
      const c = argv[++i];
      if (!COUNTS.includes(c as Count)) throw new Error(`Expected \`--count\` to be one of ${COUNTS.join(', ')}, got \`${c}\``);
      count = c as Count;
    } else if (a === '--articles') articles = argv[++i];
    else if (a === '--rounds') rounds = argv[++i];
    else if (a === '--input') input = argv[++i] ?? '';
    else if (a === '--json') json = true;
    else throw new Error(`unknown argument \`${a}\` (see --help)`);
  }
  if (!base) throw new Error('`--base DIR` is required: another checkout of isnad with its dist/ built');
  const baseDir = path.resolve(base);
  if (!existsSync(path.join(baseDir, 'dist/pipeline/process-article.js'))) throw new Error(`no built isnad in \`${baseDir}\` (expected dist/pipeline/process-article.js; run npm run build there)`);
  if (!existsSync(input)) throw new Error(`no input file \`${input}\``);
  const byCpu = count === 'cpu';
  return {
    base: baseDir,
    part,
    count,
    articles: articles === undefined ? (byCpu ? 3000 : 300) : intFlag('--articles', articles, 1),
    rounds: rounds === undefined ? (byCpu ? 16 : 3) : intFlag('--rounds', rounds, byCpu ? 3 : 2),
    input,
    json,
  };
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

/** The articles a part runs on: raw lines, records, and for `quotes` the earlier stages' output (from build A). */
interface Prepared {
  readonly lines: Buffer[];
  readonly records: InputRecord[];
  readonly quoteInputs: unknown[];
  readonly mb: number;
}

/**
 * The first `n` non-empty lines of a file, read a megabyte at a time: not the whole ~99 MB bench
 * corpus, whose buffer alone made a callgrind child's count vary by ~1% (it is external memory, and
 * the garbage collector's schedule follows it).
 */
export function firstLines(file: string, n: number): Buffer[] {
  const lines: Buffer[] = [];
  const fd = openSync(file, 'r');
  try {
    let rest = Buffer.alloc(0);
    const chunk = Buffer.allocUnsafe(1 << 20);
    for (;;) {
      const got = readSync(fd, chunk, 0, chunk.length, null);
      const buf = got === 0 ? rest : Buffer.concat([rest, chunk.subarray(0, got)]);
      let start = 0;
      for (let end = buf.indexOf(10); end >= 0 && lines.length < n; end = buf.indexOf(10, start)) {
        if (end > start) lines.push(Buffer.from(buf.subarray(start, end)));
        start = end + 1;
      }
      if (got === 0) {
        if (start < buf.length && lines.length < n) lines.push(Buffer.from(buf.subarray(start)));
        return lines;
      }
      if (lines.length >= n) return lines;
      rest = buf.subarray(start);
    }
  } finally {
    closeSync(fd);
  }
}

async function prepare(input: string, articles: number, part: Part, base: string): Promise<Prepared> {
  const lines = firstLines(input, articles);
  const records = lines.map((l) => {
    const r = JSON.parse(l.toString('utf8')) as InputRecord;
    return { id: r.id, text: r.text, ...(r.lang ? { lang: r.lang } : {}), ...(r.outlet ? { outlet: r.outlet } : {}) };
  });
  const mb = records.reduce((s, r) => s + Buffer.byteLength(r.text), 0) / 1e6;
  let quoteInputs: unknown[] = [];
  if (part === 'quotes') {
    // the earlier stages once, from build A: both builds' extract-quotes read the same tokens
    const { normalizeText } = (await load(base, 'stages/normalize-text/index.js')) as { normalizeText: (t: string) => { text: string; key: string } };
    const { tokenize } = (await load(base, 'stages/tokenize/index.js')) as { tokenize: (t: string, k: string) => unknown[] };
    const { splitSentences } = (await load(base, 'stages/split-sentences/index.js')) as { splitSentences: (t: string) => { sentences: unknown[]; quotes: unknown[]; paragraphs: unknown[] } };
    quoteInputs = records.map((r) => {
      const norm = normalizeText(r.text);
      const seg = splitSentences(norm.text);
      return { text: norm.text, tokens: tokenize(norm.text, norm.key), sentences: seg.sentences, quotes: seg.quotes, paragraphs: seg.paragraphs };
    });
  }
  return { lines, records, quoteInputs, mb };
}

export async function runAb(args: AbArgs, root: string): Promise<AbResult> {
  // this build's V8 settings, for both builds (they are process-wide)
  ((await load(root, 'pipeline/batch/v8-flags.js')) as { applyV8Flags: () => void }).applyV8Flags();
  const { lines, records, quoteInputs, mb } = await prepare(args.input, args.articles, args.part, args.base);
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

/**
 * `--count instructions`: four children under callgrind (each build for one round and for all the
 * rounds), two at a time; see ./bench/instructions.ts.
 */
export async function runCount(args: AbArgs, root: string): Promise<AbCountResult> {
  const problem = valgrindProblem();
  if (problem) throw new Error(problem);
  const script = fileURLToPath(import.meta.url);
  // (`--stages`: for the quotes part, both builds read the tokens of A's earlier stages, as in CPU rounds)
  const childArgs = (dir: string, rounds: number) => ['--child', dir, '--stages', args.base, '--part', args.part, '--articles', String(args.articles), '--rounds', String(rounds), '--input', args.input];
  const [a1, aR, b1, bR] = await limited(
    [
      () => countChild(script, childArgs(args.base, 1)),
      () => countChild(script, childArgs(args.base, args.rounds)),
      () => countChild(script, childArgs(root, 1)),
      () => countChild(script, childArgs(root, args.rounds)),
    ],
    2,
  );
  const a = instructionCount(a1!, aR!, args.rounds);
  const b = instructionCount(b1!, bR!, args.rounds);
  // (the articles' count and size only: the children read them themselves)
  const { records, mb } = await prepare(args.input, args.articles, 'parse', args.base);
  return { part: args.part, count: 'instructions', articles: records.length, mb, a, b, warmRatio: b.warmRound / a.warmRound, firstRatio: b.firstRound / a.firstRound, sameOutput: a.digest === b.digest };
}

/**
 * A child of `runCount`: the part of the build in `dir`, `rounds` times in a row; prints the output's
 * digest (or `changed` when the rounds differ).
 */
async function runChild(argv: readonly string[], root: string): Promise<void> {
  // the child's own flags (`--child DIR`, `--stages DIR`, `--rounds R`) out, the rest as the parent's
  const own = ['--child', '--stages', '--rounds'].map((flag) => argv.indexOf(flag));
  const value = (k: number): string => argv[own[k]! + 1] ?? '';
  const dir = value(0);
  // (one round is a child's own case: the parent's `--rounds` must be 2 or more)
  const rounds = intFlag('--rounds', value(2), 1);
  const rest = argv.filter((_, i) => !own.some((at) => i === at || i === at + 1));
  const args = parseAbArgs(['--base', dir, '--count', 'instructions', ...rest], root);
  ((await load(root, 'pipeline/batch/v8-flags.js')) as { applyV8Flags: () => void }).applyV8Flags();
  const { lines, records, quoteInputs } = await prepare(args.input, args.articles, args.part, path.resolve(value(1)));
  const run = await runnerFor(dir, args.part, lines, records, quoteInputs);
  const digests = new Set<string>();
  for (let k = 0; k < rounds; k++) digests.add(run());
  process.stdout.write(`${digests.size === 1 ? [...digests][0] : 'changed'}\n`);
}

export function countReport(res: AbCountResult, args: AbArgs): string {
  const m = (x: number): string => `${(x / 1e6).toFixed(1)} M`;
  return [
    `bench-ab: ${res.part}, ${res.articles} articles (${res.mb.toFixed(2)} MB), instructions (callgrind, --predictable), ${args.rounds} rounds`,
    `A (${args.base}): first round ${m(res.a.firstRound)} (with loading and warm-up), warm round ${m(res.a.warmRound)}`,
    `B (this checkout): first round ${m(res.b.firstRound)}, warm round ${m(res.b.warmRound)}`,
    `B / A: warm round ${res.warmRatio.toFixed(4)}, first round ${res.firstRatio.toFixed(4)}; same output: ${res.sameOutput ? 'yes' : 'NO'}`,
  ].join('\n');
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
  if (process.argv.includes('--child')) return runChild(process.argv.slice(2), root);
  let args: AbArgs;
  try {
    args = parseAbArgs(process.argv.slice(2), root);
  } catch (err) {
    process.stderr.write(`bench-ab: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
    return;
  }
  if (args.count === 'instructions') {
    const res = await runCount(args, root);
    process.stdout.write(args.json ? `${JSON.stringify(res)}\n` : `${countReport(res, args)}\n`);
    return;
  }
  const res = await runAb(args, root);
  process.stdout.write(args.json ? `${JSON.stringify(res)}\n` : `${abReport(res, args)}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main();
