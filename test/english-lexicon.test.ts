import { describe, expect, it } from 'vitest';
import { EnglishLexiconSchema, RAW_LEXICON } from '../stages/english/lexicon/index.js';

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return [...dup];
}

const join = (words: readonly string[]): string => words.join(' ');

describe('english lexicon', () => {
  it('matches its schema', () => {
    const parsed = EnglishLexiconSchema.safeParse(RAW_LEXICON);
    expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });

  const lists: Array<[string, readonly string[]]> = [
    ['currency symbols', RAW_LEXICON.currencySymbols.map((s) => s.symbol)],
    ['currency codes', RAW_LEXICON.currencyCodes],
    ['currency words', RAW_LEXICON.currencyWords.flatMap((w) => w.forms)],
    ['scale words', RAW_LEXICON.scales.flatMap((s) => s.words)],
    ['glued scales', RAW_LEXICON.scales.flatMap((s) => [...s.glued, ...(s.gluedWithCurrencyOnly ?? [])])],
    ['measure units', RAW_LEXICON.measureUnits.flatMap((m) => m.forms)],
    ['qualifiers before', RAW_LEXICON.qualifiersBefore.map((q) => join(q.words))],
    ['qualifiers after', RAW_LEXICON.qualifiersAfter.map((q) => join(q.words))],
    ['period patterns', RAW_LEXICON.periodPatterns.map((p) => `${join(p.words)}${p.hyphenated ? ' (hyphenated)' : ''}`)],
    ['speech verbs', RAW_LEXICON.speechVerbs],
    ['that-only verbs', RAW_LEXICON.thatOnlyVerbs],
    ['speech and that-only verbs', [...RAW_LEXICON.speechVerbs, ...RAW_LEXICON.thatOnlyVerbs]],
    ['view verbs', RAW_LEXICON.viewVerbs],
    ['chain participles', RAW_LEXICON.chainParticiples],
    ['outlet ids', RAW_LEXICON.outlets.map((o) => o.id)],
    ['anonymous phrases', RAW_LEXICON.anonymousPhrases.map(join)],
    ['label words', RAW_LEXICON.labelWordsBefore],
    ['year words', RAW_LEXICON.yearWordsBefore],
    ['official bodies', RAW_LEXICON.officialBodies.map(join)],
    ['expert firms', RAW_LEXICON.expertFirms.map(join)],
  ];
  it.each(lists)('%s have no duplicates', (_name, values) => {
    expect(duplicates(values)).toEqual([]);
  });

  it('word lists are lower case (matching is on lower-cased words)', () => {
    const lower = [
      ...RAW_LEXICON.currencyWords.flatMap((w) => w.forms),
      ...RAW_LEXICON.qualifiersBefore.flatMap((q) => q.words),
      ...RAW_LEXICON.qualifiersAfter.flatMap((q) => q.words),
      ...RAW_LEXICON.speechVerbs,
      ...RAW_LEXICON.thatOnlyVerbs,
      ...Object.keys(RAW_LEXICON.changeVerbs),
      ...Object.keys(RAW_LEXICON.groupSpeakers),
      ...Object.keys(RAW_LEXICON.roleWords),
    ];
    expect(lower.filter((w) => w !== w.toLowerCase())).toEqual([]);
  });
});
