import type { ClaimRecord } from '../../schemas/claim.js';

type Draft = Pick<ClaimRecord, 'type' | 'numeric' | 'quote' | 'attribution' | 'text'>;

/** Sources that vouch for nothing an editor can call: these claims go up the queue. */
const WEAK_SOURCES = new Set(['publisher', 'reports', 'anonymous']);

/**
 * A simple, explainable priority in [0, 1] and the reasons behind it (temporary: the lead's scorer
 * replaces it). Large money, changes, bounds and weak sources raise a numeric claim; a quote that
 * carries a figure outranks one that does not.
 */
export function scoreEnglishClaim(claim: Draft, publisherTag: string): { priority: number; reasons: string[] } {
  const reasons: string[] = [];
  let p: number;
  if (claim.type === 'numeric' && claim.numeric !== undefined) {
    p = 0.5;
    const n = claim.numeric;
    if (/^[A-Z]{3}$/.test(n.unit) && n.value >= 1e9) {
      p += 0.2;
      reasons.push('large-money');
    } else if (n.unit === 'count' && n.value >= 1e6) {
      p += 0.1;
      reasons.push('large-count');
    }
    if (n.change !== undefined) {
      p += 0.1;
      reasons.push('change');
    }
    if (n.qualifier === 'moreThan' || n.qualifier === 'upTo' || n.qualifier === 'atLeast') {
      p += 0.05;
      reasons.push('bound');
    }
  } else {
    p = claim.quote?.kind === 'direct' ? 0.4 : 0.3;
    reasons.push(claim.quote?.kind === 'direct' ? 'direct-quote' : 'indirect-quote');
    if (/\d/.test(claim.text)) {
      p += 0.2;
      reasons.push('quote-with-figure');
    }
  }
  const source = claim.attribution.source;
  if (WEAK_SOURCES.has(source) || source === publisherTag) {
    p += 0.15;
    reasons.push(source === 'anonymous' ? 'anonymous-source' : 'unattributed');
  }
  return { priority: Math.min(1, Math.round(p * 100) / 100), reasons };
}
