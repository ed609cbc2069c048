import type { Qualifier } from '../../../schemas/claim.js';

/**
 * Qualifier phrases of ANNOTATION.md, lower case, as word sequences. `before` phrases stand right
 * before the number (after a change verb if any); `after` phrases follow the whole quantity.
 */
export interface QualifierPhrase {
  readonly words: readonly string[];
  readonly qualifier: Qualifier;
}

export const QUALIFIERS_BEFORE: readonly QualifierPhrase[] = [
  { words: ['about'], qualifier: 'approx' },
  { words: ['around'], qualifier: 'approx' },
  { words: ['roughly'], qualifier: 'approx' },
  { words: ['approximately'], qualifier: 'approx' },
  { words: ['nearly'], qualifier: 'approx' },
  { words: ['almost'], qualifier: 'approx' },
  { words: ['some'], qualifier: 'approx' },
  { words: ['an', 'estimated'], qualifier: 'approx' },
  { words: ['estimated'], qualifier: 'approx' },
  { words: ['close', 'to'], qualifier: 'approx' },
  { words: ['circa'], qualifier: 'approx' },
  { words: ['up', 'to'], qualifier: 'upTo' },
  { words: ['as', 'much', 'as'], qualifier: 'upTo' },
  { words: ['as', 'many', 'as'], qualifier: 'upTo' },
  { words: ['as', 'high', 'as'], qualifier: 'upTo' },
  { words: ['a', 'maximum', 'of'], qualifier: 'upTo' },
  { words: ['more', 'than'], qualifier: 'moreThan' },
  { words: ['over'], qualifier: 'moreThan' },
  { words: ['above'], qualifier: 'moreThan' },
  { words: ['exceeding'], qualifier: 'moreThan' },
  { words: ['in', 'excess', 'of'], qualifier: 'moreThan' },
  { words: ['upwards', 'of'], qualifier: 'moreThan' },
  { words: ['north', 'of'], qualifier: 'moreThan' },
  { words: ['exceeded'], qualifier: 'moreThan' },
  { words: ['exceeds'], qualifier: 'moreThan' },
  { words: ['surpassed'], qualifier: 'moreThan' },
  { words: ['surpasses'], qualifier: 'moreThan' },
  { words: ['topped'], qualifier: 'moreThan' },
  { words: ['tops'], qualifier: 'moreThan' },
  { words: ['less', 'than'], qualifier: 'lessThan' },
  { words: ['fewer', 'than'], qualifier: 'lessThan' },
  { words: ['under'], qualifier: 'lessThan' },
  { words: ['below'], qualifier: 'lessThan' },
  { words: ['just', 'under'], qualifier: 'lessThan' },
  { words: ['shy', 'of'], qualifier: 'lessThan' },
  { words: ['at', 'least'], qualifier: 'atLeast' },
  { words: ['no', 'less', 'than'], qualifier: 'atLeast' },
  { words: ['no', 'fewer', 'than'], qualifier: 'atLeast' },
  { words: ['a', 'minimum', 'of'], qualifier: 'atLeast' },
];

export const QUALIFIERS_AFTER: readonly QualifierPhrase[] = [
  { words: ['or', 'more'], qualifier: 'atLeast' },
  { words: ['or', 'above'], qualifier: 'atLeast' },
  { words: ['at', 'least'], qualifier: 'atLeast' },
  { words: ['or', 'less'], qualifier: 'upTo' },
  { words: ['or', 'fewer'], qualifier: 'upTo' },
  { words: ['at', 'most'], qualifier: 'upTo' },
  { words: ['or', 'so'], qualifier: 'approx' },
  { words: ['plus'], qualifier: 'moreThan' },
];
