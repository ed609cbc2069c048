/**
 * A phrase index over token keys: lexicon phrases (one or more words, in natural spelling) are
 * folded to matching keys once, then matched at a token position, longest phrase first.
 * The first word may carry proclitics (`بنحو` matches `نحو`) when the caller allows it.
 */
import { matchKey } from '../normalize-text/index.js';
import { signature, stemSignatures, stems, type Token } from '../tokenize/index.js';

export interface PhraseMatch<T> {
  readonly payload: T;
  /** Index of the first token after the phrase. */
  readonly next: number;
  /** Number of words in the phrase. */
  readonly words: number;
  /** The proclitic stripped from the first word, if any (`ب` of `بنحو`). */
  readonly clitic: string;
}

/** A bitmap of word signatures: `mayHave` never says no to a marked word, nor to a token with a marked stem. */
export class WordFilter {
  readonly #bits = new Uint8Array(0x10000 >>> 3);

  add(word: string): void {
    const sig = signature(word);
    this.#bits[sig >>> 3]! |= 1 << (sig & 7);
  }

  #marked(sig: number): boolean {
    return (this.#bits[sig >>> 3]! & (1 << (sig & 7))) !== 0;
  }

  /** False when `word` is surely not a marked word. */
  mayHave(word: string): boolean {
    return this.#marked(signature(word));
  }

  /** False when the token's key surely is not a marked word. */
  mayHaveKey(token: Token): boolean {
    return this.#marked(token.sig ?? signature(token.key));
  }

  /** False when neither the token's key nor any form `stems(key)` gives is a marked word. */
  mayHaveStem(token: Token): boolean {
    if (this.#marked(token.sig ?? signature(token.key))) return true;
    const more = token.stemSigs === undefined ? stemSignatures(token.key) : token.stemSigs;
    if (more === null) return false;
    for (let i = 0; i < more.length; i++) if (this.#marked(more[i]!)) return true;
    return false;
  }
}

export class PhraseIndex<T> {
  readonly #byFirst = new Map<string, { rest: string[]; payload: T }[]>();
  /** Every first word is marked. */
  readonly #firsts = new WordFilter();

  constructor(entries: Iterable<readonly [phrase: string, payload: T]>) {
    for (const [phrase, payload] of entries) {
      const words = splitWords(matchKey(phrase));
      if (words.length === 0) throw new Error(`empty lexicon phrase: ${JSON.stringify(phrase)}`);
      const [first, ...rest] = words as [string, ...string[]];
      const list = this.#byFirst.get(first) ?? [];
      list.push({ rest, payload });
      // longest first, so the first hit is the longest
      list.sort((a, b) => b.rest.length - a.rest.length);
      this.#byFirst.set(first, list);
      this.#firsts.add(first);
    }
  }

  has(key: string): boolean {
    return this.#firsts.mayHave(key) && this.#byFirst.has(key);
  }

  /** The longest phrase starting at token `i`. */
  matchAt(tokens: readonly Token[], i: number, allowClitics = false): PhraseMatch<T> | undefined {
    const token = tokens[i];
    if (!token) return undefined;
    // most tokens start no phrase: turned away by the filter, with nothing allocated
    if (allowClitics ? !this.#firsts.mayHaveStem(token) : !this.#firsts.mayHaveKey(token)) return undefined;
    const firsts = allowClitics ? stems(token.key) : [token.key];
    let best: PhraseMatch<T> | undefined;
    for (const first of firsts) {
      if (!this.#firsts.mayHave(first)) continue;
      const list = this.#byFirst.get(first);
      if (!list) continue;
      for (const { rest, payload } of list) {
        if (best && rest.length + 1 <= best.words) break;
        if (restMatches(tokens, i + 1, rest)) {
          best = { payload, next: i + 1 + rest.length, words: rest.length + 1, clitic: token.key.slice(0, token.key.length - first.length) };
          break;
        }
      }
    }
    return best;
  }

  /** The longest phrase that ends right before token `end` (its last token is `end - 1`). */
  matchEndingAt(tokens: readonly Token[], end: number, maxWords: number, allowClitics = false): (PhraseMatch<T> & { start: number }) | undefined {
    for (let words = Math.min(maxWords, end); words >= 1; words--) {
      const start = end - words;
      const m = this.matchAt(tokens, start, allowClitics);
      if (m && m.next === end) return { ...m, start };
    }
    return undefined;
  }
}

function restMatches(tokens: readonly Token[], from: number, rest: readonly string[]): boolean {
  for (let k = 0; k < rest.length; k++) {
    const t = tokens[from + k];
    if (!t || t.key !== rest[k]) return false;
  }
  return true;
}

/** Splits a phrase key into token-sized words the way `tokenize` would (`%` and `2` separate). */
export function splitWords(key: string): string[] {
  return key.match(/[0-9]+|[\u0621-\u064a\u0671-\u06ff]+|[a-z]+|[^\s\u0621-\u064a\u0671-\u06ffa-z0-9]/g) ?? [];
}

/** A set of single-word keys with a filter of their signatures, so `hasStem` turns most tokens away at once. */
export class KeySet extends Set<string> {
  readonly filter = new WordFilter();

  override add(key: string): this {
    this.filter.add(key);
    return super.add(key);
  }
}

/** A set of single-word keys, folded once. */
export function keySet(words: Iterable<string>): ReadonlySet<string> {
  const set = new KeySet();
  for (const w of words) set.add(matchKey(w));
  return set;
}

/** True when the token, or one of its clitic-stripped forms, is in the set. */
export function hasStem(set: ReadonlySet<string>, token: Token | undefined): boolean {
  if (!token) return false;
  if (set instanceof KeySet && !set.filter.mayHaveStem(token)) return false;
  if (set.has(token.key)) return true;
  for (const s of stems(token.key)) if (set.has(s)) return true;
  return false;
}
