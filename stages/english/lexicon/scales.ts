/**
 * Scale words and suffixes: `600 billion`, `600bn`, `€5m`, `$3tn`, `$50k`.
 * `glued` suffixes stand right after the digits; `word` forms are separate words.
 */
export interface Scale {
  readonly factor: number;
  /** Separate words, lower case (`billion`). */
  readonly words: readonly string[];
  /** Suffixes glued to the digits, lower case (`bn`). */
  readonly glued: readonly string[];
  /** Glued suffixes that need a currency symbol to count (`$50k`, but not `4K`). */
  readonly gluedWithCurrencyOnly?: readonly string[];
}

export const SCALES: readonly Scale[] = [
  { factor: 1e3, words: ['thousand'], glued: [], gluedWithCurrencyOnly: ['k'] },
  { factor: 1e6, words: ['million', 'mn', 'mln', 'm'], glued: ['m', 'mn', 'mln', '-million'] },
  { factor: 1e9, words: ['billion', 'bn', 'bln'], glued: ['bn', 'bln', 'b', '-billion'] },
  { factor: 1e12, words: ['trillion', 'tn', 'trn'], glued: ['tn', 'trn', 'tr', '-trillion'] },
];
