/**
 * Period phrases attached to a quantity (ANNOTATION.md `period`). Patterns are lower-case word
 * sequences; `#n` stands for a number (digits or words) and `#unit` for a duration word
 * (`days`, `years`, see units.ts). `key` is the phrase's canonical meaning, used by `isnad check`
 * to compare periods across languages: `span:next`, `span:past`, `span`, `yoy`, `per:year`...
 * `attach`: `back` phrases follow their quantity (`$7 billion year over year`); `forward` ones
 * (adjectives) precede it (`quarterly profit of $20 billion`).
 */
export interface PeriodPattern {
  readonly words: readonly string[];
  readonly key: string;
  readonly attach: 'back' | 'forward';
  /** Only as a hyphenated compound (`a three-year deal`). */
  readonly hyphenated?: boolean;
}

export const PERIOD_PATTERNS: readonly PeriodPattern[] = [
  { words: ['over', 'the', 'next', '#n', '#unit'], key: 'span:next', attach: 'back' },
  { words: ['over', 'the', 'coming', '#n', '#unit'], key: 'span:next', attach: 'back' },
  { words: ['in', 'the', 'next', '#n', '#unit'], key: 'span:next', attach: 'back' },
  { words: ['within', 'the', 'next', '#n', '#unit'], key: 'span:next', attach: 'back' },
  { words: ['during', 'the', 'next', '#n', '#unit'], key: 'span:next', attach: 'back' },
  { words: ['over', 'the', 'past', '#n', '#unit'], key: 'span:past', attach: 'back' },
  { words: ['over', 'the', 'last', '#n', '#unit'], key: 'span:past', attach: 'back' },
  { words: ['in', 'the', 'past', '#n', '#unit'], key: 'span:past', attach: 'back' },
  { words: ['in', 'the', 'last', '#n', '#unit'], key: 'span:past', attach: 'back' },
  { words: ['in', 'just', '#n', '#unit'], key: 'span', attach: 'back' },
  { words: ['in', 'only', '#n', '#unit'], key: 'span', attach: 'back' },
  { words: ['in', '#n', '#unit'], key: 'span', attach: 'back' },
  { words: ['within', '#n', '#unit'], key: 'span', attach: 'back' },
  { words: ['over', '#n', '#unit'], key: 'span', attach: 'back' },
  { words: ['for', '#n', '#unit'], key: 'span', attach: 'back' },
  { words: ['year', 'on', 'year'], key: 'yoy', attach: 'back' },
  { words: ['year', 'over', 'year'], key: 'yoy', attach: 'back' },
  { words: ['from', 'a', 'year', 'earlier'], key: 'yoy', attach: 'back' },
  { words: ['from', 'a', 'year', 'ago'], key: 'yoy', attach: 'back' },
  { words: ['from', 'the', 'previous', 'year'], key: 'yoy', attach: 'back' },
  { words: ['from', 'last', 'year'], key: 'yoy', attach: 'back' },
  { words: ['compared', 'with', 'a', 'year', 'earlier'], key: 'yoy', attach: 'back' },
  { words: ['compared', 'with', 'last', 'year'], key: 'yoy', attach: 'back' },
  { words: ['compared', 'to', 'last', 'year'], key: 'yoy', attach: 'back' },
  { words: ['compared', 'with', 'the', 'previous', 'year'], key: 'yoy', attach: 'back' },
  { words: ['on', 'an', 'annual', 'basis'], key: 'yoy', attach: 'back' },
  { words: ['quarter', 'on', 'quarter'], key: 'qoq', attach: 'back' },
  { words: ['quarter', 'over', 'quarter'], key: 'qoq', attach: 'back' },
  { words: ['from', 'the', 'previous', 'quarter'], key: 'qoq', attach: 'back' },
  { words: ['a', 'year'], key: 'per:year', attach: 'back' },
  { words: ['per', 'year'], key: 'per:year', attach: 'back' },
  { words: ['a', 'month'], key: 'per:month', attach: 'back' },
  { words: ['per', 'month'], key: 'per:month', attach: 'back' },
  { words: ['a', 'week'], key: 'per:week', attach: 'back' },
  { words: ['a', 'quarter'], key: 'per:quarter', attach: 'back' },
  { words: ['per', 'quarter'], key: 'per:quarter', attach: 'back' },
  { words: ['annually'], key: 'per:year', attach: 'back' },
  { words: ['each', 'year'], key: 'per:year', attach: 'back' },
  { words: ['every', 'year'], key: 'per:year', attach: 'back' },
  { words: ['in', 'the', 'quarter'], key: 'quarterly', attach: 'back' },
  { words: ['for', 'the', 'quarter'], key: 'quarterly', attach: 'back' },
  { words: ['quarterly'], key: 'quarterly', attach: 'forward' },
  { words: ['annual'], key: 'per:year', attach: 'forward' },
  { words: ['yearly'], key: 'per:year', attach: 'forward' },
  { words: ['monthly'], key: 'per:month', attach: 'forward' },
  { words: ['#n', '#unit'], key: 'span', attach: 'forward', hyphenated: true },
];
