import { isUtf8 } from 'node:buffer';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { ArticleInputSchema, type ArticleInput } from '../../schemas/article.js';
import { CLAIM_SCHEMA_ID, ClaimRecordSchema, type ClaimRecord } from '../../schemas/claim.js';
import type { SourceEntry } from '../../schemas/source.js';
import { processArticle } from '../process-article.js';
import type { ArticleClaims } from './pair-claims.js';

/** What one side of `isnad diff` turned out to be. */
export type InputKind = 'article-file' | 'article-dir' | 'article-jsonl' | 'claim-jsonl';

export interface LoadedSide {
  readonly kind: InputKind;
  /** Articles in input order (directories: sorted by path), each with its claims. */
  readonly articles: ArticleClaims[];
  /** Article texts by id (article inputs only; claim files carry no text). */
  readonly texts: ReadonlyMap<string, string>;
}

export interface LoadOptions {
  /** Source registry entries passed to the pipeline for article inputs. */
  readonly sources?: readonly SourceEntry[];
}

/** Bad input: the CLI prints its message as one line and exits 2. */
export class DiffInputError extends Error {
  override readonly name = 'DiffInputError';
}

const ARTICLE_EXT = new Set(['.txt', '.md']);
const JSONL_EXT = new Set(['.jsonl', '.ndjson', '.json']);

async function readText(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    throw new DiffInputError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  if (!isUtf8(bytes)) throw new DiffInputError(`${file}: not valid UTF-8`);
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}

/**
 * Reads one side: an article file (`.txt`, `.md`), a directory of them, or a JSONL file whose
 * first record says what it holds (`schema: "isnad/claim@1"`: claims; `{id, text}`: articles).
 * Articles go through the pipeline. Where one id has several versions (a `version` field), the
 * latest is taken; equal or missing versions: the later record.
 */
export async function loadSide(file: string, options: LoadOptions = {}): Promise<LoadedSide> {
  let info;
  try {
    info = await stat(file);
  } catch (err) {
    throw new DiffInputError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  if (info.isDirectory()) return loadArticles('article-dir', await readArticleDir(file), options);
  const text = await readText(file);
  const ext = path.extname(file).toLowerCase();
  if (ARTICLE_EXT.has(ext) || (!JSONL_EXT.has(ext) && !looksLikeJsonl(text))) {
    return loadArticles('article-file', [{ id: articleIdOf(file), text }], options);
  }
  const first = firstRecord(file, text);
  if (first === undefined) return { kind: 'claim-jsonl', articles: [], texts: new Map() };
  const schema = isObject(first.value) ? first.value.schema : undefined;
  if (schema === CLAIM_SCHEMA_ID) return loadClaims(file, text);
  if (schema !== undefined) {
    throw new DiffInputError(`${file}:${first.line}: expected claim records (${CLAIM_SCHEMA_ID}) or articles ({id, text}), got schema ${JSON.stringify(schema)}`);
  }
  return loadArticles('article-jsonl', parseArticles(file, text), options);
}

function articleIdOf(file: string): string {
  return path.basename(file).replace(/\.[^.]+$/, '');
}

function looksLikeJsonl(text: string): boolean {
  const firstLine = text.trimStart().split('\n', 1)[0] ?? '';
  if (!firstLine.startsWith('{')) return false;
  try {
    return isObject(JSON.parse(firstLine));
  } catch {
    return false;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

interface JsonlRecord {
  readonly line: number;
  readonly value: unknown;
}

/**
 * Calls `each` with every record of a JSONL text, one at a time (nothing but the current record
 * is held, so a large file does not hold two copies of every record). Blank lines are skipped.
 */
function forEachRecord(file: string, text: string, each: (record: JsonlRecord) => boolean | void): void {
  let from = 0;
  let line = 0;
  while (from < text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    line++;
    const raw = text.slice(from, to);
    from = to + 1;
    if (raw.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      throw new DiffInputError(`${file}:${line}: malformed JSON`);
    }
    if (each({ line, value }) === false) return;
  }
}

function firstRecord(file: string, text: string): JsonlRecord | undefined {
  let first: JsonlRecord | undefined;
  forEachRecord(file, text, (r) => {
    first = r;
    return false;
  });
  return first;
}

function issueText(issue: { path: PropertyKey[]; message: string }): string {
  return `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`;
}

/** Compares versions: numerically when both are dotted numbers (`2` < `10`, `1.2` < `1.10`), else by code unit. */
export function compareVersions(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  const dotted = /^\d+(?:\.\d+)*$/;
  if (dotted.test(a) && dotted.test(b)) {
    const pa = a.split('.').map(Number);
    const pb = b.split('.').map(Number);
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
      const d = (pa[i] ?? 0) - (pb[i] ?? 0);
      if (d !== 0) return d;
    }
    return 0;
  }
  return a < b ? -1 : 1;
}

function parseArticles(file: string, text: string): ArticleInput[] {
  const latest = new Map<string, ArticleInput>();
  forEachRecord(file, text, (r) => {
    const parsed = ArticleInputSchema.safeParse(r.value);
    if (!parsed.success) throw new DiffInputError(`${file}:${r.line}: invalid article record: ${issueText(parsed.error.issues[0]!)}`);
    const a = parsed.data;
    const seen = latest.get(a.id);
    if (seen === undefined || compareVersions(a.version, seen.version) >= 0) latest.set(a.id, a);
  });
  return [...latest.values()];
}

async function readArticleDir(dir: string): Promise<ArticleInput[]> {
  const files: string[] = [];
  const walk = async (d: string): Promise<void> => {
    const entries = await readdir(d, { withFileTypes: true });
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const full = path.join(d, e.name);
      if (e.isDirectory()) await walk(full);
      else if (e.isFile() && ARTICLE_EXT.has(path.extname(e.name).toLowerCase())) files.push(full);
    }
  };
  await walk(dir);
  files.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  const byId = new Map<string, string>();
  const out: ArticleInput[] = [];
  for (const f of files) {
    const id = articleIdOf(f);
    const other = byId.get(id);
    if (other !== undefined) throw new DiffInputError(`${dir}: article id ${JSON.stringify(id)} is used by both ${other} and ${f}`);
    byId.set(id, f);
    out.push({ id, text: await readText(f) });
  }
  return out;
}

function loadArticles(kind: InputKind, inputs: readonly ArticleInput[], options: LoadOptions): LoadedSide {
  const texts = new Map<string, string>();
  const articles = inputs.map((input) => {
    texts.set(input.id, input.text);
    const result = processArticle(input, options.sources ? { sources: options.sources } : {});
    return { id: input.id, claims: result.claims, text: input.text };
  });
  return { kind, articles, texts };
}

function loadClaims(file: string, text: string): LoadedSide {
  const groups = new Map<string, ClaimRecord[]>();
  forEachRecord(file, text, (r) => {
    const parsed = ClaimRecordSchema.safeParse(r.value);
    if (!parsed.success) throw new DiffInputError(`${file}:${r.line}: invalid claim record: ${issueText(parsed.error.issues[0]!)}`);
    const c = parsed.data;
    const list = groups.get(c.article.id);
    if (list === undefined) groups.set(c.article.id, [c]);
    else if (list[0]!.article.version === c.article.version) list.push(c);
    else if (compareVersions(c.article.version, list[0]!.article.version) > 0) groups.set(c.article.id, [c]);
    // An older version of an article already seen: skipped.
  });
  return { kind: 'claim-jsonl', articles: [...groups].map(([id, claims]) => ({ id, claims })), texts: new Map() };
}
