import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ChangeRecordSchema } from '../schemas/change.js';
import { ClaimRecordSchema, type ClaimRecord } from '../schemas/claim.js';

// Runs the built CLI (`npm test` builds first; alone: `npm run build && npx vitest run test/diff-cli.test.ts`).
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'dist/pipeline/cli.js');
const SEED = readFileSync(path.join(ROOT, 'corpus/articles/000_8ddf4c3f2885fd6e.txt'), 'utf8').replace(/^\uFEFF/, '');

const dir = mkdtempSync(path.join(tmpdir(), 'isnad-diff-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string): string {
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

function isnad(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const jsonl = (records: readonly unknown[]): string => records.map((r) => `${JSON.stringify(r)}\n`).join('');
const parseLines = (s: string): unknown[] => s.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as unknown);

/** A valid claim record with the given surface and value, at `start` in a sentence of its own. */
function claim(id: string, text: string, value: number, start: number, extra: Partial<ClaimRecord> = {}): ClaimRecord {
  return ClaimRecordSchema.parse({
    schema: 'isnad/claim@1',
    id,
    article: { id: 'a1', lang: 'ar' },
    type: 'numeric',
    text,
    span: { start, end: start + text.length },
    sentence: { start: start - 20, end: start + text.length + 30 },
    numeric: { value, unit: 'USD' },
    attribution: { source: 'company', label: 'الشركة', chain: ['company'] },
    priority: 0.5,
    reasons: [],
    rules: ['fixture'],
    status: 'pending',
    ...extra,
  });
}

const OLD_CLAIMS = [claim('n-1', '600 مليار دولار', 600e9, 100), claim('n-2', '20 مليار دولار', 20e9, 300), claim('n-3', '12%', 12, 500)];
// A new version: the first figure edited (new id: its sentence changed), the third sentence removed.
const NEW_CLAIMS = [claim('n-9', '650 مليار دولار', 650e9, 100), claim('n-2', '20 مليار دولار', 20e9, 300)];

describe('isnad diff on claim JSONL files', () => {
  const oldFile = write('old.jsonl', jsonl(OLD_CLAIMS));
  const newFile = write('new.jsonl', jsonl(NEW_CLAIMS));

  it('writes one change record a line, ordered by position', () => {
    const r = isnad('diff', oldFile, newFile);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const records = parseLines(r.stdout);
    for (const rec of records) expect(ChangeRecordSchema.safeParse(rec).success).toBe(true);
    expect(records.map((rec) => {
      const c = ChangeRecordSchema.parse(rec);
      return [c.op, c.articleId, c.fields?.map((f) => `${f.name}:${String(f.before)}→${String(f.after)}`) ?? null];
    })).toEqual([
      ['changed', 'a1', ['value:600000000000→650000000000']],
      ['removed', 'a1', null],
    ]);
  });

  it('--all adds the unchanged claims', () => {
    const ops = parseLines(isnad('diff', '--all', oldFile, newFile).stdout).map((rec) => (rec as { op: string }).op);
    expect(ops).toEqual(['changed', 'unchanged', 'removed']);
  });

  it.each([
    ['changes, --exit-code', ['--exit-code', oldFile, newFile], 1],
    ['changes, no --exit-code', [oldFile, newFile], 0],
    ['no changes, --exit-code', ['--exit-code', oldFile, oldFile], 0],
  ] as const)('%s: exit %s', (_name, args, code) => {
    expect(isnad('diff', ...args).code).toBe(code);
  });

  it('prints nothing when nothing changed', () => {
    expect(isnad('diff', oldFile, oldFile).stdout).toBe('');
  });

  it('--format text reports words and fields that changed', () => {
    const r = isnad('diff', '--format', 'text', oldFile, newFile);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('== a1: 1 changed, 1 removed, 1 unchanged');
    expect(r.stdout).toContain('  claim: [-600-]{+650+} مليار دولار');
    expect(r.stdout).toContain('  value: 600000000000 → 650000000000');
    expect(r.stdout).toContain('- removed numeric n-3');
  });

  it('-o writes the file and nothing to standard output', () => {
    const out = path.join(dir, 'out/changes.jsonl');
    const r = isnad('diff', oldFile, newFile, '-o', out);
    expect(r.stdout).toBe('');
    expect(parseLines(readFileSync(out, 'utf8'))).toHaveLength(2);
  });

  it('--carry keeps verdicts of unchanged claims and resets changed ones', () => {
    const reviewed = write(
      'reviewed.jsonl',
      jsonl([
        { ...OLD_CLAIMS[0]!, status: 'verified', review: { by: 'editor-1' } },
        { ...OLD_CLAIMS[1]!, status: 'false', review: { by: 'editor-2', note: 'the filing says 18' } },
        OLD_CLAIMS[2]!,
      ]),
    );
    const r = isnad('diff', '--carry', reviewed, newFile, '--exit-code');
    expect(r.code).toBe(1);
    const queue = parseLines(r.stdout).map((x) => ClaimRecordSchema.parse(x));
    expect(queue.map((c) => [c.id, c.status, c.review ?? null, c.reasons])).toEqual([
      ['n-9', 'pending', null, ['changed-since-review']],
      ['n-2', 'false', { by: 'editor-2', note: 'the filing says 18' }, []],
    ]);
  });
});

describe('isnad diff usage and input errors: exit 2, one line', () => {
  const good = write('good.jsonl', jsonl(OLD_CLAIMS));
  const bad = write('bad.jsonl', `${JSON.stringify(OLD_CLAIMS[0])}\n{"schema":"isnad/claim@1","id":"x"}\n`);
  const broken = write('broken.jsonl', `${JSON.stringify(OLD_CLAIMS[0])}\n{not json\n`);
  const articles = write('articles.jsonl', jsonl([{ id: 'a1', text: 'نص' }]));

  it.each([
    ['one input', ['diff', good], /^isnad: diff takes two inputs \(OLD NEW\), got 1$/],
    ['three inputs', ['diff', good, good, good], /^isnad: diff takes two inputs/],
    ['--carry with two inputs', ['diff', '--carry', good, good, good], /^isnad: diff --carry takes one input/],
    ['--carry with --format text', ['diff', '--carry', good, good, '--format', 'text'], /^isnad: diff --carry writes a claim queue/],
    ['--carry from articles', ['diff', '--carry', articles, good], /^isnad: --carry expects a claim JSONL/],
    ['unknown format', ['diff', '--format', 'xml', good, good], /^isnad: .*xml.*/],
    ['missing file', ['diff', good, path.join(dir, 'nope.jsonl')], /^isnad: cannot read .*nope\.jsonl: ENOENT$/],
    ['invalid claim record', ['diff', good, bad], /^isnad: .*bad\.jsonl:2: invalid claim record: /],
    ['malformed JSON', ['diff', good, broken], /^isnad: .*broken\.jsonl:2: malformed JSON$/],
  ] as const)('%s', (_name, args, message) => {
    const r = isnad(...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.endsWith('\n')).toBe(true);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr.trimEnd()).toMatch(message);
  });
});

// ---------------------------------------------------------------------------------------------
// Article inputs through the real pipeline (needs the extractor).

function edit(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`edit: ${from} must occur exactly once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

describe('isnad diff on versions of the seed article', () => {
  const v1 = write('seed/v1.txt', SEED);
  const v2 = write('seed/v2.md', edit(SEED, '600 مليار', '650 مليار'));
  const v3 = write('seed/v3.txt', SEED.replace(/ /g, '  ').replace(/مليار/g, 'مِلْيَار'));

  it('an edited figure: one changed record, exit 1 with --exit-code', () => {
    const r = isnad('diff', '--exit-code', v1, v2);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const records = parseLines(r.stdout).map((x) => ChangeRecordSchema.parse(x));
    expect(records.map((c) => [c.op, c.articleId, c.fields?.map((f) => f.name)])).toEqual([['changed', 'v2', ['value']]]);
  });

  it('whitespace and diacritics only: no output, exit 0 with --exit-code', () => {
    const r = isnad('diff', '--exit-code', v1, v3);
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '', '']);
  });

  it('--format text shows the sentence with the edit marked', () => {
    const r = isnad('diff', '--format', 'text', v1, v2);
    expect(r.stdout).toContain('لإنفاق ما يصل إلى [-600-]{+650+} مليار دولار');
    expect(r.stdout).toContain('value: 600000000000 → 650000000000');
  });

  it('isnad run output against a new article version: same as article against article', () => {
    const queue = path.join(dir, 'seed/queue.jsonl');
    expect(isnad('run', v1, '-o', queue).code).toBe(0);
    const fromQueue = parseLines(isnad('diff', queue, v2).stdout) as Array<{ op: string; fields?: Array<{ name: string }> }>;
    expect(fromQueue.map((c) => [c.op, c.fields?.map((f) => f.name)])).toEqual([['changed', ['value']]]);
  });

  it('--carry: an editor marks every claim verified; only the edited figure goes back to pending', () => {
    const queue = path.join(dir, 'seed/queue-carry.jsonl');
    expect(isnad('run', v1, '-o', queue).code).toBe(0);
    const claims = parseLines(readFileSync(queue, 'utf8')).map((x) => ClaimRecordSchema.parse(x));
    const reviewed = write('seed/reviewed.jsonl', jsonl(claims.map((c) => ({ ...c, status: 'verified', review: { by: 'editor' } }))));
    const r = isnad('diff', '--carry', reviewed, v2);
    expect(r.code).toBe(0);
    const next = parseLines(r.stdout).map((x) => ClaimRecordSchema.parse(x));
    expect(next).toHaveLength(claims.length);
    const reset = next.filter((c) => c.status === 'pending');
    expect(reset.map((c) => [c.numeric?.value, c.review ?? null, c.reasons.includes('changed-since-review')])).toEqual([[650e9, null, true]]);
    expect(next.filter((c) => c.status === 'verified').every((c) => (c.review as { by?: string } | undefined)?.by === 'editor')).toBe(true);
  });

  it('article JSONL corpora and directories: paired by id, the latest version of an id wins', () => {
    const oldCorpus = write('corpus/old.jsonl', jsonl([{ id: 'meta', text: SEED }, { id: 'other', text: 'خبر بلا أرقام.' }]));
    const newCorpus = write(
      'corpus/new.jsonl',
      jsonl([
        { id: 'other', text: 'خبر بلا أرقام.' },
        { id: 'meta', version: '3', text: edit(SEED, '600 مليار', '650 مليار') },
        { id: 'meta', version: '2', text: SEED },
      ]),
    );
    const fromJsonl = parseLines(isnad('diff', oldCorpus, newCorpus).stdout) as Array<{ op: string; articleId: string }>;
    expect(fromJsonl.map((c) => [c.op, c.articleId])).toEqual([['changed', 'meta']]);

    write('dir-old/meta.txt', SEED);
    write('dir-old/other.txt', 'خبر بلا أرقام.');
    write('dir-new/meta.txt', edit(SEED, '600 مليار', '650 مليار'));
    write('dir-new/other.txt', 'خبر بلا أرقام.');
    const fromDirs = parseLines(isnad('diff', path.join(dir, 'dir-old'), path.join(dir, 'dir-new')).stdout) as Array<{ op: string; articleId: string }>;
    expect(fromDirs.map((c) => [c.op, c.articleId])).toEqual([['changed', 'meta']]);
  });
});
