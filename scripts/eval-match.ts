/**
 * Matching predicted claims against one article's gold, and the figures over many articles.
 * Pure: no I/O, deterministic (ties broken by position, then index).
 *
 * Rules (issue 8):
 * - numeric: a prediction and a gold claim align when their spans overlap; an aligned pair is a
 *   match when the value is within 0.5% and the unit is equal. An aligned pair that is not a match
 *   counts as a false positive AND a miss, and says why.
 * - quote: a prediction matches when the overlap is at least half of the shorter span.
 * - one-to-one, greedy: valid matches first, then the largest overlap.
 * - an unmatched prediction overlapping an `optional` item counts neither way; one overlapping a
 *   `notClaims` item is a false positive labelled `not-a-claim`.
 * - field accuracy: value and unit over aligned numeric pairs (for matches they are right by
 *   definition); qualifier, change and period over numeric matches; speaker over quote matches and
 *   numeric matches whose gold names a speaker; source over all matches.
 */
import type { AnchoredText, ClaimRecord, ClaimType } from '../schemas/claim.js';
import { locatePhrase, type GoldMark, type GoldQuote, type GoldSpan, type ResolvedGold, type ResolvedGoldNumeric } from '../schemas/gold.js';
import { matchKey } from '../stages/normalize-text/index.js';

/** Relative tolerance of a numeric value (0.5%). */
export const VALUE_TOLERANCE = 0.005;

export const FIELDS = ['value', 'unit', 'qualifier', 'change', 'period', 'speaker', 'source'] as const;
export type Field = (typeof FIELDS)[number];

export interface Tally {
  correct: number;
  total: number;
}

export interface TypeCounts {
  tp: number;
  fp: number;
  fn: number;
  /** Predictions on `optional` items: counted neither way. */
  ignored: number;
}

/**
 * - `mismatch`: overlaps a gold numeric claim but differs in value or unit;
 * - `duplicate`: overlaps a gold claim that another prediction matched;
 * - `partial`: overlaps a gold quote by less than half of the shorter span;
 * - `not-a-claim`: on a `notClaims` item;
 * - `spurious`: overlaps no gold item at all.
 */
export type FalsePositiveLabel = 'mismatch' | 'duplicate' | 'partial' | 'not-a-claim' | 'spurious';

/** A gold claim no prediction matched. */
export interface Miss {
  readonly article: string;
  readonly type: ClaimType;
  readonly surface: string;
  readonly span: GoldSpan;
  readonly expected: string;
  /** The aligned prediction that did not match, if any. */
  readonly got?: string;
  readonly why: string;
}

/** A prediction that matched nothing (and was not on an `optional` item). */
export interface FalsePositive {
  readonly article: string;
  readonly type: ClaimType;
  readonly surface: string;
  readonly span: GoldSpan;
  readonly got: string;
  readonly label: FalsePositiveLabel;
  readonly expected?: string;
  readonly why: string;
}

/** A field of a matched (or, for value/unit, aligned) claim that differs from the gold. */
export interface FieldError {
  readonly article: string;
  readonly type: ClaimType;
  readonly surface: string;
  readonly span: GoldSpan;
  readonly field: Field;
  readonly expected: string;
  readonly got: string;
}

export interface ArticleMatch {
  readonly article: string;
  readonly lang: 'ar' | 'en';
  readonly numeric: TypeCounts;
  readonly quote: TypeCounts;
  readonly fields: Record<Field, Tally>;
  readonly misses: Miss[];
  readonly falsePositives: FalsePositive[];
  readonly fieldErrors: FieldError[];
}

