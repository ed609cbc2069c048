import { describe, expect, it } from 'vitest';
import type { ClaimRecord, Numeric } from '../schemas/claim.js';
import { locatePhrase, type GoldMark, type GoldQuote, type ResolvedGold, type ResolvedGoldNumeric } from '../schemas/gold.js';
import { loadGoldCorpus } from '../scripts/gold.js';
import {
  figures,
  matchArticle,
  overlap,
  periodMatches,
  speakerMatches,
  summarize,
  valueWithin,
  type ArticleMatch,
} from '../scripts/eval-match.js';

// A made-up article (not dataset text) with two numbers, a quote and a name in guillemets.
const TEXT =
  'قال الوزير إن الإنفاق ارتفع بنحو 7 مليارات دولار خلال العام الماضي. ' +
  'وتراجع سهم «ميتا» 12% في يومين. ' +
  'ويرى محللون أن الشركة تفتقر إلى منتج رابح. ' +
  'وكشفت الشركة عن خطط جديدة للتوسع.';

function at(surface: string, occurrence = 1): { start: number; end: number } {
  let start = -1;
  for (let k = 0; k < occurrence; k++) start = TEXT.indexOf(surface, start + 1);
  if (start < 0) throw new Error(`test text lacks ${surface}`);
  return { start, end: start + surface.length };
}

const G7: ResolvedGoldNumeric = {
  surface: '7 مليارات دولار',
  occurrence: 1,
  value: 7e9,
  unit: 'USD',
  qualifier: 'approx',
  change: 'increase',
  period: 'خلال العام الماضي',
  source: ['officials'],
  speaker: 'الوزير',
  ...at('7 مليارات دولار'),
};
const G12: ResolvedGoldNumeric = {
  surface: '12%',
  occurrence: 1,
  value: 12,
  unit: 'percent',
  change: 'decrease',
  period: 'في يومين',
  source: ['publisher', 'al-arabiya-business'],
  ...at('12%'),
};
const QUOTE: GoldQuote = {
  kind: 'indirect',
  surface: 'الشركة تفتقر إلى منتج رابح',
  occurrence: 1,
  speaker: 'محللون',
  speakerKey: 'محلل',
  source: ['analysts'],
  ...at('الشركة تفتقر إلى منتج رابح'),
};
const OPTIONAL: GoldMark = { surface: 'خطط جديدة للتوسع', occurrence: 1, why: 'كشف عن + noun phrase', ...at('خطط جديدة للتوسع') };
const NOT_CLAIM: GoldMark = { surface: '«ميتا»', occurrence: 1, why: 'a name in guillemets', ...at('«ميتا»') };

const GOLD: ResolvedGold = {
  article: 'test-article',
  lang: 'ar',
  publisher: 'al-arabiya-business',
  numeric: [G7, G12],
  quotes: [QUOTE],
  optional: [OPTIONAL],
  notClaims: [NOT_CLAIM],
};

let seq = 0;
function numericClaim(surface: string, numeric: Partial<Numeric>, attribution: { source?: string; speaker?: string } = {}, occurrence = 1): ClaimRecord {
  const span = at(surface, occurrence);
  return {
    schema: 'isnad/claim@1',
    id: `c${++seq}`,
    article: { id: 'test-article', lang: 'ar' },
    type: 'numeric',
    text: surface,
    span,
    sentence: span,
    numeric: { value: 0, unit: 'USD', ...numeric },
    attribution: { source: attribution.source ?? 'publisher', label: '', chain: [], ...(attribution.speaker ? { speaker: attribution.speaker } : {}) },
    priority: 0.5,
    reasons: [],
    rules: [],
    status: 'new',
  };
}
function quoteClaim(surface: string, attribution: { source?: string; speaker?: string } = {}): ClaimRecord {
  const span = at(surface);
  return {
    schema: 'isnad/claim@1',
    id: `q${++seq}`,
    article: { id: 'test-article', lang: 'ar' },
    type: 'quote',
    text: surface,
    span,
    sentence: span,
    quote: { kind: 'indirect', cue: 'يرى' },
    attribution: { source: attribution.source ?? 'publisher', label: '', chain: [], ...(attribution.speaker ? { speaker: attribution.speaker } : {}) },
    priority: 0.5,
    reasons: [],
    rules: [],
    status: 'new',
  };
}

