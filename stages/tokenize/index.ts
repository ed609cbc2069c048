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
}

// Proclitics that attach to a word without a space: conjunctions و ف, prepositions ب ل ك.
const PROCLITICS = ['وب', 'ول', 'فب', 'فل', 'وك', 'و', 'ف', 'ب', 'ل', 'ك'];

/** The word and its forms without proclitics (longest first stripped last); `لل` restores the article. */
export function stems(key: string): string[] {
  const out = [key];
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

const isArabicLetter = (c: number): boolean =>
  (c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3) || c === 0x06d5 || (c >= 0x06fa && c <= 0x06ff);
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isLatin = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f);
const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0b || c === 0x0c;

/**
 * Splits normalized text into tokens. A number is digits with inner `.` or `,` separators
 * (`1,300`, `47.5`) or the wire form `5ر47`; a separator at the end belongs to punctuation.
 */
export function tokenize(text: string, key: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    if (isDigit(c)) {
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
    } else if (isArabicLetter(c)) {
      kind = TokenKind.Arabic;
      i++;
      while (i < n && isArabicLetter(text.charCodeAt(i))) i++;
    } else if (isLatin(c)) {
      kind = TokenKind.Latin;
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isLatin(d) || d === 0x27 || d === 0x2019 || (d === 0x2e && i + 1 < n && isLatin(text.charCodeAt(i + 1)) && text.charCodeAt(i + 2) === 0x2e)) i++;
        else break;
      }
    } else {
      kind = TokenKind.Punct;
      i++;
      // keep surrogate pairs whole
      if (c >= 0xd800 && c <= 0xdbff && i < n) {
        const d = text.charCodeAt(i);
        if (d >= 0xdc00 && d <= 0xdfff) i++;
      }
    }
    tokens.push({ start, end: i, kind, key: key.slice(start, i) });
  }
  return tokens;
}
