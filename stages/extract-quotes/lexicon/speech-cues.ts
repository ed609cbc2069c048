/**
 * Speech and view cues. `form` says where the speaker is: a finite `verb` has its subject after it
 * (or before it, in speaker-first order), a `participle` (`قائلا`) takes the subject of its clause,
 * a `noun` cue (`تصريحات`, `إعلان`) names its speaker right after it. `clause: false` marks cues
 * that report a noun phrase rather than a clause (`كشف عن خطط`): optional in the gold, never queued
 * as a quote, but they still attribute the figures of their sentence.
 */
export interface SpeechCue {
  readonly forms: readonly string[];
  readonly form: 'verb' | 'participle' | 'noun';
  readonly clause?: boolean;
  /** The speaker must be named right after the cue: never carried from an earlier sentence (`وُصفت` is passive). */
  readonly explicitSpeaker?: boolean;
  /**
   * A cue only when إن/أن, a colon or a quotation mark follows within a few words: verbs that as
   * often take an object (`استبعدت السلطات فرضية ...`, `اقترح حلا`, `توصل إلى اتفاق`).
   */
  readonly clauseOnly?: boolean;
}

export const SPEECH_CUES: readonly SpeechCue[] = [
  { form: 'verb', forms: ['قال', 'قالت', 'يقول', 'تقول', 'يقولون', 'قالوا', 'تابع', 'تابعت', 'أضاف', 'أضافت', 'يضيف', 'تضيف', 'أردف', 'أردفت', 'استطرد'] },
  { form: 'verb', forms: ['أكد', 'أكدت', 'يؤكد', 'تؤكد', 'أكدوا', 'يؤكدون'] },
  { form: 'verb', forms: ['أوضح', 'أوضحت', 'يوضح', 'توضح', 'بينت', 'يبين'] }, // not بين (between) nor تبين (it turned out)
  { form: 'verb', forms: ['أشار', 'أشارت', 'يشير', 'تشير', 'يشيرون', 'أشاروا', 'لفت', 'لفتت', 'يلفت', 'تلفت'] },
  { form: 'verb', forms: ['صرح', 'صرحت', 'يصرح', 'تصرح', 'أفاد', 'أفادت', 'يفيد', 'تفيد', 'ذكر', 'ذكرت', 'تذكر', 'أعلن', 'أعلنت', 'يعلن', 'تعلن', 'أبلغ', 'أبلغت', 'أعلم', 'أخبر', 'أخبرت'] },
  // `يعتبر`/`تعتبر` is as often "is considered" (`وتعتبر نسبة العجز الأقل`): a cue only before إن/أن
  { form: 'verb', forms: ['يعتبر', 'تعتبر', 'يعتبرون'], clauseOnly: true },
  { form: 'verb', forms: ['اعتبر', 'اعتبرت', 'اعتبروا', 'رأى', 'رأت', 'يرى', 'ترى', 'يرون', 'رأوا'] },
  { form: 'verb', forms: ['حذر', 'حذرت', 'يحذر', 'تحذر', 'حذروا', 'توقع', 'توقعت', 'يتوقع', 'تتوقع', 'يتوقعون', 'توقعوا', 'رجح', 'رجحت', 'يرجح', 'ترجح'] }, // not قدر/يقدر: `يقدر ب` is a qualifier
  { form: 'verb', forms: ['شدد', 'شددت', 'يشدد', 'تشدد', 'نفى', 'نفت', 'ينفي', 'تنفي', 'زعم', 'زعمت', 'ادعى', 'اعترف', 'اعترفت', 'كشف', 'كشفت', 'يكشف', 'تكشف', 'أوردت', 'أورد', 'نقلت', 'نقل', 'أعرب', 'أعربت', 'ندد', 'نددت', 'يندد', 'تندد', 'انتقد', 'انتقدت'] },
  { form: 'verb', forms: ['علق', 'علقت', 'يعلق', 'تعلق', 'عقب', 'عقبت', 'تساءل', 'تساءلت', 'يتساءل', 'أصر', 'أصرت', 'يصر', 'تصر', 'تعهد', 'تعهدت', 'يتعهد', 'كتب', 'كتبت', 'يكتب', 'غرد', 'غردت', 'لاحظ', 'لاحظت', 'أفصح', 'أفصحت', 'نوه', 'نوهت', 'استدرك', 'أوصى', 'أوصت', 'طالب', 'طالبت', 'دعا', 'دعت', 'أبدى'] },
  { form: 'verb', forms: ['اعتقد', 'اعتقدت', 'يعتقد', 'تعتقد', 'يعتقدون', 'ظن', 'يظن', 'تظن', 'يظنون', 'يأمل', 'تأمل', 'أمل', 'أملت', 'يشعر', 'تشعر', 'يشعرون'] },
  // plurals and duals of the common verbs: `وأضافوا أن`, `وأوضحوا أن`, `أعلنتا أن` (not ذكرا: also "male")
  { form: 'verb', forms: ['قالا', 'قالتا', 'أعلنا', 'أعلنتا', 'أكدا', 'أكدتا', 'أوضحا', 'أوضحتا', 'ذكرتا', 'أشارا', 'أشارتا', 'أضافا', 'أضافتا', 'أضافوا', 'أوضحوا', 'ذكروا', 'كشفوا', 'أعربوا', 'أفادوا', 'صرحوا', 'أعلنوا', 'نفوا', 'شددوا', 'اعترفوا', 'رجحوا', 'لاحظوا', 'يضيفون', 'يوضحون', 'يحذرون', 'يرجحون'] },
  // views and replies: `استبعد أن`, `اقترحت أن`, `نبه إلى أن`, `أجاب بأن`, `خلصت الدراسة إلى أن` (not `أظهر`: its subject is mostly footage or a poll; not `تحدث`: also "happens"; not `يدعى`: "is called")
  { form: 'verb', forms: ['عبرت', 'أكمل', 'أكملت', 'يكمل', 'تكمل', 'أقر', 'أقرت', 'يقر', 'تقر', 'استبعد', 'استبعدت', 'يستبعد', 'تستبعد', 'استبعدوا', 'اقترح', 'اقترحت', 'يقترح', 'تقترح', 'نبه', 'نبهت', 'ينبه', 'أجاب', 'أجابت', 'يجيب', 'خلص', 'خلصت', 'توصل', 'توصلت', 'يزعم', 'تزعم', 'يزعمون', 'أشاد', 'أشادت'], clauseOnly: true },
  // bets as views: `وتراهن الحكومة على تحقيق نمو بنسبة 7 بالمئة` (the figure is the speaker's expectation)
  { form: 'verb', forms: ['راهن', 'راهنت', 'يراهن', 'تراهن', 'يراهنون'] },
  // hints: `عندما ألمح بأن أمازون ستحاكي`
  { form: 'verb', forms: ['ألمح', 'ألمحت', 'يلمح', 'تلمح', 'ألمحوا'], clauseOnly: true },
  // `وجدت الدراسة أن` (found that), but as often `وجدت نفسها`, `وجد حلا` (found something)
  { form: 'verb', forms: ['وجد', 'وجدت', 'وجدوا', 'يجد'], clauseOnly: true },
  // after a quotation: `«...»، على حد تعبير غاي روزن` (as X put it)
  { form: 'verb', forms: ['على حد تعبير', 'حسب تعبير', 'بحسب تعبير', 'على حد قول', 'بحسب قول', 'حسب قول'] },
  // وصف/وصفت with a named speaker only: in news `وُصفت بأنها` is often passive, with no speaker at all
  { form: 'verb', forms: ['وصف', 'وصفت', 'يصف', 'تصف'], explicitSpeaker: true },
  // `قدرت` is as often passive (`بخسارة قُدرت آنذاك بحوالي`): only with its speaker after it
  { form: 'verb', forms: ['قدرت'], explicitSpeaker: true },
  // `ويذكر أن`, `ويلاحظ من الإنفوغرافيك أن`: impersonal (it is mentioned, it is noted) unless a speaker follows
  { form: 'verb', forms: ['يذكر', 'يلاحظ'], explicitSpeaker: true },
  { form: 'participle', forms: ['قائلا', 'قائلة', 'قائلين', 'مضيفا', 'مضيفة', 'مشيرا', 'مشيرة', 'موضحا', 'موضحة', 'مؤكدا', 'مؤكدة', 'معتبرا', 'معتبرة', 'لافتا', 'لافتة', 'مبينا', 'مبينة', 'متوقعا', 'متوقعة', 'محذرا', 'محذرة', 'مشددا', 'مشددة', 'منوها', 'منوهة', 'مستدركا', 'مردفا', 'معربا', 'مرجحا', 'كاشفا', 'كاشفة', 'مرجحة', 'معربة', 'مستدركة', 'مردفة', 'مشيرين', 'مؤكدين', 'معتبرين', 'مضيفين', 'موضحين', 'لافتين', 'محذرين', 'مطالبا', 'داعيا', 'مستبعدا', 'مستبعدة', 'معترفا', 'معترفة', 'متسائلا', 'متسائلة', 'معلقا', 'منبها', 'منبهة', 'مشيدا', 'مشيدة', 'مقترحا', 'ناصحا', 'مستشهدا', 'بدعوى', 'قوله', 'قولها', 'قولهم', 'قولهما', 'بقوله', 'بقولها', 'بقولهم', 'بقولهما', 'تأكيده', 'تأكيدها'] },
  { form: 'noun', forms: ['تصريحات', 'تصريح', 'إعلان', 'على لسان', 'بيان', 'كلمة', 'حديث', 'مقابلة', 'تأكيد', 'توقعات', 'تحذير', 'تحذيرات', 'قول'] },
];

