/**
 * Unit words that may follow a number (after any scale word). Multi-word forms are matched
 * longest first. `perDay` forms (`برميل يوميا`) are listed as their own compound unit.
 */
export interface UnitWord {
  readonly forms: readonly string[];
  readonly unit: string;
  /** A dual form means two of the unit (`نقطتين مئويتين`). */
  readonly dual?: readonly string[];
}

export const PERCENT_WORDS: readonly string[] = ['%', 'في المئة', 'في المائة', 'بالمئة', 'بالمائة', 'في المئه', 'بالمئه', 'في المائه', 'بالمائه', 'بالمية', 'في المية'];

export const UNIT_WORDS: readonly UnitWord[] = [
  { forms: ['نقطة مئوية', 'نقاط مئوية', 'نقطه مئويه'], unit: 'percentage_point', dual: ['نقطتين مئويتين', 'نقطتان مئويتان'] },
  { forms: ['نقطة أساس', 'نقاط أساس'], unit: 'basis_point' },
  { forms: ['نقطة', 'نقاط'], unit: 'point', dual: ['نقطتين', 'نقطتان'] },
  { forms: ['برميل يوميا', 'برميل في اليوم', 'برميلا يوميا', 'براميل يوميا'], unit: 'barrel_per_day' },
  { forms: ['برميل', 'برميلا', 'براميل'], unit: 'barrel' },
  { forms: ['برميل مكافئ نفطي', 'برميل من المكافئ النفطي', 'برميل زيت مكافئ', 'برميل نفط مكافئ', 'برميل مكافئ'], unit: 'boe' },
  { forms: ['طن', 'طنا', 'أطنان'], unit: 'ton' },
  { forms: ['كيلوغرام', 'كيلوجرام', 'كيلو غرام', 'كغ', 'كلغ', 'كيلوغراما', 'كيلوجراما'], unit: 'kg' },
  { forms: ['غرام', 'جرام', 'غراما', 'جراما', 'غ'], unit: 'g' },
  { forms: ['أونصة', 'أوقية', 'أونصات'], unit: 'oz' },
  { forms: ['كيلومتر مربع', 'كيلومترا مربعا', 'كم مربع', 'كلم مربع', 'كم2'], unit: 'km2' },
  { forms: ['متر مربع', 'مترا مربعا', 'أمتار مربعة', 'م2'], unit: 'sqm' },
  { forms: ['سنتيمتر مربع', 'سنتيمترا مربعا', 'سنتيمترات مربعة', 'سم مربع', 'سم2'], unit: 'cm2' },
  { forms: ['متر مكعب', 'مترا مكعبا', 'أمتار مكعبة', 'م3'], unit: 'm3' },
  { forms: ['قدم مكعب يوميا', 'قدم مكعب في اليوم', 'قدم مكعبة يوميا'], unit: 'ft3_per_day' },
  { forms: ['قدم مكعب', 'قدم مكعبة', 'أقدام مكعبة'], unit: 'ft3' },
  { forms: ['متر مكعب يوميا', 'متر مكعب في اليوم', 'مترا مكعبا يوميا'], unit: 'm3_per_day' },
  { forms: ['كيلومتر', 'كيلومترا', 'كيلومترات', 'كم', 'كلم'], unit: 'km' },
  { forms: ['متر', 'مترا', 'أمتار'], unit: 'm' },
  { forms: ['سنتيمتر', 'سنتيمترا', 'سنتيمترات', 'سم'], unit: 'cm' },
  { forms: ['مليمتر', 'ملليمتر', 'مليمترا', 'ميليمتر', 'ميلي متر', 'مللي متر', 'ملي متر', 'ملم', 'مم'], unit: 'mm' },
  { forms: ['نانومتر', 'نانو متر'], unit: 'nm' },
  { forms: ['ميل', 'ميلا', 'أميال'], unit: 'mile' },
  { forms: ['هكتار', 'هكتارا', 'هكتارات'], unit: 'hectare' },
  { forms: ['فدان', 'فدانا', 'أفدنة'], unit: 'feddan' },
  { forms: ['دونم', 'دونما', 'دونمات'], unit: 'dunam' },
  { forms: ['لتر', 'لترا', 'لترات'], unit: 'liter' },
  { forms: ['جيجاواط', 'غيغاواط', 'جيغاواط', 'جيجاوات', 'غيغاوات', 'جيجا واط', 'غيغا واط'], unit: 'GW' },
  { forms: ['ميجاواط', 'ميغاواط', 'ميجاوات', 'ميغاوات', 'ميجا واط', 'ميغا واط'], unit: 'MW' },
  { forms: ['كيلوواط', 'كيلووات', 'كيلو واط'], unit: 'kW' },
  { forms: ['كيلوواط ساعة', 'كيلووات ساعة'], unit: 'kWh' },
  { forms: ['تيرابايت', 'تيرا بايت'], unit: 'TB' },
  { forms: ['جيجابايت', 'غيغابايت', 'جيجا بايت', 'غيغا بايت', 'جيجا', 'غيغا'], unit: 'GB' },
  { forms: ['ميجابايت', 'ميغابايت', 'ميجا بايت'], unit: 'MB' },
  { forms: ['جيجاهرتز', 'غيغاهرتز', 'جيجا هرتز', 'غيغا هرتز'], unit: 'GHz' },
  { forms: ['ميجاهرتز', 'ميغاهرتز'], unit: 'MHz' },
  { forms: ['ميجابكسل', 'ميغابكسل', 'ميجابيكسل', 'ميغابيكسل', 'ميجا بكسل', 'ميغا بكسل', 'ميجا بيكسل'], unit: 'megapixel' },
  { forms: ['مللي أمبير', 'ملي أمبير', 'مللي أمبير ساعة', 'ميلي أمبير'], unit: 'mAh' },
  { forms: ['بوصة', 'بوصات', 'إنش', 'إنشا', 'إنشات', 'انش'], unit: 'inch' },
  { forms: ['كيلو', 'كيلوات'], unit: 'kg' },
  { forms: ['درجة مئوية', 'درجات مئوية'], unit: 'celsius' },
  { forms: ['قيراط', 'قيراطا', 'قراريط'], unit: 'karat' },
  { forms: ['إطارا في الثانية', 'إطار في الثانية', 'إطارات في الثانية', 'إطارا بالثانية'], unit: 'frame_per_second' },
  { forms: ['ضعف', 'ضعفا', 'أضعاف', 'مثل', 'أمثال', 'مرة', 'مرات'], unit: 'multiple', dual: ['ضعفين', 'ضعفي', 'ضعفان', 'مرتين'] },
];

