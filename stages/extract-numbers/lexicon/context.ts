/**
 * Words around a number that shape the claim: qualifiers before or after it, change words,
 * period cues, and the words that make a number NOT a claim (dates, references, versions).
 */
import type { Qualifier } from '../../../schemas/claim.js';

export interface QualifierPhrase {
  readonly phrase: string;
  readonly qualifier: Qualifier | null;
  /** Where it stands: before the number (default) or after the whole quantity. */
  readonly after?: boolean;
}

/** `null` marks phrases that look like qualifiers but state a level (`لتصل إلى` after a change). */
export const QUALIFIERS: readonly QualifierPhrase[] = [
  { phrase: 'نحو', qualifier: 'approx' },
  { phrase: 'حوالي', qualifier: 'approx' },
  { phrase: 'حوالى', qualifier: 'approx' },
  { phrase: 'قرابة', qualifier: 'approx' },
  { phrase: 'زهاء', qualifier: 'approx' },
  { phrase: 'ما يقارب', qualifier: 'approx' },
  { phrase: 'ما يقرب من', qualifier: 'approx' },
  { phrase: 'يقارب', qualifier: 'approx' },
  { phrase: 'تقارب', qualifier: 'approx' },
  { phrase: 'يقدر ب', qualifier: 'approx' },
  { phrase: 'تقدر ب', qualifier: 'approx' },
  { phrase: 'المقدر ب', qualifier: 'approx' },
  { phrase: 'المقدرة ب', qualifier: 'approx' },
  { phrase: 'ما يناهز', qualifier: 'approx' },
  { phrase: 'يناهز', qualifier: 'approx' },
  { phrase: 'تناهز', qualifier: 'approx' },
  { phrase: 'ناهز', qualifier: 'approx' },
  { phrase: 'ناهزت', qualifier: 'approx' },
  { phrase: 'بحدود', qualifier: 'approx' },
  { phrase: 'في حدود', qualifier: 'approx' },
  { phrase: 'تقريبا', qualifier: 'approx' },
  { phrase: 'تقريبا', qualifier: 'approx', after: true },
  { phrase: 'ما يصل إلى', qualifier: 'upTo' },
  { phrase: 'ما يصل الى', qualifier: 'upTo' },
  { phrase: 'يصل إلى', qualifier: 'upTo' },
  { phrase: 'تصل إلى', qualifier: 'upTo' },
  { phrase: 'قد يصل إلى', qualifier: 'upTo' },
  { phrase: 'قد تصل إلى', qualifier: 'upTo' },
  { phrase: 'ليصل إلى', qualifier: null },
  { phrase: 'لتصل إلى', qualifier: null },
  { phrase: 'ليصل', qualifier: null },
  { phrase: 'لتصل', qualifier: null },
  { phrase: 'حتى', qualifier: 'upTo' },
  // `يصل لـ6.1 مليار`: with the preposition ل standing alone before the number
  { phrase: 'يصل', qualifier: 'upTo' },
  { phrase: 'تصل', qualifier: 'upTo' },
  { phrase: 'بحد أقصى', qualifier: 'upTo' },
  { phrase: 'كحد أقصى', qualifier: 'upTo', after: true },
  { phrase: 'بحد أقصى', qualifier: 'upTo', after: true },
  { phrase: 'أو أقل', qualifier: 'upTo', after: true },
  { phrase: 'أكثر من', qualifier: 'moreThan' },
  { phrase: 'ما يزيد على', qualifier: 'moreThan' },
  { phrase: 'ما يزيد عن', qualifier: 'moreThan' },
  { phrase: 'يزيد على', qualifier: 'moreThan' },
  { phrase: 'يزيد عن', qualifier: 'moreThan' },
  { phrase: 'تزيد على', qualifier: 'moreThan' },
  { phrase: 'تزيد عن', qualifier: 'moreThan' },
  { phrase: 'ما يربو على', qualifier: 'moreThan' },
  { phrase: 'يربو على', qualifier: 'moreThan' },
  { phrase: 'ما يفوق', qualifier: 'moreThan' },
  { phrase: 'يفوق', qualifier: 'moreThan' },
  { phrase: 'تفوق', qualifier: 'moreThan' },
  { phrase: 'تجاوز', qualifier: 'moreThan' },
  { phrase: 'تجاوزت', qualifier: 'moreThan' },
  { phrase: 'يتجاوز', qualifier: 'moreThan' },
  { phrase: 'تتجاوز', qualifier: 'moreThan' },
  { phrase: 'متجاوزا', qualifier: 'moreThan' },
  { phrase: 'متجاوزة', qualifier: 'moreThan' },
  { phrase: 'تخطى', qualifier: 'moreThan' },
  { phrase: 'تخطت', qualifier: 'moreThan' },
  { phrase: 'يتخطى', qualifier: 'moreThan' },
  { phrase: 'تتخطى', qualifier: 'moreThan' },
  { phrase: 'فوق', qualifier: 'moreThan' },
  { phrase: 'أزيد من', qualifier: 'moreThan' },
  { phrase: 'يزيد قليلا عن', qualifier: 'moreThan' },
  { phrase: 'تزيد قليلا عن', qualifier: 'moreThan' },
  { phrase: 'يزيد قليلا على', qualifier: 'moreThan' },
  { phrase: 'تزيد قليلا على', qualifier: 'moreThan' },
  { phrase: 'يتعدى', qualifier: 'moreThan' },
  { phrase: 'تتعدى', qualifier: 'moreThan' },
  { phrase: 'تعدى', qualifier: 'moreThan' },
  { phrase: 'تعدت', qualifier: 'moreThan' },
  { phrase: 'أعلى من', qualifier: 'moreThan' },
  { phrase: 'أكبر من', qualifier: 'moreThan' },
  { phrase: 'تخطي عتبة', qualifier: 'moreThan' },
  { phrase: 'تخطت عتبة', qualifier: 'moreThan' },
  { phrase: 'تجاوز عتبة', qualifier: 'moreThan' },
  { phrase: 'تجاوزت عتبة', qualifier: 'moreThan' },
  { phrase: 'فوق عتبة', qualifier: 'moreThan' },
  { phrase: 'دون عتبة', qualifier: 'lessThan' },
  { phrase: 'أقل من', qualifier: 'lessThan' },
  { phrase: 'دون', qualifier: 'lessThan' },
  { phrase: 'ما دون', qualifier: 'lessThan' },
  { phrase: 'ما يقل عن', qualifier: 'lessThan' },
  { phrase: 'لا يتجاوز', qualifier: 'upTo' },
  { phrase: 'لا يتعدى', qualifier: 'upTo' },
  { phrase: 'لا تتعدى', qualifier: 'upTo' },
  { phrase: 'لا تتجاوز', qualifier: 'upTo' },
  { phrase: 'لا يزيد على', qualifier: 'upTo' },
  { phrase: 'لا يزيد عن', qualifier: 'upTo' },
  { phrase: 'لا يقل عن', qualifier: 'atLeast' },
  { phrase: 'لا تقل عن', qualifier: 'atLeast' },
  { phrase: 'بحد أدنى', qualifier: 'atLeast' },
  { phrase: 'كحد أدنى', qualifier: 'atLeast', after: true },
  { phrase: 'على الأقل', qualifier: 'atLeast', after: true },
  { phrase: 'أو أكثر', qualifier: 'atLeast', after: true },
];

