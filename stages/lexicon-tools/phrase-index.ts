/**
 * A phrase index over token keys: lexicon phrases (one or more words, in natural spelling) are
 * folded to matching keys once, then matched at a token position, longest phrase first.
 * The first word may carry proclitics (`بنحو` matches `نحو`) when the caller allows it.
 */
import { matchKey } from '../normalize-text/index.js';
import { signature, stemForm, stemSignatures, stems, type Token } from '../tokenize/index.js';

export interface PhraseMatch<T> {
  readonly payload: T;
  /** Index of the first token after the phrase. */
  readonly next: number;
  /** Number of words in the phrase. */
  readonly words: number;
  /** The proclitic stripped from the first word, if any (`ب` of `بنحو`). */
  readonly clitic: string;
}

/** The smallest and the largest bitmap of a WordFilter, in bits (signatures are 16 bits), and the bits it keeps a word. */
const MIN_FILTER_BITS = 4096;
const MAX_FILTER_BITS = 0x10000;
const BITS_PER_WORD = 64;

/**
 * A bitmap of word signatures: `mayHave` never says no to a marked word, nor to a token with a marked stem.
 *
 * The bitmap grows with the words it holds: at least 64 bits a word (so about one token in 64 that
 * is none of them gets through), from 4,096 bits (512 bytes) up to one bit per signature (8 KB).
 * A signature picks its bit by its low bits. (Every filter was 8 KB before: ~140 of them, more than
 * a core's 1 MB L2 cache, and the one bit test a token costs was mostly a cache miss; most lexicons
 * hold a few dozen words.)
 */
export class WordFilter {
  #bits = new Uint8Array(MIN_FILTER_BITS >>> 3);
  /** Bit index mask: the bitmap's size in bits, less one. */
  #mask = MIN_FILTER_BITS - 1;
  /** The signatures marked so far, to mark again when the bitmap grows. */
  readonly #sigs: number[] = [];

