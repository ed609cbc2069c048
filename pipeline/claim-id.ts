import * as crypto from 'node:crypto';
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
    digest = sentenceDigest(squashedKey(sentence));
    if (sentenceDigests.size >= SENTENCES_KEPT) sentenceDigests.clear();
    sentenceDigests.set(sentence, digest);
  }
  return claimIdOfKeys(type, digest, squashedKey(surface), ordinal);
}

/**
 * `claimId` in two steps, for a caller that has the squashed matching keys already (an article's
 * key, see `squashedKeySlice`) and digests each sentence once: the digest of the sentence's key ...
 */
export function sentenceDigest(sentenceKey: string): string {
  return sha256Hex(sentenceKey);
}

/** ... and the id from it and the surface's key: `claimId(type, sentence, surface, ordinal)`. */
export function claimIdOfKeys(type: 'numeric' | 'quote', digest: string, surfaceKey: string, ordinal: number): string {
  const id = sha256Hex(`${type}\u0000${digest}\u0000${surfaceKey}\u0000${ordinal}`);
  return `${type === 'numeric' ? 'n' : 'q'}-${id.slice(0, 16)}`;
}

// An article's claims come sentence by sentence, numeric claims first and then quotes: digest
// each sentence once, not once per claim (the last few dozen kept, then forgotten at once).
const SENTENCES_KEPT = 64;
const sentenceDigests = new Map<string, string>();

/**
 * SHA-256 of a string's UTF-8 bytes, in hex. The one-shot `crypto.hash` (Node >= 20.12) builds
 * no Hash object: ~1 µs for a claim's key against ~3 µs for `createHash` and ~5 µs for copying a
 * prepared one; older Nodes get `createHash`, with the same digest.
 */
const sha256Hex: (data: string) => string =
  typeof crypto.hash === 'function' ? (data) => crypto.hash('sha256', data, 'hex') : (data) => crypto.createHash('sha256').update(data).digest('hex');