/**
 * Words that make the following quantity the size of a change (by), when the number is
 * introduced by `ب`, `بنسبة`, `بمقدار` or follows directly. Stems: clitics are stripped before look-up.
 */
export const INCREASE_WORDS: readonly string[] = [
  'ارتفع', 'ارتفعت', 'يرتفع', 'ترتفع', 'ارتفاع', 'ارتفاعا', 'مرتفعا', 'مرتفعة',
  'زاد', 'زادت', 'يزيد', 'تزيد', 'زيادة', 'بزيادة', 'ازداد', 'ازدادت',
  'نما', 'نمت', 'ينمو', 'تنمو', 'نمو', 'نموا',
  'صعد', 'صعدت', 'يصعد', 'تصعد', 'صعود', 'صعودا',
  'قفز', 'قفزت', 'يقفز', 'تقفز', 'قفزة',
  'ربح', 'ربحت', 'كسب', 'كسبت', 'مكاسب', 'أضاف', 'أضافت',
  'تحسن', 'تحسنت', 'ارتفاعه', 'ارتفاعها', 'زيادته', 'زيادتها', 'رفع', 'رفعت', 'يرفع', 'ترفع', 'رفعها',
];
export const DECREASE_WORDS: readonly string[] = [
  'انخفض', 'انخفضت', 'ينخفض', 'تنخفض', 'انخفاض', 'انخفاضا', 'منخفضا', 'منخفضة',
  'تراجع', 'تراجعت', 'يتراجع', 'تتراجع', 'التراجع', 'تراجعا',
  'هبط', 'هبطت', 'يهبط', 'تهبط', 'هبوط', 'هبوطا',
  'تقلص', 'تقلصت', 'يتقلص', 'تتقلص', 'تقليص', 'قلص', 'قلصت',
  'خسر', 'خسرت', 'يخسر', 'تخسر', 'فقد', 'فقدت', 'يفقد', 'تفقد',
  'خفض', 'خفضت', 'يخفض', 'تخفض', 'تخفيض', 'تخفيضا', 'بتخفيض',
  'نقص', 'نقصت', 'ينقص', 'تنقص', 'نقصان',
  'هوى', 'هوت', 'يهوي', 'تهوي', 'انكمش', 'انكمشت', 'انكماش', 'تدهور', 'تدهورت',
  'انخفاضه', 'انخفاضها', 'تراجعه', 'تراجعها', 'شطب', 'محو', 'تبخر', 'تبخرت',
];

