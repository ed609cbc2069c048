import { ACCORDING_CUES } from '../../extract-quotes/lexicon/speech-cues.js';

/** Attribution cues of a sentence (`بحسب`, `وفقا ل`, `نقلا عن`) and relay cues (`اطلعت عليه`). */
export const ATTRIBUTION_CUES: readonly string[] = [
  ...ACCORDING_CUES, 'وفقا ل', 'طبقا ل', 'نقلا عن', 'بناء على', 'على ذمة', 'كما أوردت', 'أوردت', 'أورد', 'ذكرت', 'ذكر', 'أفادت', 'أفاد', 'نشرت', 'نشر', 'كشفت', 'كشف', 'قالت', 'قال', 'أعلنت', 'أعلن', 'نقلت', 'نقل',
];
/** After a source: the publisher relays it (`اطلعت عليه العربية Business`). */
export const RELAY_CUES: readonly string[] = ['اطلعت عليه', 'اطلعت عليها', 'حصلت عليه', 'حصلت عليها', 'اطلع عليه', 'اطلع عليها', 'تابعته', 'نشرته', 'ترجمته'];
/** Unnamed reports and sources. */
export const REPORT_WORDS: readonly string[] = ['تقارير', 'التقارير', 'تقارير إعلامية', 'وسائل إعلام', 'وسائل الإعلام', 'أنباء', 'الأنباء', 'تقرير', 'صحف', 'الصحف'];
export const ANONYMOUS_WORDS: readonly string[] = ['مصادر', 'مصدر', 'المصادر', 'مصادر مطلعة', 'مصدر مطلع', 'مطلعون', 'مقربون', 'أشخاص مطلعون'];
/** A document named before (`وبحسب التقرير`, `وفقا للبيان`): the figures take the source of the sentence that introduced it. */
export const DOCUMENT_ANAPHORS: readonly string[] = ['التقرير', 'البيان', 'الدراسة', 'المسح', 'الوثيقة', 'المذكرة', 'الإحصاءات', 'البيانات', 'الاستطلاع'];
/** Adjectives that make a document official: `أظهرت بيانات رسمية`, `وفق إحصاءات حكومية`. */
export const OFFICIAL_ADJECTIVES: readonly string[] = ['رسمية', 'الرسمية', 'رسمي', 'الرسمي', 'حكومية', 'الحكومية', 'حكومي', 'الحكومي'];
/**
 * Verbs that name who made a document, after it: `دراسة أجرتها جامعة أكسفورد`, `تقرير أعدته وزارة المالية`,
 * `مسح أصدرته الهيئة`. The maker vouches for the document's figures.
 */
export const MAKER_VERBS: readonly string[] = ['أجرتها', 'أجراها', 'أجرته', 'أعدتها', 'أعدها', 'أعدته', 'أصدرتها', 'أصدرها', 'أصدرته', 'نشرتها', 'نشرها', 'نشرته', 'أطلقتها', 'أطلقها', 'نفذتها', 'نفذها'];