export interface Figures {
  tp: number;
  fp: number;
  fn: number;
  ignored: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Summary {
  articles: number;
  numeric: Figures;
  quote: Figures;
  /** Each field's share of correct values (0 when there is nothing to judge). */
  accuracy: Record<Field, number>;
  /** The counts behind `accuracy`. */
  fields: Record<Field, Tally>;
}

/** Length of the overlap of two half-open spans (0 when they do not overlap). */
export function overlap(a: GoldSpan, b: GoldSpan): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** True when `got` is within VALUE_TOLERANCE of `expected`. */
export function valueWithin(got: number, expected: number): boolean {
  return Math.abs(got - expected) <= VALUE_TOLERANCE * Math.abs(expected);
}

/** Speaker check: the prediction's speaker, at the matching level, contains the gold speaker key. */
export function speakerMatches(predicted: string | undefined, goldKey: string): boolean {
  if (predicted === undefined) return false;
  return matchKey(predicted).includes(matchKey(goldKey));
}

const squeeze = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Period check: both absent, or the same text (matching level, whitespace squeezed), or overlapping spans. */
export function periodMatches(
  predicted: AnchoredText | undefined,
  gold: string | undefined,
  goldSpan: GoldSpan | undefined,
): boolean {
  if (predicted === undefined || gold === undefined) return predicted === undefined && gold === undefined;
  if (squeeze(matchKey(predicted.text)) === squeeze(matchKey(gold))) return true;
  return goldSpan !== undefined && overlap(predicted, goldSpan) > 0;
}

interface Candidate {
  readonly g: number;
  readonly p: number;
  readonly overlap: number;
  readonly valid: boolean;
}

/** One-to-one greedy assignment: valid pairs first, then the largest overlap, then position. */
export function assign(candidates: readonly Candidate[], goldSpans: readonly GoldSpan[], predSpans: readonly GoldSpan[]): Candidate[] {
  const order = [...candidates].sort(
    (a, b) =>
      Number(b.valid) - Number(a.valid) ||
      b.overlap - a.overlap ||
      goldSpans[a.g]!.start - goldSpans[b.g]!.start ||
      a.g - b.g ||
      predSpans[a.p]!.start - predSpans[b.p]!.start ||
      a.p - b.p,
  );
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const chosen: Candidate[] = [];
  for (const c of order) {
    if (usedG.has(c.g) || usedP.has(c.p)) continue;
    usedG.add(c.g);
    usedP.add(c.p);
    chosen.push(c);
  }
  return chosen;
}

function emptyFields(): Record<Field, Tally> {
  const fields = {} as Record<Field, Tally>;
  for (const f of FIELDS) fields[f] = { correct: 0, total: 0 };
  return fields;
}

const fmtValue = (value: number, valueMax: number | undefined): string =>
  valueMax !== undefined && valueMax !== value ? `${value}-${valueMax}` : String(value);

function describeGoldNumeric(g: ResolvedGoldNumeric): string {
  const parts = [`${fmtValue(g.value, g.valueMax)} ${g.unit}`];
  if (g.qualifier) parts.push(g.qualifier);
  if (g.change) parts.push(g.change);
  if (g.period) parts.push(`period ${JSON.stringify(g.period)}`);
  if (g.speaker) parts.push(`speaker ${JSON.stringify(g.speaker)}`);
  parts.push(`source ${g.source.join('|')}`);
  return parts.join(', ');
}

function describeGoldQuote(g: GoldQuote): string {
  return `${g.kind} quote, speaker ${JSON.stringify(g.speaker)}, source ${g.source.join('|')}`;
}

function describePrediction(c: ClaimRecord): string {
  const parts: string[] = [];
  if (c.type === 'numeric') {
    if (c.numeric) {
      parts.push(`${fmtValue(c.numeric.value, c.numeric.valueMax)} ${c.numeric.unit}`);
      if (c.numeric.qualifier) parts.push(c.numeric.qualifier);
      if (c.numeric.change) parts.push(c.numeric.change);
      if (c.numeric.period) parts.push(`period ${JSON.stringify(c.numeric.period.text)}`);
    } else parts.push('numeric without value');
  } else parts.push(`${c.quote?.kind ?? 'unknown'} quote`);
  if (c.attribution.speaker !== undefined) parts.push(`speaker ${JSON.stringify(c.attribution.speaker)}`);
  parts.push(`source ${c.attribution.source}`);
  return parts.join(', ');
}

/** Why an aligned numeric pair is not a match, or undefined when it is one. */
function numericMismatch(g: ResolvedGoldNumeric, c: ClaimRecord): string | undefined {
  const n = c.numeric;
  if (!n) return 'prediction has no numeric value';
  const why: string[] = [];
  if (!valueWithin(n.value, g.value)) why.push(`value ${n.value}, expected ${g.value}`);
  if (n.unit !== g.unit) why.push(`unit ${n.unit}, expected ${g.unit}`);
  return why.length > 0 ? why.join('; ') : undefined;
}

function overlappingMark(span: GoldSpan, marks: readonly GoldMark[]): GoldMark | undefined {
  let best: GoldMark | undefined;
  let bestOverlap = 0;
  for (const m of marks) {
    const o = overlap(span, m);
    if (o > bestOverlap) {
      best = m;
      bestOverlap = o;
    }
  }
  return best;
}

/** Matches one article's predictions against its gold. `text` is the article text the spans point into. */
export function matchArticle(gold: ResolvedGold, text: string, claims: readonly ClaimRecord[]): ArticleMatch {
  const article = gold.article;
  const fields = emptyFields();
  const misses: Miss[] = [];
  const falsePositives: FalsePositive[] = [];
  const fieldErrors: FieldError[] = [];
  const tally = (field: Field, ok: boolean, at: { type: ClaimType; surface: string; span: GoldSpan }, expected: string, got: string): void => {
    fields[field].total++;
    if (ok) fields[field].correct++;
    else fieldErrors.push({ article, type: at.type, surface: at.surface, span: at.span, field, expected, got });
  };
  const span = (c: ClaimRecord): GoldSpan => ({ start: c.span.start, end: c.span.end });

  // Numeric claims.
  const numPreds = claims.filter((c) => c.type === 'numeric');
  const numGold = gold.numeric;
  const numCandidates: Candidate[] = [];
  numGold.forEach((g, gi) =>
    numPreds.forEach((c, pi) => {
      const o = overlap(g, c.span);
      if (o > 0) numCandidates.push({ g: gi, p: pi, overlap: o, valid: numericMismatch(g, c) === undefined });
    }),
  );
  const numeric: TypeCounts = { tp: 0, fp: 0, fn: 0, ignored: 0 };
  const numAligned = assign(numCandidates, numGold, numPreds.map(span));
  const numByPred = new Map(numAligned.map((a) => [a.p, a]));
  const numByGold = new Map(numAligned.map((a) => [a.g, a]));
  numGold.forEach((g, gi) => {
    const at = { type: 'numeric' as const, surface: g.surface, span: { start: g.start, end: g.end } };
    const a = numByGold.get(gi);
    if (a === undefined) {
      numeric.fn++;
      const others = numPreds.filter((c) => overlap(g, c.span) > 0).map((c) => `${c.span.start}-${c.span.end}`);
      const why = others.length > 0 ? `the prediction(s) overlapping it (${others.join(', ')}) went to other gold claims` : 'no prediction overlaps it';
      misses.push({ article, ...at, expected: describeGoldNumeric(g), why });
      return;
    }
    const c = numPreds[a.p]!;
    const n = c.numeric;
    const got = describePrediction(c);
    // Value and unit: judged on every aligned pair.
    const valueOk =
      n !== undefined && valueWithin(n.value, g.value) && valueWithin(n.valueMax ?? n.value, g.valueMax ?? g.value);
    tally('value', valueOk, at, fmtValue(g.value, g.valueMax), n ? fmtValue(n.value, n.valueMax) : '(none)');
    tally('unit', n?.unit === g.unit, at, g.unit, n?.unit ?? '(none)');
    const mismatch = numericMismatch(g, c);
    if (mismatch !== undefined) {
      numeric.fn++;
      numeric.fp++;
      misses.push({ article, ...at, expected: describeGoldNumeric(g), got, why: mismatch });
      falsePositives.push({
        article,
        type: 'numeric',
        surface: c.text,
        span: span(c),
        got,
        label: 'mismatch',
        expected: describeGoldNumeric(g),
        why: mismatch,
      });
      return;
    }
    numeric.tp++;
    tally('qualifier', n?.qualifier === g.qualifier, at, g.qualifier ?? '(none)', n?.qualifier ?? '(none)');
    tally('change', n?.change === g.change, at, g.change ?? '(none)', n?.change ?? '(none)');
    const goldPeriodSpan = g.period !== undefined ? locatePhrase(text, g.period, g) : undefined;
    tally(
      'period',
      periodMatches(n?.period, g.period, goldPeriodSpan),
      at,
      g.period ?? '(none)',
      n?.period?.text ?? '(none)',
    );
    if (g.speaker !== undefined) {
      const key = g.speakerKey ?? g.speaker;
      tally('speaker', speakerMatches(c.attribution.speaker, key), at, key, c.attribution.speaker ?? '(none)');
    }
    tally('source', g.source.includes(c.attribution.source), at, g.source.join('|'), c.attribution.source);
  });
  numPreds.forEach((c, pi) => {
    if (numByPred.has(pi)) return;
    classifyUnmatched(c, numeric, numGold.map((g) => ({ span: g as GoldSpan, expected: describeGoldNumeric(g) })), () => true);
  });

  // Quotes.
  const quotePreds = claims.filter((c) => c.type === 'quote');
  const quoteGold = gold.quotes;
  const quoteCandidates: Candidate[] = [];
  quoteGold.forEach((g, gi) =>
    quotePreds.forEach((c, pi) => {
      const o = overlap(g, c.span);
      const shorter = Math.min(g.end - g.start, c.span.end - c.span.start);
      if (o > 0 && 2 * o >= shorter) quoteCandidates.push({ g: gi, p: pi, overlap: o, valid: true });
    }),
  );
  const quote: TypeCounts = { tp: 0, fp: 0, fn: 0, ignored: 0 };
  const quoteMatched = assign(quoteCandidates, quoteGold, quotePreds.map(span));
  const quoteByPred = new Set(quoteMatched.map((a) => a.p));
  const quoteByGold = new Map(quoteMatched.map((a) => [a.g, a]));
  quoteGold.forEach((g, gi) => {
    const at = { type: 'quote' as const, surface: g.surface, span: { start: g.start, end: g.end } };
    const a = quoteByGold.get(gi);
    if (a === undefined) {
      quote.fn++;
      misses.push({ article, ...at, expected: describeGoldQuote(g), why: quoteMissReason(gi) });
      return;
    }
    quote.tp++;
    const c = quotePreds[a.p]!;
    tally('speaker', speakerMatches(c.attribution.speaker, g.speakerKey), at, g.speakerKey, c.attribution.speaker ?? '(none)');
    tally('source', g.source.includes(c.attribution.source), at, g.source.join('|'), c.attribution.source);
  });
  quotePreds.forEach((c, pi) => {
    if (quoteByPred.has(pi)) return;
    classifyUnmatched(
      c,
      quote,
      quoteGold.map((g) => ({ span: g as GoldSpan, expected: describeGoldQuote(g) })),
      (gi) => quoteCandidates.some((k) => k.g === gi && k.p === pi),
    );
  });

  return { article, lang: gold.lang, numeric, quote, fields, misses, falsePositives, fieldErrors };

  function quoteMissReason(gi: number): string {
    const g = quoteGold[gi]!;
    const near = quotePreds.map((c, pi) => ({ c, pi })).filter(({ c }) => overlap(g, c.span) > 0);
    if (near.length === 0) return 'no prediction overlaps it';
    const enough = near.find(({ pi }) => quoteCandidates.some((k) => k.g === gi && k.p === pi));
    if (enough !== undefined) return `the prediction ${enough.c.span.start}-${enough.c.span.end} that overlaps it enough went to another gold quote`;
    const best = near.reduce((a, b) => (overlap(g, b.c.span) > overlap(g, a.c.span) ? b : a));
    const shorter = Math.min(g.end - g.start, best.c.span.end - best.c.span.start);
    return `predictions overlap it by less than half of the shorter span (best: ${best.c.span.start}-${best.c.span.end}, ${overlap(g, best.c.span)} of ${shorter} chars)`;
  }

  /** Labels an unmatched prediction; `enough(gi)` says whether it overlaps gold item `gi` enough to have matched it. */
  function classifyUnmatched(
    c: ClaimRecord,
    counts: TypeCounts,
    goldOfType: { span: GoldSpan; expected: string }[],
    enough: (gi: number) => boolean,
  ): void {
    const s = span(c);
    if (overlappingMark(s, gold.optional) !== undefined) {
      counts.ignored++;
      return;
    }
    counts.fp++;
    const got = describePrediction(c);
    const base = { article, type: c.type, surface: c.text, span: s, got };
    const notClaim = overlappingMark(s, gold.notClaims);
    if (notClaim !== undefined) {
      falsePositives.push({ ...base, label: 'not-a-claim', why: `not a claim: ${notClaim.why}` });
      return;
    }
    const touching = goldOfType.map((g, gi) => ({ ...g, gi })).filter((g) => overlap(g.span, s) > 0);
    const taken = touching.find((g) => enough(g.gi));
    if (taken !== undefined) {
      falsePositives.push({
        ...base,
        label: 'duplicate',
        expected: taken.expected,
        why: `overlaps the gold claim ${taken.span.start}-${taken.span.end}, which was paired with another prediction`,
      });
      return;
    }
    const partial = touching[0];
    if (partial !== undefined) {
      falsePositives.push({
        ...base,
        label: 'partial',
        expected: partial.expected,
        why: `overlaps the gold quote ${partial.span.start}-${partial.span.end} by less than half of the shorter span`,
      });
      return;
    }
    falsePositives.push({ ...base, label: 'spurious', why: 'not in the gold' });
  }
}

/** Precision, recall and F1 of counts; 0 where a denominator is 0. */
export function figures(counts: TypeCounts): Figures {
  const { tp, fp, fn, ignored } = counts;
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, ignored, precision, recall, f1 };
}

/** The figures over many articles (counts summed, then ratios). */
export function summarize(matches: readonly ArticleMatch[]): Summary {
  const numeric: TypeCounts = { tp: 0, fp: 0, fn: 0, ignored: 0 };
  const quote: TypeCounts = { tp: 0, fp: 0, fn: 0, ignored: 0 };
  const fields = emptyFields();
  for (const m of matches) {
    for (const [sum, part] of [
      [numeric, m.numeric],
      [quote, m.quote],
    ] as const) {
      sum.tp += part.tp;
      sum.fp += part.fp;
      sum.fn += part.fn;
      sum.ignored += part.ignored;
    }
    for (const f of FIELDS) {
      fields[f].correct += m.fields[f].correct;
      fields[f].total += m.fields[f].total;
    }
  }
  const accuracy = {} as Record<Field, number>;
  for (const f of FIELDS) accuracy[f] = fields[f].total === 0 ? 0 : fields[f].correct / fields[f].total;
  return { articles: matches.length, numeric: figures(numeric), quote: figures(quote), accuracy, fields };
}
