/**
 * Scale words with their inflections. `count` is what the form means alone:
 * 1 for the singular (`مليار مستخدم` = 1e9), 2 for the dual (`ملياري دولار` = 2e9),
 * 0 for the plural, which needs a number before it (`مليارات الدولارات` is not a claim).
 */
export interface ScaleWord {
  readonly forms: readonly string[];
  readonly factor: number;
  readonly count: 0 | 1 | 2;
}

export const SCALE_WORDS: readonly ScaleWord[] = [
  { forms: ['ألف', 'ألفا', 'الف'], factor: 1e3, count: 1 },
  { forms: ['ألفان', 'ألفين', 'ألفي'], factor: 1e3, count: 2 },
  { forms: ['آلاف', 'ألوف'], factor: 1e3, count: 0 },
  { forms: ['مليون', 'مليونا'], factor: 1e6, count: 1 },
  { forms: ['ملايين'], factor: 1e6, count: 0 },
  { forms: ['مليونان', 'مليونين', 'مليوني'], factor: 1e6, count: 2 },
  { forms: ['مليار', 'مليارا', 'بليون', 'بليونا', 'ميليار'], factor: 1e9, count: 1 },
  { forms: ['ملياران', 'مليارين', 'ملياري', 'بليونين', 'بليوني'], factor: 1e9, count: 2 },
  { forms: ['مليارات', 'بلايين', 'بليونات'], factor: 1e9, count: 0 },
  { forms: ['تريليون', 'تريليونا', 'ترليون', 'ترليونا'], factor: 1e12, count: 1 },
  { forms: ['تريليونات', 'ترليونات'], factor: 1e12, count: 0 },
  { forms: ['تريليونين', 'تريليوني', 'ترليونين'], factor: 1e12, count: 2 },
];

/** Latin abbreviations glued to or after digits (`600bn`, `5m`). */
export const LATIN_SCALES: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, b: 1e9, tn: 1e12 };
