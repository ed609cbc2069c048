import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleInput } from '../../schemas/article.js';
import type { ClaimRecord } from '../../schemas/claim.js';
import type { CheckRecord } from '../../schemas/check.js';
import type { SourceEntry } from '../../schemas/source.js';
import { detectLang, processArticle } from '../process-article.js';
import { processEnglishArticle } from '../../stages/english/index.js';
import { checkArticle, type CheckDocument } from './check-article.js';

export type CheckLang = 'ar' | 'en';

/** The language of a text by its letters: the pipeline's own detection, so `run` and `check` agree. */
export function detectScript(text: string): CheckLang {
  return detectLang(text);
}

/** Extracts one document's claims: Arabic through `processArticle`, English through `processEnglishArticle`. */
export function extractDocument(input: ArticleInput & { lang: CheckLang }, sources?: readonly SourceEntry[]): ClaimRecord[] {
  const options = sources !== undefined ? { sources } : {};
  return input.lang === 'en' ? processEnglishArticle(input, options).claims : processArticle(input, options).claims;
}

export interface CheckFilesOptions {
  readonly lang?: CheckLang;
  readonly sourceLang?: CheckLang;
  readonly sources?: readonly SourceEntry[];
}

async function loadDocument(file: string, lang: CheckLang | undefined, sources?: readonly SourceEntry[]): Promise<CheckDocument> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new Error(`cannot read ${file}: ${err instanceof Error ? err.message.replace(/^[A-Z]+: /, '') : String(err)}`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const id = path.basename(file).replace(/\.[^.]+$/, '');
  const resolved = lang ?? detectScript(text);
  return { text, claims: extractDocument({ id, text, lang: resolved }, sources) };
}

/** Reads ARTICLE and SOURCE files, extracts their claims and checks the article against the sources. */
export async function checkFiles(article: string, against: readonly string[], options: CheckFilesOptions = {}): Promise<CheckRecord[]> {
  const doc = await loadDocument(article, options.lang, options.sources);
  const sourceDocs: CheckDocument[] = [];
  for (const file of against) sourceDocs.push(await loadDocument(file, options.sourceLang, options.sources));
  return checkArticle(doc, sourceDocs);
}
