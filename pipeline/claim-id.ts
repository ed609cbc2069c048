import { createHash } from 'node:crypto';
import { squashedKey } from '../stages/normalize-text/index.js';

/**
 * A claim's stable id. It hashes what an edit of form does not change: the claim type, the
 * matching key of its sentence and of its surface (so whitespace, diacritics, tatweel and digit
 * script do not count), and its ordinal among claims with the same three. The article id is not
 * part of it, so two versions of one article filed under different names still pair by id.
 */
export function claimId(type: 'numeric' | 'quote', sentence: string, surface: string, ordinal: number): string {
  let digest = sentenceDigests.get(sentence);
  if (digest === undefined) {
    digest = SHA256.copy().update(squash(sentence)).digest('hex');
    if (sentenceDigests.size >= SENTENCES_KEPT) sentenceDigests.clear();
    sentenceDigests.set(sentence, digest);
  }
  const h = SHA256.copy();
  h.update(`${type}\u0000${digest}\u0000${squash(surface)}\u0000${ordinal}`);
  return `${type === 'numeric' ? 'n' : 'q'}-${h.digest('hex').slice(0, 16)}`;
}

// An article's claims come sentence by sentence, numeric claims first and then quotes: digest
// each sentence once, not once per claim (the last few dozen kept, then forgotten at once).
const SENTENCES_KEPT = 64;
const sentenceDigests = new Map<string, string>();
// A fresh SHA-256 state, copied for each digest (cheaper than createHash looking the algorithm up).
const SHA256 = createHash('sha256');

/** The matching key, whitespace runs made one space, trimmed. */
function squash(text: string): string {
  return squashedKey(text);
}
