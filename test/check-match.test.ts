import { describe, expect, it } from 'vitest';
import { CLAIM_SCHEMA_ID, type ClaimRecord, type Qualifier, type Change } from '../schemas/claim.js';
import { CheckRecordSchema, type CheckField } from '../schemas/check.js';
import { differingFields, judgeNumeric, qualifierAgrees, valueAgrees } from '../pipeline/check/match.js';
import { periodMeaning, periodsConflict } from '../pipeline/check/periods.js';
import { nameSkeleton, sameFamilyName } from '../pipeline/check/names.js';
import { conceptOf } from '../pipeline/check/concepts.js';
import { checkArticle, failsCheck } from '../pipeline/check/check-article.js';

interface Spec {
  value: number;
  valueMax?: number;
  unit?: string;
  qualifier?: Qualifier;
  change?: Change;
  period?: string;
  item?: string;
}

let serial = 0;
/** A hand-made numeric claim record (span and sentence are placeholders unless given). */
function numeric(spec: Spec, at?: { text: string; surface: string; article?: string; lang?: 'ar' | 'en' }): ClaimRecord {
  const start = at ? at.text.indexOf(at.surface) : 0;
  if (at && start < 0) throw new Error(`${at.surface} not in fixture text`);
  const surface = at?.surface ?? String(spec.value);
  return {
    schema: CLAIM_SCHEMA_ID,
    id: `n-${serial++}`,
    article: { id: at?.article ?? 'fixture', lang: at?.lang ?? 'en' },
    type: 'numeric',
    text: surface,
    span: { start, end: start + surface.length },
    sentence: { start: 0, end: at?.text.length ?? surface.length },
    numeric: {
      value: spec.value,
      ...(spec.valueMax !== undefined ? { valueMax: spec.valueMax } : {}),
      unit: spec.unit ?? 'USD',
      ...(spec.item !== undefined ? { item: spec.item } : {}),
      ...(spec.qualifier !== undefined ? { qualifier: spec.qualifier } : {}),
      ...(spec.change !== undefined ? { change: spec.change } : {}),
      ...(spec.period !== undefined ? { period: { text: spec.period, start: 0, end: 0 } } : {}),
    },
    attribution: { source: 'publisher', label: 'publisher', chain: ['publisher'] },
    priority: 0.5,
    reasons: [],
    rules: ['fixture'],
    status: 'pending',
  };
}

function quote(text: string, surface: string, speaker: string, source: string, kind: 'direct' | 'indirect' = 'direct', article = 'fixture'): ClaimRecord {
  const start = text.indexOf(surface);
  return {
    schema: CLAIM_SCHEMA_ID,
    id: `q-${serial++}`,
    article: { id: article, lang: /[a-z]/i.test(surface) ? 'en' : 'ar' },
    type: 'quote',
    text: surface,
    span: { start, end: start + surface.length },
    sentence: { start: 0, end: text.length },
    quote: { kind, cue: 'said' },
    attribution: { source, label: speaker, speaker, chain: [source] },
    priority: 0.4,
    reasons: [],
    rules: ['fixture'],
    status: 'pending',
  };
}

