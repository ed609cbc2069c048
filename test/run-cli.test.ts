import { spawnSync } from 'node:child_process';
import { createReadStream, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClaimRecordSchema } from '../schemas/claim.js';
import { ErrorRecordSchema, type ErrorRecord } from '../schemas/error.js';

// Runs the built CLI as a subprocess (`npm test` builds first; alone:
// `npm run build && npx vitest run test/run-cli.test.ts`). ISNAD_CLI points at another build.
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = path.resolve(ROOT, process.env.ISNAD_CLI ?? 'dist/pipeline/cli.js');
const SHARED = path.resolve(ROOT, '../shared');
const SEED = path.join(ROOT, 'corpus/articles/000_8ddf4c3f2885fd6e.txt');
const ARTICLES = path.join(SHARED, 'corpus-ar/articles');
const BENCH = path.join(SHARED, 'corpus-ar/bench/ant-multisource.jsonl');

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Standard error is a pipe here, not a terminal: the progress bar must stay out of it. */
function isnadRun(args: readonly string[], input?: string | Buffer): Run {
  const r = spawnSync(process.execPath, [CLI, 'run', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    ...(input !== undefined ? { input } : {}),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function jsonLines(text: string): unknown[] {
  return text.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as unknown);
}

function readStats(file: string): Record<string, unknown> & { inputs: number; articles: number; errors: number; claims: { total: number } } {
  return JSON.parse(readFileSync(file, 'utf8')) as ReturnType<typeof readStats>;
}

/** The first `n` records of the shared bench corpus, with fresh ids (the bench file is read by path, never copied). */
async function benchRecords(n: number): Promise<string[]> {
  const lines: string[] = [];
  const rl = createInterface({ input: createReadStream(BENCH), crlfDelay: Infinity });
  for await (const line of rl) {
    const record = JSON.parse(line) as Record<string, unknown>;
    lines.push(JSON.stringify({ ...record, id: `bench-${String(lines.length).padStart(5, '0')}` }));
    if (lines.length >= n) break;
  }
  rl.close();
  return lines;
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'isnad-run-cli-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('isnad run on a directory mixing good articles and every kind of bad input', () => {
  const MAX_BYTES = 200_000;
  const text = (name: string): string => readFileSync(path.join(ARTICLES, name), 'utf8');
  const goodRecords = (): string[] => [
    JSON.stringify({ id: 'records/one', text: text('ar-003.txt'), outlet: 'sky-news-arabia', lang: 'ar' }),
    JSON.stringify({ id: 'records/two', text: text('ar-004.txt'), title: 'headline', lang: 'ar' }),
  ];

  /** The good articles, laid out the same way in both directories (so their ids match). */
  function writeGood(dir: string, records: string[]): void {
    mkdirSync(path.join(dir, 'news'), { recursive: true });
    copyFileSync(SEED, path.join(dir, 'seed.txt'));
    copyFileSync(path.join(ARTICLES, 'ar-001.txt'), path.join(dir, 'news/ar-001.txt'));
    copyFileSync(path.join(ARTICLES, 'ar-002.txt'), path.join(dir, 'news/ar-002.md'));
    writeFileSync(path.join(dir, 'records.jsonl'), `${records.join('\n')}\n`);
  }

  let clean: string;
  let mixed: string;
  beforeAll(() => {
    clean = path.join(tmp, 'clean');
    mixed = path.join(tmp, 'mixed');
    writeGood(clean, goodRecords());
    const [one, two] = goodRecords();
    writeGood(mixed, [
      one!,
      '{"id": "records/broken", "text": "نص',
      JSON.stringify({ id: 'records/no-text', body: 'نص' }),
      two!,
      JSON.stringify({ id: 'records/one', text: 'نص آخر بالمعرف نفسه' }),
    ]);
    mkdirSync(path.join(mixed, 'bad'));
    writeFileSync(path.join(mixed, 'bad/empty.txt'), '');
    symlinkSync(path.join(mixed, 'bad/does-not-exist'), path.join(mixed, 'bad/gone.txt'));
    writeFileSync(path.join(mixed, 'bad/huge.txt'), text('ar-005.txt').repeat(Math.ceil(MAX_BYTES / 4000) + 1));
    writeFileSync(path.join(mixed, 'bad/image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    writeFileSync(path.join(mixed, 'bad/latin1.txt'), Buffer.concat([Buffer.from('Ce texte est en Latin-1: caf'), Buffer.from([0xe9]), Buffer.from(' 12%')]));
    writeFileSync(path.join(mixed, 'notes.csv'), 'not an input: ignored by extension\n');
  });

  it('writes the good articles exactly as a clean run does, one error record per bad input, and reconciles the counts', () => {
    const cleanRun = isnadRun([clean, '--max-bytes', String(MAX_BYTES), '-o', path.join(tmp, 'clean.jsonl'), '--stats', path.join(tmp, 'clean-stats.json')]);
    expect(cleanRun.stderr).toMatch(/^isnad: 5 inputs = 5 articles \+ 0 errors; /);
    expect(cleanRun.code).toBe(0);

    const errorsFile = path.join(tmp, 'mixed-errors.jsonl');
    const statsFile = path.join(tmp, 'mixed-stats.json');
    const run = isnadRun([mixed, '--max-bytes', String(MAX_BYTES), '-o', path.join(tmp, 'mixed.jsonl'), '--errors', errorsFile, '--stats', statsFile]);
    expect(run.code).toBe(1);

    const cleanOut = readFileSync(path.join(tmp, 'clean.jsonl'), 'utf8');
    expect(readFileSync(path.join(tmp, 'mixed.jsonl'), 'utf8')).toBe(cleanOut);
    const claims = jsonLines(cleanOut).map((c) => ClaimRecordSchema.parse(c));
    const seedClaims = claims.filter((c) => c.article.id === 'seed');
    expect(seedClaims.length).toBeGreaterThan(0);
    const byArticle = new Set(claims.map((c) => c.article.id));
    for (const id of ['seed', 'news/ar-001', 'news/ar-002', 'records/one', 'records/two']) expect(byArticle.has(id), id).toBe(true);

    const errors = jsonLines(readFileSync(errorsFile, 'utf8')).map((e) => ErrorRecordSchema.parse(e));
    const summary = (e: ErrorRecord): [string, number | undefined, string | undefined, string] => [path.relative(mixed, e.input), e.line, e.articleId, e.code];
    expect(errors.map(summary)).toEqual([
      ['bad/empty.txt', undefined, 'bad/empty', 'empty-input'],
      ['bad/gone.txt', undefined, undefined, 'unreadable'],
      ['bad/huge.txt', undefined, 'bad/huge', 'too-large'],
      ['bad/image.txt', undefined, 'bad/image', 'binary-file'],
      ['bad/latin1.txt', undefined, 'bad/latin1', 'invalid-utf8'],
      ['records.jsonl', 2, undefined, 'malformed-jsonl'],
      ['records.jsonl', 3, 'records/no-text', 'invalid-record'],
      ['records.jsonl', 5, 'records/one', 'duplicate-id'],
    ]);
    for (const e of errors) expect(e.message.length).toBeGreaterThan(0);

    const stats = readStats(statsFile);
    const cleanStats = readStats(path.join(tmp, 'clean-stats.json'));
    expect(stats.inputs).toBe(13);
    expect(stats.articles).toBe(5);
    expect(stats.errors).toBe(8);
    expect(stats.inputs).toBe(stats.articles + stats.errors);
    expect(stats.reconciled).toBe(true);
    expect(stats.claims).toEqual(cleanStats.claims);
    expect(stats.claims.total).toBe(claims.length);
    expect(stats.errorsByCode).toEqual({
      'binary-file': 1,
      'duplicate-id': 1,
      'empty-input': 1,
      'invalid-record': 1,
      'invalid-utf8': 1,
      'malformed-jsonl': 1,
      'too-large': 1,
      unreadable: 1,
    });
    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^isnad: 13 inputs = 5 articles \+ 8 errors; \d+ claims \(\d+ numeric, \d+ quote\); [\d.]+ MB in [\d.]+ s \([\d.]+ MB\/s, \d+ workers?\)$/),
    ]);
  });

  it.each([
    [8, 0],
    [7, 1],
  ])('with --max-errors %i the exit code is %i', (maxErrors, code) => {
    const run = isnadRun([mixed, '--max-bytes', String(MAX_BYTES), '--max-errors', String(maxErrors), '--errors', path.join(tmp, `e${maxErrors}.jsonl`)]);
    expect(run.code).toBe(code);
  });

  it('writes error records to standard error by default, with the summary last', () => {
    const run = isnadRun([mixed, '--max-bytes', String(MAX_BYTES), '--workers', '1']);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(9);
    expect(lines.slice(0, 8).map((l) => ErrorRecordSchema.parse(JSON.parse(l)).code)).toContain('duplicate-id');
    expect(lines[8]).toMatch(/^isnad: 13 inputs = 5 articles \+ 8 errors;/);
    expect(run.stdout).toBe(readFileSync(path.join(tmp, 'clean.jsonl'), 'utf8'));
  });

  it('--fail-on-claims exits 4 when the queue is not empty, 0 when it is', () => {
    expect(isnadRun([path.join(clean, 'seed.txt'), '--fail-on-claims']).code).toBe(4);
    writeFileSync(path.join(tmp, 'no-claims.txt'), 'مرحبا بكم في الموقع.\n');
    const empty = isnadRun([path.join(tmp, 'no-claims.txt'), '--fail-on-claims']);
    expect(empty.stdout).toBe('');
    expect(empty.code).toBe(0);
  });
});

