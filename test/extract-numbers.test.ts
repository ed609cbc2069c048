/**
 * extract-numbers on hand-written Arabic cases: every form issue 2 lists, judged by ANNOTATION.md.
 * Each row runs normalize-text, tokenize and extract-numbers alone and compares the mentions with
 * their surface, period and time taken from the ORIGINAL text (`original.slice(start, end)`).
 * Cases the extractor gets wrong are `it.fails` with an `// extractor bug:` note, so they stay
 * visible until fixed (then flip them to `it`).
 */
import { describe, expect, it } from 'vitest';
import { processArticle } from '../pipeline/process-article.js';
import type { Change, Qualifier } from '../schemas/claim.js';
import { extractNumbers, parseDigits } from '../stages/extract-numbers/index.js';
import { normalizeText, toOriginalSpan } from '../stages/normalize-text/index.js';
import { tokenize } from '../stages/tokenize/index.js';

/** What a test asserts of a mention: fields of the claim, texts as slices of the original. */
interface Seen {
  text: string;
  value: number;
  valueMax?: number;
  unit: string;
  item?: string;
  qualifier?: Qualifier;
  change?: Change;
  period?: string;
  time?: string;
}

function mentions(original: string, outletCountryHint?: string) {
  const norm = normalizeText(original);
  const found = extractNumbers({ text: norm.text, key: norm.key, tokens: tokenize(norm.text, norm.key), ...(outletCountryHint ? { outletCountryHint } : {}) });
  const slice = (r: { start: number; end: number }): string => {
    const s = toOriginalSpan(norm, r.start, r.end, original);
    return original.slice(s.start, s.end);
  };
  return found.map((m) => ({ m, slice }));
}

function numbers(original: string, outletCountryHint?: string): Seen[] {
  return mentions(original, outletCountryHint).map(({ m, slice }) => ({
    text: slice(m),
    value: m.value,
    ...(m.valueMax !== undefined ? { valueMax: m.valueMax } : {}),
    unit: m.unit,
    ...(m.item ? { item: m.item } : {}),
    ...(m.qualifier ? { qualifier: m.qualifier } : {}),
    ...(m.change ? { change: m.change } : {}),
    ...(m.period ? { period: slice(m.period) } : {}),
    ...(m.time ? { time: slice(m.time) } : {}),
  }));
}

type Row = readonly [input: string, expected: Seen];
const usd = (text: string, value: number, extra: Partial<Seen> = {}): Seen => ({ text, value, unit: 'USD', ...extra });
const count = (text: string, value: number, item: string): Seen => ({ text, value, unit: 'count', item });

describe('digits in three scripts, with decimal and thousands separators', () => {
  const rows: Row[] = [
    ['وظفت الشركة 1,300 موظف', count('1,300 موظف', 1300, 'موظف')],
    ['وظفت الشركة ١٬٣٠٠ موظف', count('١٬٣٠٠ موظف', 1300, 'موظف')],
    ['وظفت الشركة ۱٬۳۰۰ موظف', count('۱٬۳۰۰ موظف', 1300, 'موظف')],
    ['وظفت الشركة 1٬300 موظف', count('1٬300 موظف', 1300, 'موظف')],
    ['بلغت الإيرادات 1,300,000 دولار', usd('1,300,000 دولار', 1_300_000)],
    ['بلغت الإيرادات 1,300.5 دولار', usd('1,300.5 دولار', 1300.5)],
    ['بلغت الإيرادات 47.5 مليار دولار', usd('47.5 مليار دولار', 47_500_000_000)],
    ['بلغت الإيرادات ٤٧٫٥ مليار دولار', usd('٤٧٫٥ مليار دولار', 47_500_000_000)],
    ['بلغت الإيرادات ۴۷٫۵ مليار دولار', usd('۴۷٫۵ مليار دولار', 47_500_000_000)],
    // wire form: the fraction is written first (`5ر47` is 47.5)
    ['بلغت الإيرادات 5ر47 مليار دولار', usd('5ر47 مليار دولار', 47_500_000_000)],
    ['وأغلق السهم عند 85ر1 دولار للسهم', usd('85ر1 دولار', 1.85)],
    ['بلغت حصتها 12%', { text: '12%', value: 12, unit: 'percent' }],
    ['بلغت حصتها ١٢٪', { text: '١٢٪', value: 12, unit: 'percent' }],
    ['بلغت حصتها ۱۲٪', { text: '۱۲٪', value: 12, unit: 'percent' }],
  ];
  it.each(rows)('%s', (input, expected) => {
    expect(numbers(input)).toEqual([expected]);
  });

  it.each([
    ['1,300', 1300],
    ['1,300,000', 1_300_000],
    ['1.300.000', 1_300_000],
    ['1,300.5', 1300.5],
    ['47.5', 47.5],
    ['47,5', 47.5],
    ['5ر47', 47.5],
    ['85ر1', 1.85],
    ['600', 600],
  ] as const)('parseDigits(%s) = %d', (raw, value) => {
    expect(parseDigits(raw)).toBe(value);
  });
});

describe('scale words: each inflection, with clitics, and alone as one', () => {
  const rows: Row[] = [
    ['يضم التطبيق ألف مستخدم', count('ألف مستخدم', 1000, 'مستخدم')],
    ['يضم التطبيق 3 آلاف مستخدم', count('3 آلاف مستخدم', 3000, 'مستخدم')],
    ['يضم التطبيق ألفين مستخدم', count('ألفين مستخدم', 2000, 'مستخدم')],
    ['يضم التطبيق ألفي مستخدم', count('ألفي مستخدم', 2000, 'مستخدم')],
    ['يضم التطبيق مليون مستخدم', count('مليون مستخدم', 1e6, 'مستخدم')],
    ['يضم التطبيق 5 ملايين مستخدم', count('5 ملايين مستخدم', 5e6, 'مستخدم')],
    ['يضم التطبيق مليوني مستخدم', count('مليوني مستخدم', 2e6, 'مستخدم')],
    ['يضم التطبيق مليونين مستخدم', count('مليونين مستخدم', 2e6, 'مستخدم')],
    ['تخطط لإنفاق 600 مليار دولار', usd('600 مليار دولار', 600e9)],
    ['أنفقت الشركة 7 مليارات دولار', usd('7 مليارات دولار', 7e9)],
    ['أنفقت الشركة ملياري دولار', usd('ملياري دولار', 2e9)],
    ['أنفقت الشركة مليارين دولار', usd('مليارين دولار', 2e9)],
    ['أنفقت الشركة 3 بليون دولار', usd('3 بليون دولار', 3e9)],
    ['أنفقت الشركة بليون دولار', usd('بليون دولار', 1e9)],
    ['أنفقت الشركة 2 تريليون دولار', usd('2 تريليون دولار', 2e12)],
    ['تبلغ قيمتها تريليون دولار', usd('تريليون دولار', 1e12)],
    // a bare singular scale word is one of it
    ['يضم التطبيق مليار مستخدم', count('مليار مستخدم', 1e9, 'مستخدم')],
    // clitics on the scale word
    ['استحوذت عليها بمليار دولار', usd('بمليار دولار', 1e9)],
    ['حصلت على قرض ومليون دولار', usd('ومليون دولار', 1e6)],
  ];
  it.each(rows)('%s', (input, expected) => {
    expect(numbers(input)).toEqual([expected]);
  });

  it.each([['أنفقت مليارات الدولارات'], ['يضم آلاف المستخدمين'], ['يضم ملايين المستخدمين'], ['يضم مليارات المستخدمين']])(
    'a plural scale word with no number is no claim: %s',
    (input) => {
      expect(numbers(input)).toEqual([]);
    },
  );
});