/** Prepositions that make the quantity the level reached or started from, not the size of a change. */
export const LEVEL_PREPOSITIONS: readonly string[] = ['إلى', 'الى', 'عند', 'من', 'لتبلغ', 'ليبلغ', 'لتصل', 'ليصل', 'مستوى', 'عن'];
/** Words between a change word and its number that keep the change reading (`بنسبة`, `بنحو`). */
export const BY_WORDS: readonly string[] = ['بنسبة', 'نسبة', 'بمقدار', 'مقدار', 'بواقع', 'بقيمة', 'قيمة', 'بمعدل', 'معدل', 'بما', 'ب'];

/** Period cues: a phrase starting with one of these, followed by time words, is the claim's period. */
export const PERIOD_CUES: readonly string[] = ['خلال', 'على مدى', 'على مدار', 'طوال', 'مقارنة', 'مقارنة مع', 'قياسا', 'منذ', 'في', 'على أساس', 'لمدة', 'مدة', 'عن'];
/** Words a period phrase is made of (after its cue). */
export const PERIOD_WORDS: readonly string[] = [
  'العام', 'عام', 'الأعوام', 'أعوام', 'السنة', 'سنة', 'السنوات', 'سنوات', 'الشهر', 'شهر', 'الأشهر', 'أشهر', 'الشهور', 'شهور',
  'الأسبوع', 'أسبوع', 'الأسابيع', 'أسابيع', 'اليوم', 'يوم', 'الأيام', 'أيام', 'الساعات', 'ساعات', 'ساعة', 'الساعة',
  'الربع', 'ربع', 'الفصل', 'النصف', 'نصف', 'الفترة', 'فترة', 'الدورة', 'العقد', 'عقد', 'السنتين', 'العامين',
  'الماضي', 'الماضية', 'المقبل', 'المقبلة', 'القادم', 'القادمة', 'الجاري', 'الجارية', 'الحالي', 'الحالية', 'السابق', 'السابقة', 'المنصرم', 'المنصرمة', 'الأخير', 'الأخيرة', 'الأخيرين', 'الماضيين', 'المقبلين', 'المالي', 'المالية',
  'الأول', 'الأولى', 'الثاني', 'الثانية', 'الثالث', 'الثالثة', 'الرابع', 'الرابعة', 'الخمس', 'الثلاث', 'الأربع', 'العشر', 'الست', 'السبع',
  'أساس', 'سنوي', 'شهري', 'فصلي', 'ربعي', 'يومي', 'أسبوعي', 'سنوية', 'شهرية', 'فصلية',
  'بداية', 'مطلع', 'نهاية', 'أواخر', 'منتصف', 'الفترة', 'نفسها', 'نفسه', 'ذاتها', 'ذاته', 'من', 'المماثلة', 'المماثل',
  'يومين', 'عامين', 'سنتين', 'شهرين', 'أسبوعين', 'ساعتين', 'أيامها', 'فقط',
  'التالية', 'التالي', 'اللاحقة', 'القليلة', 'الأخيرة',
  // a comparison's base: `مقارنة بنفس الفترة`, `عن التسوية السابقة`, `عن الإغلاق السابق`
  'نفس', 'ذات', 'التسوية', 'تسوية', 'الإغلاق', 'إغلاق',
];
/** Single words that are a period on their own, after the quantity or on its noun (`الفصلية`). */
export const PERIOD_ADVERBS: readonly string[] = [
  'كل يوم', 'كل أسبوع', 'كل شهر', 'كل سنة', 'كل عام', 'كل ساعة',
  'سنويا', 'شهريا', 'يوميا', 'أسبوعيا', 'فصليا', 'الفصلية', 'الفصلي', 'السنوية', 'السنوي', 'الشهرية', 'الشهري', 'اليومية', 'اليومي', 'الأسبوعية', 'الربعية', 'الربعي', 'ربع السنوية', 'ربع السنوي',
];

