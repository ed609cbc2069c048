import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createInProcessExecutor,
  createProgressBar,
  decodeArticleBytes,
  decodeUtf8,
  formatProgress,
  listInputs,
  orderedCommitter,
  parseRecordLine,
  partialPath,
  donePath,
  runBatch,
  splitLines,
  summaryLine,
  type BatchStats,
  type Executor,
  type ProcessFn,
} from '../pipeline/batch/index.js';
import type { ClaimRecord } from '../schemas/claim.js';
import { ErrorRecordSchema } from '../schemas/error.js';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'isnad-batch-units-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('decodeArticleBytes', () => {
  const b = (...parts: (string | number[])[]): Buffer => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));
  it.each<[string, Buffer, number, string]>([
    ['plain Arabic text', b('ارتفعت الأرباح 12%'), 100, 'ok:ارتفعت الأرباح 12%'],
    ['a leading BOM is dropped', b([0xef, 0xbb, 0xbf], 'نص'), 100, 'ok:نص'],
    ['CRLF is kept (spans point into the original)', b('سطر\r\nسطر'), 100, 'ok:سطر\r\nسطر'],
    ['no bytes', b(''), 100, 'empty-input'],
    ['only whitespace', b(' \n\t\r\n'), 100, 'empty-input'],
    ['only a BOM', b([0xef, 0xbb, 0xbf]), 100, 'empty-input'],
    ['over the limit', b('x'.repeat(101)), 100, 'too-large'],
    ['exactly the limit', b('x'.repeat(100)), 100, 'ok:' + 'x'.repeat(100)],
    ['a NUL byte', b('PNG', [0, 1, 2]), 100, 'binary-file'],
    ['Latin-1', b('caf', [0xe9]), 100, 'invalid-utf8'],
    ['a cut multi-byte sequence', b('نص', [0xd9]), 100, 'invalid-utf8'],
    ['an overlong encoding', b([0xc0, 0xaf]), 100, 'invalid-utf8'],
    ['a UTF-16 surrogate encoded in UTF-8', b([0xed, 0xa0, 0x80]), 100, 'invalid-utf8'],
  ])('%s', (_name, bytes, max, expected) => {
    const d = decodeArticleBytes(bytes, max);
    expect(d.ok ? `ok:${d.text}` : d.code).toBe(expected);
    if (!d.ok) expect(d.message.length).toBeGreaterThan(0);
  });
});

describe('decodeUtf8', () => {
  const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const reference = (bytes: Uint8Array): string | null => {
    try {
      return fatal.decode(bytes);
    } catch {
      return null;
    }
  };
  const b = (...parts: (string | number[])[]): Buffer => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

  it.each<[string, Buffer]>([
    ['empty', b('')],
    ['ASCII', b('{"id":"a","text":"plain"}')],
    ['Arabic, digits and punctuation', b('قال الوزير «نمو 12٫5٪» في 2024، بحسب تك كرانش')],
    ['a BOM (kept: the caller strips it)', b([0xef, 0xbb, 0xbf], 'نص')],
    ['three-byte forms: tatweel is two, presentation forms and ZWNJ three', b('ﻻ ﷲ \u200c‌ـ')],
    ['four-byte code points (surrogate pairs)', b('😀 𝟘 ', [0xf4, 0x8f, 0xbf, 0xbf])],
    ['the highest two-, three- and four-byte code units', b([0xdf, 0xbf, 0xef, 0xbf, 0xbf, 0xf0, 0x90, 0x80, 0x80])],
    ['Latin-1', b('caf', [0xe9])],
    ['a cut sequence at the end', b('نص', [0xd9])],
    ['a cut four-byte sequence', b([0xf0, 0x9f, 0x98])],
    ['a continuation byte alone', b('a', [0x80], 'b')],
    ['an overlong encoding', b([0xc0, 0xaf])],
    ['an overlong three-byte encoding', b([0xe0, 0x80, 0xaf])],
    ['an encoded surrogate', b([0xed, 0xa0, 0x80])],
    ['past U+10FFFF', b([0xf4, 0x90, 0x80, 0x80])],
    ['0xFF', b([0xff])],
  ])('%s: as a fatal TextDecoder', (_name, bytes) => {
    expect(decodeUtf8(bytes)).toBe(reference(bytes));
  });

  it('decodes every record line of the bench corpus head, and lines longer than its scratch buffer, as TextDecoder does', () => {
    const corpus = '../shared/corpus-ar/bench/ant-multisource.jsonl';
    const lines = existsSync(corpus) ? readFileSync(corpus).subarray(0, 2_000_000).toString('latin1').split('\n').slice(0, -1).map((l) => Buffer.from(l, 'latin1')) : [b('نص عربي')];
    for (const line of lines) expect(decodeUtf8(line)).toBe(reference(line));
    // (mostly ASCII: twice its bytes in UTF-16, more than the scratch buffer holds)
    const long = b('x'.repeat(1_100_000), 'ا', '😀', 'x'.repeat(10));
    expect(long.length).toBeGreaterThan(1 << 20);
    expect(decodeUtf8(long)).toBe(reference(long));
    // and the scratch buffer is not shared with the string given before
    const first = decodeUtf8(b('أولى'));
    decodeUtf8(b('ثانية'));
    expect(first).toBe('أولى');
  });

  it('matches TextDecoder on random bytes, valid and not', () => {
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
    const pool = [0x41, 0x20, 0xd8, 0xd9, 0xa7, 0x84, 0x80, 0xbf, 0xc2, 0xdf, 0xe0, 0xe2, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff, 0xa0, 0x9f];
    let valid = 0;
    for (let k = 0; k < 3000; k++) {
      const bytes = Buffer.from(Array.from({ length: next() % 12 }, () => pool[next() % pool.length]!));
      const want = reference(bytes);
      if (want !== null) valid++;
      expect(decodeUtf8(bytes)).toBe(want);
    }
    expect(valid).toBeGreaterThan(100);
  });
});

