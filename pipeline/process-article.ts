import type { ArticleInput } from '../schemas/article.js';
import { CLAIM_SCHEMA_ID, type ClaimRecord } from '../schemas/claim.js';
import type { Message } from '../schemas/message.js';
import type { SourceEntry } from '../schemas/source.js';
import { processEnglishArticle } from '../stages/english/index.js';
import { extractNumbers, type NumericMention } from '../stages/extract-numbers/index.js';
import { extractQuotes, type QuoteMention } from '../stages/extract-quotes/index.js';
import { normalizeText, squashedKeySlice, toOriginalSpan, type NormalizedText } from '../stages/normalize-text/index.js';
import { scoreClaim } from '../stages/score-claims/index.js';
import { sentenceIndex, sentenceTokenRanges, splitSentences, type TextSpan } from '../stages/split-sentences/index.js';
import { attributeSentence, documentsIn, findPublisher, tagClaim, type SentenceAttribution, type SourceTag } from '../stages/tag-sources/index.js';
import { sourceRegistry, type SourceRegistry } from '../stages/tag-sources/registry.js';
import { tokenize, type Token } from '../stages/tokenize/index.js';
import type { Lang } from '../stages/types.js';
import { claimIdOfKeys, sentenceDigest } from './claim-id.js';

/** A list's item numbers as the splitter leaves them: at the end of the sentence before the item (`التالي: 1.`). */
const ENDS_WITH_ITEM_NUMBER = /(?:^|[\s:])\d{1,2}\s*[.)]$/;

/** Sentence `si` is an item of a numbered list introduced by a colon (`التالي: 1. ...`). */
function isListItem(text: string, sentences: readonly TextSpan[], si: number): boolean {
  const prev = sentences[si - 1]!;
  const prevText = text.slice(prev.start, prev.end).trimEnd();
  if (!ENDS_WITH_ITEM_NUMBER.test(prevText)) return false;
  // the first item follows a colon; later items follow an item
  return /:\s*\d{1,2}\s*[.)]$/.test(prevText) || (si > 1 && isListItem(text, sentences, si - 1));
}

/**
 * An item of a numbered list, completed from the list: the period of a figure in the sentence that
 * introduced it, and the direction of change of the nearest figure before it in the list (`خسرت
 * 11.8 بالمئة 2. الروبل الروسي: 16.7 بالمئة`: the second item lost too).
 */
function withListContext(n: NumericMention, numbers: readonly NumericMention[], sentences: readonly TextSpan[], si: number, text: string): NumericMention {
  let intro = si - 1;
  while (intro > 0 && isListItem(text, sentences, intro)) intro--;
  const s = sentences[intro]!;
  let period = n.period;
  let change = n.change;
  // (the nearest before it: figures are in text order)
  let changeAt = -1;
  for (const m of numbers) {
    if (m.start >= n.start || m.start < s.start) continue;
    if (!n.period && m.period && m.start < s.end) period = m.period;
    if (!n.change && m.change && m.start > changeAt) {
      change = m.change;
      changeAt = m.start;
    }
  }
  return period === n.period && change === n.change ? n : { ...n, period, change };
}

/** How many sentences back `وبحسب التقرير` may find the sentence that named the report. */
const DOCUMENT_LOOKBACK = 5;

export interface PipelineOptions {
  /** Extra source registry entries (from `--sources FILE`), merged over the built-in registry. */
  readonly sources?: readonly SourceEntry[];
}

export interface ArticleResult {
  readonly articleId: string;
  /** Claims in article order, then span order. Every `text === article.text.slice(span.start, span.end)`. */
  readonly claims: ClaimRecord[];
  /** What the stages reported. A `fatal` message means the article produced no claims. */
  readonly messages: Message[];
}

const registries = new WeakMap<readonly SourceEntry[], SourceRegistry>();
function registryFor(options: PipelineOptions): SourceRegistry {
  if (!options.sources || options.sources.length === 0) return sourceRegistry();
  let r = registries.get(options.sources);
  if (!r) {
    r = sourceRegistry(options.sources);
    registries.set(options.sources, r);
  }
  return r;
}

/** The article's language: the record's `lang`, else Arabic unless Latin letters clearly dominate. */
export function detectLang(text: string, declared?: string): Lang {
  if (declared === 'ar' || declared === 'en') return declared;
  let arabic = 0;
  let latin = 0;
  const n = Math.min(text.length, 4000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0600 && c <= 0x06ff) arabic++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  return latin > arabic * 2 ? 'en' : 'ar';
}