describe('valueAgrees: tolerance set by the article claim qualifier', () => {
  const cases: Array<[string, Spec, Spec, boolean]> = [
    ['exact, equal', { value: 20e9 }, { value: 20e9 }, true],
    ['exact, within 0.5%', { value: 20e9 }, { value: 20.05e9 }, true],
    ['exact, 5% off', { value: 20e9 }, { value: 21e9 }, false],
    ['approx, 5% off', { value: 20e9, qualifier: 'approx' }, { value: 21e9 }, true],
    ['approx, 25% off', { value: 20e9, qualifier: 'approx' }, { value: 25e9, qualifier: 'approx' }, false],
    ['exact against an approximate source 5% off', { value: 20e9 }, { value: 21e9, qualifier: 'approx' }, true],
    ['more than, source above', { value: 200e9, qualifier: 'moreThan' }, { value: 230e9 }, true],
    ['more than, source below', { value: 200e9, qualifier: 'moreThan' }, { value: 150e9 }, false],
    ['at least, source equal', { value: 7e9, qualifier: 'atLeast' }, { value: 7e9 }, true],
    ['up to, source equal', { value: 600e9, qualifier: 'upTo' }, { value: 600e9, qualifier: 'upTo' }, true],
    ['up to, source above', { value: 600e9, qualifier: 'upTo' }, { value: 700e9 }, false],
    ['less than, source below', { value: 10e9, qualifier: 'lessThan' }, { value: 8e9 }, true],
    ['range contains the source figure', { value: 60e9, valueMax: 65e9 }, { value: 62e9 }, true],
    ['figure inside the source range', { value: 62e9 }, { value: 60e9, valueMax: 65e9 }, true],
    ['figure outside the source range', { value: 70e9 }, { value: 60e9, valueMax: 65e9 }, false],
  ];
  it.each(cases)('%s', (_name, a, s, expected) => {
    expect(valueAgrees(numeric(a), numeric(s))).toBe(expected);
  });
});

describe('qualifierAgrees: the article keeps the source hedge', () => {
  const cases: Array<[Qualifier | undefined, Qualifier | undefined, boolean]> = [
    [undefined, undefined, true],
    ['approx', undefined, true],
    [undefined, 'approx', true],
    ['moreThan', undefined, true],
    ['upTo', 'upTo', true],
    ['moreThan', 'atLeast', true],
    ['upTo', 'lessThan', true],
    [undefined, 'upTo', false],
    [undefined, 'moreThan', false],
    ['approx', 'upTo', false],
    ['moreThan', 'upTo', false],
  ];
  it.each(cases)('article %s, source %s → %s', (a, s, expected) => {
    expect(qualifierAgrees(a, s)).toBe(expected);
  });
});

describe('differingFields', () => {
  const cases: Array<[string, Spec, Spec, CheckField[]]> = [
    ['all agree (Arabic and English periods)', { value: 600e9, qualifier: 'upTo', period: 'خلال السنوات الثلاث المقبلة' }, { value: 600e9, qualifier: 'upTo', period: 'over the next three years' }, []],
    ['value', { value: 20e9, qualifier: 'approx' }, { value: 25e9, qualifier: 'approx' }, ['value']],
    ['qualifier dropped', { value: 600e9 }, { value: 600e9, qualifier: 'upTo' }, ['qualifier']],
    ['direction', { value: 12, unit: 'percent', change: 'decrease' }, { value: 12, unit: 'percent', change: 'increase' }, ['change']],
    ['change against a level', { value: 7e9, change: 'increase' }, { value: 7e9 }, ['change']],
    ['period', { value: 200e9, period: 'في يومين' }, { value: 200e9, period: 'in three days' }, ['period']],
    ['unknown period does not conflict', { value: 200e9, period: 'في ختام التعاملات' }, { value: 200e9, period: 'in two days' }, []],
    ['one side without a period does not conflict', { value: 20e9, period: 'الفصلية' }, { value: 20e9 }, []],
    ['value and change', { value: 7e9, change: 'increase' }, { value: 9e9, change: 'decrease' }, ['value', 'change']],
  ];
  it.each(cases)('%s', (_name, a, s, fields) => {
    expect(differingFields(numeric(a), numeric(s))).toEqual(fields);
  });
});

describe('periods across languages', () => {
  const same: Array<[string, string]> = [
    ['خلال السنوات الثلاث المقبلة', 'over the next three years'],
    ['في يومين', 'in two days'],
    ['الفصلية', 'quarterly'],
    ['الفصلية', 'in the quarter'],
    ['مقارنة بالعام الماضي', 'year over year'],
    ['على أساس سنوي', 'year-on-year'],
    ['سنويا', 'a year'],
  ];
  it.each(same)('%s = %s', (a, b) => {
    expect(periodMeaning(a)).toBeDefined();
    expect(periodsConflict(a, b)).toBe(false);
  });
  const different: Array<[string, string]> = [
    ['خلال السنوات الثلاث المقبلة', 'over the next two years'],
    ['في يومين', 'in two weeks'],
    ['الفصلية', 'a year'],
    ['over the next three years', 'over the past three years'],
  ];
  it.each(different)('%s ≠ %s', (a, b) => {
    expect(periodsConflict(a, b)).toBe(true);
  });
});

