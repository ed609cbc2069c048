/**
 * tokenize: words, numbers and punctuation over the normalized text, each with its
 * normalized span and its matching key. Arabic words also carry their clitic-stripped
 * forms (`وبمليار` → `بمليار`, `مليار`), so lexicons hold bare forms only.
 */
export const enum TokenKind {
  Arabic = 1,
  Latin = 2,
  Number = 3,
  Punct = 4,
}

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly kind: TokenKind;
  /** Matching key of the token text (letter variants folded, ASCII lowercased). */
  readonly key: string;
  /** `signature(key)`, for lexicon filters (set by `tokenize`; computed from `key` when absent). */
  readonly sig?: number;
  /** `stemSignatures(key)`: the signatures of the key's clitic-stripped forms, or null (set by `tokenize`). */
  readonly stemSigs?: readonly number[] | null;
}

import { PROCLITICS } from './proclitics.js';
import { signature, stemSignatures } from './signature.js';

export { PROCLITICS } from './proclitics.js';
export { signature, stemForm, stemSignatures } from './signature.js';

// First letters of the proclitics: a word starting with none of them has no other form.
const PROCLITIC_INITIALS = new Set(PROCLITICS.map((p) => p.charCodeAt(0)));

/**
 * The word and its forms without proclitics (longest first stripped last); `لل` restores the article.
 * Treat the result as read-only. Not memoized: probing a map of the words seen costs more than
 * this does (most words have no proclitic initial and return at once), and holds memory:
 * `isnad run --workers 1` on the 99 MB bench corpus took 61 s CPU and 270-280 MB with a
 * 50,000-word cache, 51-56 s and 240 MB without.
 */
export function stems(key: string): readonly string[] {
  return computeStems(key);
}

function computeStems(key: string): string[] {
  const out = [key];
  if (!PROCLITIC_INITIALS.has(key.charCodeAt(0))) return out;
  for (const p of PROCLITICS) {
    if (key.length > p.length + 1 && key.startsWith(p)) {
      const rest = key.slice(p.length);
      if (!out.includes(rest)) out.push(rest);
      if (rest.startsWith('ل') && p.endsWith('ل')) {
        // لل + word = ل + ال + word
        const withArticle = `ا${rest}`;
        if (!out.includes(withArticle)) out.push(withArticle);
      }
    }
  }
  return out;
}

// Character classes, one table lookup each.
const enum Cls {
  Other = 0,
  Space = 1,
  Digit = 2,
  Arabic = 3,
  Latin = 4,
}
const CLASS = new Uint8Array(0x10000);
const mark = (from: number, to: number, cls: Cls): void => {
  for (let c = from; c <= to; c++) CLASS[c] = cls;
};
mark(0x0621, 0x064a, Cls.Arabic);
mark(0x0671, 0x06d3, Cls.Arabic);
CLASS[0x06d5] = Cls.Arabic;
mark(0x06fa, 0x06ff, Cls.Arabic);
mark(0x30, 0x39, Cls.Digit);
mark(0x41, 0x5a, Cls.Latin);
mark(0x61, 0x7a, Cls.Latin);
mark(0xc0, 0x24f, Cls.Latin);
for (const c of [0x20, 0x0a, 0x0d, 0x09, 0x0b, 0x0c]) CLASS[c] = Cls.Space;

const isDigit = (c: number): boolean => CLASS[c] === Cls.Digit;
const isLatin = (c: number): boolean => CLASS[c] === Cls.Latin;

/**
 * Where `tokenize` gathers an article's tokens before copying them out at their exact count: a
 * fresh array grown by `push` was copied at every growth (a quarter of the stages' allocation on
 * bench articles). Holds the last article's tokens until the next call.
 */
const gathered: (Token | undefined)[] = [];
/** A longer article's tokens are not kept for the next call. */
const GATHERED_MAX = 1 << 16;

/**
 * Where a Latin word that began before `i` ends: letters, apostrophes, and the dots of an
 * abbreviation (`U.S.`). (Its own function: the abbreviation's dot is rare, and met for the first
 * time inside tokenize's compiled loop it threw that code away.)
 */
function latinWordEnd(text: string, i: number, n: number): number {
  while (i < n) {
    const d = text.charCodeAt(i);
    if (isLatin(d) || d === 0x27 || d === 0x2019 || (d === 0x2e && i + 1 < n && isLatin(text.charCodeAt(i + 1)) && text.charCodeAt(i + 2) === 0x2e)) i++;
    else break;
  }
  return i;
}

/**
 * Splits normalized text into tokens. A number is digits with inner `.` or `,` separators
 * (`1,300`, `47.5`) or the wire form `5ر47`; a separator at the end belongs to punctuation.
 */
export function tokenize(text: string, key: string): Token[] {
  const tokens = gathered;
  let count = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = CLASS[c];
    // a hashtag is words (`#بيل_غيتس` reads `بيل غيتس`): its `#` and its inner `_` separate, like a space
    if (cls === Cls.Space || (c === 0x23 && CLASS[text.charCodeAt(i + 1)] === Cls.Arabic) || (c === 0x5f && i > 0 && CLASS[text.charCodeAt(i - 1)] === Cls.Arabic && CLASS[text.charCodeAt(i + 1)] === Cls.Arabic)) {
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    if (cls === Cls.Digit) {
      kind = TokenKind.Number;
      i++;
      for (;;) {
        while (i < n && isDigit(text.charCodeAt(i))) i++;
        const sep = text.charCodeAt(i);
        // inner separator followed by a digit: `1,300` `47.5` `5ر47`
        if ((sep === 0x2e || sep === 0x2c || sep === 0x0631) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) {
          // `ر` only between digits on both sides and not starting a word (`5ر47`)
          i++;
          continue;
        }
        break;
      }
    } else if (cls === Cls.Arabic) {
      kind = TokenKind.Arabic;
      i++;
      while (i < n && CLASS[text.charCodeAt(i)] === Cls.Arabic) i++;
    } else if (cls === Cls.Latin) {
      kind = TokenKind.Latin;
      i = latinWordEnd(text, i + 1, n);
    } else {
      kind = TokenKind.Punct;
      i++;
      // keep surrogate pairs whole
      if (c >= 0xd800 && c <= 0xdbff && i < n) {
        const d = text.charCodeAt(i);
        if (d >= 0xdc00 && d <= 0xdfff) i++;
      }
    }
    const k = key.slice(start, i);
    const token: Token = { start, end: i, kind, key: k, sig: signature(k), stemSigs: kind === TokenKind.Arabic ? stemSignatures(k) : null };
    if (count < tokens.length) tokens[count] = token;
    else tokens.push(token);
    count++;
  }
  const out = tokens.slice(0, count) as Token[];
  // (the tokens go with the article: none is held here)
  if (tokens.length > GATHERED_MAX) tokens.length = 0;
  else tokens.fill(undefined, 0, count);
  return out;
}