describe('isnad run output does not depend on the worker count', () => {
  it('is byte-identical with --workers 1, 2 and 3 (claims and error records)', async () => {
    const records = await benchRecords(400);
    records.splice(100, 0, '{not json');
    records.splice(250, 0, records[10]!);
    const corpus = path.join(tmp, 'workers.jsonl');
    writeFileSync(corpus, `${records.join('\n')}\n`);
    const outputs = [1, 2, 3].map((workers) => {
      const out = path.join(tmp, `workers-${workers}.jsonl`);
      const errs = path.join(tmp, `workers-${workers}.errors.jsonl`);
      const run = isnadRun([corpus, '--workers', String(workers), '--batch-size', '7', '-o', out, '--errors', errs]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(new RegExp(`^isnad: 402 inputs = 400 articles \\+ 2 errors; .*\\(.*, ${workers} workers?\\)\\n$`));
      return [readFileSync(out), readFileSync(errs)] as const;
    });
    expect(outputs[0]![0].length).toBeGreaterThan(0);
    for (const [out, errs] of outputs.slice(1)) {
      expect(out.equals(outputs[0]![0])).toBe(true);
      expect(errs.equals(outputs[0]![1])).toBe(true);
    }
    const stdout = isnadRun([corpus, '--workers', '2']).stdout;
    expect(Buffer.from(stdout).equals(outputs[0]![0])).toBe(true);
  });
});

describe('isnad run inputs', () => {
  it('reads plain text from standard input as the article `stdin`', () => {
    const seed = readFileSync(SEED);
    const fromStdin = isnadRun(['-'], seed);
    expect(fromStdin.code).toBe(0);
    const claims = jsonLines(fromStdin.stdout).map((c) => ClaimRecordSchema.parse(c));
    expect(claims.length).toBeGreaterThan(0);
    expect(new Set(claims.map((c) => c.article.id))).toEqual(new Set(['stdin']));
    const fromFile = jsonLines(isnadRun([SEED]).stdout).map((c) => ClaimRecordSchema.parse(c));
    expect(claims.map((c) => c.id)).toEqual(fromFile.map((c) => c.id));
  });

  it('reads JSONL from standard input with --format jsonl, passing the outlet through', () => {
    const seedText = readFileSync(SEED, 'utf8');
    const input = `${JSON.stringify({ id: 'a', text: seedText, outlet: 'al-arabiya' })}\n\n${JSON.stringify({ id: 'b', text: seedText })}\n`;
    const run = isnadRun(['-', '--format', 'jsonl'], input);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^isnad: 2 inputs = 2 articles \+ 0 errors;/);
    const claims = jsonLines(run.stdout).map((c) => ClaimRecordSchema.parse(c));
    expect(claims.filter((c) => c.article.id === 'a').length).toBe(claims.filter((c) => c.article.id === 'b').length);
    expect(claims.find((c) => c.article.id === 'a')?.article.outlet).toBe('al-arabiya');
  });

  it('names a file given directly by its base name, and a BOM does not change the claims', () => {
    const withBom = path.join(tmp, 'bom-article.txt');
    writeFileSync(withBom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(SEED)]));
    const claims = jsonLines(isnadRun([withBom]).stdout).map((c) => ClaimRecordSchema.parse(c));
    const plain = jsonLines(isnadRun([SEED]).stdout).map((c) => ClaimRecordSchema.parse(c));
    expect(new Set(claims.map((c) => c.article.id))).toEqual(new Set(['bom-article']));
    expect(claims.map((c) => [c.id, c.span])).toEqual(plain.map((c) => [c.id, c.span]));
  });

  it('does not read its own -o, --errors and --stats files inside an input directory', () => {
    const dir = path.join(tmp, 'own-files');
    mkdirSync(dir);
    copyFileSync(SEED, path.join(dir, 'a.txt'));
    for (const _time of ['first run', 'second run, with the files already there']) {
      const run = isnadRun([dir, '-o', path.join(dir, 'queue.jsonl'), '--errors', path.join(dir, 'errors.jsonl'), '--stats', path.join(dir, 'stats.json')]);
      expect(run.stderr).toMatch(/^isnad: 1 input = 1 article \+ 0 errors;/);
      expect(run.code).toBe(0);
    }
  });

  it('passes a --sources registry to the pipeline', () => {
    const file = path.join(tmp, 'sources.json');
    writeFileSync(file, JSON.stringify([{ id: 'test-outlet', label: 'Test Outlet', kind: 'outlet', aliases: ['وكالة الاختبار'] }]));
    const run = isnadRun([SEED, '--sources', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(isnadRun([SEED]).stdout);
  });
});