describe('number words: units of both genders, teens, tens, hundreds, thousands, combinations', () => {
  const rows: Row[] = [
    ['بلغت الحصة واحد في المئة', { text: 'واحد في المئة', value: 1, unit: 'percent' }],
    ['أسست ثلاثة مشاريع', count('ثلاثة مشاريع', 3, 'مشاريع')],
    ['أسست ثلاث شركات', count('ثلاث شركات', 3, 'شركات')],
    ['أسست أربعة مشاريع', count('أربعة مشاريع', 4, 'مشاريع')],
    ['أسست أربع شركات', count('أربع شركات', 4, 'شركات')],
    ['أسست خمسة مشاريع', count('خمسة مشاريع', 5, 'مشاريع')],
    ['أسست خمس شركات', count('خمس شركات', 5, 'شركات')],
    ['أسست ستة مشاريع', count('ستة مشاريع', 6, 'مشاريع')],
    ['أسست ست شركات', count('ست شركات', 6, 'شركات')],
    ['أسست سبعة مشاريع', count('سبعة مشاريع', 7, 'مشاريع')],
    ['أسست سبع شركات', count('سبع شركات', 7, 'شركات')],
    ['أسست ثمانية مشاريع', count('ثمانية مشاريع', 8, 'مشاريع')],
    ['أسست ثماني شركات', count('ثماني شركات', 8, 'شركات')],
    ['أسست تسعة مشاريع', count('تسعة مشاريع', 9, 'مشاريع')],
    ['أسست تسع شركات', count('تسع شركات', 9, 'شركات')],
    ['أسست عشرة مشاريع', count('عشرة مشاريع', 10, 'مشاريع')],
    ['أسست عشر شركات', count('عشر شركات', 10, 'شركات')],
    ['أسست أحد عشر مشروعا', count('أحد عشر مشروعا', 11, 'مشروعا')],
    ['أسست إحدى عشرة شركة', count('إحدى عشرة شركة', 11, 'شركة')],
    ['أسست اثنا عشر مشروعا', count('اثنا عشر مشروعا', 12, 'مشروعا')],
    ['أسست اثني عشر مشروعا', count('اثني عشر مشروعا', 12, 'مشروعا')],
    ['أسست اثنتا عشرة شركة', count('اثنتا عشرة شركة', 12, 'شركة')],
    ['أسست ثلاثة عشر مشروعا', count('ثلاثة عشر مشروعا', 13, 'مشروعا')],
    ['أسست ثلاث عشرة شركة', count('ثلاث عشرة شركة', 13, 'شركة')],
    ['أسست خمسة عشر مشروعا', count('خمسة عشر مشروعا', 15, 'مشروعا')],
    ['أسست تسعة عشر مشروعا', count('تسعة عشر مشروعا', 19, 'مشروعا')],
    ['أسست تسع عشرة شركة', count('تسع عشرة شركة', 19, 'شركة')],
    ['أسست عشرين شركة', count('عشرين شركة', 20, 'شركة')],
    ['أسست عشرون شركة', count('عشرون شركة', 20, 'شركة')],
    ['أسست ثلاثين شركة', count('ثلاثين شركة', 30, 'شركة')],
    ['أسست أربعين شركة', count('أربعين شركة', 40, 'شركة')],
    ['أسست خمسون شركة', count('خمسون شركة', 50, 'شركة')],
    ['أسست ستين شركة', count('ستين شركة', 60, 'شركة')],
    ['أسست سبعين شركة', count('سبعين شركة', 70, 'شركة')],
    ['أسست ثمانين شركة', count('ثمانين شركة', 80, 'شركة')],
    ['أسست تسعين شركة', count('تسعين شركة', 90, 'شركة')],
    ['وظفت مئة موظف', count('مئة موظف', 100, 'موظف')],
    ['وظفت مائة موظف', count('مائة موظف', 100, 'موظف')],
    ['وظفت مئتان موظف', count('مئتان موظف', 200, 'موظف')],
    ['وظفت مئتين موظف', count('مئتين موظف', 200, 'موظف')],
    ['وظفت مائتي موظف', count('مائتي موظف', 200, 'موظف')],
    ['وظفت ثلاثمئة موظف', count('ثلاثمئة موظف', 300, 'موظف')],
    ['وظفت أربعمئة موظف', count('أربعمئة موظف', 400, 'موظف')],
    ['وظفت خمسمائة موظف', count('خمسمائة موظف', 500, 'موظف')],
    ['وظفت ستمائة موظف', count('ستمائة موظف', 600, 'موظف')],
    ['وظفت سبعمئة موظف', count('سبعمئة موظف', 700, 'موظف')],
    ['وظفت ثمانمئة موظف', count('ثمانمئة موظف', 800, 'موظف')],
    ['وظفت تسعمئة موظف', count('تسعمئة موظف', 900, 'موظف')],
    ['وظفت ألف موظف', count('ألف موظف', 1000, 'موظف')],
    // combinations
    ['يضم ثلاثة ملايين مستخدم', count('ثلاثة ملايين مستخدم', 3e6, 'مستخدم')],
    ['أنفقت أربعة مليارات دولار', usd('أربعة مليارات دولار', 4e9)],
    ['وظفت عشرة آلاف موظف', count('عشرة آلاف موظف', 10_000, 'موظف')],
    ['أسست خمسة وعشرون مشروعا', count('خمسة وعشرون مشروعا', 25, 'مشروعا')],
    ['أسست خمسة وعشرين مشروعا', count('خمسة وعشرين مشروعا', 25, 'مشروعا')],
    ['أسست اثنان وعشرون مشروعا', count('اثنان وعشرون مشروعا', 22, 'مشروعا')],
    ['أسست اثنتين وعشرين شركة', count('اثنتين وعشرين شركة', 22, 'شركة')],
    ['أسست واحد وعشرين مشروعا', count('واحد وعشرين مشروعا', 21, 'مشروعا')],
    ['وظفت مئة وخمسون موظفا', count('مئة وخمسون موظفا', 150, 'موظفا')],
    ['وظفت ثلاثة آلاف وخمسمئة موظف', count('ثلاثة آلاف وخمسمئة موظف', 3500, 'موظف')],
  ];
  it.each(rows)('%s', (input, expected) => {
    expect(numbers(input)).toEqual([expected]);
  });

  it('أسست واحدا وعشرين مشروعا is 21', () => {
    expect(numbers('أسست واحدا وعشرين مشروعا')).toEqual([count('واحدا وعشرين مشروعا', 21, 'مشروعا')]);
  });

  it('أسست إحدى وعشرين شركة is 21', () => {
    expect(numbers('أسست إحدى وعشرين شركة')).toEqual([count('إحدى وعشرين شركة', 21, 'شركة')]);
  });

  // the construct forms of 2 count only in 12 (`أثنى`, "praised", has the key of `اثني`); a model number is no count
  it.each([['وأثنى ترامب على الخطوة'], ['وأثنى الرئيس على جهود الوزارة'], ['أثنا عودتها إلى البلاد'], ['وصممت هاتف نوكيا 8110 شعرت بالسعادة'], ['اهتم الحضور بهاتف غالاكسي إس 9 لشركة سامسونغ'], ['الهاتف تقليدي الشكل 3110 وهي فكرة قديمة']])('%s has no number', (input) => {
    expect(numbers(input)).toEqual([]);
  });
});

