/**
 * The gold corpus on disk: finds `corpus/gold/*.gold.json`, resolves each file's article
 * (`path` relative to the repo root, else `corpus/articles/<article>.txt`), reads it (UTF-8,
 * leading BOM dropped) and checks the gold against it. Used by `npm run eval` and the tests.
 */
import { existsSync, readdirSync, readFileSync, statSync, realpathSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkGold, type GoldProblem, type ResolvedGold } from '../schemas/gold.js';

export const GOLD_DIR = join('corpus', 'gold');
export const GOLD_SUFFIX = '.gold.json';

/** The folder holding package.json, walking up from `from` (works from `scripts/` and `dist/scripts/`). */
export function findRepoRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

/** Gold file names in `corpus/gold/`, sorted by code unit order (the same on every machine). */
export function listGoldFiles(root: string = findRepoRoot()): string[] {
  const dir = join(root, GOLD_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(GOLD_SUFFIX))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Absolute path of a gold file's article. */
export function resolveArticlePath(gold: { article: string; path?: string | undefined }, root: string): string {
  return gold.path !== undefined ? resolve(root, gold.path) : join(root, 'corpus', 'articles', `${gold.article}.txt`);
}

/** Reads an article as the pipeline does: UTF-8, a leading byte-order mark dropped. */
export function readArticleText(path: string): string {
  const text = readFileSync(path, 'utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

const recordFiles = new Map<string, string>();
/**
 * The text of record `id` in a JSONL file of article records (`../shared/corpus-ar/bench/ant-multisource.jsonl`),
 * a leading byte-order mark dropped; undefined when no record has that id. The file is read once per run.
 */
export function readRecordText(path: string, id: string): string | undefined {
  let content = recordFiles.get(path);
  if (content === undefined) {
    content = readFileSync(path, 'utf8');
    recordFiles.set(path, content);
  }
  const needle = JSON.stringify(id);
  for (let at = content.indexOf(needle); at >= 0; at = content.indexOf(needle, at + 1)) {
    const start = content.lastIndexOf('\n', at) + 1;
    const end = content.indexOf('\n', at);
    const record = JSON.parse(content.slice(start, end < 0 ? content.length : end)) as { id?: unknown; text?: unknown };
    if (record.id === id && typeof record.text === 'string') return record.text.charCodeAt(0) === 0xfeff ? record.text.slice(1) : record.text;
  }
  return undefined;
}

/** One gold file, loaded: usable, unavailable (its article lives outside the repo in a folder that is absent), or invalid. */
export type GoldEntry =
  | {
      status: 'ok';
      file: string;
      gold: ResolvedGold;
      text: string;
      articlePath: string;
      /** Warnings only. */
      problems: GoldProblem[];
    }
  | { status: 'unavailable'; file: string; articlePath: string; reason: string }
  | { status: 'invalid'; file: string; articlePath?: string; problems: GoldProblem[] };

export interface LoadGoldOptions {
  /** Repo root; default: the folder holding package.json above this module. */
  readonly root?: string;
  /** Keep only gold files of this language (unavailable and invalid ones are kept: their language is unknown or moot). */
  readonly lang?: 'ar' | 'en';
  /** Load these gold file names (in `corpus/gold/`) instead of every one; a name with no file is invalid. */
  readonly files?: readonly string[];
}

/** Loads and checks every gold file (or `options.files`), in file name order. Never skips one silently. */
export function loadGoldCorpus(options: LoadGoldOptions = {}): GoldEntry[] {
  const root = options.root ?? findRepoRoot();
  const files = options.files ? [...new Set(options.files)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)) : listGoldFiles(root);
  const entries = files.map((file) => loadGoldFile(root, file));
  flagDuplicateArticles(entries);
  if (options.lang === undefined) return entries;
  return entries.filter((e) => e.status !== 'ok' || e.gold.lang === options.lang);
}

/** Loads one gold file (a name in `corpus/gold/`). */
export function loadGoldFile(root: string, file: string): GoldEntry {
  const goldPath = join(root, GOLD_DIR, file);
  if (!isFile(goldPath)) {
    const message = `gold file ${join(GOLD_DIR, file)} does not exist`;
    return { status: 'invalid', file, problems: [{ code: 'gold-missing', severity: 'error', path: '(root)', message }] };
  }
  let json: unknown;
  try {
    json = JSON.parse(readArticleText(goldPath));
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { status: 'invalid', file, problems: [{ code: 'invalid-json', severity: 'error', path: '(root)', message }] };
  }
  const ref = articleRef(json);
  if (ref === undefined) {
    const check = checkGold(json, '');
    return { status: 'invalid', file, problems: check.problems };
  }
  const articlePath = resolveArticlePath(ref, root);
  if (!isFile(articlePath)) {
    const missingRoot = absentOutsideRoot(articlePath, root);
    if (missingRoot !== undefined) {
      return {
        status: 'unavailable',
        file,
        articlePath,
        reason: `${relative(root, missingRoot) || missingRoot} is absent (the shared corpus is expected beside the repo)`,
      };
    }
    return {
      status: 'invalid',
      file,
      articlePath,
      problems: [
        {
          code: 'article-missing',
          severity: 'error',
          path: ref.path !== undefined ? 'path' : 'article',
          message: `article file ${relative(root, articlePath)} does not exist`,
        },
      ],
    };
  }
  const text = ref.record !== undefined ? readRecordText(articlePath, ref.record) : readArticleText(articlePath);
  if (text === undefined) {
    return {
      status: 'invalid',
      file,
      articlePath,
      problems: [{ code: 'article-missing', severity: 'error', path: 'record', message: `no record ${JSON.stringify(ref.record)} in ${relative(root, articlePath)}` }],
    };
  }
  const check = checkGold(json, text);
  if (!check.success) return { status: 'invalid', file, articlePath, problems: check.problems };
  return { status: 'ok', file, gold: check.data, text, articlePath, problems: check.problems };
}

function articleRef(json: unknown): { article: string; path?: string; record?: string } | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const { article, path, record } = json as { article?: unknown; path?: unknown; record?: unknown };
  if (typeof article !== 'string' || article.length === 0) return undefined;
  if (path !== undefined && typeof path !== 'string') return undefined;
  if (record !== undefined && typeof record !== 'string') return undefined;
  return { article, ...(path !== undefined ? { path } : {}), ...(record !== undefined ? { record } : {}) };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * For a path outside the repo (`../shared/corpus-ar/...`): the first folder outside the repo on
 * the way to it (`../shared`), when that folder is absent. Undefined otherwise.
 */
function absentOutsideRoot(path: string, root: string): string | undefined {
  const rel = relative(root, path);
  const parts = rel.split(sep);
  if (parts[0] !== '..') return undefined;
  let dir = root;
  for (const part of parts) {
    dir = join(dir, part);
    if (part !== '..') break;
  }
  return existsSync(dir) ? undefined : dir;
}

/** Two gold files for the same article would count it twice: both become invalid. */
function flagDuplicateArticles(entries: GoldEntry[]): void {
  const byArticle = new Map<string, number[]>();
  entries.forEach((e, i) => {
    if (e.status !== 'ok') return;
    const list = byArticle.get(e.gold.article) ?? [];
    list.push(i);
    byArticle.set(e.gold.article, list);
  });
  for (const [article, indexes] of byArticle) {
    if (indexes.length < 2) continue;
    const files = indexes.map((i) => entries[i]!.file);
    for (const i of indexes) {
      const { file, articlePath } = entries[i] as Extract<GoldEntry, { status: 'ok' }>;
      const message = `article ${JSON.stringify(article)} has several gold files: ${files.join(', ')}`;
      entries[i] = {
        status: 'invalid',
        file,
        articlePath,
        problems: [{ code: 'duplicate-article', severity: 'error', path: 'article', message }],
      };
    }
  }
}

/** True when the module at `moduleUrl` is the script node was started with (not imported by a test). */
export function isMainModule(moduleUrl: string): boolean {
  const entry = process.argv[1];
  if (entry === undefined) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}