const RIGHT_7 = (): ClaimRecord =>
  numericClaim(
    '7 مليارات دولار',
    { value: 7e9, unit: 'USD', qualifier: 'approx', change: 'increase', period: { text: 'خلال العام الماضي', ...at('خلال العام الماضي') } },
    { source: 'officials', speaker: 'الوزير' },
  );

const counts = (m: ArticleMatch) => ({
  numeric: [m.numeric.tp, m.numeric.fp, m.numeric.fn, m.numeric.ignored],
  quote: [m.quote.tp, m.quote.fp, m.quote.fn, m.quote.ignored],
});

describe('matchArticle counts', () => {
  // [name, predictions, numeric [tp, fp, fn, ignored], quote [tp, fp, fn, ignored]]
  const cases: Array<[string, () => ClaimRecord[], number[], number[]]> = [
    ['no predictions: every gold claim is a miss', () => [], [0, 0, 2, 0], [0, 0, 1, 0]],
    ['exact numeric match', () => [RIGHT_7()], [1, 0, 1, 0], [0, 0, 1, 0]],
    ['value within 0.5% matches', () => [numericClaim('7 مليارات دولار', { value: 7.03e9 })], [1, 0, 1, 0], [0, 0, 1, 0]],
    ['value off by more than 0.5%: false positive and miss', () => [numericClaim('7 مليارات دولار', { value: 7.05e9 })], [0, 1, 2, 0], [0, 0, 1, 0]],
    ['unit differs: false positive and miss', () => [numericClaim('7 مليارات دولار', { value: 7e9, unit: 'EUR' })], [0, 1, 2, 0], [0, 0, 1, 0]],
    ['partial span overlap is enough for numerics', () => [numericClaim('7 مليارات', { value: 7e9 })], [1, 0, 1, 0], [0, 0, 1, 0]],
    ['a prediction overlapping nothing is a false positive', () => [numericClaim('العام', { value: 1, unit: 'year' })], [0, 1, 2, 0], [0, 0, 1, 0]],
    ['two predictions on one gold claim: one matches, one is a false positive', () => [RIGHT_7(), numericClaim('مليارات دولار', { value: 7e9 })], [1, 1, 1, 0], [0, 0, 1, 0]],
    ['a prediction on an optional item counts neither way', () => [quoteClaim('خطط جديدة')], [0, 0, 2, 0], [0, 0, 1, 1]],
    ['a prediction on a notClaims item is a false positive', () => [quoteClaim('«ميتا»')], [0, 0, 2, 0], [0, 1, 1, 0]],
    ['a quote overlapping at least half of the shorter span matches', () => [quoteClaim('الشركة تفتقر إلى منتج')], [0, 0, 2, 0], [1, 0, 0, 0]],
    ['a quote overlapping less than half does not match', () => [quoteClaim('رابح. وكشفت الشركة')], [0, 0, 2, 0], [0, 1, 1, 0]],
    ['a quote prediction on a numeric gold span does not match it', () => [quoteClaim('12%')], [0, 0, 2, 0], [0, 1, 1, 0]],
  ];
  it.each(cases)('%s', (_name, preds, numeric, quote) => {
    expect(counts(matchArticle(GOLD, TEXT, preds()))).toEqual({ numeric, quote });
  });
});