describe('fractions before scale words', () => {
  const rows: Row[] = [
    ['بلغت الخسائر نصف مليون دولار', usd('نصف مليون دولار', 500_000)],
    ['بلغت الخسائر ربع مليار دولار', usd('ربع مليار دولار', 250e6)],
    ['بلغت الخسائر ثلث مليون دولار', usd('ثلث مليون دولار', 1e6 / 3)],
  ];
  it.each(rows)('%s', (input, expected) => {
    expect(numbers(input)).toEqual([expected]);
  });
});

describe('percent forms and points', () => {
  const rows: Row[] = [
    ['بلغت حصتها 12 في المئة', { text: '12 في المئة', value: 12, unit: 'percent' }],
    ['بلغت حصتها 12 في المائة', { text: '12 في المائة', value: 12, unit: 'percent' }],
    ['بلغت حصتها 12 بالمئة', { text: '12 بالمئة', value: 12, unit: 'percent' }],
    ['بلغت حصتها 12 بالمائة', { text: '12 بالمائة', value: 12, unit: 'percent' }],
    ['بلغت حصتها %12', { text: '%12', value: 12, unit: 'percent' }],
    ['بلغت حصتها ثلاثة في المئة', { text: 'ثلاثة في المئة', value: 3, unit: 'percent' }],
    ['رفع البنك الفائدة 0.25 نقطة مئوية', { text: '0.25 نقطة مئوية', value: 0.25, unit: 'percentage_point', change: 'increase' }],
    ['خسر المؤشر 85 نقطة', { text: '85 نقطة', value: 85, unit: 'point', change: 'decrease' }],
    ['أغلق المؤشر عند 7938 نقطة', { text: '7938 نقطة', value: 7938, unit: 'point' }],
    // a verb of purpose after the point is not what it counts
    ['خسر المؤشر 85 نقطة ليغلق منخفضا', { text: '85 نقطة', value: 85, unit: 'point', change: 'decrease' }],
  ];
  it.each(rows)('%s', (input, expected) => {
    expect(numbers(input)).toEqual([expected]);
  });

  it('points that take a rate to a percentage are percentage points: تراجعت البطالة بـ 0,7 نقطة لتبلغ 8,6 بالمئة', () => {
    expect(numbers('تراجعت البطالة بـ 0,7 نقطة لتبلغ 8,6 بالمئة')).toEqual([
      { text: '0,7 نقطة', value: 0.7, unit: 'percentage_point', change: 'decrease' },
      { text: '8,6 بالمئة', value: 8.6, unit: 'percent' },
    ]);
  });

  it('points after a percentage in the sentence are percentage points, unless an index is named or they are a level', () => {
    expect(numbers('بلغت نسبة الملء 43 في المئة، بزيادة ثلاث نقاط عن العام 2016')[1]).toMatchObject({ text: 'ثلاث نقاط', unit: 'percentage_point' });
    expect(numbers('وأغلق مؤشر الأسهم السعودية، بجلسة اليوم مرتفعا بنسبة 1.08% وبمقدار 85 نقطة')[1]).toMatchObject({ text: '85 نقطة', unit: 'point' });
    expect(numbers('تراجعت الثقة الاقتصادية 2.6% إلى 100.2 نقطة')[1]).toMatchObject({ text: '100.2 نقطة', unit: 'point' });
  });

  it('رفع البنك الفائدة نقطتين مئويتين is 2 percentage points', () => {
    expect(numbers('رفع البنك الفائدة نقطتين مئويتين')).toEqual([{ text: 'نقطتين مئويتين', value: 2, unit: 'percentage_point', change: 'increase' }]);
  });
});

describe('currencies', () => {
  const money = (code: string) => (input: string, text: string, value: number): Row => [input, { text, value, unit: code }];
  const rows: Row[] = [
    money('USD')('بقيمة 10 ملايين دولار', '10 ملايين دولار', 1e7),
    money('USD')('بقيمة $20 مليار', '$20 مليار', 20e9),
    money('USD')('بسعر 50 سنتا', '50 سنتا', 0.5),
    money('EUR')('بقيمة 10 ملايين يورو', '10 ملايين يورو', 1e7),
    money('EUR')('بقيمة €5 ملايين', '€5 ملايين', 5e6),
    money('GBP')('بقيمة 10 ملايين جنيه إسترليني', '10 ملايين جنيه إسترليني', 1e7),
    money('GBP')('بقيمة £5 ملايين', '£5 ملايين', 5e6),
    money('EGP')('بقيمة 10 ملايين جنيه مصري', '10 ملايين جنيه مصري', 1e7),
    money('SAR')('بقيمة 10 ملايين ريال سعودي', '10 ملايين ريال سعودي', 1e7),
    money('SAR')('بسعر 19 هللة', '19 هللة', 0.19),
    money('AED')('بقيمة 10 ملايين درهم إماراتي', '10 ملايين درهم إماراتي', 1e7),
    money('KWD')('بقيمة 10 ملايين دينار كويتي', '10 ملايين دينار كويتي', 1e7),
    money('QAR')('بقيمة 10 ملايين ريال قطري', '10 ملايين ريال قطري', 1e7),
    money('JOD')('بقيمة 10 ملايين دينار أردني', '10 ملايين دينار أردني', 1e7),
    money('MAD')('بقيمة 10 ملايين درهم مغربي', '10 ملايين درهم مغربي', 1e7),
    money('TND')('بقيمة 10 ملايين دينار تونسي', '10 ملايين دينار تونسي', 1e7),
    money('TRY')('بقيمة 10 ملايين ليرة تركية', '10 ملايين ليرة تركية', 1e7),
    money('CNY')('بقيمة 10 ملايين يوان', '10 ملايين يوان', 1e7),
    money('JPY')('بقيمة 10 ملايين ين', '10 ملايين ين', 1e7),
    money('JPY')('بقيمة 10 ملايين ين ياباني', '10 ملايين ين ياباني', 1e7),
    money('ILS')('بقيمة 10 ملايين شيكل', '10 ملايين شيكل', 1e7),
    money('ILS')('بقيمة 10 ملايين شيقل', '10 ملايين شيقل', 1e7),
  ];
  it.each(rows)('%s', (input, expected) => {
    expect(numbers(input)).toEqual([expected]);
  });

  // generic currency words resolved by the country the text names, else kept generic
  const generic: Row[] = [
    money('SAR')('قالت أرامكو السعودية إن أرباحها بلغت 100 مليار ريال', '100 مليار ريال', 100e9),
    money('QAR')('أعلنت قطر عن فائض بقيمة 5 مليارات ريال', '5 مليارات ريال', 5e9),
    money('OMR')('بلغت الإيرادات في سلطنة عمان 3 مليارات ريال', '3 مليارات ريال', 3e9),
    money('EGP')('بلغت الإيرادات ٣٠٠ مليون جنيه في مصر', '٣٠٠ مليون جنيه', 300e6),
    money('GBP')('قالت الحكومة البريطانية إنها ستنفق 10 مليارات جنيه', '10 مليارات جنيه', 10e9),
    money('AED')('قالت حكومة دبي إن الإيرادات بلغت 3 مليارات درهم', '3 مليارات درهم', 3e9),
    money('MAD')('أعلن المغرب عن ميزانية بقيمة 300 مليار درهم', '300 مليار درهم', 300e9),
    money('KWD')('قالت الكويت إن العجز بلغ 5 مليارات دينار', '5 مليارات دينار', 5e9),
    money('JOD')('قال الأردن إن الدين بلغ 30 مليار دينار', '30 مليار دينار', 30e9),
    money('TND')('قالت تونس إن العجز بلغ 9 مليارات دينار', '9 مليارات دينار', 9e9),
    money('TRY')('قالت تركيا إن العجز بلغ 100 مليار ليرة', '100 مليار ليرة', 100e9),
    money('riyal')('بقيمة 10 ملايين ريال', '10 ملايين ريال', 1e7),
    money('pound')('بقيمة 10 ملايين جنيه', '10 ملايين جنيه', 1e7),
    money('dirham')('بقيمة 10 ملايين درهم', '10 ملايين درهم', 1e7),
    money('dinar')('بقيمة 10 ملايين دينار', '10 ملايين دينار', 1e7),
    money('lira')('بقيمة 10 ملايين ليرة', '10 ملايين ليرة', 1e7),
  ];
  it.each(generic)('%s', (input, expected) => {
    expect(numbers(input)).toEqual([expected]);
  });

  it('resolves a generic word by the outlet country hint when the text names no country', () => {
    expect(numbers('بلغت الإيرادات 3 مليارات ريال', 'السعودية')).toEqual([{ text: '3 مليارات ريال', value: 3e9, unit: 'SAR' }]);
  });

  it('a bare ريال in a Saudi outlet (spa) is SAR', () => {
    const { claims } = processArticle({ id: 'spa-riyal', outlet: 'spa', text: 'بلغت الإيرادات 3 مليارات ريال.' });
    expect(claims.map((c) => c.numeric?.unit)).toEqual(['SAR']);
  });
});