describe('parseRecordLine', () => {
  const line = (s: string): Buffer => Buffer.from(s, 'utf8');
  it.each<[string, Buffer | null, string, string | undefined]>([
    ['a valid record', line('{"id":"a","text":"نص","outlet":"bbc-arabic"}'), 'article', 'a'],
    ['all optional fields', line('{"id":"a","text":"t","title":"","url":"u","outlet":"o","lang":"ar","version":"2","publishedAt":"2018"}'), 'article', 'a'],
    ['a BOM before line 1', line('\uFEFF{"id":"a","text":"t"}'), 'article', 'a'],
    ['cut JSON', line('{"id":"a","text":"t'), 'malformed-jsonl', undefined],
    ['not JSON at all', line('id,text'), 'malformed-jsonl', undefined],
    ['a missing text', line('{"id":"a"}'), 'invalid-record', 'a'],
    ['an unknown field', line('{"id":"a","text":"t","body":"x"}'), 'invalid-record', 'a'],
    ['an empty id', line('{"id":"","text":"t"}'), 'invalid-record', undefined],
    ['a number as id', line('{"id":7,"text":"t"}'), 'invalid-record', undefined],
    ['an array', line('[1,2]'), 'invalid-record', undefined],
    ['an empty text', line('{"id":"a","text":"  "}'), 'empty-input', 'a'],
    ['a NUL character in the text', line('{"id":"a","text":"x\\u0000y"}'), 'binary-file', 'a'],
    ['a raw NUL byte', Buffer.from([0x7b, 0x00, 0x7d]), 'binary-file', undefined],
    ['invalid UTF-8', Buffer.concat([line('{"id":"a","text":"caf'), Buffer.from([0xe9]), line('"}')]), 'invalid-utf8', undefined],
    ['a line over the limit', null, 'too-large', undefined],
  ])('%s', (_name, bytes, expected, articleId) => {
    const item = parseRecordLine('in.jsonl', 1, bytes, 999, 500);
    if (item.kind === 'article') {
      expect('article').toBe(expected);
      expect(item.article.id).toBe(articleId);
      expect(item.line).toBe(1);
    } else {
      expect(ErrorRecordSchema.parse(item.error)).toEqual(item.error);
      expect(item.error.code).toBe(expected);
      expect(item.error.line).toBe(1);
      expect(item.error.articleId).toBe(articleId);
    }
  });
});

