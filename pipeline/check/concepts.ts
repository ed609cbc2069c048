import type { ClaimRecord } from '../../schemas/claim.js';
import { matchKey } from '../../stages/normalize-text/index.js';
import { CONCEPTS } from './lexicon/concepts.js';

interface Hit {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

const PHRASES = CONCEPTS.flatMap((c) => c.phrases.map((p) => ({ id: c.id, key: matchKey(p), latin: /[a-z]/i.test(p) })));

/** Concept phrases in `text` (matching key), longest kept where two overlap. */
export function conceptHits(text: string, offset = 0): Hit[] {
  const key = matchKey(text);
  const hits: Hit[] = [];
  for (const p of PHRASES) {
    for (let i = key.indexOf(p.key); i >= 0; i = key.indexOf(p.key, i + 1)) {
      if (p.latin && i > 0 && /[a-z]/.test(key[i - 1]!)) continue;
      hits.push({ id: p.id, start: offset + i, end: offset + i + p.key.length });
    }
  }
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Hit[] = [];
  for (const h of hits) if (!kept.some((k) => k.start < h.end && h.start < k.end)) kept.push(h);
  return kept;
}

/**
 * What a numeric claim measures: its counted item's concept, else the nearest concept phrase
 * before it in its sentence (not crossing another claim), else the nearest after it.
 */
export function conceptOf(claim: ClaimRecord, text: string, claims: readonly ClaimRecord[]): string | undefined {
  const item = claim.numeric?.item;
  if (item !== undefined) {
    const hit = conceptHits(item)[0];
    if (hit !== undefined) return hit.id;
  }
  let from = claim.sentence.start;
  let to = claim.sentence.end;
  for (const other of claims) {
    if (other === claim || other.type !== 'numeric') continue;
    if (other.span.end <= claim.span.start && other.span.end > from) from = other.span.end;
    if (other.span.start >= claim.span.end && other.span.start < to) to = other.span.start;
  }
  const before = conceptHits(text.slice(from, claim.span.start), from);
  if (before.length > 0) return before.reduce((a, b) => (b.end > a.end ? b : a)).id;
  const after = conceptHits(text.slice(claim.span.end, to), claim.span.end);
  if (after.length > 0) return after.reduce((a, b) => (b.start < a.start ? b : a)).id;
  return undefined;
}
