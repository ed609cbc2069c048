/**
 * Word signatures for lexicon filters: a 16-bit hash of a word's first, third and last code units
 * and its length. A lexicon marks its words' signatures in a bitmap (lexicon-tools `WordFilter`);
 * a token carries the signatures of its key and of every clitic-stripped form `stems` gives, so
 * each lexicon turns most tokens away with one bit test, without slicing, hashing a string or
 * probing a map.
 */
import { PROCLITICS } from './proclitics.js';

function signatureOf(first: number, third: number, last: number, length: number): number {
  const h = Math.imul((first << 16) ^ third, 0x9e3779b1) ^ Math.imul((last << 16) ^ length, 0x85ebca6b);
  return (h ^ (h >>> 16)) & 0xffff;
}

/** The signature of a whole word. */
export function signature(word: string): number {
  const n = word.length;
  return signatureOf(word.charCodeAt(0) | 0, n >= 3 ? word.charCodeAt(2) : 0, word.charCodeAt(n - 1) | 0, n);
}

const ALEF = 0x0627;
const LAM = 0x0644;
// The proclitics as code units, in the order `stems` tries them.
const CLITICS = PROCLITICS.map((p) => ({ first: p.charCodeAt(0), second: p.length > 1 ? p.charCodeAt(1) : -1, length: p.length, endsWithLam: p.endsWith('ل') }));
const INITIAL = new Uint8Array(0x10000);
for (const p of PROCLITICS) INITIAL[p.charCodeAt(0)] = 1;

/**
 * The signatures of the forms `stems(key)` gives besides the key itself (a form is a suffix of
 * the key, or `ا` + one), computed from code units; null when there are none. A signature may
 * repeat; order follows `stems`.
 */
export function stemSignatures(key: string): number[] | null {
  if (INITIAL[key.charCodeAt(0)] !== 1) return null;
  const n = key.length;
  const c1 = key.charCodeAt(1);
  const last = key.charCodeAt(n - 1);
  let out: number[] | null = null;
  for (const p of CLITICS) {
    if (n <= p.length + 1 || (p.second >= 0 && c1 !== p.second) || key.charCodeAt(0) !== p.first) continue;
    const m = n - p.length;
    const r0 = key.charCodeAt(p.length);
    (out ??= []).push(signatureOf(r0, m >= 3 ? key.charCodeAt(p.length + 2) : 0, last, m));
    // `لل` + word: `ا` + the rest is a form too
    if (r0 === LAM && p.endsWithLam) out.push(signatureOf(ALEF, key.charCodeAt(p.length + 1), last, m + 1));
  }
  return out;
}
