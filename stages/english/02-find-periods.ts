import type { PreparedLexicon } from './lexicon/index.js';
import type { PeriodPhrase, Token, Tokenized } from './types.js';
import { breaksClause } from './01-tokenize.js';

const DIGITS = /^\d+(?:\.\d+)?$/;
/** After `a year` these make it a time, not a rate (`a year ago`). */
const NOT_RATE_AFTER = new Set(['ago', 'earlier', 'later', 'after', 'before', 'old', 'long']);

/**
 * Finds period phrases (`over the next three years`, `in two days`, `year over year`, `quarterly`,
 * `a three-year deal`) in every sentence, longest pattern first, without overlaps.
 */
export function findPeriods(lex: PreparedLexicon, doc: Tokenized): PeriodPhrase[] {
  const { tokens } = doc;
  const patterns = [...lex.raw.periodPatterns].sort((a, b) => b.words.length - a.words.length);
  const found: PeriodPhrase[] = [];
  for (let i = 0; i < tokens.length; ) {
    let taken: PeriodPhrase | undefined;
    for (const p of patterns) {
      const m = matchPattern(lex, tokens, i, p.words, p.hyphenated === true);
      if (m === undefined) continue;
      const last = i + p.words.length - 1;
      const next = tokens[last + 1];
      if (p.key.startsWith('per:') && next !== undefined && next.sentence === tokens[i]!.sentence && NOT_RATE_AFTER.has(next.lower)) continue;
      if (p.hyphenated && next !== undefined && next.lower === 'old') continue;
      taken = {
        first: i,
        last,
        start: tokens[i]!.start,
        end: tokens[last]!.end,
        key: p.key,
        attach: p.attach,
        ...(m.count !== undefined ? { count: m.count } : {}),
        ...(m.unit !== undefined ? { unit: m.unit } : {}),
      };
      break;
    }
    if (taken) {
      found.push(taken);
      i = taken.last + 1;
    } else i++;
  }
  return found;
}

function matchPattern(
  lex: PreparedLexicon,
  tokens: readonly Token[],
  at: number,
  words: readonly string[],
  hyphenated: boolean,
): { count?: number; unit?: string } | undefined {
  if (at + words.length > tokens.length) return undefined;
  const sentence = tokens[at]!.sentence;
  let count: number | undefined;
  let unit: string | undefined;
  for (let k = 0; k < words.length; k++) {
    const t = tokens[at + k]!;
    if (t.sentence !== sentence) return undefined;
    if (k > 0) {
      const prev = tokens[at + k - 1]!;
      if (hyphenated ? prev.post !== '-' : breaksClause(prev)) return undefined;
    }
    const w = words[k]!;
    if (w === '#n') {
      const v = DIGITS.test(t.text) ? Number(t.text) : lex.raw.unitWords[t.lower];
      if (v === undefined || v === 0) return undefined;
      count = v;
    } else if (w === '#unit') {
      const u = lex.raw.durationUnits[t.lower];
      if (u === undefined) return undefined;
      unit = u;
    } else if (t.lower !== w) return undefined;
  }
  return { ...(count !== undefined ? { count } : {}), ...(unit !== undefined ? { unit } : {}) };
}
