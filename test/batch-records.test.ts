import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInProcessExecutor, parseRecordLine, runBatch, type Executor, type ProcessFn } from '../pipeline/batch/index.js';
import { fingerprint, IdSet } from '../pipeline/batch/id-set.js';
import { processRecords } from '../pipeline/batch/process-records.js';
import { recordHash } from '../pipeline/batch/resume.js';
import { claimsAsBytes, packOutcomes, packRecords, unpackOutcomes, type RecordOutcome } from '../pipeline/batch/records.js';
import { plainArticle, type RecordItem } from '../pipeline/batch/read-articles.js';
import { ArticleInputSchema } from '../schemas/article.js';
import type { ClaimRecord } from '../schemas/claim.js';
import { ErrorRecordSchema } from '../schemas/error.js';

// JSONL lines are parsed, validated and hashed where they are processed (a worker thread); these
// tests pin that the output and the error records are what parsing on the main thread gave.

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'isnad-batch-records-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

/** One numeric claim per digit in the text; `boom` throws. */
const standIn: ProcessFn = (input) => {
  if (input.text.includes('boom')) throw new TypeError('stand-in failure');
  const n = (input.text.match(/\d/g) ?? []).length;
  const claims = Array.from({ length: n }, (_, i) => ({ id: `${input.id}-${i}`, type: 'numeric', article: { id: input.id } }) as unknown as ClaimRecord);
  return { articleId: input.id, claims, messages: [] };
};

const record = (line: number, text: string | Buffer): RecordItem => {
  const raw = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  return { kind: 'record', input: 'in.jsonl', line, raw, bytes: raw.length + 1 };
};

/** An outcome as a short string: `article:ID:claims[:hash]` or the error code. */
const describeOutcome = (o: RecordOutcome): string =>
  o.kind === 'rejected' ? `${o.error.code}@${o.error.line}` : o.kind === 'failed' ? 'failed' : `article:${o.id}:${o.numeric}${o.hash ? ':hash' : ''}`;

describe('plainArticle: the common record without zod', () => {
  it.each<[string, string, boolean]>([
    ['id and text', '{"id":"a","text":"t"}', true],
    ['every field, out of order', '{"publishedAt":"p","version":"v","lang":"ar","outlet":"o","url":"u","title":"T","text":"t","id":"a"}', true],
    ['an empty text (checked later)', '{"id":"a","text":""}', true],
    ['an empty id', '{"id":"","text":"t"}', false],
    ['a number id', '{"id":1,"text":"t"}', false],
    ['a null field', '{"id":"a","text":"t","title":null}', false],
    ['an unknown key', '{"id":"a","text":"t","body":"x"}', false],
    ['a __proto__ key', '{"id":"a","text":"t","__proto__":"x"}', false],
    ['no text', '{"id":"a"}', false],
    ['an array', '["a"]', false],
    ['a string', '"a"', false],
    ['null', 'null', false],
  ])('%s', (_name, line, plain) => {
    const json: unknown = JSON.parse(line);
    const fast = plainArticle(json);
    const zod = ArticleInputSchema.safeParse(json);
    if (plain) {
      // exactly what zod gives: the same fields in the same order
      expect(zod.success).toBe(true);
      expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.data));
      expect(fast).toEqual(zod.data);
    } else expect(fast).toBeNull();
  });
});

describe('claimsAsBytes', () => {
  it.each<[string, RecordOutcome]>([
    ['an article with Arabic claims', { kind: 'article', id: 'a', jsonl: '{"text":"ارتفعت 12%"}\n', numeric: 1, quote: 0 }],
    ['an article without claims', { kind: 'article', id: 'b', jsonl: '', numeric: 0, quote: 0 }],
    ['a lost record', { kind: 'failed', message: 'worker thread crashed' }],
  ])('%s: the same claims, as UTF-8 bytes', (_name, outcome) => {
    const [converted] = claimsAsBytes([outcome]);
    if (outcome.kind === 'article' && outcome.jsonl !== '') {
      expect(converted).toMatchObject({ ...outcome, jsonl: expect.any(Uint8Array) });
      expect(Buffer.from((converted as { jsonl: Uint8Array }).jsonl).toString('utf8')).toBe(outcome.jsonl);
    } else expect(converted).toBe(outcome);
    // and through a thread's packing, the same bytes whichever form they came in
    expect(unpackOutcomes(packOutcomes([converted!]))).toEqual(unpackOutcomes(packOutcomes([outcome])));
  });
});

