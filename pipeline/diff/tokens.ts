import { matchKey } from '../../stages/normalize-text/index.js';

const SPACES = /\s+/g;
const NON_WORD = /[^\p{L}\p{N}]+/u;
const NUMBER = /\d+(?:[.,]\d+)*/g;

/** The matching key with whitespace runs squashed: what two spellings of the same words share. */
export function squashKey(text: string): string {
  return matchKey(text).replace(SPACES, ' ').trim();
}

/** Word tokens of the matching key (letters and digits; punctuation and quotation marks dropped). */
export function keyTokens(text: string): string[] {
  return matchKey(text)
    .split(NON_WORD)
    .filter((t) => t.length > 0);
}

/** Tokens with every number replaced by `#`, so `600 مليار` and `650 مليار` look alike. */
export function maskedTokens(text: string): string[] {
  return keyTokens(text).map((t) => t.replace(NUMBER, '#'));
}

/** |A ∩ B| / |A ∪ B| of two token sets; 1 when both are empty. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const t of small) if (large.has(t)) common++;
  return common / (a.size + b.size - common);
}