/** Month names (Gregorian in Egyptian/Gulf, Levantine and Maghrebi forms): a number before or after one is a date. */
export const MONTHS: readonly string[] = [
  'يناير', 'فبراير', 'مارس', 'أبريل', 'إبريل', 'ابريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'اغسطس', 'سبتمبر', 'أكتوبر', 'اكتوبر', 'نوفمبر', 'ديسمبر',
  'كانون', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين',
  'جانفي', 'فيفري', 'أفريل', 'ماي', 'جوان', 'جويلية', 'أوت', 'سبتمبر', 'محرم', 'صفر', 'ربيع', 'جمادى', 'رجب', 'شعبان', 'رمضان', 'شوال', 'ذي', 'ذو',
];

/** Words before a number that make it a year or date (`عام 2025`, `موازنة 2018`). */
export const YEAR_CUES: readonly string[] = [
  'عام', 'العام', 'سنة', 'السنة', 'لعام', 'لسنة', 'بعام', 'موازنة', 'ميزانية', 'منذ', 'حتى', 'بحلول', 'رؤية', 'مطلع', 'نهاية', 'بداية', 'أواخر', 'أوائل', 'منتصف', 'موسم', 'صيف', 'شتاء', 'ربيع', 'خريف', 'قبل', 'بعد',
];

/** Nouns before a number that make it a reference or a name, not a quantity (`المادة 3`, `الجيل 5`, `رقم 7`). */
export const REFERENCE_NOUNS: readonly string[] = [
  'المادة', 'مادة', 'الفقرة', 'فقرة', 'البند', 'بند', 'رقم', 'الرقم', 'الصفحة', 'صفحة', 'الفصل', 'القسم', 'قسم', 'الجيل', 'جيل', 'الإصدار', 'إصدار', 'النسخة', 'نسخة', 'الطراز', 'طراز', 'الموديل', 'موديل', 'الساعة', 'الدقيقة', 'المرحلة', 'مرحلة', 'الدرجة', 'الطابق', 'الشارع', 'شارع', 'الطريق', 'القرار', 'قرار', 'القانون', 'قانون', 'المرسوم', 'مرسوم', 'الجولة', 'الأسبوع', 'الحلقة', 'الموسم', 'الدورة', 'الكيلو', 'المنصة', 'المركز', 'المرتبة', 'كأس', 'بطولة', 'هاتف', 'جهاز', 'شاشة', 'نظام', 'أندرويد', 'ويندوز', 'آيفون', 'ايفون', 'جالاكسي', 'غالاكسي', 'بكسل', 'إكس', 'سلسلة', 'رقمه', 'الهاتف', 'فئة', 'الفئة', 'بوينغ', 'بوينج', 'إيرباص', 'ايرباص', 'طائرة', 'خط', 'مجموعة', 'المجموعة', 'قمة', 'العشرين', 'الحرب', 'كوفيد', 'فيروس', 'الفيروس', 'الرحلة', 'رحلة', 'المباراة', 'الطبعة', 'طبعة', 'الدوري', 'بروتوكول', 'معيار', 'نموذج', 'النموذج', 'الباب',
  // device brands and model lines: `هاتف نوكيا 8110`, `غالاكسي إس 9`, `ميت 20`
  'نوكيا', 'سامسونغ', 'سامسونج', 'هواوي', 'شاومي', 'أوبو', 'بلاكبيري', 'موتورولا', 'بلايستيشن', 'إكسبوكس', 'آيباد', 'ايباد', 'إس', 'نوت', 'ميت',
];