describe('splitLines', () => {
  async function collect(chunks: string[], max = 100): Promise<[number, string | null, number, boolean][]> {
    const out: [number, string | null, number, boolean][] = [];
    for await (const l of splitLines(Readable.from(chunks.map((c) => Buffer.from(c))), max)) {
      out.push([l.number, l.bytes ? l.bytes.toString('utf8') : null, l.size, l.terminated]);
    }
    return out;
  }
  it.each<[string, string[], number, [number, string | null, number, boolean][]]>([
    ['lines within one chunk', ['a\nbb\n'], 100, [[1, 'a', 2, true], [2, 'bb', 3, true]]],
    ['a line across chunks', ['a', 'b', 'c\nd\n'], 100, [[1, 'abc', 4, true], [2, 'd', 2, true]]],
    ['a last line without newline', ['a\nb'], 100, [[1, 'a', 2, true], [2, 'b', 1, false]]],
    ['CRLF', ['a\r\nb\r\n'], 100, [[1, 'a', 3, true], [2, 'b', 3, true]]],
    ['blank lines keep their numbers', ['\n\na\n'], 100, [[1, '', 1, true], [2, '', 1, true], [3, 'a', 2, true]]],
    ['a multi-byte character split across chunks', ['\u0646', '\u0635\n'], 100, [[1, 'نص', 5, true]]],
    ['a line over the limit is dropped, not kept', ['12345', '6789\nok\n'], 5, [[1, null, 10, true], [2, 'ok', 3, true]]],
    ['an over-limit last line', ['123456'], 5, [[1, null, 6, false]]],
    ['nothing', [], 100, []],
  ])('%s', async (_name, chunks, max, expected) => {
    expect(await collect(chunks, max)).toEqual(expected);
  });
});

describe('orderedCommitter', () => {
  it('writes in index order whatever order values arrive in, one at a time', async () => {
    const written: number[] = [];
    let busy = false;
    const commit = orderedCommitter<number>(async (v) => {
      expect(busy).toBe(false);
      busy = true;
      await new Promise((r) => setImmediate(r));
      written.push(v);
      busy = false;
    });
    await Promise.all([3, 0, 4, 2, 1, 5].map((i) => commit(i, i * 10)));
    expect(written).toEqual([0, 10, 20, 30, 40, 50]);
  });

  it('rejects every later commit after a failed write', async () => {
    const commit = orderedCommitter<number>(async (v) => {
      if (v === 1) throw new Error('disk full');
    });
    const results = await Promise.allSettled([0, 1, 2].map((i) => commit(i, i)));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'rejected']);
  });
});

