import type { ClaimRecord } from '../../schemas/claim.js';
import { conceptHits } from './concepts.js';
import { sameFamilyName } from './names.js';

/** Source tags of described groups: two quotes of `investors` are the same speaker across languages. */
const GROUP_TAGS = new Set(['analysts', 'investors', 'observers', 'experts', 'officials', 'people', 'anonymous']);

function speakerOf(c: ClaimRecord): string | undefined {
  return c.attribution.speaker ?? (c.attribution.label !== '' ? c.attribution.label : undefined);
}

function isGroup(c: ClaimRecord): boolean {
  const speaker = speakerOf(c);
  return GROUP_TAGS.has(c.attribution.source) && (speaker === undefined || !/\s/.test(speaker.trim()));
}

/** True when two quotes have the same speaker: the same family name across scripts, or the same described group. */
export function sameSpeaker(a: ClaimRecord, b: ClaimRecord): boolean {
  if (isGroup(a) || isGroup(b)) return isGroup(a) && isGroup(b) && a.attribution.source === b.attribution.source;
  const sa = speakerOf(a);
  const sb = speakerOf(b);
  return sa !== undefined && sb !== undefined && sameFamilyName(sa, sb);
}

/** What two quotes share across languages: digits, Latin words and concepts. */
function anchors(text: string): Set<string> {
  const out = new Set<string>();
  for (const d of text.match(/\d+(?:[.,]\d+)?/g) ?? []) out.add(`#${d}`);
  for (const w of text.match(/[A-Za-z]{3,}/g) ?? []) out.add(w.toLowerCase());
  for (const h of conceptHits(text)) out.add(`concept:${h.id}`);
  return out;
}

/**
 * The quote of the same speaker in the sources closest to `quote`: direct quotes first, then the
 * most shared anchors (figures, Latin words, concepts), then source order. Undefined when the
 * speaker does not speak in the sources.
 */
export function closestQuote(quote: ClaimRecord, sources: readonly ClaimRecord[]): ClaimRecord | undefined {
  const mine = anchors(quote.text);
  let best: { c: ClaimRecord; score: number; order: number } | undefined;
  sources.forEach((c, order) => {
    if (c.type !== 'quote' || !sameSpeaker(quote, c)) return;
    let shared = 0;
    for (const a of anchors(c.text)) if (mine.has(a)) shared++;
    const score = (c.quote?.kind === quote.quote?.kind ? 1000 : 0) + shared;
    if (best === undefined || score > best.score) best = { c, score, order };
  });
  return best?.c;
}