describe('counts with their noun, measures, durations and multiples', () => {
  const rows: Row[] = [
    ['استقطبت 500 مستثمر', count('500 مستثمر', 500, 'مستثمر')],
    ['تعمل في 52 شركة', count('52 شركة', 52, 'شركة')],
    ['باعت 1.3 مليون وحدة', count('1.3 مليون وحدة', 1.3e6, 'وحدة')],
    ['بقدرة 5 غيغاوات', { text: '5 غيغاوات', value: 5, unit: 'GW' }],
    ['بقدرة 1 جيجاواط', { text: '1 جيجاواط', value: 1, unit: 'GW' }],
    ['ينتج 100 ألف برميل يوميا', { text: '100 ألف برميل يوميا', value: 100_000, unit: 'barrel_per_day' }],
    ['بذاكرة 4 جيجابايت', { text: '4 جيجابايت', value: 4, unit: 'GB' }],
    ['بذاكرة 4 غيغا', { text: '4 غيغا', value: 4, unit: 'GB' }],
    ['بسماكة 8.5 ميلي متر', { text: '8.5 ميلي متر', value: 8.5, unit: 'mm' }],
    ['يصور 960 إطارا في الثانية', { text: '960 إطارا في الثانية', value: 960, unit: 'frame_per_second' }],
    // per day after what is measured: the unit is per day, the span stays on the measure, no period
    ['ينتج الحقل 350 مليون قدم مكعب من الغاز يوميا', { text: '350 مليون قدم مكعب', value: 350e6, unit: 'ft3_per_day' }],
    ['ببطارية 4000 مللي أمبير', { text: '4000 مللي أمبير', value: 4000, unit: 'mAh' }],
    ['يشحن الهاتف في 10 دقائق', { text: '10 دقائق', value: 10, unit: 'minute' }],
    ['يعمل الموظف ست ساعات أسبوعيا', { text: 'ست ساعات', value: 6, unit: 'hour', period: 'أسبوعيا' }],
    ['بلغت الإيرادات 4 أضعاف', { text: '4 أضعاف', value: 4, unit: 'multiple' }],
    ['بلغت الإيرادات ثلاثة أضعاف', { text: 'ثلاثة أضعاف', value: 3, unit: 'multiple' }],
    // a count of fractions is a share
    ['مستحوذا على ثلاثة أرباع الإنتاج النفطي', { text: 'ثلاثة أرباع', value: 75, unit: 'percent' }],
    ['حصل على أربعة أخماس الأصوات', { text: 'أربعة أخماس', value: 80, unit: 'percent' }],
  ];
  it.each(rows)('%s', (input, expected) => {
    expect(numbers(input)).toEqual([expected]);
  });

  it('باعت 3 آلاف سيارة counts cars', () => {
    expect(numbers('باعت 3 آلاف سيارة')).toEqual([count('3 آلاف سيارة', 3000, 'سيارة')]);
  });

  // extractor bug: a multiple word with no number (`ضعف`, ANNOTATION's own example) is never read; it means 2
  it.fails('بلغت الإيرادات ضعف مستواها السابق is a multiple of 2', () => {
    expect(numbers('بلغت الإيرادات ضعف مستواها السابق')).toEqual([{ text: 'ضعف', value: 2, unit: 'multiple' }]);
  });
});