describe('processRecords', () => {
  const lines: [string, string | Buffer, string][] = [
    ['a valid record', '{"id":"a","text":"1 2"}', 'article:a:2'],
    ['a BOM before line 1', '\uFEFF{"id":"b","text":"3"}', 'article:b:1'],
    ['cut JSON', '{"id":"c","text":"t', 'malformed-jsonl@3'],
    ['a missing text', '{"id":"d"}', 'invalid-record@4'],
    ['an empty text', '{"id":"e","text":"  "}', 'empty-input@5'],
    ['invalid UTF-8', Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]), 'invalid-utf8@6'],
    ['a raw NUL byte', Buffer.from([0x7b, 0x00, 0x7d]), 'binary-file@7'],
    ['a pipeline that throws', '{"id":"f","text":"boom"}', 'article:f:0'],
  ];
  const items = lines.map(([, text], i) => (i === 1 ? record(1, text) : record(i + 1, text)));

  it.each(lines.map((l, i) => [l[0], i, l[2]] as const))('%s', (_name, i, expected) => {
    const outcomes = processRecords(packRecords(items, false), { process: standIn });
    expect(describeOutcome(outcomes[i]!)).toBe(expected);
  });

  it('gives what parsing each line alone gives (code, message, place)', () => {
    const outcomes = processRecords(packRecords(items, false), { process: standIn });
    items.forEach((item, i) => {
      const alone = parseRecordLine(item.input, item.line, item.raw, item.bytes, 1e9);
      const o = outcomes[i]!;
      if (alone.kind === 'error') expect(o).toEqual({ kind: 'rejected', error: alone.error });
      else expect(o.kind === 'article' && o.id).toBe(alone.article.id);
    });
  });

  it('hashes each article only when asked, the way resume does', () => {
    const hashed = processRecords(packRecords(items.slice(0, 2), true), { process: standIn });
    expect(hashed.map(describeOutcome)).toEqual(['article:a:2:hash', 'article:b:1:hash']);
    expect(hashed.every((o) => o.kind === 'article' && /^[0-9a-f]{32}$/.test(o.hash ?? ''))).toBe(true);
  });

  it("hashes a record by its line's bytes: what the runner checks on resume, whatever the thread", () => {
    const lines = [record(1, '{"id":"a","text":"نص 1"}'), record(2, '{"id":"a","text":"نص 1" }'), record(3, '{"text":"نص 1","id":"a"}')];
    const hashes = processRecords(packRecords(lines, true), { process: standIn }).map((o) => (o.kind === 'article' ? o.hash : o.kind));
    // (sha256 of the bytes, cut to 32 hex digits)
    expect(hashes[0]).toBe(createHash('sha256').update(lines[0]!.raw).digest('hex').slice(0, 32));
    expect(hashes).toEqual(lines.map((l) => recordHash(l.raw)));
    // the same article written otherwise is another line: a resumed run processes it again
    expect(new Set(hashes).size).toBe(3);
  });

  it('fails the article, not the batch, when the pipeline throws', () => {
    const [o] = processRecords(packRecords([record(2, '{"id":"f","text":"boom"}')], false), { process: standIn });
    expect(o).toMatchObject({ kind: 'article', id: 'f', jsonl: '', error: { code: 'stage-failed', message: 'the pipeline threw: TypeError: stand-in failure' } });
  });

  it('sends the claims back as one UTF-8 buffer of their own, each article a view into it', () => {
    const outcomes = processRecords(packRecords(items, false), { process: standIn });
    const packed = packOutcomes(outcomes);
    expect(packed.bytes.byteOffset).toBe(0);
    expect(packed.bytes.buffer.byteLength).toBe(packed.bytes.length);
    const text = (o: RecordOutcome): string => (o.kind === 'article' ? (typeof o.jsonl === 'string' ? o.jsonl : Buffer.from(o.jsonl).toString('utf8')) : o.kind);
    const back = unpackOutcomes(structuredClone(packed));
    expect(back.map(text)).toEqual(outcomes.map(text));
    expect(back.map(describeOutcome)).toEqual(outcomes.map(describeOutcome));
  });

  it('packs the lines into a buffer of their own (transferable)', () => {
    const shared = Buffer.from('{"id":"a","text":"1"}{"id":"b","text":"2"}');
    const batch = packRecords([record(1, shared.subarray(0, 21)), record(2, shared.subarray(21))], false);
    expect(batch.bytes.buffer.byteLength).toBe(shared.length);
    expect(batch.ends).toEqual([21, 42]);
    expect(batch.lines).toEqual([1, 2]);
  });
});

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