/** Time nouns: after a number they make a duration, usually a period of another claim. */
export const DURATION_WORDS: readonly UnitWord[] = [
  { forms: ['ثانية', 'ثوان', 'ثواني'], unit: 'second', dual: ['ثانيتين'] },
  { forms: ['دقيقة', 'دقائق'], unit: 'minute', dual: ['دقيقتين', 'دقيقتان'] },
  { forms: ['ساعة', 'ساعات'], unit: 'hour', dual: ['ساعتين', 'ساعتان'] },
  { forms: ['يوم', 'يوما', 'أيام'], unit: 'day', dual: ['يومين', 'يومان'] },
  { forms: ['أسبوع', 'أسبوعا', 'أسابيع'], unit: 'week', dual: ['أسبوعين', 'أسبوعان'] },
  { forms: ['شهر', 'شهرا', 'أشهر', 'شهور'], unit: 'month', dual: ['شهرين', 'شهران'] },
  { forms: ['سنة', 'سنوات', 'سنين', 'عام', 'عاما', 'أعوام'], unit: 'year', dual: ['سنتين', 'سنتان', 'عامين', 'عامان'] },
  { forms: ['عقد', 'عقود'], unit: 'decade', dual: ['عقدين'] },
];

/** Plural fractions counted by a number (`ثلاثة أرباع` = 75 percent): the form and its denominator. */
export const FRACTION_PLURALS: readonly { readonly form: string; readonly of: number }[] = [
  { form: 'أرباع', of: 4 },
  { form: 'أخماس', of: 5 },
  { form: 'أعشار', of: 10 },
];