describe('ranges: one claim, low end in value, high end in valueMax, the scale on both ends', () => {
  const rows: Row[] = [
    ['تتراوح الاستثمارات بين 115 و135 مليار دولار', usd('بين 115 و135 مليار دولار', 115e9, { valueMax: 135e9 })],
    ['تتراوح الاستثمارات ما بين 115 و135 مليار دولار', usd('بين 115 و135 مليار دولار', 115e9, { valueMax: 135e9 })],
    ['تتوقع الشركة من 60 إلى 65 مليار دولار', usd('من 60 إلى 65 مليار دولار', 60e9, { valueMax: 65e9 })],
    ['بلغت الحصة بين 3 و5 في المئة', { text: 'بين 3 و5 في المئة', value: 3, valueMax: 5, unit: 'percent' }],
    ['بلغت الحصة 15-20 بالمئة', { text: '15-20 بالمئة', value: 15, valueMax: 20, unit: 'percent' }],
    ['بلغت الحصة 15-20%', { text: '15-20%', value: 15, valueMax: 20, unit: 'percent' }],
    ['بلغت الحصة 3 إلى 4%', { text: '3 إلى 4%', value: 3, valueMax: 4, unit: 'percent' }],
  ];
  it.each(rows)('%s', (input, expected) => {
    expect(numbers(input)).toEqual([expected]);
  });

  it('two whole quantities joined by بين ... و are one range: بين 2% و4%, بين 15 م د و22 م د', () => {
    expect(numbers('يتوقع نموا بين 2% و4% هذا العام')).toEqual([{ text: 'بين 2% و4%', value: 2, valueMax: 4, unit: 'percent', change: 'increase' }]);
    expect(numbers('بلغت الخسائر بين 50 مليار دولار و60 مليار دولار')).toEqual([usd('بين 50 مليار دولار و60 مليار دولار', 50e9, { valueMax: 60e9 })]);
  });

  it('a change from one level to another is two levels, not a range: ارتفع من 5% إلى 7%', () => {
    expect(numbers('ارتفع المعدل من 5% إلى 7%').map((n) => n.text)).toEqual(['5%', '7%']);
  });

  it('تتوقع الشركة بين ثلاثة وخمسة ملايين دولار is a range', () => {
    expect(numbers('تتوقع الشركة بين ثلاثة وخمسة ملايين دولار')).toEqual([usd('بين ثلاثة وخمسة ملايين دولار', 3e6, { valueMax: 5e6 })]);
  });
});

describe('qualifiers, with the lexicon phrases of ANNOTATION.md', () => {
  const rows: (readonly [string, Qualifier | undefined])[] = [
    ['بلغت الاستثمارات 200 مليار دولار', undefined],
    ['بلغت الاستثمارات نحو 200 مليار دولار', 'approx'],
    ['بلغت الاستثمارات حوالي 200 مليار دولار', 'approx'],
    ['بلغت الاستثمارات قرابة 200 مليار دولار', 'approx'],
    ['بلغت الاستثمارات زهاء 200 مليار دولار', 'approx'],
    ['بلغت الاستثمارات 200 مليار دولار تقريبًا', 'approx'],
    ['بلغت الاستثمارات ما يقارب 200 مليار دولار', 'approx'],
    ['الاستثمارات يقدر بـ200 مليار دولار', 'approx'],
    ['الاستثمارات تقدر بـ 200 مليار دولار', 'approx'],
    ['تخطط لإنفاق ما يصل إلى 200 مليار دولار', 'upTo'],
    ['تنفق حتى 200 مليار دولار', 'upTo'],
    ['تنفق بحد أقصى 200 مليار دولار', 'upTo'],
    ['تنفق 200 مليار دولار بحد أقصى', 'upTo'],
    ['تنفق 200 مليار دولار أو أقل', 'upTo'],
    ['استثمارات تصل إلى 200 مليار دولار', 'upTo'],
    ['بلغت الاستثمارات أكثر من 200 مليار دولار', 'moreThan'],
    ['بلغت الاستثمارات ما يزيد على 200 مليار دولار', 'moreThan'],
    ['بلغت الاستثمارات ما يزيد عن 200 مليار دولار', 'moreThan'],
    ['الاستثمارات تجاوز 200 مليار دولار', 'moreThan'],
    ['الاستثمارات يفوق 200 مليار دولار', 'moreThan'],
    ['بلغت الاستثمارات أقل من 200 مليار دولار', 'lessThan'],
    ['بلغت الاستثمارات دون 200 مليار دولار', 'lessThan'],
    ['الاستثمارات لا يقل عن 200 مليار دولار', 'atLeast'],
    ['بلغت الاستثمارات 200 مليار دولار على الأقل', 'atLeast'],
    ['بلغت الاستثمارات بحد أدنى 200 مليار دولار', 'atLeast'],
    ['بلغت الاستثمارات 200 مليار دولار أو أكثر', 'atLeast'],
    // more forms seen in news; the article or ل written apart before the number
    ['بلغت الاستثمارات في حدود 200 مليار دولار', 'approx'],
    ['والتي ناهزت 200 مليار دولار', 'approx'],
    ['يوازي تقريبا 200 مليار دولار', 'approx'],
    ['بلغت الاستثمارات ما يقارب الـ 200 مليار دولار', 'approx'],
    ['باستثمارات تجاوزت الـ200 مليار دولار', 'moreThan'],
    ['باستثمارات تزيد قليلا عن 200 مليار دولار', 'moreThan'],
    ['الإنفاق يتعدى 200 مليار دولار', 'moreThan'],
    ['سيكون أعلى من 200 مليار دولار', 'moreThan'],
    ['الإنفاق لا يتعدى 200 مليار دولار', 'upTo'],
    ['باستثمار يصل لـ200 مليار دولار', 'upTo'],
    ['تراجع الإنفاق إلى ما دون عتبة 200 مليار دولار', 'lessThan'],
    // the level reached after a change: no qualifier
    ['ارتفع حجم الاستثمارات ليصل 200 مليار دولار', undefined],
  ];
  it.each(rows)('%s -> %s', (input, qualifier) => {
    expect(numbers(input)).toEqual([usd('200 مليار دولار', 200e9, qualifier ? { qualifier } : {})]);
  });
});

describe('change direction versus level', () => {
  const rows: (readonly [string, Seen[]])[] = [
    ['ارتفعت الأرباح بنسبة 60%', [{ text: '60%', value: 60, unit: 'percent', change: 'increase' }]],
    ['ارتفعت الأرباح إلى 323.6 مليون دولار', [usd('323.6 مليون دولار', 323.6e6)]],
    // the level reached after a change: no qualifier, no change
    [
      'ارتفع صافي الربح بنسبة 60% لتصل إلى 323.6 مليون ريال',
      [
        { text: '60%', value: 60, unit: 'percent', change: 'increase' },
        { text: '323.6 مليون ريال', value: 323.6e6, unit: 'riyal' },
      ],
    ],
    ['ارتفاع النفقات بنحو 7 مليارات دولار', [usd('7 مليارات دولار', 7e9, { qualifier: 'approx', change: 'increase' })]],
    ['قفزة في الإنفاق إلى نحو 20 مليار دولار', [usd('20 مليار دولار', 20e9, { qualifier: 'approx' })]],
    ['تراجع السهم بنسبة 12%', [{ text: '12%', value: 12, unit: 'percent', change: 'decrease' }]],
    ['لتفقد الشركة 200 مليار دولار', [usd('200 مليار دولار', 200e9, { change: 'decrease' })]],
    ['انخفضت المبيعات بمقدار 5 ملايين دولار', [usd('5 ملايين دولار', 5e6, { change: 'decrease' })]],
    ['انخفضت المبيعات إلى 5 ملايين دولار', [usd('5 ملايين دولار', 5e6)]],
    ['ارتفع المؤشر 85 نقطة', [{ text: '85 نقطة', value: 85, unit: 'point', change: 'increase' }]],
    ['تراجع المؤشر إلى 7938 نقطة', [{ text: '7938 نقطة', value: 7938, unit: 'point' }]],
    // a rate or sum right after the subject of the clause's change verb; `ب`-linked further back
    ['وارتفعت مبيعات أجهزة أيباد 2 بالمائة', [{ text: '2 بالمائة', value: 2, unit: 'percent', change: 'increase' }]],
    ['وقد خفضت التغييرات بالفعل الوقت على موقع الفيسبوك بنحو 5 في المائة', [{ text: '5 في المائة', value: 5, unit: 'percent', qualifier: 'approx', change: 'decrease' }]],
    ['الروبل الروسي فقد في العام الأخير 17 بالمئة', [{ text: '17 بالمئة', value: 17, unit: 'percent', change: 'decrease' }]],
    // not a change: a count after a distant verb, the particle فقد, a rate reached (إلى نسبة)
    ['وارتفعت أسعار الوقود في محطات 5 دول', [{ text: '5 دول', value: 5, unit: 'count', item: 'دول' }]],
    ['فقد استحوذ كبار التنفيذيين على نحو 82.7 في المائة من الغرامات', [{ text: '82.7 في المائة', value: 82.7, unit: 'percent', qualifier: 'approx' }]],
    ['يطالب ترمب الأوروبيين برفع إنفاقهم إلى نسبة 2% من الناتج', [{ text: '2%', value: 2, unit: 'percent' }]],
  ];
  it.each(rows)('%s', (input, expected) => {
    expect(numbers(input)).toEqual(expected);
  });
});