/**
 * Runs every stage on one article, synchronously: read, normalize, segment, numbers, quotes,
 * sources, score, emit. Pure: the same input gives the same output.
 */
export function processArticle(input: ArticleInput, options: PipelineOptions = {}): ArticleResult {
  const text = input.text.charCodeAt(0) === 0xfeff ? input.text.slice(1) : input.text;
  const messages: Message[] = [];
  const lang = detectLang(text, input.lang);
  if (lang === 'en') {
    // English rules (compromise, loaded on the first English article only)
    const { articleId, claims, messages: m } = processEnglishArticle({ ...input, text, lang: 'en' }, options.sources ? { sources: options.sources } : {});
    return { articleId, claims, messages: m };
  }
  if (input.lang && input.lang !== 'ar' && input.lang !== 'en') {
    messages.push({ severity: 'warning', code: 'unknown-language', reason: `language ${JSON.stringify(input.lang)} treated as Arabic`, stage: 'read' });
  }
  const registry = registryFor(options);
  const norm = normalizeText(text);
  const tokens = tokenize(norm.text, norm.key);
  const seg = splitSentences(norm.text);
  const outletEntry = input.outlet ? registry.byId(registry.resolveOutlet(input.outlet)) : undefined;
  const numbers = extractNumbers({ text: norm.text, key: norm.key, tokens, ...(outletEntry?.country ? { outletCountryHint: outletEntry.country } : {}) });
  const { quotes, cues } = extractQuotes({ text: norm.text, tokens, sentences: seg.sentences, quotes: seg.quotes, paragraphs: seg.paragraphs, registry });
  const publisher = findPublisher(tokens, registry, input.outlet);

  const sentenceTokens = sentenceTokenRanges(tokens, seg.sentences);
  const attributions = new Map<number, SentenceAttribution>();
  const attributionOf = (si: number): SentenceAttribution => {
    let a = attributions.get(si);
    if (!a) {
      const [from, to] = sentenceTokens[si]!;
      a = attributeSentence(tokens, from, to, norm.text, registry, cues);
      // `وبحسب التقرير، فإن ...`: the report named in a sentence before, with that sentence's source
      if (a.refersBack) {
        for (let b = si - 1; b >= Math.max(0, si - DOCUMENT_LOOKBACK); b--) {
          const [bFrom, bTo] = sentenceTokens[b]!;
          if (!documentsIn(tokens, bFrom, bTo)?.includes(a.refersBack)) continue;
          const before = attributionOf(b);
          // (a person speaking there, with a role, is not who issued the report)
          if (before.primary && !(before.primary.rule === 'source-speaker' && before.primary.role)) a = { primary: before.primary, relays: before.relays };
          break;
        }
      }
      // `على النحو التالي: 1. الروبية الهندية: خسرت 11.8 بالمئة 2. ...`: the items of a list the sentence before
      // introduced (the splitter leaves each item's number at the end of the sentence before it)
      if (!a.primary && si > 0 && isListItem(norm.text, seg.sentences, si)) {
        const before = attributionOf(si - 1);
        if (before.primary) a = { primary: before.primary, relays: before.relays };
      }
      attributions.set(si, a);
    }
    return a;
  };
  const headlineEnd = headline(seg.paragraphs, norm.text);
  const article = {
    id: input.id,
    lang: 'ar' as const,
    ...(input.outlet ? { outlet: input.outlet } : {}),
    ...(input.version ? { version: input.version } : {}),
  };

  const drafts: Draft[] = [];
  const byStart = numbers.every((n, i) => i === 0 || numbers[i - 1]!.start <= n.start);
  const inQuote = quoteFinder(quotes, numbers, byStart);
  for (const n0 of numbers) {
    const si = sentenceIndex(seg.sentences, n0.start);
    // `قائمة بأسوأ 6 عملات ... خلال العام الأخير ...: 1. الروبية الهندية: خسرت 11.8 بالمئة 2. ...`:
    // an item of a numbered list with no period of its own takes the one its introduction gives
    const n = (!n0.period || !n0.change) && si > 0 && isListItem(norm.text, seg.sentences, si) ? withListContext(n0, numbers, seg.sentences, si, norm.text) : n0;
    const quote = inQuote(n);
    const tag = tagClaim(quote, attributionOf(si), publisher, registry);
    drafts.push({ type: 'numeric', start: n.start, end: n.end, si, numeric: n, tag, quote: undefined });
  }
  for (const q of quotes) {
    const si = sentenceIndex(seg.sentences, q.start);
    const tag = tagClaim(q, attributionOf(si), publisher, registry);
    drafts.push({ type: 'quote', start: q.start, end: q.end, si, tag, quote: q });
  }

  const claims = claimRecords(drafts, { norm, text, sentences: seg.sentences, article, headlineEnd, numbers, byStart });
  claims.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
  return { articleId: input.id, claims, messages };
}