/** Words after a number that end a count reading: particles, prepositions, pronoun-like words. */
export const NOT_COUNTED: readonly string[] = [
  'في', 'من', 'إلى', 'الى', 'على', 'عن', 'مع', 'و', 'أو', 'ثم', 'أن', 'إن', 'أنه', 'إنه', 'التي', 'الذي', 'الذين', 'اللذين', 'اللتين', 'هو', 'هي', 'هم', 'قد', 'لقد', 'كما', 'حيث', 'بين', 'منذ', 'حتى', 'عند', 'لدى', 'لكن', 'بل', 'بعد', 'قبل', 'خلال', 'ضمن', 'نحو', 'حول', 'فقط', 'كل', 'أي', 'ما', 'لا', 'لم', 'لن', 'كان', 'كانت', 'يكون', 'تكون', 'هذا', 'هذه', 'ذلك', 'تلك', 'أيضا', 'مقابل', 'عبر', 'وفق', 'حسب', 'بحسب', 'تقريبا', 'مرة', 'مرات', 'مقارنة', 'فيما', 'بينما', 'أما', 'إذ', 'إذا', 'لو', 'كي', 'لكي', 'بنسبة', 'نسبة', 'عاما', 'فأكثر', 'فما', 'أوكتان', 'اوكتان', 'أمام', 'بعدما', 'قبلما', 'خلف', 'وراء', 'تحت', 'لدى', 'عندما', 'منها', 'منه', 'منهم', 'فيها', 'فيه', 'لها', 'له', 'بها', 'به', 'حين', 'حيث', 'ضد', 'دون', 'وهي', 'وهو', 'وهم',
];

/**
 * Before a dual duration (`يومين`, `شهرين`), words that make it a date or the span of something else
 * rather than a claimed duration: `قبل أسبوعين`, `منذ عامين`, `خلال عامين`, `في يومين`, `بعد مرور شهرين`,
 * `خلال أول عامين`, `في غضون يومين` (`بعد` only when من/على follows: `بعد يومين من القمة`; `بعد يومين` alone
 * is a delay, as `بعد 15 يوما` is).
 */
export const DUAL_TIME_WORDS: readonly string[] = ['قبل', 'منذ', 'قبيل', 'خلال', 'في', 'مرور', 'مضي', 'أول', 'آخر', 'غضون', 'طوال', 'طيلة', 'إلى', 'حتى', 'من',
  // a frequency (`مرة كل عامين`) or an age (`بعمر عامين`) is no claimed duration
  'كل', 'بعمر', 'عمر', 'عمره', 'عمرها', 'عمرهم'];

/** Fractions before the quantity they take a part of (`نصف عدد السكان`), as percent. */
export const FRACTION_SHARES: readonly { form: string; percent: number }[] = [
  { form: 'نصف', percent: 50 }, { form: 'ثلث', percent: 33.33 }, { form: 'ربع', percent: 25 }, { form: 'ثلثي', percent: 66.67 }, { form: 'ثلثا', percent: 66.67 },
];
/** Words after a fraction in a fixed phrase (a round, a time, a radius), never a share. */
export const NOT_SHARED: readonly string[] = ['النهائي', 'نهائي', 'النهائية', 'نهائية', 'النهائيات', 'عار', 'ساعة', 'الساعة', 'قرن', 'القرن', 'قطر', 'دائرة', 'الكرة', 'الكوب', 'الطريق', 'المسافة', 'الوقت', 'يوم', 'اليوم', 'شهر', 'الشهر', 'عام', 'العام', 'سنة', 'السنة', 'دقيقة', 'الأول', 'الثاني', 'الأخير'];
/** A price, a rate or a level: a fraction of it is a multiple, not a share (`نصف سعر`, `نصف المعدل العالمي`). */
export const RATE_NOUNS: readonly string[] = ['سعر', 'السعر', 'أسعار', 'الأسعار', 'معدل', 'المعدل', 'مستوى', 'المستوى', 'راتب', 'الراتب', 'أجر', 'الأجر', 'قيمة', 'القيمة'];