describe('period and time; dual nouns and number words in a period are no claims of their own', () => {
  const rows: Row[] = [
    ['تنفق 600 مليار دولار خلال السنوات الثلاث المقبلة', usd('600 مليار دولار', 600e9, { period: 'خلال السنوات الثلاث المقبلة' })],
    ['فقدت 200 مليار دولار في يومين', usd('200 مليار دولار', 200e9, { change: 'decrease', period: 'في يومين' })],
    ['نمت المبيعات 20% خلال عامين', { text: '20%', value: 20, unit: 'percent', change: 'increase', period: 'خلال عامين' }],
    ['ارتفعت المبيعات 20% في عامين', { text: '20%', value: 20, unit: 'percent', change: 'increase', period: 'في عامين' }],
    ['بلغت أرباح الشركة الفصلية 20 مليار دولار', usd('20 مليار دولار', 20e9, { period: 'الفصلية' })],
    ['نما الاقتصاد 3% على أساس سنوي', { text: '3%', value: 3, unit: 'percent', change: 'increase', period: 'على أساس سنوي' }],
    ['نمت الإيرادات 5% مقارنة بالعام الماضي', { text: '5%', value: 5, unit: 'percent', change: 'increase', period: 'مقارنة بالعام الماضي' }],
    ['بلغت الأرباح 20 مليار دولار في عام 2025', usd('20 مليار دولار', 20e9, { time: 'في عام 2025' })],
    // the base of a comparison is a period even with a year in it; per day, per month
    ['نمت الإيرادات 5% مقارنة مع 2016', { text: '5%', value: 5, unit: 'percent', change: 'increase', period: 'مقارنة مع 2016' }],
    ['نمت الإيرادات 5% مقارنة بنفس الفترة من عام 2017', { text: '5%', value: 5, unit: 'percent', change: 'increase', period: 'مقارنة بنفس الفترة من عام 2017' }],
    ['بزيادة 10 بالمئة عن عام 2016', { text: '10 بالمئة', value: 10, unit: 'percent', change: 'increase', period: 'عن عام 2016' }],
    ['ارتفعت العقود الآجلة 13 سنتا عن التسوية السابقة', usd('13 سنتا', 0.13, { change: 'increase', period: 'عن التسوية السابقة' })],
    ['يقضي المستخدمون 50 مليون ساعة في اليوم', { text: '50 مليون ساعة', value: 50e6, unit: 'hour', period: 'في اليوم' }],
    ['يزور الموقع 700 ألف شخص كل يوم', { text: '700 ألف شخص', value: 700e3, unit: 'count', item: 'شخص', period: 'كل يوم' }],
    // the article written apart, the next days, a span of months
    ['نمت الإيرادات بنسبة 45% خلال الشهور الـ 11 الماضية', { text: '45%', value: 45, unit: 'percent', change: 'increase', period: 'خلال الشهور الـ 11 الماضية' }],
    ['فقدت الأسهم 37 بالمئة من قيمتها في الأيام التالية', { text: '37 بالمئة', value: 37, unit: 'percent', change: 'decrease', period: 'في الأيام التالية' }],
    ['زادت الوظائف 3 ملايين وظيفة خلال الفترة من يناير 2009 حتى يناير 2017', { text: '3 ملايين وظيفة', value: 3e6, unit: 'count', item: 'وظيفة', change: 'increase', period: 'خلال الفترة من يناير 2009 حتى يناير 2017' }],
    // not a period: the year a rate is for, the next day
    ['تتوقع دفع معدل ضريبة 23 في المائة عن عام 2017', { text: '23 في المائة', value: 23, unit: 'percent', time: 'عن عام 2017' }],
    ['قال 12% من المشاركين إنهم سيأخذون إجازة في اليوم التالي', { text: '12%', value: 12, unit: 'percent' }],
  ];
  it.each(rows)('%s', (input, expected) => {
    expect(numbers(input)).toEqual([expected]);
  });

  // a year before the next word is a year, not a count of it; round counts stay
  it.each([['بنهاية الربع الرابع 2017 ومقارنة بالعام السابق'], ['لتحقيق تطلعات رؤية 2030 وجذب الاستثمارات'], ['واقترب الكويكب 2018 سي بي من الأرض']])('%s has no claim', (input) => {
    expect(numbers(input)).toEqual([]);
  });
  it('أرسلوا أكثر من 2000 سؤال is a count', () => {
    expect(numbers('أرسلوا أكثر من 2000 سؤال')).toEqual([{ text: '2000 سؤال', value: 2000, unit: 'count', item: 'سؤال', qualifier: 'moreThan' }]);
  });

  // a point in time is no claimed duration; a delay is
  it.each([['سيكون الوضع أفضل بعد 20 عاما من الآن'], ['قبلتها في ردهة البرج قبل 12 عاما'], ['لم يحدث ذلك منذ 10 سنوات'], ['سعر البنزين 92 أوكتان']])('%s has no claim', (input) => {
    expect(numbers(input)).toEqual([]);
  });
  it('سيصبح القرار نافذا بعد 15 يوما is a claimed delay', () => {
    expect(numbers('سيصبح القرار نافذا بعد 15 يوما')).toEqual([{ text: '15 يوما', value: 15, unit: 'day' }]);
  });

  // extractor bug: `أدنى مستوى في 4 أشهر` (ANNOTATION's period example) is not attached to the index level as its
  // period (the duration is no longer queued on its own, but the level has no period)
  it.fails('هبط المؤشر إلى 7938 نقطة، أدنى مستوى في 4 أشهر', () => {
    const found = numbers('هبط المؤشر إلى 7938 نقطة، أدنى مستوى في 4 أشهر');
    expect(found.map((n) => n.text)).toEqual(['7938 نقطة']);
    expect(found[0]!.period).toContain('4 أشهر');
  });
});

