/**
 * Arabic cardinal number words, both genders and case forms. `role` says how a word combines:
 * `unit` (1-9), `teen` (the عشر/عشرة of 11-19), `ten` (10, 20..90), `hundred`, `thousand`
 * (a numeral that also multiplies like a scale word), `fraction` (only before a scale word),
 * `twelve` (the اثنا of 12: a number only before عشر/عشرة).
 * Definite forms (`الثلاث`) are deliberately absent: in news they are adjectives (`السنوات الثلاث`).
 */
export interface NumberWord {
  readonly forms: readonly string[];
  readonly value: number;
  readonly role: 'unit' | 'ten' | 'teen' | 'hundred' | 'fraction' | 'zero' | 'twelve';
}

export const NUMBER_WORDS: readonly NumberWord[] = [
  { forms: ['صفر'], value: 0, role: 'zero' },
  { forms: ['واحد', 'واحدة', 'واحدا'], value: 1, role: 'unit' },
  { forms: ['اثنان', 'اثنين', 'اثنتان', 'اثنتين'], value: 2, role: 'unit' },
  // the construct forms count only in 12 (`اثنا عشر`); alone `اثني` is also the verb أثنى, "praised" (`وأثنى ترامب`)
  { forms: ['اثنا', 'اثني', 'اثنتا', 'اثنتي'], value: 2, role: 'twelve' },
  { forms: ['ثلاثة', 'ثلاث'], value: 3, role: 'unit' },
  { forms: ['أربعة', 'أربع'], value: 4, role: 'unit' },
  { forms: ['خمسة', 'خمس'], value: 5, role: 'unit' },
  { forms: ['ستة', 'ست'], value: 6, role: 'unit' },
  { forms: ['سبعة', 'سبع'], value: 7, role: 'unit' },
  { forms: ['ثمانية', 'ثماني', 'ثمان'], value: 8, role: 'unit' },
  { forms: ['تسعة', 'تسع'], value: 9, role: 'unit' },
  { forms: ['عشرة', 'عشر'], value: 10, role: 'ten' },
  { forms: ['عشرون', 'عشرين'], value: 20, role: 'ten' },
  { forms: ['ثلاثون', 'ثلاثين'], value: 30, role: 'ten' },
  { forms: ['أربعون', 'أربعين'], value: 40, role: 'ten' },
  { forms: ['خمسون', 'خمسين'], value: 50, role: 'ten' },
  { forms: ['ستون', 'ستين'], value: 60, role: 'ten' },
  { forms: ['سبعون', 'سبعين'], value: 70, role: 'ten' },
  { forms: ['ثمانون', 'ثمانين'], value: 80, role: 'ten' },
  { forms: ['تسعون', 'تسعين'], value: 90, role: 'ten' },
  { forms: ['مئة', 'مائة', 'مئه', 'مائه'], value: 100, role: 'hundred' },
  { forms: ['مئتان', 'مئتين', 'مائتان', 'مائتين', 'مائتا', 'مائتي'], value: 200, role: 'hundred' }, // not مئتا/مئتي: their key is that of «ميتا» (Meta)
  { forms: ['ثلاثمئة', 'ثلاثمائة'], value: 300, role: 'hundred' },
  { forms: ['أربعمئة', 'أربعمائة'], value: 400, role: 'hundred' },
  { forms: ['خمسمئة', 'خمسمائة'], value: 500, role: 'hundred' },
  { forms: ['ستمئة', 'ستمائة'], value: 600, role: 'hundred' },
  { forms: ['سبعمئة', 'سبعمائة'], value: 700, role: 'hundred' },
  { forms: ['ثمانمئة', 'ثمانمائة', 'ثمانيمئة', 'ثمانيمائة'], value: 800, role: 'hundred' },
  { forms: ['تسعمئة', 'تسعمائة'], value: 900, role: 'hundred' },
  { forms: ['نصف'], value: 0.5, role: 'fraction' },
  { forms: ['ربع'], value: 0.25, role: 'fraction' },
  { forms: ['ثلث'], value: 1 / 3, role: 'fraction' },
  { forms: ['ثلثا', 'ثلثي'], value: 2 / 3, role: 'fraction' },
];

/** Words for 11-19 take a unit word then one of these (`أحد عشر`, `خمسة عشر`, `إحدى عشرة`). */
export const TEEN_TAILS: readonly string[] = ['عشر', 'عشرة'];
/** `أحد`/`إحدى` count only inside 11 (`أحد عشر`); alone they mean "one of". */
export const ELEVEN_HEADS: readonly string[] = ['أحد', 'إحدى'];