describe('matchArticle report lines', () => {
  it('says why an overlapping numeric prediction did not match', () => {
    const m = matchArticle(GOLD, TEXT, [numericClaim('7 مليارات دولار', { value: 7.5e9, unit: 'EUR' })]);
    expect(m.falsePositives).toHaveLength(1);
    expect(m.falsePositives[0]).toMatchObject({ label: 'mismatch', surface: '7 مليارات دولار' });
    expect(m.falsePositives[0]!.why).toBe('value 7500000000, expected 7000000000; unit EUR, expected USD');
    expect(m.misses.find((x) => x.surface === '7 مليارات دولار')).toMatchObject({ got: expect.stringContaining('7500000000 EUR'), why: m.falsePositives[0]!.why });
  });

  it('labels a prediction on a notClaims item with the reason', () => {
    const m = matchArticle(GOLD, TEXT, [quoteClaim('«ميتا»')]);
    expect(m.falsePositives[0]).toMatchObject({ label: 'not-a-claim', why: 'not a claim: a name in guillemets' });
  });

  it('labels a second prediction on a matched gold claim as duplicate', () => {
    const m = matchArticle(GOLD, TEXT, [numericClaim('مليارات دولار', { value: 7e9 }), RIGHT_7()]);
    expect(m.falsePositives.map((f) => [f.label, f.surface])).toEqual([['duplicate', 'مليارات دولار']]);
  });

  it('labels a quote overlapping a gold quote by less than half as partial', () => {
    const m = matchArticle(GOLD, TEXT, [quoteClaim('رابح. وكشفت الشركة')]);
    expect(m.falsePositives.map((f) => f.label)).toEqual(['partial']);
    expect(m.misses.find((x) => x.type === 'quote')!.why).toMatch(/^predictions overlap it by less than half of the shorter span \(best: \d+-\d+, 4 of 18 chars\)$/);
  });

  it('says when the prediction over a gold quote went to another gold quote', () => {
    const second: GoldQuote = { ...QUOTE, surface: 'تفتقر إلى منتج رابح', ...at('تفتقر إلى منتج رابح') };
    const gold: ResolvedGold = { ...GOLD, quotes: [QUOTE, second] };
    const m = matchArticle(gold, TEXT, [quoteClaim('الشركة تفتقر إلى منتج رابح')]);
    expect(m.quote.tp).toBe(1);
    expect(m.misses.filter((x) => x.type === 'quote').map((x) => x.why)).toEqual([
      `the prediction ${QUOTE.start}-${QUOTE.end} that overlaps it enough went to another gold quote`,
    ]);
  });

  it('says when the prediction over a gold number went to another gold number', () => {
    const m = matchArticle(GOLD, TEXT, [numericClaim('7 مليارات دولار خلال العام الماضي. وتراجع سهم «ميتا» 12%', { value: 7e9 })]);
    expect(m.misses.map((x) => x.why)).toContain(`the prediction(s) overlapping it (${G7.start}-${G12.end}) went to other gold claims`);
  });

  it('prefers a valid pair over a larger overlap (one-to-one)', () => {
    const wrongButLonger = numericClaim('7 مليارات دولار خلال', { value: 9e9 });
    const rightButShorter = numericClaim('7 مليارات', { value: 7e9 });
    const m = matchArticle(GOLD, TEXT, [wrongButLonger, rightButShorter]);
    expect(m.numeric.tp).toBe(1);
    expect(m.falsePositives.map((f) => f.surface)).toEqual(['7 مليارات دولار خلال']);
  });

  it('is deterministic: the same input gives the same result', () => {
    const preds = [RIGHT_7(), numericClaim('مليارات دولار', { value: 7e9 }), quoteClaim('«ميتا»')];
    expect(JSON.stringify(matchArticle(GOLD, TEXT, preds))).toBe(JSON.stringify(matchArticle(GOLD, TEXT, preds)));
  });
});