describe('not claims: years, dates, times, ordinals, names with numbers, references, phone numbers', () => {
  it.each([
    ['في عام 2025 قال الوزير'],
    ['تأسست الشركة عام 2018'],
    ['بلغ العدد 2026'],
    ['خطة رؤية 2030 الطموحة'],
    ['يوم الجمعة الماضي'],
    ['في 19 فبراير الماضي'],
    ['في 19 فبراير 2024'],
    ['بتاريخ 2024/02/19'],
    ['الساعة 10:30 صباحا'],
    ['الربع الثاني من العام'],
    ['الجيل الخامس من الشبكات'],
    ['نموذج Llama 4 الجديد'],
    ['هاتف iPhone 15 الجديد'],
    ['المادة 3 من القانون'],
    ['البند 7 من العقد'],
    ['الصفحة 12 من التقرير'],
    ['للاتصال على الرقم 0123456789'],
    ['رقم الهاتف +966 11 234 5678'],
    ['مليارات الدولارات'],
    ['تواجه شركة «ميتا» أزمة'],
  ])('%s', (input) => {
    expect(numbers(input)).toEqual([]);
  });
});

describe('every claim names the rules that made it', () => {
  it.each([
    ['بلغت الإيرادات 5ر47 مليار دولار', 'digits-wire-decimal'],
    ['أنفقت الشركة ملياري دولار', 'scale-dual'],
    ['تجاوز التطبيق مليار مستخدم', 'scale-alone'],
    ['بلغت الخسائر نصف مليون دولار', 'words-fraction'],
    ['تتراوح الاستثمارات بين 115 و135 مليار دولار', 'range-between'],
    ['تتوقع الشركة من 60 إلى 65 مليار دولار', 'range-from-to'],
    ['بلغت الحصة 15-20%', 'range-dash'],
    ['قالت الكويت إن العجز بلغ 5 مليارات دينار', 'currency-country-hint'],
    ['بلغت الاستثمارات نحو 200 مليار دولار', 'qualifier-before'],
    ['بلغت الاستثمارات 200 مليار دولار على الأقل', 'qualifier-after'],
    ['تراجع السهم بنسبة 12%', 'change-by'],
    ['ارتفع صافي الربح بنسبة 60% لتصل إلى 323.6 مليون ريال', 'level-after-change'],
  ])('%s: %s', (input, rule) => {
    expect(mentions(input).flatMap(({ m }) => m.rules)).toContain(rule);
  });
});

describe('spans point into the original text', () => {
  it('keeps diacritics, tatweel and Arabic-Indic digits of the original in the surface and period', () => {
    const text = 'ارتفعـت أربـاحُ الشركة بنسبة ١٢٪ خلال عامين، لتبلغ ٤٧٫٥ مليار دولار.';
    const { claims } = processArticle({ id: 'spans', text });
    const numeric = claims.filter((c) => c.type === 'numeric');
    expect(numeric.map((c) => c.text)).toEqual(['١٢٪', '٤٧٫٥ مليار دولار']);
    for (const c of numeric) expect(text.slice(c.span.start, c.span.end)).toBe(c.text);
    expect(numeric[0]!.numeric).toMatchObject({ value: 12, unit: 'percent', change: 'increase', period: { text: 'خلال عامين' } });
    const period = numeric[0]!.numeric!.period!;
    expect(text.slice(period.start, period.end)).toBe('خلال عامين');
    expect(numeric[1]!.numeric).toMatchObject({ value: 47.5e9, unit: 'USD' });
    expect(numeric[1]!.numeric!.change).toBeUndefined();
  });
});

describe('numbers with the article', () => {
  it('a definite scale or number word in construct is a count (الألف جهة, التسعة آلاف تومان, عن المليار دولار)', () => {
    expect(numbers('وتعاقد مع أكثر من الألف جهة.')).toMatchObject([{ text: 'الألف جهة', value: 1000, unit: 'count', qualifier: 'moreThan' }]);
    expect(numbers('وتخطت الأسعار التسعة آلاف تومان.')).toMatchObject([{ text: 'التسعة آلاف تومان', value: 9000 }]);
    expect(numbers('في نزاع تجاري تزيد قيمته عن المليار دولار.')).toMatchObject([{ text: 'المليار دولار', value: 1e9, unit: 'USD' }]);
  });

  it('not Monday, a group\'s name, an adjective after its noun, or the half of a number before it', () => {
    expect(numbers('وقال الوزير يوم الاثنين إن الاتفاق قائم.')).toEqual([]);
    expect(numbers('وأصدرت مجموعة السبع بيانا مشتركا.')).toEqual([]);
    expect(numbers('وقال إن الدول الثلاث وافقت على الخطة.')).toEqual([]);
    expect(numbers('ودعي الناخبون وعددهم 3 ملايين ونصف المليون ناخب.').map((n) => n.text)).not.toContain('المليون ناخب');
  });
});

describe('a currency in the dual', () => {
  it('is two of it (دولارين, بنسين = 0.02 GBP, جنيهين), but سنتين is two years', () => {
    expect(numbers('وارتفع السعر دولارين للبرميل.')).toMatchObject([{ text: 'دولارين', value: 2, unit: 'USD' }]);
    expect(numbers('بتكلفة بنسين يوميا.')).toMatchObject([{ text: 'بنسين', value: 0.02, unit: 'GBP' }]);
    expect(numbers('وسجن سنتين بتهمة الاحتيال.').filter((n) => n.unit === 'USD')).toEqual([]);
  });

  it('a dual that opens the text does not crash the extractor', () => {
    expect(numbers('ضعفين')).toMatchObject([{ text: 'ضعفين', value: 2, unit: 'multiple' }]);
    expect(numbers('دولارين')).toMatchObject([{ text: 'دولارين', value: 2, unit: 'USD' }]);
  });
});

describe('a period stays in its paragraph', () => {
  it('a list item with no sentence mark does not take the next paragraph\'s period', () => {
    const [first] = numbers('الليرة التركية: خسرت 51.5 بالمئة\nوتقول الوكالة إن الروبل الروسي فقد في العام الأخير 17 بالمئة');
    expect(first).toMatchObject({ text: '51.5 بالمئة', value: 51.5 });
    expect(first!.period).toBeUndefined();
  });
});

describe('the period of a numbered list', () => {
  it('items with no period of their own take the one of the sentence that introduced the list', () => {
    const text = 'ونشرت الوكالة قائمة بأسوأ 6 عملات في الأسواق الناشئة خلال العام الأخير، وكانت على النحو التالي: 1. الروبية الهندية: خسرت 11.8 بالمئة 2. الروبل الروسي: 16.7 بالمئة';
    const numeric = processArticle({ id: 'list', text }).claims.filter((c) => c.type === 'numeric');
    expect(numeric.map((c) => [c.text, c.numeric!.period?.text])).toEqual([
      ['6 عملات', 'خلال العام الأخير'],
      ['11.8 بالمئة', 'خلال العام الأخير'],
      ['16.7 بالمئة', 'خلال العام الأخير'],
    ]);
    for (const c of numeric) expect(text.slice(c.numeric!.period!.start, c.numeric!.period!.end)).toBe('خلال العام الأخير');
  });
});