describe('isnad run usage errors: exit 2, one line naming the flag or path', () => {
  const bad = (name: string, content: string): string => {
    const file = path.join(tmp, name);
    writeFileSync(file, content);
    return file;
  };
  it.each<[string, () => string[], RegExp]>([
    ['a missing path', () => [path.join(tmp, 'no-such-dir')], /^isnad: no such file or directory: .*no-such-dir$/],
    ['--workers 0', () => [SEED, '--workers', '0'], /^isnad: Expected `--workers` to be an integer >= 1, got `0`$/],
    ['--workers two', () => [SEED, '--workers', 'two'], /--workers/],
    ['--max-bytes -1', () => [SEED, '--max-bytes=-1'], /--max-bytes/],
    ['--max-errors x', () => [SEED, '--max-errors', 'x'], /--max-errors/],
    ['--format xml', () => [SEED, '--format', 'xml'], /--format/],
    ['--resume without -o', () => [SEED, '--resume'], /--resume/],
    ['a --sources file that is not JSON', () => [SEED, '--sources', bad('bad-sources.json', '{ nope')], /^isnad: --sources .*bad-sources\.json: /],
    ['a --sources entry that fails the schema', () => [SEED, '--sources', bad('bad-entry.json', '[{"id":"Bad Id","label":"x","kind":"outlet","aliases":["x"]}]')], /^isnad: --sources .*: invalid source registry at 0\.id/],
    ['a missing --sources file', () => [SEED, '--sources', path.join(tmp, 'none.json')], /^isnad: --sources .*none\.json: no such file$/],
    ['an unknown flag', () => [SEED, '--frobnicate'], /^isnad: unknown option '--frobnicate'$/],
    ['-o naming a directory', () => [SEED, '-o', tmp], /^isnad: `-o` .*: is a directory$/],
  ])('%s', (_name, args, message) => {
    const run = isnadRun(args());
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
  });

  it('a missing path is caught before any output is written', () => {
    const out = path.join(tmp, 'never.jsonl');
    expect(isnadRun([SEED, path.join(tmp, 'missing.txt'), '-o', out]).code).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(`${out}.partial`)).toBe(false);
  });
});

describe('isnad run --help', () => {
  it('documents every option with its default', () => {
    const r = spawnSync(process.execPath, [CLI, 'run', '--help'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const help = r.stdout.replace(/\s+/g, ' ');
    for (const flag of ['--output', '--errors', '--stats', '--workers', '--format', '--max-bytes', '--max-errors', '--sources', '--resume', '--fail-on-claims', '--batch-size', '--no-progress']) {
      const at = help.indexOf(flag);
      expect(at, flag).toBeGreaterThanOrEqual(0);
      const description = help.slice(at, help.indexOf(' --', at + flag.length) >>> 0);
      expect(description, flag).toMatch(/\(default: [^)]+\)/);
    }
    expect(help).toMatch(/Exit codes: 0 .* 1 .* 2 usage error; 3 .* 4 --fail-on-claims/);
  });
});