describe('field accuracy of matched claims', () => {
  it('counts every field right for a fully right prediction', () => {
    const m = matchArticle(GOLD, TEXT, [RIGHT_7(), quoteClaim('الشركة تفتقر إلى منتج رابح', { source: 'analysts', speaker: 'محللون' })]);
    expect(m.fields).toEqual({
      value: { correct: 1, total: 1 },
      unit: { correct: 1, total: 1 },
      qualifier: { correct: 1, total: 1 },
      change: { correct: 1, total: 1 },
      period: { correct: 1, total: 1 },
      speaker: { correct: 2, total: 2 },
      source: { correct: 2, total: 2 },
    });
    expect(m.fieldErrors).toEqual([]);
  });

  it('reports each wrong field of a match', () => {
    const pred = numericClaim('12%', { value: 12, unit: 'percent', qualifier: 'approx' }, { source: 'analysts', speaker: 'أحد' });
    const m = matchArticle(GOLD, TEXT, [pred]);
    expect(m.fieldErrors.map((e) => [e.field, e.expected, e.got])).toEqual([
      ['qualifier', '(none)', 'approx'],
      ['change', 'decrease', '(none)'],
      ['period', 'في يومين', '(none)'],
      ['source', 'publisher|al-arabiya-business', 'analysts'],
    ]);
    // The gold 12% names no speaker: the speaker is not judged.
    expect(m.fields.speaker.total).toBe(0);
  });

  it('judges value and unit on aligned pairs that did not match', () => {
    const m = matchArticle(GOLD, TEXT, [numericClaim('12%', { value: 13, unit: 'percent' })]);
    expect([m.fields.value, m.fields.unit, m.fields.qualifier]).toEqual([
      { correct: 0, total: 1 },
      { correct: 1, total: 1 },
      { correct: 0, total: 0 },
    ]);
  });

  it('counts a wrong valueMax as a wrong value of a match', () => {
    const m = matchArticle(GOLD, TEXT, [numericClaim('12%', { value: 12, valueMax: 15, unit: 'percent' })]);
    expect([m.numeric.tp, m.fields.value.correct, m.fields.value.total]).toEqual([1, 0, 1]);
  });

  it('checks the speaker of a numeric claim whose gold names one', () => {
    const m = matchArticle(GOLD, TEXT, [numericClaim('7 مليارات دولار', { value: 7e9 }, { speaker: 'المتحدث' })]);
    expect(m.fieldErrors.find((e) => e.field === 'speaker')).toMatchObject({ expected: 'الوزير', got: 'المتحدث' });
  });
});

describe('speakerMatches', () => {
  const cases: Array<[string | undefined, string, boolean]> = [
    ['مارك زوكربيرج', 'زوكربيرج', true],
    ['مارك زُوكَربيرج', 'زوكربيرج', true], // diacritics
    ['المستثمرون', 'مستثمر', true],
    ['أحمد', 'احمد', true], // alef variants
    ['Mark Zuckerberg', 'zuckerberg', true], // ASCII case
    ['الرئيس التنفيذي', 'زوكربيرج', false],
    [undefined, 'زوكربيرج', false],
  ];
  it.each(cases)('%s contains %s: %s', (predicted, key, expected) => {
    expect(speakerMatches(predicted, key)).toBe(expected);
  });
});

describe('periodMatches', () => {
  const gold = 'خلال العام الماضي';
  const goldSpan = at(gold);
  const cases: Array<[string, { text: string; start: number; end: number } | undefined, string | undefined, boolean]> = [
    ['both absent', undefined, undefined, true],
    ['predicted only', { text: 'في يومين', ...at('في يومين') }, undefined, false],
    ['gold only', undefined, gold, false],
    ['same text, whitespace squeezed', { text: ' خلال  العام الماضي ', start: 0, end: 0 }, gold, true],
    ['overlapping span, different text', { text: 'العام الماضي', ...at('العام الماضي') }, gold, true],
    ['different text, elsewhere', { text: 'في يومين', ...at('في يومين') }, gold, false],
  ];
  it.each(cases)('%s', (_name, predicted, g, expected) => {
    expect(periodMatches(predicted, g, g === undefined ? undefined : goldSpan)).toBe(expected);
  });
});

