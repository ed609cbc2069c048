/**
 * The bench corpora, built from the shared JSONL (read by path, never copied into the repository):
 * a prefix of it for small sizes, the file itself for its own size, and the file repeated with
 * fresh ids (`ID~2`, `ID~3`, …) for larger sizes, written to a temporary folder line by line so the
 * whole never sits in memory.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import type { Writable } from 'node:stream';

export interface CorpusFile {
  readonly file: string;
  /** Size in bytes. */
  readonly bytes: number;
  /** Records (non-blank lines). */
  readonly articles: number;
}

/** The lines of a UTF-8 file, streamed, without their line breaks (a final unterminated line included). */
export async function* fileLines(file: string, highWaterMark = 1 << 20): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  for await (const chunk of createReadStream(file, { highWaterMark })) {
    const text = rest + decoder.write(chunk as Buffer);
    let from = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
      yield text.slice(from, nl);
      from = nl + 1;
    }
    rest = text.slice(from);
  }
  rest += decoder.end();
  if (rest !== '') yield rest;
}

// `{"id": "…"` at the start of a record: the id is replaced in place, the rest of the line kept byte for byte.
const ID_PREFIX = /^\{\s*"id"\s*:\s*("(?:[^"\\]|\\.)*")/;

/** The record line with `~round` appended to its id (round 1: unchanged). */
export function withFreshId(line: string, round: number): string {
  if (round <= 1) return line;
  const m = ID_PREFIX.exec(line);
  if (m) {
    const id = JSON.parse(m[1]!) as string;
    return `{"id": ${JSON.stringify(`${id}~${round}`)}${line.slice(m[0].length)}`;
  }
  const record = JSON.parse(line) as { id: string };
  return JSON.stringify({ ...record, id: `${record.id}~${round}` });
}

/** Size and record count of an existing JSONL file (streamed). */
export async function describeCorpus(file: string): Promise<CorpusFile> {
  const { size } = await stat(file);
  let articles = 0;
  for await (const line of fileLines(file)) if (line.trim() !== '') articles++;
  return { file, bytes: size, articles };
}

/**
 * Writes a corpus of at least `bytes` bytes (whole records: it stops after the record that
 * reaches the size) to `file`: the source's records in order, again and again with fresh ids.
 * With `bytes` below the source's size it is a prefix of the source.
 */
export async function buildCorpus(source: string, bytes: number, file: string): Promise<CorpusFile> {
  const out = createWriteStream(file);
  let written = 0;
  let articles = 0;
  let buffer = '';
  const flush = async (): Promise<void> => {
    if (buffer === '') return;
    const chunk = buffer;
    buffer = '';
    await write(out, chunk);
  };
  try {
    for (let round = 1; written < bytes; round++) {
      let sawAny = false;
      for await (const line of fileLines(source)) {
        if (line.trim() === '') continue;
        sawAny = true;
        const record = `${withFreshId(line, round)}\n`;
        buffer += record;
        written += Buffer.byteLength(record);
        articles++;
        if (buffer.length >= 1 << 22) await flush();
        if (written >= bytes) break;
      }
      if (!sawAny) throw new Error(`${source}: no records`);
    }
    await flush();
  } finally {
    await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  }
  return { file, bytes: written, articles };
}

/**
 * Splits a corpus into `parts` files of contiguous records, about equal in bytes (a part ends
 * after the record that reaches its share), named `PREFIX.N.jsonl`. Every record goes to exactly
 * one part, in order.
 */
export async function splitCorpus(corpus: CorpusFile, parts: number, prefix: string): Promise<CorpusFile[]> {
  if (!(parts >= 1)) throw new Error(`Expected \`parts\` to be a number >= 1, got \`${parts}\``);
  const out: CorpusFile[] = [];
  const share = corpus.bytes / parts;
  let stream: Writable | null = null;
  let part = { file: '', bytes: 0, articles: 0 };
  let total = 0;
  let buffer = '';
  const close = async (): Promise<void> => {
    if (!stream) return;
    const s = stream;
    stream = null;
    if (buffer !== '') await write(s, buffer);
    buffer = '';
    await new Promise<void>((resolve, reject) => s.end((err?: Error | null) => (err ? reject(err) : resolve())));
    out.push(part);
  };
  for await (const line of fileLines(corpus.file)) {
    if (line.trim() === '') continue;
    if (!stream) {
      part = { file: `${prefix}.${out.length + 1}.jsonl`, bytes: 0, articles: 0 };
      stream = createWriteStream(part.file);
    }
    const record = `${line}\n`;
    const size = Buffer.byteLength(record);
    buffer += record;
    part.bytes += size;
    part.articles++;
    total += size;
    if (buffer.length >= 1 << 22) {
      await write(stream, buffer);
      buffer = '';
    }
    if (out.length < parts - 1 && total >= share * (out.length + 1)) await close();
  }
  await close();
  return out;
}

function write(stream: Writable, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = stream.write(chunk, (err) => (err ? reject(err) : undefined));
    if (ok) resolve();
    else stream.once('drain', resolve);
  });
}

/** What the in-process measurements need of a record. */
export interface BenchArticle {
  readonly id: string;
  readonly text: string;
  readonly outlet?: string;
  readonly lang?: string;
}

/** The records of a corpus, `size` at a time, streamed. */
export async function* articleChunks(file: string, size: number): AsyncGenerator<BenchArticle[]> {
  let chunk: BenchArticle[] = [];
  for await (const line of fileLines(file)) {
    if (line.trim() === '') continue;
    chunk.push(toBenchArticle(line));
    if (chunk.length >= size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

/** A JSONL record line as a bench article. */
export function toBenchArticle(line: string): BenchArticle {
  const r = JSON.parse(line) as { id: string; text: string; outlet?: string; lang?: string };
  return { id: r.id, text: r.text, ...(r.outlet ? { outlet: r.outlet } : {}), ...(r.lang ? { lang: r.lang } : {}) };
}

/** Reads every record of a small corpus into memory. */
export async function loadArticles(file: string): Promise<BenchArticle[]> {
  const out: BenchArticle[] = [];
  for await (const line of fileLines(file)) {
    if (line.trim() === '') continue;
    out.push(toBenchArticle(line));
  }
  return out;
}
