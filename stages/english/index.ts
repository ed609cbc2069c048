/**
 * english: claims of an English article (issue 6). Numbers, money, percentages, counts with their
 * item, qualifiers, change and period; direct and indirect quotes with their speaker; a source tag
 * for every claim; records in the `isnad/claim@1` shape with spans into the original text.
 *
 * Steps: tokenize (compromise) → find periods → find quantities → qualify (qualifier, change) →
 * attach periods → find quotes (speakers) → attribute → make records.
 */
import type { ArticleInput } from '../../schemas/article.js';
import type { ClaimRecord } from '../../schemas/claim.js';
import type { Message } from '../../schemas/message.js';
import type { SourceEntry } from '../../schemas/source.js';
import type { ArticleDoc } from '../types.js';
import { BUILT_IN_SOURCES } from '../tag-sources/lexicon/sources.js';
import { englishLexicon } from './lexicon/index.js';
import { tokenize } from './01-tokenize.js';
import { findPeriods } from './02-find-periods.js';
import { findQuantities } from './03-find-quantities.js';
import { qualify } from './04-qualify.js';
import { attachPeriods } from './05-attach-periods.js';
import { findQuotes } from './06-find-quotes.js';
import { attribute } from './07-attribute.js';
import { makeRecords } from './08-make-records.js';
import { speakerResolver } from './speakers.js';
import type { Speaker } from './types.js';

export { scoreEnglishClaim } from './priority.js';
export { ENGLISH_OUTLETS } from './lexicon/sources.js';
export { compromiseLoaded } from './load-compromise.js';

export interface ExtractEnglishOptions {
  /** Source registry entries (a user's `--sources`), merged over the built-in English outlets by id. */
  readonly sources?: readonly SourceEntry[];
}

/** Same shape as `processArticle`'s result. */
export interface EnglishArticleResult {
  readonly articleId: string;
  readonly claims: ClaimRecord[];
  readonly messages: Message[];
}

/**
 * The registry the English stage matches: the shared built-in registry, English names of this
 * stage's lexicon added by id, then the user's entries (same id replaces).
 */
export function englishRegistry(extra: readonly SourceEntry[] = []): SourceEntry[] {
  const byId = new Map<string, SourceEntry>();
  for (const e of BUILT_IN_SOURCES) byId.set(e.id, e);
  for (const e of englishLexicon().raw.outlets) {
    const known = byId.get(e.id);
    byId.set(e.id, known === undefined ? e : { ...known, aliases: [...new Set([...known.aliases, ...e.aliases])] });
  }
  for (const e of extra) byId.set(e.id, e);
  return [...byId.values()];
}

/** The publisher's source tag: a registry id matched by id or alias, a kebab-case id as given, else `publisher`. */
export function publisherTag(outlet: string | undefined, registry: readonly SourceEntry[]): string {
  if (outlet === undefined || outlet.trim() === '') return 'publisher';
  const wanted = outlet.trim().toLowerCase();
  for (const e of registry) {
    if (e.id === wanted || e.label.toLowerCase() === wanted || e.aliases.some((a) => a.toLowerCase() === wanted)) return e.id;
  }
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(wanted) ? wanted : 'publisher';
}

/** Extracts the claims of one English article. Pure and deterministic; loads compromise on first use. */
export function extractEnglish(doc: ArticleDoc, options: ExtractEnglishOptions = {}): ClaimRecord[] {
  const lex = englishLexicon();
  const registry = englishRegistry(options.sources);
  const tag = publisherTag(doc.meta.outlet, registry);
  const publisher: Speaker = { source: tag, label: doc.meta.outlet ?? 'publisher' };
  const tokenized = tokenize(doc.text);
  const periods = findPeriods(lex, tokenized);
  const { quantities, periods: free } = findQuantities(lex, tokenized, periods);
  const numerics = attachPeriods(tokenized, qualify(lex, tokenized, quantities), free);
  const speakers = speakerResolver(lex, tokenized, registry);
  const quotes = findQuotes(lex, tokenized, doc.text, speakers);
  const attributed = attribute(lex, tokenized, numerics, quotes, speakers, publisher);
  const outletIds = new Set(registry.map((e) => e.id));
  return makeRecords(doc, tokenized, attributed, quotes, tag, outletIds);
}

/** `processArticle` for English: same input, same result shape. */
export function processEnglishArticle(input: ArticleInput, options: ExtractEnglishOptions = {}): EnglishArticleResult {
  const text = input.text.charCodeAt(0) === 0xfeff ? input.text.slice(1) : input.text;
  const doc: ArticleDoc = {
    id: input.id,
    text,
    lang: 'en',
    meta: {
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.url !== undefined ? { url: input.url } : {}),
      ...(input.outlet !== undefined ? { outlet: input.outlet } : {}),
      ...(input.version !== undefined ? { version: input.version } : {}),
      ...(input.publishedAt !== undefined ? { publishedAt: input.publishedAt } : {}),
    },
  };
  if (text.trim() === '') {
    return {
      articleId: input.id,
      claims: [],
      messages: [{ severity: 'fatal', code: 'empty-input', reason: 'the article has no text', stage: 'english' }],
    };
  }
  return { articleId: input.id, claims: extractEnglish(doc, options), messages: [] };
}
