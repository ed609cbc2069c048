import { loadCompromise } from './load-compromise.js';
import type { Sentence, Token, Tokenized } from './types.js';

const LEADING_MARKS = /^[\s]*/;
const TRAILING_SPACE = /\s+$/;

/**
 * Splits the article into sentences and words with compromise, keeping every span in the original
 * text. Empty terms (compromise's implied units) are dropped; a term whose text is not at its
 * offset (never seen, but the spans must hold) is dropped too.
 */
export function tokenize(text: string): Tokenized {
  const doc = loadCompromise()(text);
  doc.compute('offset');
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  for (const terms of doc.docs) {
    const first = tokens.length;
    const index = sentences.length;
    for (const term of terms) {
      const offset = term.offset;
      if (offset === undefined || offset.length === 0 || term.text.length === 0) continue;
      const start = offset.start;
      const end = start + offset.length;
      if (text.slice(start, end) !== term.text) continue;
      tokens.push({
        i: tokens.length,
        text: term.text,
        lower: term.text.toLowerCase(),
        start,
        end,
        pre: term.pre,
        post: term.post,
        tags: term.tags,
        sentence: index,
      });
    }
    if (tokens.length === first) continue;
    const head = tokens[first]!;
    const tail = tokens[tokens.length - 1]!;
    const lead = head.pre.replace(LEADING_MARKS, '');
    const trail = tail.post.replace(TRAILING_SPACE, '');
    const start = text.slice(head.start - lead.length, head.start) === lead ? head.start - lead.length : head.start;
    const end = text.slice(tail.end, tail.end + trail.length) === trail ? tail.end + trail.length : tail.end;
    sentences.push({ index, start, end, first, last: tokens.length });
  }
  return { tokens, sentences };
}

/** True when the text between two adjacent tokens breaks a clause (`,` `;` `:` dashes, brackets, quote marks). */
export function breaksClause(token: Token): boolean {
  return /[,;:()\u2014\u2013"\u201c\u201d]|\s-\s/.test(token.post);
}

/** True when a word starts with a capital letter (or contains one, as in `iPhone`). */
export function isCapitalized(token: Token): boolean {
  return /^[A-Z]/.test(token.text) || /^[a-z]+[A-Z]/.test(token.text);
}