describe('small helpers', () => {
  it.each([
    [{ start: 0, end: 5 }, { start: 3, end: 9 }, 2],
    [{ start: 0, end: 5 }, { start: 5, end: 9 }, 0],
    [{ start: 2, end: 4 }, { start: 0, end: 9 }, 2],
  ])('overlap(%o, %o) = %i', (a, b, expected) => {
    expect(overlap(a, b)).toBe(expected);
  });

  it.each([
    [100.5, 100, true],
    [100.6, 100, false],
    [99.5, 100, true],
    [0, 0, true],
    [1e-9, 0, false],
  ])('valueWithin(%d, %d) = %s', (got, expected, ok) => {
    expect(valueWithin(got, expected)).toBe(ok);
  });

  it.each([
    [{ tp: 0, fp: 0, fn: 0, ignored: 0 }, 0, 0, 0],
    [{ tp: 3, fp: 1, fn: 1, ignored: 2 }, 0.75, 0.75, 0.75],
    [{ tp: 1, fp: 0, fn: 3, ignored: 0 }, 1, 0.25, 0.4],
  ])('figures(%o)', (c, precision, recall, f1) => {
    const f = figures(c);
    expect([f.precision, f.recall, f.f1]).toEqual([precision, recall, expect.closeTo(f1, 12)]);
  });

  it('summarize sums counts over articles before taking ratios', () => {
    const a = matchArticle(GOLD, TEXT, [RIGHT_7()]);
    const b = matchArticle(GOLD, TEXT, [numericClaim('العام', { value: 1, unit: 'year' })]);
    const s = summarize([a, b]);
    expect([s.articles, s.numeric.tp, s.numeric.fp, s.numeric.fn]).toEqual([2, 1, 1, 3]);
    expect(s.numeric.precision).toBe(0.5);
    expect(s.accuracy.source).toBe(1);
  });
});

describe('the gold corpus against itself', () => {
  // Predictions copied from each gold file must score 1 everywhere: checks the matcher and that
  // no gold file holds items the matcher cannot tell apart.
  const entries = loadGoldCorpus().filter((e) => e.status === 'ok');
  const perfect = (gold: ResolvedGold, text: string): ClaimRecord[] => [
    ...gold.numeric.map((g) => {
      // A period the text lacks (a gold warning) still matches by its text.
      const period = g.period === undefined ? undefined : (locatePhrase(text, g.period, g) ?? { start: 0, end: 0 });
      return {
        ...numericClaim('7 مليارات دولار', {}),
        text: g.surface,
        span: { start: g.start, end: g.end },
        numeric: {
          value: g.value,
          unit: g.unit,
          ...(g.valueMax !== undefined ? { valueMax: g.valueMax } : {}),
          ...(g.qualifier ? { qualifier: g.qualifier } : {}),
          ...(g.change ? { change: g.change } : {}),
          ...(period ? { period: { text: g.period!, ...period } } : {}),
        },
        attribution: { source: g.source[0]!, label: '', chain: [], ...(g.speaker ? { speaker: g.speaker } : {}) },
      };
    }),
    ...gold.quotes.map((g) => ({
      ...quoteClaim('«ميتا»'),
      text: g.surface,
      span: { start: g.start, end: g.end },
      attribution: { source: g.source[0]!, label: '', chain: [], speaker: g.speaker },
    })),
  ];
  it.each(entries.map((e) => [e.file, e] as const))('%s', (_file, entry) => {
    if (entry.status !== 'ok') return;
    const m = matchArticle(entry.gold, entry.text, perfect(entry.gold, entry.text));
    expect([m.misses, m.falsePositives, m.fieldErrors]).toEqual([[], [], []]);
  });
});
