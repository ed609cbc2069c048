import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CheckRecordSchema, type CheckRecord } from '../schemas/check.js';
import { checkFiles, detectScript } from '../pipeline/check/run-check.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const SEED = 'corpus/articles/000_8ddf4c3f2885fd6e.txt';
const SOURCE = 'corpus/en/seed-source-techcrunch.txt';
const at = (p: string): string => `${root}${p}`;

function isnad(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['dist/pipeline/cli.js', ...args], { cwd: root, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const summary = (records: readonly CheckRecord[]): Array<[string, string, string[], string[]]> =>
  records.map((r) => [r.claim.text, r.verdict, r.fields ?? [], r.evidence.slice(0, 1).map((e) => e.text)]);

describe('isnad check: the seed article against an English source', () => {
  it('reports each Arabic figure: supported, the changed capex as a value mismatch, the missing market value as not found', async () => {
    const records = await checkFiles(at(SEED), [at(SOURCE)]);
    expect(summary(records.filter((r) => r.verdict !== 'quote-compare'))).toEqual([
      ['600 مليار دولار', 'supported', [], ['$600 billion']],
      ['7 مليارات دولار', 'supported', [], ['$7 billion']],
      ['20 مليار دولار', 'mismatch', ['value'], ['$25 billion']],
      ['20 مليار دولار', 'supported', [], ['$20 billion']],
      ['12%', 'supported', [], ['12%']],
      ['200 مليار دولار', 'not-found', [], []],
      ['مليار مستخدم', 'supported', [], ['a billion users']],
    ]);
    for (const r of records) expect(CheckRecordSchema.safeParse(r).success).toBe(true);
  });

  it("pairs Zuckerberg's and the investors' direct quotes with their English originals", async () => {
    const records = await checkFiles(at(SEED), [at(SOURCE)]);
    const pairs = records.filter((r) => r.verdict === 'quote-compare').map((r) => [r.claim.attribution.speaker, r.evidence[0]!.attribution.speaker, r.evidence[0]!.text.slice(0, 30)]);
    expect(pairs).toEqual([
      ['مارك زوكربيرج', 'Mark Zuckerberg', 'We are accelerating our invest'],
      ['المستثمرون', 'Investors', 'vague and not reassuring'],
    ]);
  });
});

describe('isnad check: same-language pairs', () => {
  it('Arabic against Arabic: an article supports every one of its own figures', async () => {
    const records = await checkFiles(at(SEED), [at(SEED)]);
    const numbers = records.filter((r) => r.verdict !== 'quote-compare');
    expect(numbers.length).toBe(7);
    expect(numbers.every((r) => r.verdict === 'supported')).toBe(true);
  });

  it('English against English: the source supports the figures it shares with the seed source', async () => {
    const records = await checkFiles(at(SOURCE), [at(SOURCE)]);
    expect(records.filter((r) => r.verdict !== 'quote-compare').every((r) => r.verdict === 'supported')).toBe(true);
  });

  it('English against English: a changed figure is a mismatch, a missing one not found', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'isnad-check-'));
    const source = path.join(dir, 'wire.txt');
    writeFileSync(source, "Meta's shares fell 9% on Friday. Operating expenses rose about $7 billion year over year.\n");
    try {
      const records = await checkFiles(at(SOURCE), [source]);
      expect(summary(records.filter((r) => r.verdict !== 'quote-compare')).map(([text, verdict, fields]) => [text, verdict, fields])).toEqual([
        ['$600 billion', 'not-found', []],
        ['$7 billion', 'supported', []],
        ['$25 billion', 'not-found', []],
        ['$20 billion', 'not-found', []],
        ['12%', 'mismatch', ['value']],
        ['a billion users', 'not-found', []],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('detects the language from the script', () => {
    expect(detectScript('ارتفعت أرباح «ميتا» بنسبة 12% في الربع الثاني من عام 2025 بحسب Reuters')).toBe('ar');
    expect(detectScript('Meta shares fell 12% on Friday.')).toBe('en');
  });
});

describe('isnad check CLI', () => {
  it('writes one isnad/check@1 JSON line per figure and compared quote, and exits 0 without --exit-code', () => {
    const r = isnad('check', SEED, '--against', SOURCE);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as unknown);
    expect(lines.length).toBe(9);
    for (const l of lines) expect(CheckRecordSchema.safeParse(l).success).toBe(true);
  });

  it('--exit-code exits 1 when a figure is a mismatch or not found', () => {
    expect(isnad('check', SEED, '--against', SOURCE, '--exit-code').status).toBe(1);
  });

  it('--exit-code exits 0 when every figure is supported', () => {
    expect(isnad('check', SEED, '--against', SEED, '--exit-code').status).toBe(0);
  });

  it('--format text: one line per record and a summary', () => {
    const r = isnad('check', SEED, '--against', SOURCE, '--format', 'text');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('mismatch (value) «20 مليار دولار»');
    expect(r.stdout).toContain('not-found        «200 مليار دولار»');
    expect(r.stdout.trim().split('\n').pop()).toBe('7 figures: 5 supported, 1 mismatch, 1 not found; 2 quotes to compare');
  });

  it('--lang forces the language of the article', () => {
    const r = isnad('check', SOURCE, '--against', SOURCE, '--lang', 'en', '--source-lang', 'en', '--format', 'text');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('supported');
  });

  it.each([
    [['check', SEED], "required option '--against <source...>' not specified"],
    [['check', SEED, '--against', SOURCE, '--format', 'xml'], 'xml'],
    [['check', SEED, '--against', SOURCE, '--lang', 'fr'], 'expected ar or en'],
    [['check', SEED, '--against', 'no/such/file.txt'], 'cannot read no/such/file.txt'],
  ])('usage error %j exits 2 with one isnad: line', (args, message) => {
    const r = isnad(...args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.startsWith('isnad: ')).toBe(true);
    expect(r.stderr).toContain(message);
  });
});
