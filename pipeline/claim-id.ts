import { createHash } from 'node:crypto';
import { matchKey } from '../stages/normalize-text/index.js';

/**
 * A claim's stable id. It hashes what an edit of form does not change: the claim type, the
 * matching key of its sentence and of its surface (so whitespace, diacritics, tatweel and digit
 * script do not count), and its ordinal among claims with the same three. The article id is not
 * part of it, so two versions of one article filed under different names still pair by id.
 */
export function claimId(type: 'numeric' | 'quote', sentence: string, surface: string, ordinal: number): string {
  if (sentence !== lastSentence) {
    lastSentence = sentence;
    lastDigest = createHash('sha256').update(squash(sentence)).digest('hex');
  }
  const h = createHash('sha256');
  h.update(`${type}\u0000${lastDigest}\u0000${squash(surface)}\u0000${ordinal}`);
  return `${type === 'numeric' ? 'n' : 'q'}-${h.digest('hex').slice(0, 16)}`;
}

// Claims of one sentence come together: digest the sentence once, not once per claim.
let lastSentence = '';
let lastDigest = '';

function squash(text: string): string {
  return matchKey(text).replace(/\s+/g, ' ').trim();
}
