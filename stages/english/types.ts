import type { Change, Qualifier } from '../../schemas/claim.js';

/** One word of the article, as compromise split it, with its span in the original text. */
export interface Token {
  /** Index in the article's token list. */
  readonly i: number;
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** Punctuation and spaces compromise kept before and after the word. */
  readonly pre: string;
  readonly post: string;
  readonly tags: ReadonlySet<string>;
  /** Index of its sentence. */
  readonly sentence: number;
}

export interface Sentence {
  readonly index: number;
  /** Span of the sentence in the original text, leading and trailing quote marks and punctuation included. */
  readonly start: number;
  readonly end: number;
  /** Its tokens: `tokens.slice(first, last)`. */
  readonly first: number;
  readonly last: number;
}

export interface Tokenized {
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
}

export type QuantityKind = 'money' | 'percent' | 'percentage_point' | 'basis_point' | 'point' | 'count' | 'measure' | 'duration' | 'multiple';

/** A quantity found in the text, before qualifiers, change, period and source are attached. */
export interface Quantity {
  /** Tokens of the surface: `tokens[first..last]` inclusive. */
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly valueMax?: number;
  readonly unit: string;
  readonly item?: string;
  readonly kind: QuantityKind;
  readonly rules: readonly string[];
}

/** A period or time phrase found in a sentence. */
export interface PeriodPhrase {
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly key: string;
  readonly attach: 'back' | 'forward';
  /** For `span` keys: how many units (`3` in `over the next three years`). */
  readonly count?: number;
  readonly unit?: string;
}

export interface NumericDraft extends Quantity {
  readonly qualifier?: Qualifier;
  readonly change?: Change;
  readonly period?: PeriodPhrase;
}

/** Who speaks or vouches: a source tag, a label as written, and a person's name when there is one. */
export interface Speaker {
  readonly source: string;
  readonly label: string;
  readonly name?: string;
  readonly role?: string;
  /** A named person (pronouns can refer back to them). */
  readonly person?: boolean;
}

export interface QuoteDraft {
  readonly kind: 'direct' | 'indirect';
  /** Content span (inside the marks for direct quotes). */
  readonly start: number;
  readonly end: number;
  readonly cue: string;
  readonly speaker: Speaker;
  readonly sentence: number;
  readonly rules: readonly string[];
}
