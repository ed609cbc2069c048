/**
 * Period phrases of both languages, to a canonical meaning for comparison (`over the next three
 * years` = `خلال السنوات الثلاث المقبلة` = span 3 year, next). Matched on the matching key.
 */
export const PERIOD_KEYWORDS: ReadonlyArray<{ readonly phrases: readonly string[]; readonly key: string }> = [
  {
    key: 'yoy',
    phrases: [
      'year on year', 'year-on-year', 'year over year', 'year-over-year', 'from a year earlier', 'from a year ago',
      'from the previous year', 'from last year', 'compared with a year earlier', 'compared with last year',
      'compared to last year', 'on an annual basis', 'yoy', 'على أساس سنوي', 'مقارنة بالعام الماضي', 'مقارنة بالعام السابق',
      'مقارنة بالسنة الماضية', 'عن العام الماضي', 'مقارنة بالفترة نفسها من العام الماضي', 'مقارنة بنفس الفترة من العام الماضي',
    ],
  },
  { key: 'qoq', phrases: ['quarter on quarter', 'quarter-on-quarter', 'quarter over quarter', 'from the previous quarter', 'على أساس فصلي', 'مقارنة بالربع السابق'] },
  { key: 'quarterly', phrases: ['quarterly', 'in the quarter', 'for the quarter', 'الفصلية', 'الفصلي', 'فصلية', 'ربع سنوية', 'ربع السنوية', 'الربعية'] },
  { key: 'per:year', phrases: ['a year', 'per year', 'annually', 'annual', 'yearly', 'each year', 'every year', 'سنويا', 'في السنة', 'في العام', 'كل عام', 'كل سنة', 'السنوية', 'السنوي'] },
  { key: 'per:month', phrases: ['a month', 'per month', 'monthly', 'شهريا', 'في الشهر', 'الشهرية'] },
  { key: 'per:week', phrases: ['a week', 'per week', 'weekly', 'أسبوعيا'] },
  { key: 'per:day', phrases: ['a day', 'per day', 'daily', 'يوميا', 'في اليوم'] },
];

/** Duration words: the unit, and a count when the word itself says it (Arabic duals). */
export const DURATION_WORDS: Readonly<Record<string, { unit: string; count?: number }>> = {
  year: { unit: 'year' }, years: { unit: 'year' }, month: { unit: 'month' }, months: { unit: 'month' },
  week: { unit: 'week' }, weeks: { unit: 'week' }, day: { unit: 'day' }, days: { unit: 'day' },
  hour: { unit: 'hour' }, hours: { unit: 'hour' }, quarter: { unit: 'quarter' }, quarters: { unit: 'quarter' },
  decade: { unit: 'decade' }, decades: { unit: 'decade' },
  سنة: { unit: 'year' }, سنوات: { unit: 'year' }, السنوات: { unit: 'year' }, السنة: { unit: 'year' }, عام: { unit: 'year' },
  أعوام: { unit: 'year' }, الأعوام: { unit: 'year' }, العام: { unit: 'year' }, سنتين: { unit: 'year', count: 2 },
  عامين: { unit: 'year', count: 2 }, العامين: { unit: 'year', count: 2 }, السنتين: { unit: 'year', count: 2 },
  شهر: { unit: 'month' }, أشهر: { unit: 'month' }, شهور: { unit: 'month' }, الأشهر: { unit: 'month' }, الشهور: { unit: 'month' },
  شهرين: { unit: 'month', count: 2 }, الشهرين: { unit: 'month', count: 2 },
  أسبوع: { unit: 'week' }, أسابيع: { unit: 'week' }, الأسابيع: { unit: 'week' }, أسبوعين: { unit: 'week', count: 2 },
  يوم: { unit: 'day' }, أيام: { unit: 'day' }, الأيام: { unit: 'day' }, يومين: { unit: 'day', count: 2 }, اليومين: { unit: 'day', count: 2 },
  ساعة: { unit: 'hour' }, ساعات: { unit: 'hour' }, ساعتين: { unit: 'hour', count: 2 },
  ربع: { unit: 'quarter' }, أرباع: { unit: 'quarter' },
};

export const COUNT_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  eighteen: 18, twenty: 20, thirty: 30,
  واحد: 1, واحدة: 1, اثنين: 2, اثنان: 2, ثلاث: 3, ثلاثة: 3, الثلاث: 3, الثلاثة: 3, أربع: 4, أربعة: 4, الأربع: 4, الأربعة: 4,
  خمس: 5, خمسة: 5, الخمس: 5, الخمسة: 5, ست: 6, ستة: 6, الست: 6, الستة: 6, سبع: 7, سبعة: 7, السبع: 7, السبعة: 7,
  ثماني: 8, ثمانية: 8, الثماني: 8, الثمانية: 8, تسع: 9, تسعة: 9, التسع: 9, التسعة: 9, عشر: 10, عشرة: 10, العشر: 10, العشرة: 10,
};

export const DIRECTION_WORDS: Readonly<Record<string, 'next' | 'past'>> = {
  next: 'next', coming: 'next', following: 'next', past: 'past', last: 'past', previous: 'past',
  المقبلة: 'next', المقبل: 'next', القادمة: 'next', القادم: 'next', المقبلين: 'next', التالية: 'next',
  الماضية: 'past', الماضي: 'past', الأخيرة: 'past', السابقة: 'past', الماضيين: 'past',
};