describe('runBatch with records parsed by the executor', () => {
  let input: string;
  beforeAll(() => {
    input = path.join(tmp, 'records.jsonl');
    const lines = [
      '{"id":"a","text":"1 2"}',
      '{"id":"b","text":"3"}',
      '{"id":"a","text":"4 5 6"}', // duplicate of line 1
      '{"id":"c","text":"boom"}',
      '{"id":"d",',
      '',
      '{"id":"e","text":" "}',
      '{"id":"b","text":"boom"}', // duplicate of line 2, never processed before
      '{"id":"f","text":"7"}',
    ];
    writeFileSync(input, `${lines.join('\n')}\n`);
  });

  async function run(executor: Executor, batchSize: number): Promise<{ out: string; errors: string[] }> {
    const out = memoryStream();
    const errors = memoryStream();
    await runBatch({ inputs: [input], executor, outputStream: out.stream, errorsStream: errors.stream, batchSize });
    return { out: out.text(), errors: errors.text().trim().split('\n') };
  }

  const parsedHere = (): Executor => {
    const { processRecords: _own, ...rest } = createInProcessExecutor({ process: standIn });
    return rest;
  };

  it.each([1, 2, 64])('gives the output and error records of parsing on the main thread (batch size %i)', async (batchSize) => {
    const inWorker = await run(createInProcessExecutor({ process: standIn }), batchSize);
    const onMain = await run(parsedHere(), batchSize);
    expect(inWorker).toEqual(onMain);
    expect(inWorker.out.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['a-0', 'a-1', 'b-0', 'f-0']);
    const records = inWorker.errors.map((l) => ErrorRecordSchema.parse(JSON.parse(l)));
    expect(records.map((r) => [r.line, r.articleId, r.code])).toEqual([
      [3, 'a', 'duplicate-id'],
      [4, 'c', 'stage-failed'],
      [5, undefined, 'malformed-jsonl'],
      [7, 'e', 'empty-input'],
      [8, 'b', 'duplicate-id'],
    ]);
    expect(records[0]!.message).toBe('article id `a` was already used by an earlier input');
  });

  it('reports the records an executor lost as their parse error or a failed article', async () => {
    const losing: Executor = {
      ...createInProcessExecutor({ process: standIn }),
      async processRecords(batch) {
        return batch.lines.map(() => ({ kind: 'failed', message: 'worker thread crashed: exited with code 1' }));
      },
    };
    const { out, errors } = await run(losing, 64);
    expect(out).toBe('');
    const records = errors.map((l) => ErrorRecordSchema.parse(JSON.parse(l)));
    expect(records.map((r) => [r.line, r.articleId, r.code])).toEqual([
      [1, 'a', 'stage-failed'],
      [2, 'b', 'stage-failed'],
      [3, 'a', 'duplicate-id'],
      [4, 'c', 'stage-failed'],
      [5, undefined, 'malformed-jsonl'],
      [7, 'e', 'empty-input'],
      [8, 'b', 'duplicate-id'],
      [9, 'f', 'stage-failed'],
    ]);
    expect(records[0]!.message).toBe('worker thread crashed: exited with code 1');
  });

  it('checks ids across record lines and text files in input order', async () => {
    const both = path.join(tmp, 'both');
    rmSync(both, { recursive: true, force: true });
    mkdirSync(both);
    writeFileSync(path.join(both, '1.jsonl'), '{"id":"2-text","text":"1"}\n');
    writeFileSync(path.join(both, '2-text.txt'), '2 3');
    const out = memoryStream();
    const errors = memoryStream();
    await runBatch({ inputs: [both], executor: createInProcessExecutor({ process: standIn }), outputStream: out.stream, errorsStream: errors.stream, batchSize: 1 });
    expect(out.text().trim().split('\n')).toHaveLength(1);
    expect(ErrorRecordSchema.parse(JSON.parse(errors.text()))).toMatchObject({ code: 'duplicate-id', articleId: '2-text' });
  });
});

describe('IdSet', () => {
  it.each<[string, string[], boolean[]]>([
    ['distinct ids', ['a', 'b', 'Alarabia/culture/AL-culture-1-20180218'], [true, true, true]],
    ['a repeated id', ['a', 'b', 'a'], [true, true, false]],
    ['the empty id and a space', ['', ' ', ''], [true, true, false]],
    ['ids that differ in one late character', ['France24/sport/FR-sport-214-20180629', 'France24/sport/FR-sport-214-20180628'], [true, true]],
    ['Arabic ids', ['مقال-1', 'مقال-2', 'مقال-1'], [true, true, false]],
  ])('%s', (_name, ids, added) => {
    const set = new IdSet();
    expect(ids.map((id) => set.add(id))).toEqual(added);
    expect(ids.every((id) => set.has(id))).toBe(true);
    expect(set.has('never-added')).toBe(false);
  });

  it('keeps 300,000 bench-like ids apart through its growth (no fingerprint shared)', () => {
    const set = new IdSet();
    let added = 0;
    for (let round = 1; round <= 10; round++) for (let i = 0; i < 30_000; i++) if (set.add(`Outlet/section/OUT-section-${i}-20180629${round > 1 ? `~${round}` : ''}`)) added++;
    expect(added).toBe(300_000);
    expect(set.size).toBe(300_000);
    expect(set.add('Outlet/section/OUT-section-7-20180629~3')).toBe(false);
  });

  it('never gives the empty-slot fingerprint', () => {
    expect(fingerprint('x')).not.toEqual([0, 0]);
  });
});