/** What `claimRecords` needs of the article besides its drafts. */
interface ArticleParts {
  readonly norm: NormalizedText;
  /** The original text (spans point into it). */
  readonly text: string;
  readonly sentences: readonly TextSpan[];
  readonly article: ClaimRecord['article'];
  readonly headlineEnd: number;
  readonly numbers: readonly NumericMention[];
  /** Whether `numbers` are in start order. */
  readonly byStart: boolean;
}

/**
 * The claim records of an article's drafts, in draft order: spans mapped to the original text, ids,
 * scores, attributions. (Functions of their own, here and in `scoreOf`, not the tail of
 * processArticle: a record of a new kind, a figure's first fractional value, threw away the compiled
 * processArticle, the pipeline's largest function, and it was compiled again whole.)
 */
function claimRecords(drafts: readonly Draft[], a: ArticleParts): ClaimRecord[] {
  const { norm, text, sentences, article, headlineEnd, numbers, byStart } = a;
  const claims: ClaimRecord[] = [];
  // how many claims so far have each surface, by sentence text, figures' and quotes' apart (two maps
  // by type, not one keyed by a string joined for every claim; an article that repeats one sentence
  // many times still costs one look-up a claim)
  const seen = { numeric: new Map<string, Map<string, number>>(), quote: new Map<string, Map<string, number>>() };
  // per sentence: its display text (duplicate claims are counted by it) and the digest of its key (for claim ids)
  const sentenceTexts = new Map<number, { text: string; digest: string }>();
  for (const d of drafts) {
    const span = toOriginalSpan(norm, d.start, d.end, text);
    const sent = sentences[d.si]!;
    const sentence = toOriginalSpan(norm, sent.start, sent.end, text);
    let sentenceInfo = sentenceTexts.get(d.si);
    if (sentenceInfo === undefined) {
      sentenceInfo = { text: norm.text.slice(sent.start, sent.end), digest: sentenceDigest(squashedKeySlice(norm.key, sent.start, sent.end)) };
      sentenceTexts.set(d.si, sentenceInfo);
    }
    const sentenceText = sentenceInfo.text;
    const surface = norm.text.slice(d.start, d.end);
    // ordinal among claims of the same type, sentence text and surface (identical sentences elsewhere count too)
    const sameType = seen[d.type];
    let bySurface = sameType.get(sentenceText);
    if (!bySurface) sameType.set(sentenceText, (bySurface = new Map()));
    const ordinal = bySurface.get(surface) ?? 0;
    bySurface.set(surface, ordinal + 1);
    const n = d.numeric;
    const tag = d.tag;
    const score = scoreOf(d, headlineEnd, numbers, byStart);
    const id = claimIdOfKeys(d.type, sentenceInfo.digest, squashedKeySlice(norm.key, d.start, d.end), ordinal);
    const claimText = text.slice(span.start, span.end);
    const attribution = attributionRecord(tag);
    const rules = joined(n?.rules ?? d.quote?.rules ?? [], tag.rules);
    // a figure or a quote, each written in the schema's order as one literal (a shape each)
    if (n) {
      const numeric = numericRecord(n, norm, text);
      claims.push({ schema: CLAIM_SCHEMA_ID, id, article, type: d.type, text: claimText, span, sentence, numeric, attribution, priority: score.priority, reasons: score.reasons, rules, status: 'pending' });
    } else {
      const quote = { kind: d.quote!.kind, cue: d.quote!.cue };
      claims.push({ schema: CLAIM_SCHEMA_ID, id, article, type: d.type, text: claimText, span, sentence, quote, attribution, priority: score.priority, reasons: score.reasons, rules, status: 'pending' });
    }
  }
  return claims;
}

