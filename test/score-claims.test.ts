/**
 * score-claims: a priority in [0, 1] with the reasons that produced it. Each row sets the features of
 * one claim and expects the reasons listed in order and the rounded priority they add up to; then the
 * same reasons are checked on claims the Arabic pipeline makes from hand-written sentences.
 */
import { describe, expect, it } from 'vitest';
import { processArticle } from '../pipeline/process-article.js';
import { scoreClaim, WEIGHTS, type ScoreInput } from '../stages/score-claims/index.js';

const numeric = (over: Partial<ScoreInput> = {}): ScoreInput => ({ type: 'numeric', source: 'company', chainLength: 1, unit: 'percent', value: 5, inHeadline: false, hasFigure: false, isPublisher: false, ...over });
const quote = (over: Partial<ScoreInput> = {}): ScoreInput => ({ type: 'quote', source: 'company', chainLength: 1, inHeadline: false, hasFigure: false, quoteKind: 'direct', isPublisher: false, ...over });

describe('scoreClaim', () => {
  it.each([
    ['an attributed exact share', numeric(), 0.35, []],
    ['an unattributed figure (the publisher asserts it)', numeric({ isPublisher: true, source: 'publisher' }), 0.55, ['unattributed-figure']],
    ['money of a billion or more', numeric({ unit: 'USD', value: 1e9 }), 0.5, ['large-amount']],
    ['money below a billion', numeric({ unit: 'USD', value: 999e6 }), 0.35, []],
    ['a billion that is not money', numeric({ unit: 'count', value: 1e9 }), 0.35, []],
    ['a change', numeric({ change: 'increase' }), 0.45, ['change-claim']],
    ['upTo', numeric({ qualifier: 'upTo' }), 0.4, ['vague-qualifier']],
    ['moreThan', numeric({ qualifier: 'moreThan' }), 0.4, ['vague-qualifier']],
    ['atLeast', numeric({ qualifier: 'atLeast' }), 0.4, ['vague-qualifier']],
    ['approx is not vague', numeric({ qualifier: 'approx' }), 0.35, []],
    ['lessThan is not vague', numeric({ qualifier: 'lessThan' }), 0.35, []],
    ['a headline figure', numeric({ inHeadline: true }), 0.45, ['headline-figure']],
    ['anonymous sources', numeric({ source: 'anonymous' }), 0.55, ['anonymous-source']],
    ['unnamed reports', numeric({ source: 'reports' }), 0.5, ['unnamed-reports']],
    ['a chain of three', numeric({ chainLength: 3 }), 0.4, ['relayed-report']],
    ['a chain of two is no relay reason', numeric({ chainLength: 2 }), 0.35, []],
    [
      'everything at once is capped at 1',
      numeric({ isPublisher: true, unit: 'USD', value: 6e11, change: 'decrease', qualifier: 'upTo', inHeadline: true, source: 'anonymous', chainLength: 3 }),
      1,
      ['unattributed-figure', 'large-amount', 'change-claim', 'vague-qualifier', 'headline-figure', 'anonymous-source', 'relayed-report'],
    ],
    ['a direct quote', quote(), 0.25, []],
    ['a quote with a figure', quote({ hasFigure: true }), 0.4, ['quote-with-figure']],
    ['a paraphrase', quote({ quoteKind: 'indirect' }), 0.3, ['paraphrase']],
    ['analysts speaking', quote({ source: 'analysts' }), 0.3, ['group-speaker']],
    ['investors speaking', quote({ source: 'investors' }), 0.3, ['group-speaker']],
    ['observers speaking', quote({ source: 'observers' }), 0.3, ['group-speaker']],
    ['experts speaking', quote({ source: 'experts' }), 0.3, ['group-speaker']],
    ['people speaking', quote({ source: 'people' }), 0.3, ['group-speaker']],
    ['officials are no group', quote({ source: 'officials' }), 0.25, []],
    ['an anonymous paraphrase with a figure', quote({ source: 'anonymous', quoteKind: 'indirect', hasFigure: true }), 0.65, ['quote-with-figure', 'paraphrase', 'anonymous-source']],
    ['a quote in the headline gets no headline-figure', quote({ inHeadline: true }), 0.25, []],
  ] as const)('%s', (_name, input, priority, reasons) => {
    expect(scoreClaim(input)).toEqual({ priority, reasons: [...reasons] });
  });

  it('the priority is the base plus the listed weights, rounded to two decimals', () => {
    const input = numeric({ unit: 'SAR', value: 5e9, change: 'increase', source: 'reports', chainLength: 3 });
    const { priority, reasons } = scoreClaim(input);
    const sum = WEIGHTS.base.numeric + reasons.reduce((s, r) => s + (WEIGHTS[r as keyof typeof WEIGHTS] as number), 0);
    expect(priority).toBe(Math.round(Math.min(1, sum) * 100) / 100);
    expect(reasons).toEqual(['large-amount', 'change-claim', 'unnamed-reports', 'relayed-report']);
  });

  it('is deterministic', () => {
    const input = numeric({ isPublisher: true, change: 'decrease' });
    expect(scoreClaim(input)).toEqual(scoreClaim(input));
  });
});

describe('on claims of the Arabic pipeline', () => {
  const scored = (text: string, outlet?: string) =>
    processArticle({ id: 'score', text, ...(outlet ? { outlet } : {}) }).claims.map((c) => ({ type: c.type, text: c.text, priority: c.priority, reasons: c.reasons }));

  it.each([
    ['بلغت الإيرادات 20 مليار دولار.', [{ type: 'numeric', text: '20 مليار دولار', priority: 0.7, reasons: ['unattributed-figure', 'large-amount'] }]],
    ['ارتفعت الأرباح 12% وفق تقارير حديثة.', [{ type: 'numeric', text: '12%', priority: 0.6, reasons: ['change-claim', 'unnamed-reports'] }]],
    [
      'قالت مصادر مطلعة إن الصفقة تبلغ 5 مليارات دولار.',
      [
        { type: 'quote', text: 'الصفقة تبلغ 5 مليارات دولار', priority: 0.65, reasons: ['quote-with-figure', 'paraphrase', 'anonymous-source'] },
        { type: 'numeric', text: '5 مليارات دولار', priority: 0.7, reasons: ['large-amount', 'anonymous-source'] },
      ],
    ],
    [
      'اعتبر المستثمرون تصريحاته «غامضة وغير مطمئنة».',
      [{ type: 'quote', text: 'غامضة وغير مطمئنة', priority: 0.3, reasons: ['group-speaker'] }],
    ],
    [
      // a figure in the headline (a first paragraph of one line, then a blank line)
      'الشركة تخطط لإنفاق ما يصل إلى 600 مليار دولار\n\nنص الخبر هنا.',
      [{ type: 'numeric', text: '600 مليار دولار', priority: 0.85, reasons: ['unattributed-figure', 'large-amount', 'vague-qualifier', 'headline-figure'] }],
    ],
  ])('%s', (text, expected) => {
    expect(scored(text)).toEqual(expected);
  });

  it('a relayed report (chain of three) scores higher than the same figure told directly', () => {
    const text = 'بلغت الإيرادات 2 مليون دولار، بحسب تقرير لموقع تك كرانش اطلعت عليه العربية Business.';
    const relayed = processArticle({ id: 'relay', text, outlet: 'cnbc-arabia' }).claims[0]!;
    expect(relayed.attribution.chain).toEqual(['techcrunch', 'al-arabiya-business', 'cnbc-arabia']);
    expect(relayed.reasons).toEqual(['relayed-report']);
    expect(relayed.priority).toBe(0.4);
  });
});
