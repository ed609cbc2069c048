import { describe, expect, it } from 'vitest';
import { claimId } from '../pipeline/claim-id.js';
import { processArticle } from '../pipeline/process-article.js';

// Claim ids are a pure function of (type, sentence, surface, ordinal): the sentence digests kept
// between calls must never make an id depend on what was asked before.

const S1 = 'وقال الوزير إن الإيرادات ارتفعت بنسبة 12 في المئة.';
const S2 = 'وبلغت الأرباح 5 مليارات دولار في الربع الأول.';

describe('claimId', () => {
  it.each<[string, Parameters<typeof claimId>]>([
    ['a numeric claim', ['numeric', S1, '12 في المئة', 0]],
    ['a quote', ['quote', S1, 'الإيرادات ارتفعت بنسبة 12 في المئة', 0]],
    ['a second identical surface', ['numeric', S1, '12 في المئة', 1]],
    ['another sentence', ['numeric', S2, '5 مليارات دولار', 0]],
  ])('%s has a stable id of its type', (_name, args) => {
    const id = claimId(...args);
    expect(id).toMatch(args[0] === 'numeric' ? /^n-[0-9a-f]{16}$/ : /^q-[0-9a-f]{16}$/);
    // asked again after other sentences (more than the digests kept), the same id
    for (let i = 0; i < 100; i++) claimId('numeric', `${S2} ${i}`, '5', 0);
    expect(claimId(...args)).toBe(id);
  });

  it('ignores what an edit of form changes: diacritics, tatweel, spaces, digit script', () => {
    expect(claimId('numeric', 'وقالَ الوزيـر إن الإيرادات  ارتفعت بنسبة ١٢ في المئة.', '١٢ في المئة', 0)).toBe(claimId('numeric', S1, '12 في المئة', 0));
  });

  // The ids themselves are a contract (ids are stable across versions): pinned, so a faster hash
  // or key can never change one.
  it.each<[Parameters<typeof claimId>, string]>([
    [['numeric', S1, '12 في المئة', 0], 'n-d9527624f070ee2d'],
    [['quote', S1, 'الإيرادات ارتفعت بنسبة 12 في المئة', 0], 'q-a21fda44a067d4e0'],
    [['numeric', S1, '12 في المئة', 1], 'n-e481223c4b6c9dfb'],
    [['numeric', S2, '5 مليارات دولار', 0], 'n-473510f7bfcc18c3'],
    [['numeric', '  وقالَ الوزيـر \n\n إن الإيرادات  ارتفعت بنسبة ١٢ في المئة. ', ' ١٢ في المئة', 3], 'n-807619bc2e502e17'],
  ])('%j is %s', (args, expected) => {
    expect(claimId(...args)).toBe(expected);
  });

  it('tells apart type, sentence, surface and ordinal', () => {
    const ids = new Set([
      claimId('numeric', S1, '12 في المئة', 0),
      claimId('quote', S1, '12 في المئة', 0),
      claimId('numeric', S2, '12 في المئة', 0),
      claimId('numeric', S1, '12', 0),
      claimId('numeric', S1, '12 في المئة', 1),
    ]);
    expect(ids.size).toBe(5);
  });

  it('counts a repeated sentence\'s claims in the article: one id each, the ordinals of identical ones', () => {
    // (an article that repeats one sentence: each repetition's figure has the next ordinal)
    const copies = 300;
    const claims = processArticle({ id: 'rep', text: `${S2} `.repeat(copies) }).claims.filter((c) => c.type === 'numeric');
    expect(claims).toHaveLength(copies);
    expect(new Set(claims.map((c) => c.id)).size).toBe(copies);
    expect(claims.map((c) => c.id)).toEqual(Array.from({ length: copies }, (_, i) => claimId('numeric', S2, '5 مليارات دولار', i)));
  });
});