describe('family names across scripts', () => {
  const cases: Array<[string, string, boolean]> = [
    ['مارك زوكربيرج', 'Mark Zuckerberg', true],
    ['زوكربيرغ', 'Zuckerberg', true],
    ['سوندار بيتشاي', 'Sundar Pichai', true],
    ['إيلون ماسك', 'Elon Musk', true],
    ['تيم كوك', 'Tim Cook', true],
    ['ساتيا ناديلا', 'Satya Nadella', true],
    ['مارك زوكربيرج', 'Elon Musk', false],
    ['Jensen Huang', 'Tim Cook', false],
  ];
  it.each(cases)('%s ~ %s → %s', (a, b, expected) => {
    expect(sameFamilyName(a, b)).toBe(expected);
  });
  it('skeletons drop vowels and fold letter classes', () => {
    expect([nameSkeleton('Zuckerberg'), nameSkeleton('زوكربيرج')]).toEqual(['zkrbrg', 'zkrbrg']);
  });
});

describe('judgeNumeric', () => {
  const c = (spec: Spec, concept?: string) => (concept === undefined ? { claim: numeric(spec) } : { claim: numeric(spec), concept });
  it('supported by the same quantity; the evidence is the supporting claim', () => {
    const source = c({ value: 7e9, qualifier: 'approx', change: 'increase' }, 'opex');
    const v = judgeNumeric(c({ value: 7e9, qualifier: 'approx', change: 'increase' }, 'opex'), [c({ value: 7e9 }, 'profit'), source]);
    expect(v.verdict).toBe('supported');
    expect(v.evidence).toEqual([source]);
  });
  it('a mismatch names the fields of the closest claim of the same measure', () => {
    const capex = c({ value: 25e9, qualifier: 'approx' }, 'capex');
    const v = judgeNumeric(c({ value: 20e9, qualifier: 'approx' }, 'capex'), [c({ value: 20e9 }, 'profit'), capex]);
    expect(v).toEqual({ verdict: 'mismatch', fields: ['value'], evidence: [capex] });
  });
  it('another measure with the same value does not support', () => {
    expect(judgeNumeric(c({ value: 20e9 }, 'capex'), [c({ value: 20e9 }, 'profit')]).verdict).toBe('not-found');
  });
  it('another unit is never the same quantity', () => {
    expect(judgeNumeric(c({ value: 12, unit: 'percent' }, 'shares'), [c({ value: 12, unit: 'percentage_point' }, 'shares')]).verdict).toBe('not-found');
  });
  it('an unknown concept can support but not contradict', () => {
    expect(judgeNumeric(c({ value: 12, unit: 'percent', change: 'decrease' }), [c({ value: 12, unit: 'percent', change: 'decrease' }, 'shares')]).verdict).toBe('supported');
    expect(judgeNumeric(c({ value: 12, unit: 'percent', change: 'decrease' }), [c({ value: 15, unit: 'percent', change: 'decrease' }, 'shares')]).verdict).toBe('not-found');
  });
  it('nothing in the sources: not-found with no evidence', () => {
    expect(judgeNumeric(c({ value: 200e9, qualifier: 'moreThan' }, 'market-value'), [])).toEqual({ verdict: 'not-found', evidence: [] });
  });
});