/** Words that introduce the reported clause. */
export const COMPLEMENTIZERS: readonly string[] = ['إن', 'أن', 'بأن', 'وأن', 'إنه', 'أنه', 'إنها', 'أنها', 'إنهم', 'أنهم', 'بأنه', 'بأنها', 'بأنهم', 'أنّ', 'إنّ', 'لأن', 'فإن', 'أنهما', 'إنهما', 'إننا', 'أننا', 'إني', 'أني', 'فإنه', 'فإنها', 'فإنهم', 'انه', 'انها', 'ان', 'بانه', 'بانها', 'وإن', 'وأنه', 'وأنها', 'بأنهما', 'لأنه', 'وأنهم', 'وإنهم', 'وبأن', 'وبأنه', 'وبأنها', 'وبأنهم'];
/** Prepositions that may stand between a cue and its complementizer: `يشير إلى أن`, `شدد على أن`, `حذر من أن`. */
export const LINK_PREPOSITIONS: readonly string[] = ['إلى', 'الى', 'على', 'من', 'في'];

/** Cues whose عن introduces what is said (`كشف عن`, `أعلن عن`, `أعرب عن`), never the one it is reported from. */
export const ABOUT_CUES: readonly string[] = ['كشف', 'كشفت', 'يكشف', 'تكشف', 'كشفوا', 'أعلن', 'أعلنت', 'يعلن', 'تعلن', 'أعلنوا', 'أعرب', 'أعربت', 'يعرب', 'تعرب', 'أعربوا', 'عبر', 'عبرت', 'يعبر', 'تعبر'];

/** Verbs of writing: in a relative clause with a preposition and pronoun (`التي يكتب بها`) they say where someone writes, not what. */
export const WRITING_CUES: readonly string[] = ['كتب', 'كتبت', 'يكتب', 'تكتب'];

/**
 * Phrases that attribute a sentence to whoever follows them (`وفقا لمكتب العبادي`, `بحسب وزير المالية محمد
 * الجدعان`, `حسب مصادر طبية`): no speech of their own, but the figures of the sentence are that speaker's.
 */
export const ACCORDING_CUES: readonly string[] = ['بحسب', 'حسب', 'وفق', 'وفقا', 'طبقا', 'استنادا إلى', 'استنادا الى'];

/** `ما` and `لما` after an attribution phrase (`بحسب ما ذكرته`, `وفقا لما أعلنه`): what a verb's subject said. */
export const WHAT_WORDS: readonly string[] = ['ما', 'لما', 'بما'];

/** Prepositions: a word right after one is a noun, never a finite verb (`في رد مكتوب`; not من, also "who": `من يتوقعون`). */
export const VERB_NEVER_AFTER: readonly string[] = ['في', 'على', 'إلى', 'عن', 'مع', 'خلال', 'عبر', 'حول'];
