import type { PreparedLexicon } from './lexicon/index.js';
import type { Token } from './types.js';

/** Value of one written-out number word (`three` → 3), or undefined. */
export function wordValue(lex: PreparedLexicon, word: string): number | undefined {
  return lex.raw.unitWords[word];
}

/** True when `words` (lower case) stand at `tokens[at...]` within sentence `sentence`. */
export function wordsAt(tokens: readonly Token[], at: number, words: readonly string[], sentence: number): boolean {
  if (at < 0 || at + words.length > tokens.length) return false;
  for (let k = 0; k < words.length; k++) {
    const t = tokens[at + k]!;
    if (t.sentence !== sentence || t.lower !== words[k]) return false;
  }
  return true;
}

/** The longest phrase of `phrases` that ends right before token `before` (same sentence), or undefined. */
export function phraseEndingBefore<P extends { readonly words: readonly string[] }>(
  tokens: readonly Token[],
  before: number,
  phrases: readonly P[],
  sentence: number,
): P | undefined {
  let best: P | undefined;
  for (const p of phrases) {
    if (best !== undefined && p.words.length <= best.words.length) continue;
    if (wordsAt(tokens, before - p.words.length, p.words, sentence)) best = p;
  }
  return best;
}

/** The longest phrase of `phrases` that starts at token `at` (same sentence), or undefined. */
export function phraseStartingAt<P extends { readonly words: readonly string[] }>(
  tokens: readonly Token[],
  at: number,
  phrases: readonly P[],
  sentence: number,
): P | undefined {
  let best: P | undefined;
  for (const p of phrases) {
    if (best !== undefined && p.words.length <= best.words.length) continue;
    if (wordsAt(tokens, at, p.words, sentence)) best = p;
  }
  return best;
}

/** Longest word-list phrase (plain `string[][]`) starting at `at`; returns its length or 0. */
export function listPhraseAt(tokens: readonly Token[], at: number, list: readonly (readonly string[])[], sentence: number): number {
  let best = 0;
  for (const words of list) if (words.length > best && wordsAt(tokens, at, words, sentence)) best = words.length;
  return best;
}