describe('listInputs', () => {
  it('walks directories recursively in code-unit order, skips hidden entries and other extensions, and ids files by relative path', async () => {
    const dir = path.join(tmp, 'walk');
    for (const f of ['b.txt', 'a/z.md', 'a/b/c.TXT', 'a-b.txt', 'A.txt', '.hidden.txt', '.git/x.txt', 'data.jsonl', 'notes.csv', 'a.b.c.md']) {
      mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      writeFileSync(path.join(dir, f), 'x');
    }
    const seen: [string, string, string][] = [];
    for await (const s of listInputs([dir, path.join(dir, 'b.txt')], { format: 'auto' })) {
      if (s.kind === 'file') seen.push([path.relative(dir, s.path), s.id, s.format]);
    }
    expect(seen).toEqual([
      ['A.txt', 'A', 'text'],
      ['a/b/c.TXT', 'a/b/c', 'text'],
      ['a/z.md', 'a/z', 'text'],
      ['a-b.txt', 'a-b', 'text'],
      ['a.b.c.md', 'a.b.c', 'text'],
      ['b.txt', 'b', 'text'],
      ['data.jsonl', 'data', 'jsonl'],
      ['b.txt', 'b', 'text'],
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// runBatch with a stand-in pipeline: what happens to an article whose stage throws or reports a
// fatal message, without depending on what the real extractor finds.

function claim(articleId: string, n: number): ClaimRecord {
  return {
    schema: 'isnad/claim@1',
    id: `n-${articleId}-${n}`,
    article: { id: articleId, lang: 'ar' },
    type: n % 2 === 0 ? 'numeric' : 'quote',
    text: 'x',
    span: { start: 0, end: 1 },
    sentence: { start: 0, end: 1 },
    attribution: { source: 'publisher', label: 'publisher', chain: [] },
    priority: 0.5,
    reasons: [],
    rules: ['test'],
    status: 'new',
  };
}

/** Claims count = digits in the text; `boom` throws, `fatal` reports a fatal message. */
const standIn: ProcessFn = (input) => {
  if (input.text.includes('boom')) throw new TypeError('cannot read properties of undefined');
  if (input.text.includes('fatal')) {
    return { articleId: input.id, claims: [], messages: [{ severity: 'fatal', code: 'no-text', reason: 'nothing left after cleaning', stage: 'normalize-text' }] };
  }
  const n = (input.text.match(/\d/g) ?? []).length;
  return { articleId: input.id, claims: Array.from({ length: n }, (_, i) => claim(input.id, i)), messages: [{ severity: 'warning', code: 'w', reason: 'r', stage: 's' }] };
};

function memoryStream(): { stream: Writable; text: () => string } {
  const chunks: Buffer[] = [];
  return {
    stream: new Writable({
      write(chunk: Buffer, _e, cb) {
        chunks.push(Buffer.from(chunk));
        cb();
      },
    }),
    text: () => Buffer.concat(chunks).toString('utf8'),
  };
}

describe('runBatch with a stand-in pipeline', () => {
  let dir: string;
  beforeAll(() => {
    dir = path.join(tmp, 'stand-in');
    mkdirSync(dir);
    writeFileSync(path.join(dir, '1-good.txt'), 'نص 1 2 3');
    writeFileSync(path.join(dir, '2-boom.txt'), 'boom');
    writeFileSync(path.join(dir, '3-fatal.txt'), 'fatal');
    writeFileSync(path.join(dir, '4-none.txt'), 'لا أرقام هنا');
    writeFileSync(path.join(dir, '5-recs.jsonl'), '{"id":"r1","text":"7 8"}\n{"id":"r2","text":"boom"}\n');
  });

  async function run(batchSize: number): Promise<{ out: string; errors: string; stats: BatchStats }> {
    const out = memoryStream();
    const errors = memoryStream();
    const stats = await runBatch({
      inputs: [dir],
      executor: createInProcessExecutor({ process: standIn }),
      outputStream: out.stream,
      errorsStream: errors.stream,
      batchSize,
    });
    return { out: out.text(), errors: errors.text(), stats };
  }

  it('turns a throwing stage and a fatal message into error records for those articles only, and goes on', async () => {
    const { out, errors, stats } = await run(64);
    const claims = out.trim().split('\n').map((l) => JSON.parse(l) as ClaimRecord);
    expect(claims.map((c) => c.article.id)).toEqual(['1-good', '1-good', '1-good', 'r1', 'r1']);
    const records = errors.trim().split('\n').map((l) => ErrorRecordSchema.parse(JSON.parse(l)));
    expect(records.map((r) => [r.articleId, r.code, r.line])).toEqual([
      ['2-boom', 'stage-failed', undefined],
      ['3-fatal', 'stage-failed', undefined],
      ['r2', 'stage-failed', 2],
    ]);
    expect(records[0]!.message).toBe('the pipeline threw: TypeError: cannot read properties of undefined');
    expect(records[1]!.message).toBe('fatal: normalize-text: no-text: nothing left after cleaning');
    expect(stats).toMatchObject({
      inputs: 6,
      articles: 3,
      errors: 3,
      reconciled: true,
      errorsByCode: { 'stage-failed': 3 },
      claims: { total: 5, numeric: 3, quote: 2 },
      workers: 1,
    });
  });

  it('gives the same output whatever the batch size', async () => {
    const a = await run(64);
    const b = await run(1);
    expect(b.out).toBe(a.out);
    expect(b.errors).toBe(a.errors);
  });

  it('reads JSONL from a given standard input stream', async () => {
    const out = memoryStream();
    const stats = await runBatch({
      inputs: ['-'],
      format: 'jsonl',
      stdin: Readable.from([Buffer.from('{"id":"s1","text":"1"}\n{"id":"s2",'), Buffer.from('"text":"2 3"}')]),
      executor: createInProcessExecutor({ process: standIn }),
      outputStream: out.stream,
      errorsStream: memoryStream().stream,
    });
    expect(stats).toMatchObject({ inputs: 2, articles: 2, errors: 0 });
    expect(out.text().trim().split('\n')).toHaveLength(3);
  });

  it('stops on a broken executor, leaving FILE absent and the partial output for --resume', async () => {
    const output = path.join(tmp, 'broken', 'queue.jsonl');
    let calls = 0;
    const broken: Executor = {
      concurrency: 1,
      workers: 1,
      async process(batch) {
        calls += 1;
        if (calls > 1) throw new Error('connection to the job queue lost');
        return createInProcessExecutor({ process: standIn }).process(batch);
      },
      async close() {},
    };
    await expect(runBatch({ inputs: [dir], output, executor: broken, batchSize: 1, errorsStream: memoryStream().stream })).rejects.toThrow(/connection to the job queue lost/);
    expect(existsSync(output)).toBe(false);
    expect(existsSync(partialPath(output))).toBe(true);
    expect(readFileSync(donePath(output), 'utf8').split('\n')[1]).toMatch(/^\{"id":"1-good","hash":"[0-9a-f]{32}","end":\d+,"numeric":2,"quote":1\}$/);

    const resumed = await runBatch({ inputs: [dir], output, resume: true, executor: createInProcessExecutor({ process: standIn }), errorsStream: memoryStream().stream });
    expect(resumed).toMatchObject({ resumed: 1, inputs: 6, articles: 3, errors: 3 });
    const again = memoryStream();
    await runBatch({ inputs: [dir], executor: createInProcessExecutor({ process: standIn }), outputStream: again.stream, errorsStream: memoryStream().stream });
    expect(readFileSync(output, 'utf8')).toBe(again.text());
  });
});

describe('summary and progress lines', () => {
  const stats: BatchStats = {
    schema: 'isnad/run-stats@1',
    inputs: 1000,
    articles: 998,
    errors: 2,
    errorsByCode: { 'invalid-utf8': 2 },
    claims: { total: 7000, numeric: 5000, quote: 2000 },
    bytes: 12_300_000,
    seconds: 1.2,
    workers: 2,
    resumed: 0,
    reconciled: true,
    maxRssBytes: 0,
  };
  it.each<[string, Partial<BatchStats>, string]>([
    ['a plain run', {}, 'isnad: 1000 inputs = 998 articles + 2 errors; 7000 claims (5000 numeric, 2000 quote); 12.3 MB in 1.2 s (10.3 MB/s, 2 workers)'],
    ['one of each', { inputs: 1, articles: 1, errors: 0, claims: { total: 1, numeric: 1, quote: 0 }, workers: 1 }, 'isnad: 1 input = 1 article + 0 errors; 1 claim (1 numeric, 0 quote); 12.3 MB in 1.2 s (10.3 MB/s, 1 worker)'],
    ['a resumed run', { resumed: 500 }, 'isnad: 1000 inputs = 998 articles + 2 errors; 7000 claims (5000 numeric, 2000 quote); 12.3 MB in 1.2 s (10.3 MB/s, 2 workers); 500 articles resumed from a previous run'],
    ['counts that do not reconcile', { reconciled: false }, 'isnad: 1000 inputs = 998 articles + 2 errors; 7000 claims (5000 numeric, 2000 quote); 12.3 MB in 1.2 s (10.3 MB/s, 2 workers); COUNTS DO NOT RECONCILE (a bug: please report it)'],
  ])('%s', (_name, patch, expected) => {
    expect(summaryLine({ ...stats, ...patch })).toBe(expected);
  });

  it.each<[string, Parameters<typeof formatProgress>[0], string]>([
    ['with a known total', { articles: 10, claims: 70, errors: 1, bytes: 5e6, totalBytes: 20e6, seconds: 2 }, '[####------------] 25% ETA 0:06 · 10 articles · 70 claims · 1 errors · 2.5 MB/s'],
    ['from standard input', { articles: 10, claims: 70, errors: 0, bytes: 5e6, seconds: 2 }, '10 articles · 70 claims · 0 errors · 2.5 MB/s'],
  ])('progress %s', (_name, snapshot, expected) => {
    expect(formatProgress(snapshot, 200)).toBe(expected);
  });

  it('draws the bar in place on a terminal and erases it before other text', () => {
    const written: string[] = [];
    const tty = new Writable({
      write(chunk: Buffer, _e, cb) {
        written.push(chunk.toString('utf8'));
        cb();
      },
    });
    const bar = createProgressBar(Object.assign(tty, { columns: 100 }), 0);
    bar.update({ articles: 1, claims: 2, errors: 0, bytes: 1e6, seconds: 1 });
    bar.clear();
    bar.clear();
    bar.update({ articles: 2, claims: 4, errors: 0, bytes: 2e6, seconds: 1 });
    bar.stop();
    expect(written).toEqual([
      '\r\u001b[2K1 articles · 2 claims · 0 errors · 1.0 MB/s',
      '\r\u001b[2K',
      '\r\u001b[2K2 articles · 4 claims · 0 errors · 2.0 MB/s',
      '\r\u001b[2K',
    ]);
  });
});