describe('the direction of a numbered list', () => {
  it('an item with no verb of its own changes as the item before it', () => {
    const text = 'وكانت العملات على النحو التالي: 1. الروبية الهندية: خسرت 11.8 بالمئة 2. الروبل الروسي: 16.7 بالمئة';
    const numeric = processArticle({ id: 'list', text }).claims.filter((c) => c.type === 'numeric');
    expect(numeric.map((c) => [c.text, c.numeric!.change])).toEqual([
      ['11.8 بالمئة', 'decrease'],
      ['16.7 بالمئة', 'decrease'],
    ]);
  });
});

describe('a change noun with a possessive pronoun', () => {
  it('still gives the direction (زيادتهم، ارتفاعها، انخفاضه), but إضافة is no زيادة', () => {
    expect(numbers('ونتوقع زيادتهم 50 بالمئة هذا العام.')).toMatchObject([{ value: 50, change: 'increase' }]);
    expect(numbers('وتوقع انخفاضه 3% خلال العام.')).toMatchObject([{ value: 3, change: 'decrease' }]);
    expect(numbers('وطلبت الولايات المتحدة إضافة ستة مسؤولين إلى القائمة.')[0]!.change).toBeUndefined();
  });
});

describe('square centimetres', () => {
  it.each([
    ['خلية طاقة بمساحة 40 سنتيمترا مربعا', '40 سنتيمترا مربعا', 40],
    ['مساحة تصل إلى 100 سم مربع', '100 سم مربع', 100],
  ])('%s', (input, text, value) => {
    expect(numbers(input)).toMatchObject([{ text, value, unit: 'cm2' }]);
  });
  it('centimetres alone stay cm', () => {
    expect(numbers('سماكة 5 سنتيمترات')).toMatchObject([{ text: '5 سنتيمترات', value: 5, unit: 'cm' }]);
  });
});

describe('points of a rating are percentage points', () => {
  it('a rating or a percentage later in the sentence', () => {
    expect(numbers('ووفق مؤسسة إيبسوس فإن ماكرون تراجع أربع نقاط بنهاية تموز/يوليو، وبات يتمتع بـ32% فقط.')[0]).toMatchObject({ value: 4, unit: 'percentage_point' });
    expect(numbers('أعطت المؤسسة ماكرون 2 نقطة إضافية في شعبيته.')[0]).toMatchObject({ value: 2, unit: 'percentage_point' });
  });
  it('not hundreds of points, nor an index', () => {
    expect(numbers('ويتوقع خفض الفائدة بين 300 إلى 400 نقطة لتصل إلى 12%.')[0]?.unit).not.toBe('percentage_point');
    expect(numbers('ارتفع المؤشر 150 نقطة، وتراجعت الأسهم 2%.')[0]?.unit).not.toBe('percentage_point');
  });
});

describe('a count taken of a group (partitive من)', () => {
  it.each([
    ['نجحت في الإفراج عن اثنين من أبناء الرئيس.', 'اثنين من أبناء', 2],
    ['أفرجت السلطات عن 3 من أبناء الرئيس.', '3 من أبناء', 3],
    ['قتل خمسة من الجنود في الهجوم.', 'خمسة من الجنود', 5],
    ['نشرت الوزارة 2200 من جنودها.', '2200 من جنودها', 2200],
  ])('%s', (input, text, value) => {
    expect(numbers(input)).toMatchObject([{ text, value, unit: 'count' }]);
  });
  it.each([
    'يعتقد أن سبعة من أصل عشرة سيصوتون.',
    'وقع الهجوم في 21 من الشهر الجاري.',
    'وصل 140 من أستراليا أمس.',
    'سيتعافى الاقتصاد بعد نحو شهرين من الآن.',
  ])('not a share, a date, a place or a time: %s', (input) => {
    expect(numbers(input).filter((n) => n.unit === 'count' && n.text.includes(' من '))).toEqual([]);
  });
});

describe('a duration in the dual is a claim where the duration itself is claimed', () => {
  it.each([
    ['وبحسب مسؤول فإن الأمر سيستغرق نحو شهرين لوضع اللمسات النهائية', { text: 'شهرين', value: 2, unit: 'month', qualifier: 'approx' }],
    ['قال إن بينالا أوقف عن العمل لمدة أسبوعين بدون راتب', { text: 'أسبوعين', value: 2, unit: 'week' }],
    ['وعقد بومبيو مباحثات استمرت ساعتين مع كيم', { text: 'ساعتين', value: 2, unit: 'hour' }],
    ['وهو إجراء يستغرق سنتين بشكل عام', { text: 'سنتين', value: 2, unit: 'year' }],
    ['سيصبح القرار نافذا بعد يومين', { text: 'يومين', value: 2, unit: 'day' }],
  ] as Row[])('%s', (input, expected) => {
    expect(numbers(input)).toEqual([expected]);
  });
  it.each([
    // a point in time, a span of something else, a frequency, an age; `عقدين` is as often two contracts
    ['وجاء الاجتماع بعد يومين من القمة التاريخية'],
    ['وقبل أسبوعين، ألقي القبض على طلاب'],
    ['وتقاعد قبل ما يقرب من عقدين على هذه المداهمة'],
    ['وهي المرة الثانية خلال عامين'],
    ['ويأتي المؤتمر بعد مضي عامين على الإصلاحات'],
    ['على أن يلتئم المجلس مرة كل عامين'],
    ['أصغرهم بعمر عامين'],
    ['وقالت الشركة إنها أرست عقدين على شركات صينية'],
    ['سيكون الاقتصاد أفضل بعد نحو شهرين من الآن'],
  ])('%s has no claim', (input) => {
    expect(numbers(input)).toEqual([]);
  });
  it('a duration that is a figure\'s period stays its period', () => {
    expect(numbers('فقدت 200 مليار دولار في يومين').map((n) => n.text)).toEqual(['200 مليار دولار']);
  });
});

describe('a fraction before the quantity it takes a part of', () => {
  it.each([
    ['مضيفا أن نصف عدد السكان في الدول العربية دون 25 عاما', { text: 'نصف عدد', value: 50, unit: 'percent' }],
    ['وتسهم الصين بنحو نصف حجم الاستثمارات', { text: 'نصف حجم', value: 50, unit: 'percent', qualifier: 'approx' }],
    ['وافق أكثر من ثلثي الناخبين', { text: 'ثلثي الناخبين', value: 66.67, unit: 'percent', qualifier: 'moreThan' }],
    // of a price or a rate: a multiple
    ['وهو نمو يبلغ نصف المعدل العالمي', { text: 'نصف المعدل', value: 0.5, unit: 'multiple' }],
  ] as Row[])('%s', (input, expected) => {
    expect(numbers(input).filter((n) => n.unit === 'percent' || n.unit === 'multiple')).toEqual([expected]);
  });
  it.each([['في الدور نصف النهائي'], ['بعد ربع ساعة'], ['تقرير نصف سنوي'], ['مراجعة ربع سنوية'], ['على بعد ربع ميل'], ['في النصف الأول من العام'], ['بتوسيع نصف قطر الدائرة']])('%s has no share', (input) => {
    expect(numbers(input).filter((n) => n.unit === 'percent' || n.unit === 'multiple')).toEqual([]);
  });
});
