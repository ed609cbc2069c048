/**
 * Word signatures for lexicon filters: a 16-bit hash of all of a word's code units, taken from the
 * last to the first, so that the hash of every suffix of a word (the forms `stems` gives without a
 * proclitic) falls out of the same pass. A lexicon marks its words' signatures in a bitmap
 * (lexicon-tools `WordFilter`); a token carries the signatures of its key and of every
 * clitic-stripped form `stems` gives, so each lexicon turns most tokens away with one bit test,
 * without slicing, hashing a string or probing a map.
 *
 * (Hashing every code unit, not only the first, third and last and the length as before, halves
 * what the filters let through: on bench articles the registry's first words passed 14.8% of
 * tokens, 7.3% now, against 6.6% that really are one; the speech cues 9.3% -> 4.7% against 4.2%.)
 */
import { PROCLITICS } from './proclitics.js';

const SEED = 0x811c9dc5 | 0;

/** One more code unit before what `h` hashes. */
function step(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

function finish(h: number): number {
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return (h ^ (h >>> 16)) & 0xffff;
}

/** The signature of a whole word. */
export function signature(word: string): number {
  let h = SEED;
  for (let p = word.length - 1; p >= 0; p--) h = step(h, word.charCodeAt(p));
  return finish(h);
}

const ALEF = 0x0627;
const LAM = 0x0644;
// The proclitics as code units, in the order `stems` tries them (one or two code units each),
// grouped by first code unit: a word is checked against the few that start with its own letter,
// not against all ten (`INITIAL` holds 1 + the index of the word's group, 0 for none).
interface Clitic {
  readonly second: number;
  readonly length: number;
  readonly endsWithLam: boolean;
}
const GROUPS: Clitic[][] = [];
const INITIAL = new Uint8Array(0x10000);
for (const p of PROCLITICS) {
  if (p.length > 2) throw new Error('stemSignatures: a proclitic longer than two letters');
  const first = p.charCodeAt(0);
  if (INITIAL[first] === 0) INITIAL[first] = GROUPS.push([]);
  GROUPS[INITIAL[first]! - 1]!.push({ second: p.length > 1 ? p.charCodeAt(1) : -1, length: p.length, endsWithLam: p.endsWith('ل') });
}

/**
 * The signatures of the forms `stems(key)` gives besides the key itself (a form is the key without
 * a one- or two-letter proclitic, or `ا` + that), from one pass over the key; null when there are
 * none. A signature may repeat; order follows `stems`.
 */
export function stemSignatures(key: string): number[] | null {
  const group = INITIAL[key.charCodeAt(0)]!;
  if (group === 0) return null;
  const n = key.length;
  if (n <= 2) return null; // every form needs a letter left after a one-letter proclitic and one more
  const c1 = key.charCodeAt(1);
  // the hashes of key.slice(2) and key.slice(1)
  let h = SEED;
  for (let p = n - 1; p >= 2; p--) h = step(h, key.charCodeAt(p));
  const h2 = h;
  const h1 = step(h2, c1);
  let out: number[] | null = null;
  for (const p of GROUPS[group - 1]!) {
    if (n <= p.length + 1 || (p.second >= 0 && c1 !== p.second)) continue;
    const rest = p.length === 1 ? h1 : h2;
    // a literal, not a push onto `[]`: the array lives as long as its token, and a first push
    // would give it room for 17 (nine words in ten have one form, almost all others two)
    if (out === null) out = [finish(rest)];
    else out.push(finish(rest));
    // `لل` + word: `ا` + the rest is a form too
    if (p.endsWithLam && key.charCodeAt(p.length) === LAM) out.push(finish(step(rest, ALEF)));
  }
  return out;
}

/**
 * The form of `key` whose signature is `stemSignatures(key)[k]`: the same walk, stopped at form `k`
 * (`stems(key)` gives these forms too, a repeated one once). A lexicon whose filter lets one
 * signature through makes that one form only, not the array of them all.
 */
export function stemForm(key: string, k: number): string {
  const group = INITIAL[key.charCodeAt(0)]!;
  if (group !== 0) {
    const n = key.length;
    const c1 = key.charCodeAt(1);
    const clitics = GROUPS[group - 1]!;
    let at = 0;
    for (let g = 0; g < clitics.length; g++) {
      const p = clitics[g]!;
      if (n <= p.length + 1 || (p.second >= 0 && c1 !== p.second)) continue;
      if (at++ === k) return key.slice(p.length);
      if (p.endsWithLam && key.charCodeAt(p.length) === LAM && at++ === k) return `ا${key.slice(p.length)}`;
    }
  }
  throw new RangeError(`stemForm: ${JSON.stringify(key)} has no form ${k}`);
}
