/**
 * In-process measurements over articles held in memory: the baselines (a `charCodeAt` pass, a
 * diacritics-stripping regex pass), and each stage of `processArticle` alone, called directly on
 * what the stages before it produced, chained as pipeline/process-article.ts chains them.
 */
import { detectLang } from '../../pipeline/process-article.js';
import { extractNumbers, type NumericMention } from '../../stages/extract-numbers/index.js';
import { extractQuotes, type QuotesResult } from '../../stages/extract-quotes/index.js';
import { normalizeText, type NormalizedText } from '../../stages/normalize-text/index.js';
import { sentenceIndex, sentenceTokenRanges, splitSentences, type Segmentation, type TextSpan } from '../../stages/split-sentences/index.js';
import { attributeSentence, findPublisher, tagClaim, type SentenceAttribution } from '../../stages/tag-sources/index.js';
import { sourceRegistry } from '../../stages/tag-sources/registry.js';
import { tokenize, type Token } from '../../stages/tokenize/index.js';
import type { BenchArticle } from './corpus.js';
import { stopwatch, type Sample } from './measure.js';

/** The stages timed alone, in pipeline order. */
export const STAGES = ['normalize', 'tokenize_segment', 'numbers', 'quotes', 'sources'] as const;
export type StageName = (typeof STAGES)[number];

/** What each stage covers, for the table. */
export const STAGE_LABELS: Readonly<Record<StageName, string>> = {
  normalize: 'normalize (normalizeText, a pass of its own)',
  tokenize_segment: 'tokenize + split-sentences',
  numbers: 'extract-numbers',
  quotes: 'extract-quotes',
  sources: 'tag-sources',
};

/** One pass of `charCodeAt` over every text (the sum keeps the loop from being optimized away). */
export function scanPass(articles: readonly BenchArticle[]): number {
  let sum = 0;
  for (const a of articles) {
    const t = a.text;
    for (let i = 0; i < t.length; i++) sum = (sum + t.charCodeAt(i)) | 0;
  }
  return sum;
}

const DIACRITICS = /[\u064B-\u065F\u0670]/g;

/** One regex pass stripping Arabic diacritics from every text. */
export function regexPass(articles: readonly BenchArticle[]): number {
  let length = 0;
  for (const a of articles) length += a.text.replace(DIACRITICS, '').length;
  return length;
}

/** The texts processArticle works on (a leading BOM dropped; English articles, which it skips, left out). */
export function pipelineTexts(articles: readonly BenchArticle[]): string[] {
  const out: string[] = [];
  for (const a of articles) {
    const text = pipelineText(a);
    if (text !== null) out.push(text);
  }
  return out;
}

/**
 * The normalize stage alone, in a pass of its own: in the chained pass it would also pay for
 * collecting the garbage the later stages left (its large buffers trigger the collections).
 */
export function normalizePass(texts: readonly string[]): number {
  let length = 0;
  for (const t of texts) length += normalizeText(t).text.length;
  return length;
}

/** The text processArticle works on (a leading BOM dropped), or null when it would skip the article (English). */
function pipelineText(a: BenchArticle): string | null {
  const text = a.text.charCodeAt(0) === 0xfeff ? a.text.slice(1) : a.text;
  return detectLang(text, a.lang) === 'ar' ? text : null;
}

export interface StagePass {
  readonly stages: Readonly<Record<StageName, Sample>>;
  /** Articles the stages ran on (English ones are skipped, as processArticle skips them). */
  readonly articles: number;
  /** Mentions found, so a pass that found nothing is noticed. */
  readonly numbers: number;
  readonly quotes: number;
}

/**
 * One pass of every stage over the articles, `chunk` articles at a time: each stage is timed on
 * the whole chunk, given the outputs of the stages before it (computed in the same pass), so no
 * stage's time includes another's and memory stays bounded by the chunk. Garbage collection is
 * charged to the stage that triggers it.
 */
export function stagePass(articles: readonly BenchArticle[], chunk = 256): StagePass {
  const registry = sourceRegistry();
  const watch = Object.fromEntries(STAGES.map((s) => [s, stopwatch()])) as Record<StageName, ReturnType<typeof stopwatch>>;
  let processed = 0;
  let numberCount = 0;
  let quoteCount = 0;
  for (let from = 0; from < articles.length; from += chunk) {
    const batch: { article: BenchArticle; text: string }[] = [];
    for (const a of articles.slice(from, from + chunk)) {
      const text = pipelineText(a);
      if (text !== null) batch.push({ article: a, text });
    }
    processed += batch.length;

    watch.normalize.start();
    const norms: NormalizedText[] = batch.map((b) => normalizeText(b.text));
    watch.normalize.stop();

    watch.tokenize_segment.start();
    const tokens: Token[][] = norms.map((n) => tokenize(n.text, n.key));
    const segs: Segmentation[] = norms.map((n) => splitSentences(n.text));
    watch.tokenize_segment.stop();

    watch.numbers.start();
    const numbers: NumericMention[][] = norms.map((n, i) => extractNumbers({ text: n.text, key: n.key, tokens: tokens[i]! }));
    watch.numbers.stop();

    watch.quotes.start();
    const quotes: QuotesResult[] = norms.map((n, i) =>
      extractQuotes({ text: n.text, tokens: tokens[i]!, sentences: segs[i]!.sentences, quotes: segs[i]!.quotes, paragraphs: segs[i]!.paragraphs, registry }),
    );
    watch.quotes.stop();

    watch.sources.start();
    for (let i = 0; i < batch.length; i++) {
      tagSources(batch[i]!.article.outlet, norms[i]!.text, tokens[i]!, segs[i]!.sentences, numbers[i]!, quotes[i]!, registry);
    }
    watch.sources.stop();

    for (let i = 0; i < batch.length; i++) {
      numberCount += numbers[i]!.length;
      quoteCount += quotes[i]!.quotes.length;
    }
  }
  const stages = Object.fromEntries(STAGES.map((s) => [s, watch[s].sample])) as Record<StageName, Sample>;
  return { stages, articles: processed, numbers: numberCount, quotes: quoteCount };
}

/** The tag-sources work of processArticle: the publisher, each claim's sentence attribution (once a sentence), each claim's tag. */
function tagSources(
  outlet: string | undefined,
  text: string,
  tokens: readonly Token[],
  sentences: readonly TextSpan[],
  numbers: readonly NumericMention[],
  found: QuotesResult,
  registry: ReturnType<typeof sourceRegistry>,
): number {
  const publisher = findPublisher(tokens, registry, outlet);
  const ranges = sentenceTokenRanges(tokens, sentences);
  const attributions = new Map<number, SentenceAttribution>();
  const attributionOf = (si: number): SentenceAttribution => {
    let a = attributions.get(si);
    if (!a) {
      const [from, to] = ranges[si]!;
      a = attributeSentence(tokens, from, to, text, registry, found.cues);
      attributions.set(si, a);
    }
    return a;
  };
  let tags = 0;
  for (const n of numbers) {
    const quote = found.quotes.find((q) => q.start <= n.start && n.end <= q.end);
    tags += tagClaim(quote, attributionOf(sentenceIndex(sentences, n.start)), publisher, registry).chain.length;
  }
  for (const q of found.quotes) tags += tagClaim(q, attributionOf(sentenceIndex(sentences, q.start)), publisher, registry).chain.length;
  return tags;
}
