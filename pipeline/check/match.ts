import type { ClaimRecord, Qualifier } from '../../schemas/claim.js';
import type { CheckField } from '../../schemas/check.js';
import { UNIT_ALIASES } from './lexicon/concepts.js';
import { periodsConflict } from './periods.js';

/** Relative tolerance of an exact figure, and of an approximate one (`about`, `نحو`). */
export const EXACT_TOLERANCE = 0.005;
export const APPROX_TOLERANCE = 0.1;

/** A numeric claim with what `isnad check` needs beside the record: its concept. */
export interface CheckableClaim {
  readonly claim: ClaimRecord;
  /** What it measures (`capex`, `users` ...), from lexicon/concepts.ts; undefined when unknown. */
  readonly concept?: string;
}

export type NumericVerdict =
  | { readonly verdict: 'supported'; readonly evidence: readonly CheckableClaim[] }
  | { readonly verdict: 'mismatch'; readonly fields: readonly CheckField[]; readonly evidence: readonly CheckableClaim[] }
  | { readonly verdict: 'not-found'; readonly evidence: readonly CheckableClaim[] };

type Bound = 'point' | 'lower' | 'upper';

function boundOf(q: Qualifier | undefined): Bound {
  if (q === 'moreThan' || q === 'atLeast') return 'lower';
  if (q === 'upTo' || q === 'lessThan') return 'upper';
  return 'point';
}

function unitOf(c: ClaimRecord): string {
  const unit = c.numeric!.unit;
  return UNIT_ALIASES[unit] ?? unit;
}

/**
 * Is the source value consistent with the article's? The article's qualifier sets the test:
 * exact ±0.5%, approximate ±10% (either side approximate widens it), `more than`/`at least`: the
 * source value reaches the claim value, `up to`/`less than`: it does not exceed it.
 */
export function valueAgrees(article: ClaimRecord, source: ClaimRecord): boolean {
  const a = article.numeric!;
  const s = source.numeric!;
  const aLow = a.value;
  const aHigh = a.valueMax ?? a.value;
  const sLow = s.value;
  const sHigh = s.valueMax ?? s.value;
  const bound = boundOf(a.qualifier);
  if (bound === 'lower') return sHigh >= aLow * (1 - EXACT_TOLERANCE);
  if (bound === 'upper') return sLow <= aHigh * (1 + EXACT_TOLERANCE);
  const tolerance = a.qualifier === 'approx' || s.qualifier === 'approx' ? APPROX_TOLERANCE : EXACT_TOLERANCE;
  if (sHigh >= aLow && sLow <= aHigh) return true;
  const gap = sLow > aHigh ? sLow - aHigh : aLow - sHigh;
  const scale = Math.max(Math.abs(aLow), Math.abs(aHigh), Math.abs(sLow), Math.abs(sHigh));
  return scale === 0 || gap / scale <= tolerance;
}

/**
 * Does the article keep the source's hedge? Same kind of bound, or an article bound over a source
 * figure (checked by value); an article figure over a source bound (`600 billion` for `up to 600
 * billion`) or opposite bounds differ.
 */
export function qualifierAgrees(article: Qualifier | undefined, source: Qualifier | undefined): boolean {
  const a = boundOf(article);
  const s = boundOf(source);
  return a === s || s === 'point';
}

/** The fields in which a source claim differs from the article claim (empty: it supports it). */
export function differingFields(article: ClaimRecord, source: ClaimRecord): CheckField[] {
  const a = article.numeric!;
  const s = source.numeric!;
  const fields: CheckField[] = [];
  if (!valueAgrees(article, source)) fields.push('value');
  if (!qualifierAgrees(a.qualifier, s.qualifier)) fields.push('qualifier');
  if (a.change !== s.change) fields.push('change');
  if (periodsConflict(a.period?.text, s.period?.text)) fields.push('period');
  return fields;
}

/** Same unit, and concepts that do not disagree (an unknown concept agrees with any). */
function comparable(article: CheckableClaim, source: CheckableClaim): boolean {
  if (unitOf(article.claim) !== unitOf(source.claim)) return false;
  return article.concept === undefined || source.concept === undefined || article.concept === source.concept;
}

function relativeGap(article: ClaimRecord, source: ClaimRecord): number {
  const a = article.numeric!.value;
  const s = source.numeric!.value;
  const scale = Math.max(Math.abs(a), Math.abs(s));
  return scale === 0 ? 0 : Math.abs(a - s) / scale;
}

/**
 * The verdict on one numeric claim against the numeric claims of the sources. `supported` when a
 * comparable source claim differs in no field; else `mismatch` when a source claim measures the
 * same thing (same unit and the same known concept) but differs, naming the fields of the closest
 * one; else `not-found`.
 */
export function judgeNumeric(article: CheckableClaim, sources: readonly CheckableClaim[]): NumericVerdict {
  const candidates = sources.filter((s) => s.claim.type === 'numeric' && s.claim.numeric !== undefined && comparable(article, s));
  const scored = candidates.map((s, order) => ({
    s,
    order,
    fields: differingFields(article.claim, s.claim),
    sameConcept: article.concept !== undefined && article.concept === s.concept,
    gap: relativeGap(article.claim, s.claim),
  }));
  const rank = (a: (typeof scored)[number], b: (typeof scored)[number]): number =>
    Number(b.sameConcept) - Number(a.sameConcept) || a.fields.length - b.fields.length || a.gap - b.gap || a.order - b.order;
  const supporting = scored.filter((x) => x.fields.length === 0).sort(rank);
  if (supporting.length > 0) return { verdict: 'supported', evidence: supporting.map((x) => x.s) };
  const same = scored.filter((x) => x.sameConcept).sort(rank);
  if (same.length > 0) return { verdict: 'mismatch', fields: same[0]!.fields, evidence: same.map((x) => x.s) };
  return { verdict: 'not-found', evidence: [] };
}