/** The draft's priority and the reasons for it. */
function scoreOf(d: Draft, headlineEnd: number, numbers: readonly NumericMention[], byStart: boolean): ReturnType<typeof scoreClaim> {
  const n = d.numeric;
  const tag = d.tag;
  // (every field written, none spread: one shape for the score's input)
  return scoreClaim({
    type: d.type,
    source: tag.source,
    chainLength: tag.chain.length,
    unit: n?.unit,
    value: n?.value,
    change: n?.change,
    qualifier: n?.qualifier,
    inHeadline: d.start < headlineEnd,
    hasFigure: d.type === 'quote' && (byStart ? hasNumberWithin(numbers, d.start, d.end) : numbers.some((x) => x.start >= d.start && x.end <= d.end)),
    quoteKind: d.quote?.kind,
    isPublisher: tag.rules[0]?.startsWith('publisher') ?? false,
  });
}

interface Draft {
  type: 'numeric' | 'quote';
  start: number;
  end: number;
  si: number;
  numeric?: NumericMention;
  quote: QuoteMention | undefined;
  tag: ReturnType<typeof tagClaim>;
}

/**
 * The first quote (in order) that holds a figure, for figures taken in start order: quotes that end
 * before the current figure are passed for good, so an article costs figures + quotes, not their product.
 * Falls back to a plain search when the figures are not in start order.
 */
function quoteFinder(quotes: readonly QuoteMention[], numbers: readonly NumericMention[], sorted: boolean): (n: NumericMention) => QuoteMention | undefined {
  if (!sorted) return (n) => quotes.find((q) => q.start <= n.start && n.end <= q.end);
  let lo = 0;
  let hi = 0;
  return (n) => {
    while (hi < quotes.length && quotes[hi]!.start <= n.start) hi++;
    while (lo < hi && quotes[lo]!.end < n.start) lo++;
    for (let j = lo; j < hi; j++) if (n.end <= quotes[j]!.end) return quotes[j];
    return undefined;
  };
}

/** True when a figure lies within [start, end) (figures in start order: a binary search, then a short scan). */
function hasNumberWithin(numbers: readonly NumericMention[], start: number, end: number): boolean {
  let a = 0;
  let b = numbers.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (numbers[mid]!.start < start) a = mid + 1;
    else b = mid;
  }
  for (let i = a; i < numbers.length && numbers[i]!.start < end; i++) if (numbers[i]!.end <= end) return true;
  return false;
}

/** A new array of a's items then b's (`concat` was 94 profile ticks on 20 MB of bench articles, this is under 10). */
function joined(a: readonly string[], b: readonly string[]): string[] {
  const out = a.slice();
  for (const x of b) out.push(x);
  return out;
}

/** A tag as the claim's attribution: its fields in the schema's order (`chain` last), without the rules and without absent ones. */
function attributionRecord(tag: SourceTag): ClaimRecord['attribution'] {
  // (built field by field, so absent ones are not written and `chain` still comes last)
  const a = { source: tag.source, label: tag.label } as Writable<ClaimRecord['attribution']>;
  if (tag.speaker !== undefined) a.speaker = tag.speaker;
  if (tag.role !== undefined) a.role = tag.role;
  if (tag.cue !== undefined) a.cue = tag.cue;
  a.chain = tag.chain;
  return a;
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

function numericRecord(n: NumericMention, norm: NormalizedText, text: string): NonNullable<ClaimRecord['numeric']> {
  const anchored = (r: { start: number; end: number }) => {
    const s = toOriginalSpan(norm, r.start, r.end, text);
    return { text: text.slice(s.start, s.end), start: s.start, end: s.end };
  };
  return {
    value: n.value,
    ...(n.valueMax !== undefined ? { valueMax: n.valueMax } : {}),
    unit: n.unit,
    ...(n.item ? { item: n.item } : {}),
    ...(n.qualifier ? { qualifier: n.qualifier } : {}),
    ...(n.change ? { change: n.change } : {}),
    ...(n.period ? { period: anchored(n.period) } : {}),
    ...(n.time ? { time: anchored(n.time) } : {}),
  };
}

/** The headline: a first paragraph of one line, followed by a blank line. */
function headline(paragraphs: readonly TextSpan[], text: string): number {
  const first = paragraphs[0];
  if (!first) return 0;
  return /\n\s*\n/.test(text.slice(first.end, first.end + 4)) ? first.end : 0;
}