  add(word: string): void {
    const sig = signature(word);
    this.#sigs.push(sig);
    if (this.#sigs.length * BITS_PER_WORD > this.#mask + 1 && this.#mask + 1 < MAX_FILTER_BITS) {
      let size = this.#mask + 1;
      while (this.#sigs.length * BITS_PER_WORD > size && size < MAX_FILTER_BITS) size *= 2;
      this.#bits = new Uint8Array(size >>> 3);
      this.#mask = size - 1;
      for (const s of this.#sigs) this.#set(s);
    } else {
      this.#set(sig);
    }
  }

  #set(sig: number): void {
    const bit = sig & this.#mask;
    this.#bits[bit >>> 3]! |= 1 << (bit & 7);
  }

  /** False when no word with signature `sig` is marked. */
  marks(sig: number): boolean {
    const bit = sig & this.#mask;
    return (this.#bits[bit >>> 3]! & (1 << (bit & 7))) !== 0;
  }

  /** The bitmap's size in bits (for tests). */
  get sizeBits(): number {
    return this.#mask + 1;
  }

  /** False when none of the signatures is marked. */
  marksAny(sigs: readonly number[]): boolean {
    for (let i = 0; i < sigs.length; i++) if (this.marks(sigs[i]!)) return true;
    return false;
  }

  /** False when `word` is surely not a marked word. */
  mayHave(word: string): boolean {
    return this.marks(signature(word));
  }

  /** False when the token's key surely is not a marked word. */
  mayHaveKey(token: Token): boolean {
    return this.marks(token.sig ?? signature(token.key));
  }

  /** False when neither the token's key nor any form `stems(key)` gives is a marked word. */
  mayHaveStem(token: Token): boolean {
    if (this.marks(token.sig ?? signature(token.key))) return true;
    const more = token.stemSigs === undefined ? stemSignatures(token.key) : token.stemSigs;
    if (more === null) return false;
    for (let i = 0; i < more.length; i++) if (this.marks(more[i]!)) return true;
    return false;
  }
}

/**
 * One node of a phrase index's trie: the phrase that ends here (the first one listed, when a phrase
 * is listed twice) and the words that may come next. One shape for every node.
 */
interface TrieNode<T> {
  /** True when a phrase ends at this node. */
  ends: boolean;
  payload: T | undefined;
  next: Map<string, TrieNode<T>> | undefined;
}

function trieNode<T>(): TrieNode<T> {
  return { ends: false, payload: undefined, next: undefined };
}

export class PhraseIndex<T> {
  /**
   * The phrases as a trie over token keys, by first word. (A list of phrases per first word, tried
   * longest first, was what took the time: common first words such as `وزارة` start hundreds of
   * registry aliases, and each one was compared with the tokens after. The trie asks one map per
   * word and finds the same longest phrase.)
   */
  readonly #byFirst = new Map<string, TrieNode<T>>();
  /** Every first word is marked. */
  readonly #firsts = new WordFilter();

  constructor(entries: Iterable<readonly [phrase: string, payload: T]>) {
    for (const [phrase, payload] of entries) {
      const words = splitWords(matchKey(phrase));
      if (words.length === 0) throw new Error(`empty lexicon phrase: ${JSON.stringify(phrase)}`);
      let node: TrieNode<T> | undefined = this.#byFirst.get(words[0]!);
      if (!node) this.#byFirst.set(words[0]!, (node = trieNode<T>()));
      for (let k = 1; k < words.length; k++) {
        const next: Map<string, TrieNode<T>> = (node.next ??= new Map());
        let child: TrieNode<T> | undefined = next.get(words[k]!);
        if (!child) next.set(words[k]!, (child = trieNode<T>()));
        node = child;
      }
      // a phrase listed twice keeps its first payload (as the longest-first list did)
      if (!node.ends) {
        node.ends = true;
        node.payload = payload;
      }
      this.#firsts.add(words[0]!);
    }
  }

  has(key: string): boolean {
    return this.#firsts.mayHave(key) && this.#byFirst.has(key);
  }

  /** The longest phrase starting at token `i`. */
  matchAt(tokens: readonly Token[], i: number, allowClitics = false): PhraseMatch<T> | undefined {
    const token = tokens[i];
    if (!token) return undefined;
    const key = token.key;
    let best: PhraseMatch<T> | undefined;
    // most tokens start no phrase: turned away by the filter, with nothing allocated
    if (this.#firsts.marks(token.sig ?? signature(key))) {
      const node = this.#byFirst.get(key);
      if (node) best = longest(node, tokens, i, '', undefined);
    }
    if (!allowClitics) return best;
    // the key's clitic-stripped forms, in the order `stems` gives them: only those that may be a first
    // word are made (a form `stems` lists once may come twice here: the second finds nothing longer)
    const more = token.stemSigs === undefined ? stemSignatures(key) : token.stemSigs;
    if (more === null) return best;
    for (let s = 0; s < more.length; s++) {
      if (!this.#firsts.marks(more[s]!)) continue;
      const first = stemForm(key, s);
      const node = this.#byFirst.get(first);
      if (node) best = longest(node, tokens, i, key.slice(0, key.length - first.length), best);
    }
    return best;
  }

  /** The longest phrase that ends right before token `end` (its last token is `end - 1`). */
  matchEndingAt(tokens: readonly Token[], end: number, maxWords: number, allowClitics = false): (PhraseMatch<T> & { start: number }) | undefined {
    for (let words = Math.min(maxWords, end); words >= 1; words--) {
      const start = end - words;
      const m = this.matchAt(tokens, start, allowClitics);
      // (a literal, not `{ ...m, start }`: the spread's copies took new hidden classes without end, and
      // `qb.payload` in extract-numbers' buildMention went megamorphic, a lookup in V8's stub cache each time)
      if (m && m.next === end) return { payload: m.payload, next: m.next, words: m.words, clitic: m.clitic, start };
    }
    return undefined;
  }
}

/**
 * The longest phrase from `first` (the trie node of token `i`'s first word) along the tokens after
 * `i`, when it is longer than `best`; else `best`.
 */
function longest<T>(first: TrieNode<T>, tokens: readonly Token[], i: number, clitic: string, best: PhraseMatch<T> | undefined): PhraseMatch<T> | undefined {
  let node = first;
  let found: TrieNode<T> | undefined = node.ends ? node : undefined;
  let words = 1;
  let foundWords = found ? 1 : 0;
  while (node.next !== undefined) {
    const t = tokens[i + words];
    if (!t) break;
    const child = node.next.get(t.key);
    if (!child) break;
    node = child;
    words++;
    if (node.ends) {
      found = node;
      foundWords = words;
    }
  }
  if (!found || (best && foundWords <= best.words)) return best;
  return { payload: found.payload as T, next: i + foundWords, words: foundWords, clitic };
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

/**
 * What the map holds for the first clitic-stripped form of the token (in the order `stems` gives
 * them) that the filter lets through: the forms are made only for signatures the filter marks.
 */
export function stemIn<V>(map: ReadonlyMap<string, V>, filter: WordFilter, token: Token): V | undefined {
  const key = token.key;
  const more = token.stemSigs === undefined ? stemSignatures(key) : token.stemSigs;
  if (more === null) return undefined;
  for (let s = 0; s < more.length; s++) {
    if (!filter.marks(more[s]!)) continue;
    const hit = map.get(stemForm(key, s));
    if (hit !== undefined) return hit;
  }
  return undefined;
}

/** True when the token, or one of its clitic-stripped forms, is in the set. */
export function hasStem(set: ReadonlySet<string>, token: Token | undefined): boolean {
  if (!token) return false;
  if (!(set instanceof KeySet)) {
    if (set.has(token.key)) return true;
    for (const s of stems(token.key)) if (set.has(s)) return true;
    return false;
  }
  // the key, then (only when the filter lets one of them through) its clitic-stripped forms
  const key = token.key;
  if (set.filter.marks(token.sig ?? signature(key)) && set.has(key)) return true;
  const more = token.stemSigs === undefined ? stemSignatures(key) : token.stemSigs;
  if (more === null) return false;
  for (let s = 0; s < more.length; s++) if (set.filter.marks(more[s]!) && set.has(stemForm(key, s))) return true;
  return false;
}