describe('conceptOf: the nearest concept before the figure in its sentence, else after it', () => {
  const ar = 'ارتفعت النفقات التشغيلية بنحو 7 مليارات دولار، وقفز الإنفاق الرأسمالي إلى نحو 20 مليار دولار، لتفقد الشركة 200 مليار دولار من قيمتها السوقية.';
  const claims = [
    numeric({ value: 7e9 }, { text: ar, surface: '7 مليارات دولار' }),
    numeric({ value: 20e9 }, { text: ar, surface: '20 مليار دولار' }),
    numeric({ value: 200e9 }, { text: ar, surface: '200 مليار دولار' }),
  ];
  it.each([
    [0, 'opex'],
    [1, 'capex'],
    [2, 'market-value'],
  ])('claim %i → %s', (n, concept) => {
    expect(conceptOf(claims[n]!, ar, claims)).toBe(concept);
  });
  it('a counted item gives the concept', () => {
    const text = 'Meta AI has more than a billion users.';
    const claim = numeric({ value: 1e9, unit: 'count', item: 'users' }, { text, surface: 'a billion users' });
    expect(conceptOf(claim, text, [claim])).toBe('users');
  });
});

describe('checkArticle on hand-made Arabic and English claims', () => {
  const ar = 'ارتفعت النفقات التشغيلية بنحو 7 مليارات دولار، وقفز الإنفاق الرأسمالي إلى نحو 20 مليار دولار، لتفقد الشركة 200 مليار دولار من قيمتها السوقية. وقال مارك زوكربيرج إن الشركة «تسرع الاستثمار».';
  const en = 'Operating expenses rose about $7 billion, and capital expenditures climbed to about $25 billion. "We are accelerating our investment," Mark Zuckerberg said. "Superintelligence is close," Zuckerberg added.';
  const arDoc = {
    text: ar,
    claims: [
      numeric({ value: 7e9, qualifier: 'approx', change: 'increase' }, { text: ar, surface: '7 مليارات دولار', lang: 'ar', article: 'ar' }),
      numeric({ value: 20e9, qualifier: 'approx' }, { text: ar, surface: '20 مليار دولار', lang: 'ar', article: 'ar' }),
      numeric({ value: 200e9, change: 'decrease' }, { text: ar, surface: '200 مليار دولار', lang: 'ar', article: 'ar' }),
      quote(ar, 'تسرع الاستثمار', 'مارك زوكربيرج', 'company', 'direct', 'ar'),
    ],
  };
  const enDoc = {
    text: en,
    claims: [
      numeric({ value: 7e9, qualifier: 'approx', change: 'increase' }, { text: en, surface: '$7 billion', article: 'en' }),
      numeric({ value: 25e9, qualifier: 'approx' }, { text: en, surface: '$25 billion', article: 'en' }),
      quote(en, 'We are accelerating our investment', 'Mark Zuckerberg', 'company', 'direct', 'en'),
      quote(en, 'Superintelligence is close', 'Zuckerberg', 'company', 'direct', 'en'),
    ],
  };
  const records = checkArticle(arDoc, [enDoc]);

  it('one record per figure and per quote whose speaker speaks in the source, in article order', () => {
    expect(records.map((r) => [r.claim.text, r.verdict, r.fields ?? [], r.evidence.map((e) => e.text)])).toEqual([
      ['7 مليارات دولار', 'supported', [], ['$7 billion']],
      ['20 مليار دولار', 'mismatch', ['value'], ['$25 billion']],
      ['200 مليار دولار', 'not-found', [], []],
      ['تسرع الاستثمار', 'quote-compare', [], ['We are accelerating our investment']],
    ]);
  });
  it('records match the isnad/check@1 schema', () => {
    for (const r of records) expect(CheckRecordSchema.safeParse(r).success).toBe(true);
  });
  it('--exit-code fails on mismatch and not-found only', () => {
    expect(records.map(failsCheck)).toEqual([false, true, true, false]);
  });
  it('a group speaker pairs with the same group across languages', () => {
    const a = 'اعتبر المستثمرون تصريحاته «غامضة وغير مطمئنة».';
    const b = 'Investors called his remarks "vague and not reassuring."';
    const out = checkArticle(
      { text: a, claims: [quote(a, 'غامضة وغير مطمئنة', 'المستثمرون', 'investors')] },
      [{ text: b, claims: [quote(b, 'vague and not reassuring', 'Investors', 'investors')] }],
    );
    expect(out.map((r) => [r.verdict, r.evidence[0]?.text])).toEqual([['quote-compare', 'vague and not reassuring']]);
  });
});
