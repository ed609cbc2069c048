/**
 * extract-quotes on hand-written Arabic cases: both word orders, participles, colons, trailing cues,
 * indirect speech, speaker resolution, and names in guillemets (never quotes), judged by ANNOTATION.md.
 * Each row runs normalize-text, tokenize, split-sentences and extract-quotes alone; the content is
 * compared as `original.slice(start, end)`. Wrong cases are `it.fails` with an `// extractor bug:` note.
 */
import { describe, expect, it } from 'vitest';
import { processArticle } from '../pipeline/process-article.js';
import { extractQuotes } from '../stages/extract-quotes/index.js';
import { normalizeText, toOriginalSpan } from '../stages/normalize-text/index.js';
import { splitSentences } from '../stages/split-sentences/index.js';
import { sourceRegistry } from '../stages/tag-sources/registry.js';
import { tokenize } from '../stages/tokenize/index.js';

/** What a test asserts of a quote: kind, content (a slice of the original), cue as normalized, speaker. */
interface Seen {
  kind: 'direct' | 'indirect';
  text: string;
  cue: string;
  speaker: string;
  tag: string;
  role?: string;
}

function run(original: string) {
  const norm = normalizeText(original);
  const tokens = tokenize(norm.text, norm.key);
  const seg = splitSentences(norm.text);
  const result = extractQuotes({ text: norm.text, tokens, sentences: seg.sentences, quotes: seg.quotes, paragraphs: seg.paragraphs, registry: sourceRegistry() });
  return { norm, result };
}

function quotes(original: string): Seen[] {
  const { norm, result } = run(original);
  return result.quotes.map((q) => {
    const s = toOriginalSpan(norm, q.start, q.end, original);
    return {
      kind: q.kind,
      text: original.slice(s.start, s.end),
      cue: q.cue,
      speaker: q.speaker.name,
      tag: q.speaker.tag,
      ...(q.speaker.role ? { role: q.speaker.role } : {}),
    };
  });
}

const ZUCKERBERG = { speaker: 'مارك زوكربيرج', tag: 'company', role: 'الرئيس التنفيذي' } as const;
const JADAAN = { speaker: 'محمد الجدعان', tag: 'officials', role: 'وزير المالية' } as const;
const SARA = { speaker: 'سارة أحمد', tag: 'officials', role: 'وزيرة المالية' } as const;

type Row = readonly [input: string, expected: Seen[]];

describe('word order: verb first, speaker first', () => {
  const rows: Row[] = [
    ['قال وزير المالية محمد الجدعان إن الاقتصاد سينمو بقوة هذا العام.', [{ kind: 'indirect', text: 'الاقتصاد سينمو بقوة هذا العام', cue: 'قال', ...JADAAN }]],
    ['وزير المالية محمد الجدعان قال إن الاقتصاد سينمو بقوة هذا العام.', [{ kind: 'indirect', text: 'الاقتصاد سينمو بقوة هذا العام', cue: 'قال', ...JADAAN }]],
    ['قالت «ميتا» إن عدد المستخدمين ارتفع.', [{ kind: 'indirect', text: 'عدد المستخدمين ارتفع', cue: 'قالت', speaker: 'ميتا', tag: 'company' }]],
    ['قالت مصادر مطلعة لرويترز إن الصفقة ستتم الشهر المقبل.', [{ kind: 'indirect', text: 'الصفقة ستتم الشهر المقبل', cue: 'قالت', speaker: 'مصادر مطلعة', tag: 'anonymous' }]],
  ];
  it.each(rows)('%s', (input, expected) => {
    expect(quotes(input)).toEqual(expected);
  });
});

describe('participles take the subject of their clause', () => {
  const rows: Row[] = [
    [
      'حاول الرئيس التنفيذي مارك زوكربيرج تهدئة القلق قائلاً إن الشركة «تُسرع الاستثمار لضمان امتلاكها القدرات الحاسوبية اللازمة».',
      [{ kind: 'direct', text: 'تُسرع الاستثمار لضمان امتلاكها القدرات الحاسوبية اللازمة', cue: 'قائلا', ...ZUCKERBERG }],
    ],
    [
      'وخلال مكالمة مع المستثمرين، حاول الرئيس التنفيذي مارك زوكربيرج تهدئة القلق قائلاً إن الشركة تسرع الاستثمار.',
      [{ kind: 'indirect', text: 'الشركة تسرع الاستثمار', cue: 'قائلا', ...ZUCKERBERG }],
    ],
    // each link of a chain of participles is its own quote, same speaker
    [
      'قال وزير المالية محمد الجدعان إن الاقتصاد قوي، مبيناً أن النمو سيستمر، مشيراً إلى أن التضخم تحت السيطرة.',
      [
        { kind: 'indirect', text: 'الاقتصاد قوي', cue: 'قال', ...JADAAN },
        { kind: 'indirect', text: 'النمو سيستمر', cue: 'مبينا', ...JADAAN },
        { kind: 'indirect', text: 'التضخم تحت السيطرة', cue: 'مشيرا', ...JADAAN },
      ],
    ],
    [
      'قالت وزيرة المالية سارة أحمد إن العجز سينخفض، مضيفة أن الإصلاحات مستمرة.',
      [
        { kind: 'indirect', text: 'العجز سينخفض', cue: 'قالت', ...SARA },
        { kind: 'indirect', text: 'الإصلاحات مستمرة', cue: 'مضيفة', ...SARA },
      ],
    ],
  ];
  it.each(rows)('%s', (input, expected) => {
    expect(quotes(input)).toEqual(expected);
  });
});

describe('colons and trailing cues', () => {
  const rows: Row[] = [
    [
      'قال الرئيس التنفيذي مارك زوكربيرج إن الخطة طموحة. وأضاف: "نحن نستثمر في المستقبل بكل قوة".',
      [
        { kind: 'indirect', text: 'الخطة طموحة', cue: 'قال', ...ZUCKERBERG },
        { kind: 'direct', text: 'نحن نستثمر في المستقبل بكل قوة', cue: 'وأضاف', ...ZUCKERBERG },
      ],
    ],
    [
      'قال الرئيس التنفيذي مارك زوكربيرج إن الخطة طموحة.\n\nوفي فقرة أخرى تحدث عن السوق. وتابع قائلاً: "سنواصل العمل حتى النهاية".',
      [
        { kind: 'indirect', text: 'الخطة طموحة', cue: 'قال', ...ZUCKERBERG },
        { kind: 'direct', text: 'سنواصل العمل حتى النهاية', cue: 'قائلا', ...ZUCKERBERG },
      ],
    ],
    ['قالت الشركة: "سنواصل العمل حتى النهاية".', [{ kind: 'direct', text: 'سنواصل العمل حتى النهاية', cue: 'قالت', speaker: 'الشركة', tag: 'company' }]],
    ['«الأسعار سترتفع»، قالت وزيرة المالية سارة أحمد.', [{ kind: 'direct', text: 'الأسعار سترتفع', cue: 'قالت', ...SARA }]],
    ['«نحن نستثمر في المستقبل بكل قوة»، قال الرئيس التنفيذي مارك زوكربيرج.', [{ kind: 'direct', text: 'نحن نستثمر في المستقبل بكل قوة', cue: 'قال', ...ZUCKERBERG }]],
    [
      'قال الرئيس التنفيذي مارك زوكربيرج إن الخطة طموحة. "نحن نستثمر في المستقبل بكل قوة"، قال زوكربيرج.',
      [
        { kind: 'indirect', text: 'الخطة طموحة', cue: 'قال', ...ZUCKERBERG },
        { kind: 'direct', text: 'نحن نستثمر في المستقبل بكل قوة', cue: 'قال', ...ZUCKERBERG },
      ],
    ],
    // a line that opens with its speaker and a colon, no quotation marks: indirect, to the end of the sentence
    ['خبراء: التضخم سيتراجع العام المقبل', [{ kind: 'indirect', text: 'التضخم سيتراجع العام المقبل', cue: ':', speaker: 'خبراء', tag: 'experts' }]],
    [
      'مارك زوكربيرج: 2017 كانت سنة صعبة\n\nوأضاف زوكربيرج أن الشركة تعلمت الكثير.',
      [
        // no role in the text: a known business figure speaks for his company
        { kind: 'indirect', text: '2017 كانت سنة صعبة', cue: ':', speaker: 'مارك زوكربيرج', tag: 'company' },
        { kind: 'indirect', text: 'الشركة تعلمت الكثير', cue: 'وأضاف', speaker: 'مارك زوكربيرج', tag: 'company' },
      ],
    ],
  ];
  it.each(rows)('%s', (input, expected) => {
    expect(quotes(input)).toEqual(expected);
  });

  it('a headline رئيس سامسونج: لا يوجد ... is an indirect quote of Samsung’s head', () => {
    const [q, ...rest] = quotes('رئيس سامسونج: لا يوجد سبب للقلق');
    expect(rest).toEqual([]);
    expect(q).toMatchObject({ kind: 'indirect', text: 'لا يوجد سبب للقلق', cue: ':', tag: 'company' });
    expect(q!.speaker).toContain('سامسونج');
  });

  it('التقى الخبير ... محمد الجبلي ... وقال الجبلي: في المقابل فإن ...', () => {
    expect(quotes('التقى الخبير الاقتصادي محمد الجبلي بالصحفيين. وقال الجبلي: في المقابل فإن الأسعار سترتفع.')).toEqual([
      { kind: 'indirect', text: 'في المقابل فإن الأسعار سترتفع', cue: 'وقال', speaker: 'محمد الجبلي', tag: 'experts', role: 'الخبير الاقتصادي' },
    ]);
  });
});

describe('indirect quotes: a view or speech verb and إن/أن, to the end of the clause', () => {
  const rows: Row[] = [
    ['ويشير محللون إلى أن الشركة تفتقر إلى منتج رئيسي.', [{ kind: 'indirect', text: 'الشركة تفتقر إلى منتج رئيسي', cue: 'ويشير', speaker: 'محللون', tag: 'analysts' }]],
    [
      'ويشير محللون إلى أن «ميتا» تفتقر حتى الآن إلى منتج ذكاء اصطناعي رئيسي قادر على تحقيق أرباح مباشرة، بخلاف منافسين مثل «جوجل».',
      [{ kind: 'indirect', text: '«ميتا» تفتقر حتى الآن إلى منتج ذكاء اصطناعي رئيسي قادر على تحقيق أرباح مباشرة', cue: 'ويشير', speaker: 'محللون', tag: 'analysts' }],
    ],
    ['ويرى مراقبون أن «ميتا» تقف حالياً على مفترق طرق حاسم: فإما أن تنجح.', [{ kind: 'indirect', text: '«ميتا» تقف حالياً على مفترق طرق حاسم', cue: 'ويرى', speaker: 'مراقبون', tag: 'observers' }]],
    ['يرى خبراء أن التضخم سيتراجع.', [{ kind: 'indirect', text: 'التضخم سيتراجع', cue: 'يرى', speaker: 'خبراء', tag: 'experts' }]],
    ['قال مسؤولون إن الحكومة ستخفض الدعم.', [{ kind: 'indirect', text: 'الحكومة ستخفض الدعم', cue: 'قال', speaker: 'مسؤولون', tag: 'officials' }]],
    ['اعتبر المستثمرون تصريحاته «غامضة وغير مطمئنة».', [{ kind: 'direct', text: 'غامضة وغير مطمئنة', cue: 'اعتبر', speaker: 'المستثمرون', tag: 'investors' }]],
    [
      'قال الرئيس التنفيذي مارك زوكربيرج إن الخطة طموحة. ويقول زوكربيرج إنه تجاوز مليار مستخدم.',
      [
        { kind: 'indirect', text: 'الخطة طموحة', cue: 'قال', ...ZUCKERBERG },
        { kind: 'indirect', text: 'تجاوز مليار مستخدم', cue: 'ويقول', ...ZUCKERBERG },
      ],
    ],
    // `..., وأن ...`: the same speaker goes on with another clause
    [
      'قال الرئيس التنفيذي مارك زوكربيرج إن الخطة طموحة. وأكد زوكربيرج أن الشركة ستنجح، وأن الاستثمارات ستؤتي ثمارها.',
      [
        { kind: 'indirect', text: 'الخطة طموحة', cue: 'قال', ...ZUCKERBERG },
        { kind: 'indirect', text: 'الشركة ستنجح', cue: 'وأكد', ...ZUCKERBERG },
        { kind: 'indirect', text: 'الاستثمارات ستؤتي ثمارها', cue: 'وأكد', ...ZUCKERBERG },
      ],
    ],
    ['قالت الشركة في بيان إن أرباحها ارتفعت.', [{ kind: 'indirect', text: 'أرباحها ارتفعت', cue: 'قالت', speaker: 'الشركة', tag: 'company' }]],
    // views that take a clause: `استبعد ... أن`, `خلصت ... إلى أن`, plural verbs
    ['واستبعد الوزير أن تنخفض الأسعار قريبا.', [{ kind: 'indirect', text: 'تنخفض الأسعار قريبا', cue: 'واستبعد', speaker: 'الوزير', tag: 'officials' }]],
    ['وخلصت لجنة التحقيق إلى أن الصاروخ أطلق من الحدود.', [{ kind: 'indirect', text: 'الصاروخ أطلق من الحدود', cue: 'وخلصت', speaker: 'لجنة التحقيق', tag: 'officials' }]],
    ['وأضافوا أن المحادثات ستستأنف الأسبوع المقبل.', []],
    // `وكانت X قد أعلنت أن`: the subject before the particle قد (and a comma); dual verbs and subjects
    ['وكانت السلطات القطرية والتركية، قد أعلنتا أن قطر قررت دعم الاقتصاد التركي.', [{ kind: 'indirect', text: 'قطر قررت دعم الاقتصاد التركي', cue: 'أعلنتا', speaker: 'السلطات القطرية', tag: 'officials' }]],
    // a cue's own preposition may introduce the quotation; `أعرب عن أمله في أن`; a second quotation joined by و
    ['قالت الوزيرة إن الوضع جيد، لافتة إلى "بعض أنواع الويسكي ومواد أخرى مثل زبدة الفستق".', [
      { kind: 'indirect', text: 'الوضع جيد', cue: 'قالت', speaker: 'الوزيرة', tag: 'officials' },
      { kind: 'direct', text: 'بعض أنواع الويسكي ومواد أخرى مثل زبدة الفستق', cue: 'لافتة', speaker: 'الوزيرة', tag: 'officials' },
    ]],
    ['وعبرت المفوضة عن أملها أن يكون الاتحاد معفيا.', [{ kind: 'indirect', text: 'يكون الاتحاد معفيا', cue: 'وعبرت', speaker: 'المفوضة', tag: 'officials' }]],
    // a verb of purpose goes on with the speaker, and only before إن/أن or a quotation
    ['قال الوزير محمد علي إن الاكتتاب تأخر، ليكمل بعدها بأن "التأخير بدأ في منتصف العام".', [
      { kind: 'indirect', text: 'الاكتتاب تأخر', cue: 'قال', speaker: 'محمد علي', tag: 'officials', role: 'الوزير' },
      { kind: 'direct', text: 'التأخير بدأ في منتصف العام', cue: 'ليكمل', speaker: 'محمد علي', tag: 'officials', role: 'الوزير' },
    ]],
    ['قال الوزير محمد علي إن السياحة تعافت. وتأتي الأرقام الجديدة لتؤكد الانتعاشة.', [{ kind: 'indirect', text: 'السياحة تعافت', cue: 'قال', speaker: 'محمد علي', tag: 'officials', role: 'الوزير' }]],
    ['وأعرب الوزير عن أمله في أن تنتهي الأزمة قريبا.', [{ kind: 'indirect', text: 'تنتهي الأزمة قريبا', cue: 'وأعرب', speaker: 'الوزير', tag: 'officials' }]],
    ['قال الوزير محمد علي: "الجميع سمع عن شائعات بإلغاء الاكتتاب" و"هذا ليس صحيحا".', [
      { kind: 'direct', text: 'الجميع سمع عن شائعات بإلغاء الاكتتاب', cue: 'قال', speaker: 'محمد علي', tag: 'officials', role: 'الوزير' },
      { kind: 'direct', text: 'هذا ليس صحيحا', cue: 'قال', speaker: 'محمد علي', tag: 'officials', role: 'الوزير' },
    ]],
    // a coordinated noun of a role is the role's; a registered research house in an apposition gives its tag
    ['وقال وزير التجارة والصناعة المصري، عمرو نصار، إن الصادرات ارتفعت.', [{ kind: 'indirect', text: 'الصادرات ارتفعت', cue: 'وقال', speaker: 'عمرو نصار', tag: 'officials', role: 'وزير التجارة والصناعة المصري' }]],
    ['توقع مازن السديري، رئيس الأبحاث في "الراجحي كابيتال"، أن يرتفع الدخل.', [{ kind: 'indirect', text: 'يرتفع الدخل', cue: 'توقع', speaker: 'مازن السديري', tag: 'experts', role: 'رئيس الأبحاث في' }]],
    // a name ends before a country or a word with ل, keeps a three-word Arabic name, and a coordinated role noun
    ['وقالت مديرة الصندوق كريستين لاغارد الولايات المتحدة إن النمو سيتراجع.', [{ kind: 'indirect', text: 'النمو سيتراجع', cue: 'وقالت', speaker: 'كريستين لاغارد', tag: 'officials', role: 'مديرة الصندوق' }]],
    ['وقال وزير المالية القطري علي شريف العمادي إن النمو سيتراجع.', [{ kind: 'indirect', text: 'النمو سيتراجع', cue: 'وقال', speaker: 'علي شريف العمادي', tag: 'officials', role: 'وزير المالية القطري' }]],
    ['وقال وزير الاتصالات وتقنية المعلومات عبدالله السواحة إن النمو سيتراجع.', [{ kind: 'indirect', text: 'النمو سيتراجع', cue: 'وقال', speaker: 'عبدالله السواحة', tag: 'officials', role: 'وزير الاتصالات وتقنية المعلومات' }]],
    ['وقال العلماء إن الحرارة سترتفع.', [{ kind: 'indirect', text: 'الحرارة سترتفع', cue: 'وقال', speaker: 'العلماء', tag: 'experts' }]],
    // the country an office is in is part of the role; the name follows in apposition
    ['أكد وزير التربية بمصر، الدكتور طارق شوقي، أن التعليم تحسن.', [{ kind: 'indirect', text: 'التعليم تحسن', cue: 'أكد', speaker: 'طارق شوقي', tag: 'officials', role: 'وزير التربية بمصر، الدكتور' }]],
    // `يعتبر` without إن/أن is "is considered", no speech
    ['وتعتبر نسبة العجز الأولى الأقل منذ عشر سنوات.', []],
    // `ما` right before a comma or إن is part of a name
    ['وقال جاك ما، مؤسس علي بابا، إن الشركة ستوفر مليون وظيفة.', [{ kind: 'indirect', text: 'الشركة ستوفر مليون وظيفة', cue: 'وقال', speaker: 'جاك ما', tag: 'company', role: 'مؤسس علي بابا' }]],
    // a name in Latin letters ends where the Arabic goes on with و, and is a company's
    ['وتوقعت BP وبحلول عام 2040 أن يستمر الطلب على النفط.', [{ kind: 'indirect', text: 'يستمر الطلب على النفط', cue: 'وتوقعت', speaker: 'BP', tag: 'company' }]],
    // a share of a group speaks for the group: respondents as people, a counted group with its tag
    ['وقال 43٪ من المجيبين إن مدراءهم عادلون. ويقول 29٪ إنهم لا يتعرضون للتوتر.', [
      { kind: 'indirect', text: 'مدراءهم عادلون', cue: 'وقال', speaker: 'المجيبين', tag: 'people' },
      { kind: 'indirect', text: 'لا يتعرضون للتوتر', cue: 'ويقول', speaker: 'المجيبين', tag: 'people' },
    ]],
    // a company named in another clause, or after a preposition, is not the subject of the cue
    ['قال الوزير محمد علي إن الاستثمارات تضاعفت مع دخول شركات مثل "أمازون" إلى المملكة، وأكد أن المنامة تعمل بجد.', [
      { kind: 'indirect', text: 'الاستثمارات تضاعفت مع دخول شركات مثل "أمازون" إلى المملكة', cue: 'قال', speaker: 'محمد علي', tag: 'officials', role: 'الوزير' },
      { kind: 'indirect', text: 'المنامة تعمل بجد', cue: 'وأكد', speaker: 'محمد علي', tag: 'officials', role: 'الوزير' },
    ]],
    // an organisation right after the clause's opening word is the subject a participle takes
    ['وكان صندوق النقد الدولي رفع توقعاته للاقتصاد، مشيرا إلى أن الاقتصاد سينمو.', [{ kind: 'indirect', text: 'الاقتصاد سينمو', cue: 'مشيرا', speaker: 'صندوق النقد الدولي', tag: 'officials' }]],
    ['وقال ثلاثة أرباع المجيبين إنهم راضون عن رواتبهم.', [{ kind: 'indirect', text: 'راضون عن رواتبهم', cue: 'وقال', speaker: 'ثلاثة أرباع المجيبين', tag: 'people' }]],
    ['وأشارت نسبة 80% من المجيبين إلى أن الرواتب منخفضة.', [{ kind: 'indirect', text: 'الرواتب منخفضة', cue: 'وأشارت', speaker: 'المجيبين', tag: 'people' }]],
    ['وأشار 62٪ من المجيبين إلى أن مدراءهم عادلون.', [{ kind: 'indirect', text: 'مدراءهم عادلون', cue: 'وأشار', speaker: 'المجيبين', tag: 'people' }]],
    ['وقال أكثر من 20 مسؤولا إن الخطة فشلت.', [{ kind: 'indirect', text: 'الخطة فشلت', cue: 'وقال', speaker: 'أكثر من 20 مسؤولا', tag: 'officials' }]],
    // a particle keeps the family name whole, even a title word after it
    ['وقال رئيس الهيئة العامة للرياضة تركي آل الشيخ إن الاتحاد سيدفع المبلغ.', [{ kind: 'indirect', text: 'الاتحاد سيدفع المبلغ', cue: 'وقال', speaker: 'تركي آل الشيخ', tag: 'officials', role: 'رئيس الهيئة العامة للرياضة' }]],
    ['وقال الوزيران إن حجم التبادل التجاري ارتفع.', [{ kind: 'indirect', text: 'حجم التبادل التجاري ارتفع', cue: 'وقال', speaker: 'الوزيران', tag: 'officials' }]],
    ['وقال محللون إن السوق متقلب. وأضافوا أن المحادثات ستستأنف.', [
      { kind: 'indirect', text: 'السوق متقلب', cue: 'وقال', speaker: 'محللون', tag: 'analysts' },
      { kind: 'indirect', text: 'المحادثات ستستأنف', cue: 'وأضافوا', speaker: 'محللون', tag: 'analysts' },
    ]],
  ];
  it.each(rows)('%s', (input, expected) => {
    expect(quotes(input)).toEqual(expected);
  });

  it('وتراجع السهم بعد إعلان شيفرون أنها ستخفض 1500 وظيفة.', () => {
    const found = quotes('وتراجع السهم بعد إعلان شيفرون أنها ستخفض 1500 وظيفة.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'indirect', text: 'ستخفض 1500 وظيفة', speaker: 'شيفرون' });
  });

  // `مصدر لم يكشف عن اسمه` (ANNOTATION's anonymous example): the clause after the description is the quote
  it('قال مصدر لم يكشف عن اسمه إن الصفقة تبلغ 5 مليارات دولار.', () => {
    const found = quotes('قال مصدر لم يكشف عن اسمه إن الصفقة تبلغ 5 مليارات دولار.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'indirect', text: 'الصفقة تبلغ 5 مليارات دولار', speaker: 'مصدر', tag: 'anonymous' });
  });

  it('ونقلت وكالة رويترز عن مسؤول حكومي قوله إن المحادثات متعثرة.', () => {
    const found = quotes('ونقلت وكالة رويترز عن مسؤول حكومي قوله إن المحادثات متعثرة.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'indirect', text: 'المحادثات متعثرة', tag: 'officials' });
    expect(found[0]!.speaker).toContain('مسؤول');
  });
});

describe('speaker resolution: the most specific name the article gives', () => {
  const rows: Row[] = [
    [
      'حاول الرئيس التنفيذي مارك زوكربيرج تهدئة القلق. وقال زوكربيرج إن الشركة تسرع الاستثمار.',
      [{ kind: 'indirect', text: 'الشركة تسرع الاستثمار', cue: 'وقال', ...ZUCKERBERG }],
    ],
    [
      'قالت وزيرة المالية سارة أحمد إن العجز سينخفض. وأكدت الوزيرة أن الإصلاحات مستمرة.',
      [
        { kind: 'indirect', text: 'العجز سينخفض', cue: 'قالت', ...SARA },
        { kind: 'indirect', text: 'الإصلاحات مستمرة', cue: 'وأكدت', ...SARA },
      ],
    ],
    [
      'قال وزير المالية محمد الجدعان إن الاقتصاد سينمو. وأوضح الجدعان أن التضخم منخفض.',
      [
        { kind: 'indirect', text: 'الاقتصاد سينمو', cue: 'قال', ...JADAAN },
        { kind: 'indirect', text: 'التضخم منخفض', cue: 'وأوضح', ...JADAAN },
      ],
    ],
    ['وأكد المتحدث باسم الوزارة أن القرار نهائي.', [{ kind: 'indirect', text: 'القرار نهائي', cue: 'وأكد', speaker: 'المتحدث باسم الوزارة', tag: 'officials' }]],
  ];
  it.each(rows)('%s', (input, expected) => {
    expect(quotes(input)).toEqual(expected);
  });

  it('وقالت الشركة resolves to the company named before: وقالت «سابك» ... وقالت الشركة ...', () => {
    const found = quotes('وقالت «سابك» إن أرباحها تراجعت. وقالت الشركة إن الطلب ضعيف.');
    expect(found.map(({ kind, text, speaker, tag }) => ({ kind, text, speaker, tag }))).toEqual([
      { kind: 'indirect', text: 'أرباحها تراجعت', speaker: 'سابك', tag: 'company' },
      { kind: 'indirect', text: 'الطلب ضعيف', speaker: 'سابك', tag: 'company' },
    ]);
  });

  // ANNOTATION's own example: `وقالت الشركة إن` resolves to `سابك` named before without guillemets (a registered company)
  it('وقالت سابك إن أرباحها تراجعت. وقالت الشركة إن الطلب ضعيف.', () => {
    expect(quotes('وقالت سابك إن أرباحها تراجعت. وقالت الشركة إن الطلب ضعيف.').map((q) => [q.speaker, q.tag])).toEqual([['سابك', 'company'], ['سابك', 'company']]);
  });

  it('قال الخبير الاقتصادي محمد الجبلي إن السوق متقلب.', () => {
    expect(quotes('قال الخبير الاقتصادي محمد الجبلي إن السوق متقلب.')).toEqual([
      { kind: 'indirect', text: 'السوق متقلب', cue: 'قال', speaker: 'محمد الجبلي', tag: 'experts', role: 'الخبير الاقتصادي' },
    ]);
  });
});

describe('anaphora and descriptions: the organisation or person named before, the group as described', () => {
  const rows: Row[] = [
    // an organisation noun refers back to the nearest organisation named with the same head
    [
      'أعلنت وزارة السياحة ارتفاع عدد الزوار. وأفادت الوزارة في بيان أن العدد بلغ مليونين.',
      [{ kind: 'indirect', text: 'العدد بلغ مليونين', cue: 'وأفادت', speaker: 'وزارة السياحة', tag: 'officials' }],
    ],
    [
      'تراجعت أرباح شركة الخطوط الجوية القطرية. وقالت الشركة القطرية في بيان لها إن الوجهة جديدة.',
      [{ kind: 'indirect', text: 'الوجهة جديدة', cue: 'وقالت', speaker: 'شركة الخطوط الجوية القطرية', tag: 'company' }],
    ],
    [
      'عرضت شركة "بال روبوتيكس" منتجها. وأوضحت الشركة لبي بي سي أن الروبوت يتحدث ست لغات.',
      [{ kind: 'indirect', text: 'الروبوت يتحدث ست لغات', cue: 'وأوضحت', speaker: 'بال روبوتيكس', tag: 'company' }],
    ],
    // a described speaker keeps its adjectives; `المصدر` refers back to it
    ['وقال مسؤول أمريكي إن القرار يستثني كندا.', [{ kind: 'indirect', text: 'القرار يستثني كندا', cue: 'وقال', speaker: 'مسؤول أمريكي', tag: 'officials' }]],
    [
      'قال دبلوماسي غربي كبير إن المحادثات متوقفة. وقال المصدر إن الخلاف عميق.',
      [
        { kind: 'indirect', text: 'المحادثات متوقفة', cue: 'قال', speaker: 'دبلوماسي غربي كبير', tag: 'officials' },
        { kind: 'indirect', text: 'الخلاف عميق', cue: 'وقال', speaker: 'دبلوماسي غربي كبير', tag: 'officials' },
      ],
    ],
    // a descriptor refers back to the person introduced with that title, even without a speech cue
    [
      'ويشارك الباحث بلال قدوح في فريق بجامعة ليدز. ويقول الباحث إن الطائرات ستصلح الطرق.',
      [{ kind: 'indirect', text: 'الطائرات ستصلح الطرق', cue: 'ويقول', speaker: 'بلال قدوح', tag: 'experts', role: 'الباحث' }],
    ],
    // a registered body inside a title, then the name; names of four words
    [
      'قالت المديرة العامة لصندوق النقد الدولي كريستين لاغارد إن النمو سيتباطأ.',
      [{ kind: 'indirect', text: 'النمو سيتباطأ', cue: 'قالت', speaker: 'كريستين لاغارد', tag: 'officials', role: 'المديرة العامة لصندوق النقد الدولي' }],
    ],
    [
      'وقال وزير الاتصالات محمد جواد آذري جهرمي إن الأسعار سترتفع.',
      [{ kind: 'indirect', text: 'الأسعار سترتفع', cue: 'وقال', speaker: 'محمد جواد آذري جهرمي', tag: 'officials', role: 'وزير الاتصالات' }],
    ],
    // a role, then the name in quotation marks; a country speaks through its government
    ['ويعتقد بيت مزادات "هيريتدج" أن السوق ينمو.', [{ kind: 'indirect', text: 'السوق ينمو', cue: 'ويعتقد', speaker: 'هيريتدج', tag: 'experts', role: 'بيت مزادات' }]],
    // a role in apposition, after وهي; a member of an association; a research house in the registry
    [
      'قالت ريبيكا باركر، وهي أم لثلاثة أطفال، إن الإدمان دمر حياتها.',
      [{ kind: 'indirect', text: 'الإدمان دمر حياتها', cue: 'قالت', speaker: 'ريبيكا باركر', tag: 'people', role: 'أم لثلاثة أطفال' }],
    ],
    ['وقال بيتر سدينغتون، من جمعية ريليت، إن العلاج متاح.', [{ kind: 'indirect', text: 'العلاج متاح', cue: 'وقال', speaker: 'بيتر سدينغتون', tag: 'experts', role: 'من جمعية ريليت' }]],
    ['ورأت "هيرميس" أن الفائدة ستنخفض.', [{ kind: 'indirect', text: 'الفائدة ستنخفض', cue: 'ورأت', speaker: 'هيرميس', tag: 'experts' }]],
    // a participle after an adjunct still introduces the quotation
    [
      'وأكد الوزير ذلك، مضيفا في مؤتمر صحفي يوم الأربعاء: "الخطة ستمضي قدما كما أعلنا".',
      [{ kind: 'direct', text: 'الخطة ستمضي قدما كما أعلنا', cue: 'مضيفا', speaker: 'الوزير', tag: 'officials' }],
    ],
    // the person a sentence is about is who a later bare cue refers to; a first name is the full name
    [
      'قالت الدكتورة سارة دورانت إن الخطر قائم. واقترح الدكتور فرانك كورشامب حلا مبتكرا. وأضاف أن الشركات قد تتبرع بالأموال.',
      [
        { kind: 'indirect', text: 'الخطر قائم', cue: 'قالت', speaker: 'سارة دورانت', tag: 'experts', role: 'الدكتورة' },
        { kind: 'indirect', text: 'الشركات قد تتبرع بالأموال', cue: 'وأضاف', speaker: 'فرانك كورشامب', tag: 'experts', role: 'الدكتور' },
      ],
    ],
    [
      'قال ولي العهد الأمير محمد بن سلمان إن الطرح قائم. وقدم الأمير محمد جدولا زمنيا، قائلا إن الصفقة ستتم.',
      [
        { kind: 'indirect', text: 'الطرح قائم', cue: 'قال', speaker: 'محمد بن سلمان', tag: 'officials', role: 'ولي العهد الأمير' },
        { kind: 'indirect', text: 'الصفقة ستتم', cue: 'قائلا', speaker: 'محمد بن سلمان', tag: 'officials', role: 'ولي العهد الأمير' },
      ],
    ],
    // titles set apart by commas, the person a participle's sentence opens with, a later title alone
    [
      'حدد ولي العهد السعودي، الأمير محمد بن سلمان، موعد الطرح، مشددا على أن "الخطة ستمضي قدما كما أعلنا". وقال ولي العهد السعودي إن الطرح سيتم.',
      [
        { kind: 'direct', text: 'الخطة ستمضي قدما كما أعلنا', cue: 'مشددا', speaker: 'محمد بن سلمان', tag: 'officials', role: 'ولي العهد السعودي، الأمير' },
        { kind: 'indirect', text: 'الطرح سيتم', cue: 'وقال', speaker: 'محمد بن سلمان', tag: 'officials', role: 'ولي العهد السعودي، الأمير' },
      ],
    ],
    // an organisation before its verb; a prepositional phrase after the verb is no subject
    [
      'الهيئة العامة للاستثمار أعلنت بالتزامن مع الزيارة أن الاستثمارات بلغت 55 مليار دولار.',
      [{ kind: 'indirect', text: 'الاستثمارات بلغت 55 مليار دولار', cue: 'أعلنت', speaker: 'الهيئة العامة للاستثمار', tag: 'officials' }],
    ],
    // `على حد تعبير X` after a quotation; `يشعر` is a view verb
    [
      'قال رئيس إدارة المنتجات غاي روزن إن الموقع تطور. "نشر هذه المعلومات يساعد في التطوير والتحسين" على حد تعبير غاي روزن.',
      [
        { kind: 'indirect', text: 'الموقع تطور', cue: 'قال', speaker: 'غاي روزن', tag: 'company', role: 'رئيس إدارة المنتجات' },
        { kind: 'direct', text: 'نشر هذه المعلومات يساعد في التطوير والتحسين', cue: 'على حد تعبير', speaker: 'غاي روزن', tag: 'company', role: 'رئيس إدارة المنتجات' },
      ],
    ],
    ['ويشعر الدكتور كورشامب أن هناك حاجة إلى مزيد من العمل.', [{ kind: 'indirect', text: 'هناك حاجة إلى مزيد من العمل', cue: 'ويشعر', speaker: 'كورشامب', tag: 'experts', role: 'الدكتور' }]],
    // `نفسه`: the same described source
    [
      'وقال مصدر أوروبي إن القرار مؤجل. وأوضح المسؤول الأوروبي نفسه أن الصين هي السبب.',
      [
        { kind: 'indirect', text: 'القرار مؤجل', cue: 'وقال', speaker: 'مصدر أوروبي', tag: 'anonymous' },
        { kind: 'indirect', text: 'الصين هي السبب', cue: 'وأوضح', speaker: 'مصدر أوروبي', tag: 'anonymous' },
      ],
    ],
    // `ويذكر أن`: impersonal, the publisher's own background
    ['ويذكر أن الشركة تأسست عام 1990.', []],
    ['وكانت الصين قالت إنها لن تبدأ الحرب.', [{ kind: 'indirect', text: 'لن تبدأ الحرب', cue: 'قالت', speaker: 'الصين', tag: 'officials' }]],
  ];
  it.each(rows)('%s', (input, expected) => {
    expect(quotes(input)).toEqual(expected);
  });
});

describe('names and terms in guillemets are never quotes', () => {
  it.each([
    ['تواجه شركة «ميتا» المالكة لمنصات «فيسبوك» و«إنستجرام» أزمة متصاعدة.'],
    ['تستحوذ «جوجل» و«إنفيديا» على السوق، بينما تراجعت «ميتا».'],
    ['بدأت «ميتا» تثير قلق المستثمرين في «وول ستريت».'],
    ['أطلقت الشركة منتج «الذكاء الاصطناعي التوليدي الجديد للمؤسسات الكبرى» هذا العام.'],
    ['كارثة تقنية.. "ميتا" تواجه أزمة كبرى'],
  ])('%s', (input) => {
    expect(quotes(input)).toEqual([]);
  });

  it('a name in guillemets as the speaker is the speaker, not the content', () => {
    expect(quotes('قالت «ميتا» إن عدد المستخدمين ارتفع.').map((q) => q.text)).toEqual(['عدد المستخدمين ارتفع']);
  });
});

describe('a sentence in the first person goes on with the speaker before it', () => {
  it('وقال ولي العهد محمد بن سلمان إن الخطط طموحة.\nوننفق 230 مليار دولار سنويا خارج السعودية.', () => {
    const text = 'وقال ولي العهد محمد بن سلمان إن الخطط طموحة.\nوننفق 230 مليار دولار سنويا خارج السعودية.';
    const { norm, result } = run(text);
    expect(result.cues.map((c) => ({ cue: norm.text.slice(c.start, c.end), speaker: c.speaker.name }))).toEqual([
      { cue: 'وقال', speaker: 'محمد بن سلمان' },
      { cue: 'وننفق', speaker: 'محمد بن سلمان' },
    ]);
  });

  // `لدى` (at) is not `لدي` (I have); narration without a first-person word stays the publisher's
  it.each([['وقال ولي العهد محمد بن سلمان إن الخطط طموحة.\nوبلغت الاستثمارات لدى الصندوق 230 مليار دولار.'], ['وقال ولي العهد محمد بن سلمان إن الخطط طموحة.\nوبلغت الاستثمارات 230 مليار دولار.']])('%s', (text) => {
    expect(run(text).result.cues).toHaveLength(1);
  });
});

describe('cues without quotes still name who speaks (for tag-sources)', () => {
  it.each([
    ['كشفت نتائج الشركة عن ارتفاع النفقات بنحو 7 مليارات دولار.', 'كشفت', 'company'],
    // an indefinite event noun after the subject is what it announced; `الاستثمار` in a name is not one
    ['أعلن برنامج حساب المواطن إيداع 2.2 مليار ريال في الحسابات.', 'أعلن', 'officials'],
    ['كشف معطيات دراسة حديثة أن 4 مليارات شخص لا يتصلون بالإنترنت.', 'كشف', 'document'],
    ['ذكر التقرير أن المبيعات تراجعت.', 'ذكر', 'document'],
  ])('%s', (input, cue, tag) => {
    const { norm, result } = run(input);
    expect(result.cues.map((c) => ({ cue: norm.text.slice(c.start, c.end), tag: c.speaker.tag }))).toEqual([{ cue, tag }]);
  });

  it('a document with its title in quotation marks is a document: كشف تقرير "الثروة العالمية" أن', () => {
    expect(run('كشف تقرير "الثروة العالمية" الذي صدر مؤخرا أن ثروة الأثرياء ارتفعت.').result.cues.map((c) => c.speaker.tag)).toEqual(['document']);
  });

  it('an indefinite event noun ends the speaker: أعلن برنامج حساب المواطن إيداع 2.2 مليار ريال', () => {
    expect(run('أعلن برنامج حساب المواطن إيداع 2.2 مليار ريال في الحسابات.').result.cues.map((c) => c.speaker.name)).toEqual(['برنامج حساب المواطن']);
  });

  it('a participle after a document cue goes on with the document, not with a speaker from before', () => {
    const { result } = run('وقال الوزير محمد علي إن الوضع جيد. وأشار التقرير إلى أن النمو لم يكن كافيا، لافتا إلى أن المجموع تراجع.');
    expect(result.quotes.map((q) => q.speaker.name)).toEqual(['محمد علي']);
  });

  // an adjective that looks like a participle, and a passive `قُدرت`, name nobody
  // a verb that takes an object here (`استبعدت السلطات فرضية`, `اقترح حلا`, `توصل إلى اتفاق`) reports no speech
  it.each([
    ['ووقعت الشركة عقودا متوقعة بـ4 مليارات دولار.'],
    ['سجلت الشركة خسارة قدرت آنذاك بحوالي 53 مليار دولار.'],
    ['واستبعدت السلطات فرضية العمل الإرهابي في الحادث الذي أودى بحياة 8 أشخاص.'],
    ['واقترح الوزير حلا وسطا لإنهاء الأزمة.'],
    // an event noun after the cue is what was said, not who said it
    ['وكانت الصادرات قد سجلت تراجعا. أعلنت ارتفاع الصادرات بنسبة كبيرة.'],
    // passive وُصف بـ: nobody speaks
    ['أما هاتف هواوي الذي وصف بـ"الهاتف الخارق" فيبلغ سعره 1200 دولار.'],
    ['وتوصل الطرفان إلى اتفاق بقيمة 3 مليارات يورو.'],
    ['وكان البرلمان أقر مشروع قانون الميزانية بمصروفات مقدرة بـ 21.5 مليار دولار.'],
  ])('%s has no cue', (input) => {
    expect(run(input).result.cues).toEqual([]);
  });

  it('a relayed speaker: the verb the outlet reports with names the official after عن (the outlet is left to tag-sources as the relay)', () => {
    const { norm, result } = run('ونقلت وكالة رويترز عن مسؤول حكومي قوله إن المحادثات متعثرة.');
    expect(result.cues.map((c) => ({ cue: norm.text.slice(c.start, c.end), tag: c.speaker.tag }))).toEqual([
      { cue: 'ونقلت', tag: 'officials' },
      { cue: 'قوله', tag: 'officials' },
    ]);
  });
});

describe('roles in apposition, role holders and the subject of the opening verb', () => {
  const rows: Row[] = [
    // the role before the comma, the name after it (with its own rank or title)
    ['وقال المتحدث باسم شرطة دالتون، بروس فريزر، للصحفيين إن الحادث بدأ داخل الفصل.', [{ kind: 'indirect', text: 'الحادث بدأ داخل الفصل', cue: 'وقال', speaker: 'بروس فريزر', tag: 'officials', role: 'المتحدث باسم شرطة دالتون' }]],
    ['وقال المتحدث باسم الجيش، الليفتنانت كولونيل مارتن أودونيل، إن القوات شنت ضربة جديدة.', [{ kind: 'indirect', text: 'القوات شنت ضربة جديدة', cue: 'وقال', speaker: 'مارتن أودونيل', tag: 'officials', role: 'المتحدث باسم الجيش، الليفتنانت كولونيل' }]],
    ['وقال رئيس المؤسسة الوطنية للنفط في ليبيا، مصطفى صنع الله، إن الإيرادات ارتفعت بقوة.', [{ kind: 'indirect', text: 'الإيرادات ارتفعت بقوة', cue: 'وقال', speaker: 'مصطفى صنع الله', tag: 'company', role: 'رئيس المؤسسة الوطنية للنفط في ليبيا' }]],
    ['وقالت المتحدثة باسم مفوضية الأمم المتحدة لشؤون اللاجئين كارولين غلوك إن المخيمات غمرتها المياه.', [{ kind: 'indirect', text: 'المخيمات غمرتها المياه', cue: 'وقالت', speaker: 'كارولين غلوك', tag: 'officials', role: 'المتحدثة باسم مفوضية الأمم المتحدة لشؤون اللاجئين' }]],
    // a place in the role is not a name: `وزير المالية في مؤتمر صحفي، الأحد،`
    ['وقال وزير المالية في مؤتمر صحفي، الأحد، إن الحكومة ستدفع الرواتب كاملة.', [{ kind: 'indirect', text: 'الحكومة ستدفع الرواتب كاملة', cue: 'وقال', speaker: 'وزير المالية', tag: 'officials' }]],
    // a role in an organisation the noun names speaks under the organisation's tag
    ['وذكر رئيس جهاز مكافحة الإرهاب أن الهجمات أصبحت انتقاما شخصيا.', [{ kind: 'indirect', text: 'الهجمات أصبحت انتقاما شخصيا', cue: 'وذكر', speaker: 'جهاز مكافحة الإرهاب', tag: 'officials', role: 'رئيس' }]],
    // a described speaker who asked not to be named is anonymous; a negated verbal noun is no cue
    ['وصرح مسؤول في السفارة طالبا عدم كشف هويته "نحن نحقق في جميع الاحتمالات".', [{ kind: 'direct', text: 'نحن نحقق في جميع الاحتمالات', cue: 'وصرح', speaker: 'مسؤول', tag: 'anonymous' }]],
    // a country after a preposition is a place, not the subject: the speaker named before goes on
    // a body after a named person's title is part of the role: the person speaks, not the body
    ['يقول الدكتور فخري الفقي مستشار صندوق النقد الدولي سابقا، إن الظاهرة ليست جديدة.', [{ kind: 'indirect', text: 'الظاهرة ليست جديدة', cue: 'يقول', speaker: 'فخري الفقي', tag: 'experts', role: 'الدكتور' }]],
    // `قال لي إن`: "told me"; the name and its role before the verb speak
    ['وعندما تحدثت مع ريتشارد يو مدير شركة هواوي قال لي إن المنافسة تخيفهم.', [{ kind: 'indirect', text: 'المنافسة تخيفهم', cue: 'قال', speaker: 'ريتشارد يو', tag: 'company', role: 'مدير شركة هواوي' }]],
    ['أعلن الملياردير الصيني جاك ما، مؤسس شركة علي بابا، التراجع عن خططه.\nوتحدث جاك ما عن خططه لتوفير فرص عمل في أمريكا، وقال :"لا توجد طريقة للوفاء بوعدي".', [{ kind: 'direct', text: 'لا توجد طريقة للوفاء بوعدي', cue: 'وقال', speaker: 'جاك ما', tag: 'company', role: 'الملياردير الصيني' }]],
  ];
  it.each(rows)('%s', (input, expected) => {
    expect(quotes(input)).toEqual(expected);
  });

  it('a role and an organisation (مؤسس على بابا) is the person the article gave that role in apposition', () => {
    const text = 'أعلن الملياردير الصيني جاك ما، مؤسس شركة علي بابا الشهيرة، التراجع عن خططه.\nوقال مؤسس على بابا، يوم الخميس، إن الوعد كان يعتمد على علاقات قوية.';
    expect(quotes(text).map((q) => [q.text, q.speaker])).toEqual([['الوعد كان يعتمد على علاقات قوية', 'جاك ما']]);
  });

  it('a second verb shares the subject of the verb that opens the sentence (وأثنى ترامب ...، وقال)', () => {
    const text = 'والتقى أيضا الرئيس الأمريكي دونالد ترامب، في يناير 2017.\nوقالت علي بابا حينها إن الشركات ستتطور.\nوأثنى ترامب على الخطوة بعد اجتماعهم، وقال للصحفيين :"سوف نقوم ببعض الأشياء العظيمة".';
    expect(quotes(text).map((q) => [q.text, q.speaker, q.tag])).toEqual([
      ['الشركات ستتطور', 'علي بابا', 'company'],
      ['سوف نقوم ببعض الأشياء العظيمة', 'دونالد ترامب', 'officials'],
    ]);
  });

  it('an organisation after the opening verb is the subject of a later participle (وخاطبت الخارجية الأميركية ... قائلة)', () => {
    const text = 'وخاطبت الخارجية الأميركية مواطنيها في الصين قائلة إنها لا تعلم سبب الأعراض.';
    expect(quotes(text).map((q) => [q.text, q.speaker, q.tag])).toEqual([['لا تعلم سبب الأعراض', 'الخارجية الأميركية', 'officials']]);
  });
});

describe('who a verbal noun of saying belongs to, and cues that report no one', () => {
  it('بقوله belongs to the name right before it in its clause, not to the subject of the sentence', () => {
    const text = 'وبينما تنفي موسكو أي مسؤولية، ردت موسكو على لسان الناطق باسم الكرملين ديمتري بيسكوف بقوله: "موقف الجانب البريطاني غير مسؤول".';
    expect(quotes(text).map((q) => [q.text, q.speaker])).toEqual([['موقف الجانب البريطاني غير مسؤول', 'ديمتري بيسكوف']]);
  });

  it('a noun cue with no speaker in its sentence carries no one (ومع تحذيرات من الأرصاد ...، ... بقولها)', () => {
    const text = 'وقال المتحدث باسم الكرملين ديمتري بيسكوف إن الرد سيأتي قريبا.\nومع تحذيرات من الأرصاد الجوية بانخفاض الحرارة، وهو ما استبقته رئيسة الوزراء البريطانية تيريزا ماي بقولها بأن لندن تبحث عن موردين آخرين.';
    expect(quotes(text).map((q) => q.speaker)).toEqual(['ديمتري بيسكوف', 'تيريزا ماي']);
  });

  it('وجدت with an object and a clause of cause (نظرا لأن) reports nothing', () => {
    const text = 'وقال محللون إن أوروبا تعتمد على الغاز الروسي.\nقد تكون روسيا الخيار الوحيد في حال وجدت أوروبا نفسها بحاجة إلى الطاقة، نظرا لأن باقي الموردين وصلوا إلى أقصى طاقتهم.';
    expect(quotes(text).map((q) => q.text)).toEqual(['أوروبا تعتمد على الغاز الروسي']);
  });
});

describe('reported from, in construct with a speech noun, and organisations that are not their spokesmen', () => {
  const rows: Row[] = [
    // `نقلت X عن Y قوله`: Y speaks
    ['ونقلت "فرانس برس" عن متحدث باسم وزارة التجارة الصينية قوله: "الصين مضطرة إلى الرد".', [{ kind: 'direct', text: 'الصين مضطرة إلى الرد', cue: 'قوله', speaker: 'متحدث باسم وزارة التجارة الصينية', tag: 'officials' }]],
    // a time adverb after the verb is not its subject: the subject before the verb speaks
    ['وكان وزير الكهرباء أعلن مطلع هذا الأسبوع أن التعرفة سترتفع.', [{ kind: 'indirect', text: 'التعرفة سترتفع', cue: 'أعلن', speaker: 'وزير الكهرباء', tag: 'officials' }]],
    // the place of an office with the article is part of the role
    ['وقال قائد الشرطة بالولاية هازاني غزالي إن الشرطة صادرت أسلحة.', [{ kind: 'indirect', text: 'الشرطة صادرت أسلحة', cue: 'وقال', speaker: 'هازاني غزالي', tag: 'officials', role: 'قائد الشرطة بالولاية' }]],
  ];
  it.each(rows)('%s', (input, expected) => {
    expect(quotes(input)).toEqual(expected);
  });

  it('تصريح الملا الذي قال: the name a speech noun is in construct with, and a later الوزير is that person', () => {
    const text = 'ونقلت صحيفة "الأهرام" الحكومية تصريح الملا الذي قال إن رفع الأسعار يهدف إلى تصحيح الدعم.\nوأشار الوزير إلى أن الدعم لم يصل إلى مستحقيه.';
    expect(quotes(text).map((q) => q.speaker)).toEqual(['الملا', 'الملا']);
  });

  it('a ministry that speaks is the ministry, not the spokesman the article named for it', () => {
    const text = 'وقال المتحدث باسم وزارة التجارة الصينية قاو فنغ إن الرد سيكون حازما.\nونددت وزارة التجارة الصينية في بيان بأن الولايات المتحدة انتهكت القواعد.';
    expect(quotes(text).map((q) => q.speaker)).toEqual(['قاو فنغ', 'وزارة التجارة الصينية']);
  });
});

describe('departments, organisations named in a headline, and investors by role', () => {
  it('رئيس قسم الاستثمار: a department continues the role, the name in apposition before it speaks, as investors', () => {
    const text = 'مات بنكندورف، رئيس قسم الاستثمار في "فونتوبل كواليتي جروث" يقول: "تواصل شركة أمازون إطلاق جميع محركاتها".';
    expect(quotes(text).map((q) => [q.speaker, q.tag])).toEqual([['مات بنكندورف', 'investors']]);
  });

  it('a registered body that opens a headline is no role, and the verb after it no name (صندوق النقد الدولي يدعو)', () => {
    const text = 'صندوق النقد الدولي يدعو الدول العربية لخفض الرواتب\n\nوقالت مديرته كريستين لاغارد إن على الدول العربية اتخاذ مزيد من التدابير.\nوتؤثر أسعار النفط على الموارد المالية، بحسب لاغارد. وقالت إن الحكومات اتخذت خطوات مؤقتة.';
    expect(quotes(text).map((q) => q.speaker)).toEqual(['كريستين لاغارد', 'كريستين لاغارد']);
  });

  it('words of investing do not end an organisation name (بنك الاستثمار الأوروبي)', () => {
    expect(quotes('قال رئيس بنك الاستثمار الأوروبي إن البنك سيعرض عملياته الدولية للخطر.').map((q) => q.speaker)).toEqual(['بنك الاستثمار الأوروبي']);
  });
});

describe('organisations named after the cue', () => {
  const rows: Row[] = [
    // an organisation head and its name; a national institution speaks as officials
    ['قالت المؤسسة الوطنية للنفط إن الإيرادات ستقفز.', [{ kind: 'indirect', text: 'الإيرادات ستقفز', cue: 'قالت', speaker: 'المؤسسة الوطنية للنفط', tag: 'officials' }]],
    ['وقالت الهيئة القومية للأرصاد الجوية إن العاصفة تقترب من الساحل.', [{ kind: 'indirect', text: 'العاصفة تقترب من الساحل', cue: 'وقالت', speaker: 'الهيئة القومية للأرصاد الجوية', tag: 'officials' }]],
    // (an organisation with a speaker in apposition: the person)
    ['أكد مجلس الوزراء اليمني، الدكتور أحمد عبيد بن دغر، أن الاقتصاد سيستقر.', [{ kind: 'indirect', text: 'الاقتصاد سيستقر', cue: 'أكد', speaker: 'أحمد عبيد بن دغر', tag: 'officials', role: 'مجلس الوزراء اليمني، الدكتور' }]],
    ['وقال ريك سكوت حاكم ولاية فلوريدا إن كل المقاطعات صدر لها تحذير.', [{ kind: 'indirect', text: 'كل المقاطعات صدر لها تحذير', cue: 'وقال', speaker: 'ريك سكوت', tag: 'officials' }]],
  ];
  it.each(rows)('%s', (input, expected) => {
    expect(quotes(input)).toEqual(expected);
  });
});

describe('a name from an organisation, and the territory of an office', () => {
  it('توم فورت، من شركة دافيدسون، قال: the person, from the company', () => {
    const text = 'توم فورت، من شركة دافيدسون، قال في رسالة بالبريد الإلكتروني: "أمازون لديها مجال أكبر للنمو".';
    expect(quotes(text).map((q) => [q.speaker, q.tag, q.role])).toEqual([['توم فورت', 'company', 'من شركة دافيدسون']]);
  });

  it('حاكم ولاية تكساس غريغ أبوت: the territory is the role, the name follows', () => {
    expect(quotes('وقال حاكم ولاية تكساس غريغ أبوت إن المسلح استخدم بندقية صيد.').map((q) => [q.speaker, q.role])).toEqual([['غريغ أبوت', 'حاكم ولاية تكساس']]);
  });
});

describe('عن X قوله across a relative clause or an apposition', () => {
  it('the name with a relative clause after it: نقلت "سكاي نيوز" عن ماكسينس ميلو، والذي يدير موقع ...، قوله', () => {
    const text = 'حيث نقلت "سكاي نيوز" عن ماكسينس ميلو، والذي يدير موقع "جامي فورومز" التنزاني، قوله: "لا يوجد أكثر من أربعة مدونين". وأضاف ماكسينس: "تمكن القوانين الحكومة من جمع بيانات عنا".';
    expect(quotes(text).map((q) => [q.text, q.speaker])).toEqual([
      ['لا يوجد أكثر من أربعة مدونين', 'ماكسينس ميلو'],
      ['تمكن القوانين الحكومة من جمع بيانات عنا', 'ماكسينس ميلو'],
    ]);
  });

  it('a role, then the name in apposition: عن مساعد ... لمحافظ "مركزي"، فتح الله حقيقي، قوله', () => {
    const text = 'ونقلت الوكالة عن مساعد الشؤون السياسية والأمنية لمحافظ "مركزي"، فتح الله حقيقي، قوله إن عناصر الإطفاء تمكنوا من إخماد الحريق.';
    expect(quotes(text).map((q) => q.speaker)).toEqual(['فتح الله حقيقي']);
  });
});

describe('organisation nouns and documents are not the last person', () => {
  it('وتراهن الحكومة على ...: the government, not the last speaker; آخر الأرقام is a document', () => {
    const text = 'أعلن معهد الإحصاء في فرنسا أن البطالة تراجعت إلى 9 بالمئة. وكشفت آخر الأرقام عن تسارع سوق العمل. وتراهن الحكومة على أن يبلغ النمو 7 بالمئة مع نهاية الولاية.';
    const { result } = run(text);
    expect(result.cues.map((c) => [c.speaker.name, c.speaker.tag])).toEqual([
      ['معهد الإحصاء', 'officials'],
      ['آخر الأرقام', 'document'],
      ['الحكومة', 'officials'],
    ]);
  });
});

describe('where a speaker phrase ends', () => {
  const rows: [string, string][] = [
    // a known person's family name ends the name; what follows is the verb's object
    ['وظهر الرئيس التنفيذي لفيسبوك مارك زوكربيرغ أمام الموظفين. ووصف زوكربيرغ كاتب هذه المذكرة بأنه "قيادي موهوب، ولكنه يقول الكثير من الأشياء".', 'مارك زوكربيرغ'],
    // a name and its role: the company in quotation marks belongs to the role
    ['وأوضح يحيى الغريبي الرئيس التنفيذي لشركة "السلام" في مقابلة، أن الاتفاقية تنص على تصنيع قطع غيار.', 'يحيى الغريبي'],
    // names with particles run to five words (آل keeps its own spelling)
    ['وقال الشيخ خالد بن عبدالله آل خليفة إن البحرين تسعى دوما إلى تحقيق أهدافها.', 'خالد بن عبدالله آل خليفة'],
    ['وأكد نائب رئيس مجلس الوزراء رئيس اللجنة الوزارية لشؤون المالية وضبط الإنفاق، الشيخ خالد بن عبدالله آل خليفة، أن البحرين "تسعى دوما إلى تحقيق أهدافها".', 'خالد بن عبدالله آل خليفة'],
    // the head of a government and its country are the role
    ['وقالت رئيسة وزراء اسكتلندا نيكولا ستيرغن لبرنامج تلفزيوني إن الحكومة تخشى العواقب.', 'نيكولا ستيرغن'],
    // بين before a name is Ben
    ['وقال بين ستانتون، المحلل في شركة كاناليس، إن خطة أبل ساعدت على دفع الأسهم إلى الأعلى.', 'بين ستانتون'],
  ];
  it.each(rows)('%s', (input, speaker) => {
    expect(quotes(input).map((q) => q.speaker)).toEqual([speaker]);
  });

  it('a country, then the rest of the clause: تأمل بها لندن لتجنب تداعيات', () => {
    const { result } = run('وسينظم الاتفاق المرحلة الانتقالية التي تأمل بها لندن لتجنب تداعيات خروج قاس.');
    expect(result.cues.map((c) => c.speaker.name)).toEqual(['لندن']);
  });

  it('a label before a colon is no speaker (نصيحة: ...)', () => {
    const text = 'نصيحة: احرص على الجمع بين التمرينات الرياضية والنوم الجيد.\nنصيحة: لا تتناول الطعام قبل النوم مباشرة لأنه يضر بالمعدة.';
    expect(quotes(text)).toEqual([]);
  });

  it('الرئيس بين الإنفاق: a preposition before a definite noun is not a name', () => {
    const { result } = run('وربط الرئيس بين الإنفاق الدفاعي والتجارة، وقال إن الولايات المتحدة دعمت العديد من الدول.');
    expect(result.quotes.map((q) => q.speaker.name)).toEqual(['الرئيس']);
  });
});

describe('research and consulting firms', () => {
  it('a role in a firm described as a consulting firm speaks as experts (، وهي شركة استشارية)', () => {
    const text = 'وقال روب واتس، المدير الإداري في شركة إيروتاسك، وهي شركة استشارية عالمية للطيران: "ستركز الشركة على تقييم حصصها".';
    expect(quotes(text).map((q) => [q.speaker, q.tag])).toEqual([['روب واتس', 'experts']]);
  });
});

describe('outlets as subjects, definite organisations and offices', () => {
  it('وتقول الوكالة الأميركية after وكالة "بلومبرغ" is Bloomberg; لكن "بلومبرغ" اعتبرت has its subject before the verb', () => {
    const text = 'ونشرت وكالة "بلومبرغ" الأميركية قائمة بأسوأ العملات.\nوتقول الوكالة الأميركية إن الروبل فقد 17 بالمئة من قيمته.\nلكن "بلومبرغ" اعتبرت أن الخطوات لم تحقق سوى تأثير محدود.';
    expect(quotes(text).map((q) => [q.speaker, q.tag])).toEqual([['بلومبرغ', 'bloomberg'], ['بلومبرغ', 'bloomberg']]);
  });

  it('a definite organisation is the speaker and no person name follows it (موقف البنك المركزي الروسي مثير للإعجاب، إذ أعلن)', () => {
    const text = 'واعتبرت الوكالة أن موقف البنك المركزي الروسي مثير للإعجاب، إذ أعلن أنه سيتحرك بمعزل عن الحكومة.';
    expect(quotes(text).map((q) => q.speaker).at(-1)).toEqual('البنك المركزي الروسي');
  });

  it('an office is an organisation (وقال المكتب الاتحادي ...)', () => {
    expect(quotes('وقال المكتب الاتحادي الألماني للشؤون الاقتصادية ومراقبة الصادرات للصحيفة إن المواد ليست ذات استخدام مزدوج.').map((q) => [q.speaker, q.tag])).toEqual([['المكتب الاتحادي الألماني للشؤون الاقتصادية', 'officials']]);
  });

  it('a place in the role with no comma before the name (المستشارة في البيت الأبيض إيفانكا ترمب)', () => {
    expect(quotes('وغردت المستشارة في البيت الأبيض إيفانكا ترمب عبر حسابها أن البطالة انخفضت إلى أدنى مستوى.').map((q) => q.speaker)).toEqual(['إيفانكا ترمب']);
  });
});

describe('colon lines with a cue, and plural nouns after a name', () => {
  it('فيما قال أردوغان: "..." is the cue\'s quote, speaker أردوغان', () => {
    const text = 'وسجلت الليرة تراجعا أمام الدولار، حسب وكالة الأناضول. فيما قال أردوغان: "لا داعي للقلق فلا يمكن إعاقة مسيرتنا بالدولار".';
    expect(quotes(text).map((q) => q.speaker)).toEqual(['أردوغان']);
  });

  it('وقع الرئيس الأمريكي دونالد ترامب قرارات تنفيذية: a plural noun is the object, not a third name', () => {
    const text = 'وقع الرئيس الأمريكي دونالد ترامب قرارات تنفيذية مثيرة للجدل.\nوقال ترامب إن هذه الجمارك تهدف لحماية العامل الأمريكي.';
    expect(quotes(text).map((q) => q.speaker)).toEqual(['دونالد ترامب']);
  });
});

describe('relayed speakers and feminine nisba roles', () => {
  it('ونقلت فرانس برس عن لايتزر في بيان إنه: the one after عن speaks, the outlet relays', () => {
    const text = 'ونقلت فرانس برس عن لايتزر في بيان إنه "نتيجة للإجراءات الانتقامية أمر الرئيس بفرض رسوم جمركية".';
    expect(quotes(text).map((q) => q.speaker)).toEqual(['لايتزر']);
  });

  it('ونقلت رويترز عن مصدرين قولهما: two anonymous sources', () => {
    expect(quotes('ونقلت رويترز عن مصدرين قولهما إن الصفقة ستتم الشهر المقبل.').map((q) => [q.speaker, q.tag])).toEqual([['مصدرين', 'anonymous']]);
  });

  it('الإدارة الأميركية is officials (a feminine nisba of an official marker); السلطات الإيرانية keeps its adjective', () => {
    expect(quotes('أعلنت الإدارة الأميركية أنها أعدت قائمة بسلع صينية. وذكرت السلطات الإيرانية أن شخصين قتلا.').map((q) => [q.speaker, q.tag])).toEqual([
      ['الإدارة الأميركية', 'officials'],
      ['السلطات الإيرانية', 'officials'],
    ]);
  });

  it('الممثل التجاري الأميركي، روبرت لايتهايزر', () => {
    expect(quotes('وقال الممثل التجاري الأميركي، روبرت لايتهايزر إن واشنطن ستفرض رسوما عشرة بالمئة.').map((q) => [q.speaker, q.tag])).toEqual([['روبرت لايتهايزر', 'officials']]);
  });
});

describe('roles found again', () => {
  it('وزير keeps its و, and a role may differ in one word (a typo) from the role given before', () => {
    const text = 'بدوره، وجه وزير الداخلية الأردني، سمير مبيضين، الشكر للشعب الأردني.\nكما شدد وزير الداخليية الأردني على أن "محاربة الإرهاب جزء من استراتيجية الدولة".';
    expect(quotes(text).map((q) => q.speaker)).toEqual(['سمير مبيضين']);
  });

  it('an army is an organisation, not the last person named (أعلن الجيش الإسرائيلي)', () => {
    const text = 'وقال المتحدث باسم الأمن العام حسين الحواتمة إن التحقيقات مستمرة.\nأعلن الجيش الإسرائيلي، صباح الإثنين، أنه اعتقل 11 مطلوبا.';
    expect(quotes(text).map((q) => q.speaker)).toEqual(['حسين الحواتمة', 'الجيش الإسرائيلي']);
  });
});

describe('names that begin with a hamza and لام', () => {
  it('أليكس ديفي is a name, not a definite noun', () => {
    const text = 'وأوضح أليكس ديفي، مدير إدارة منتجات المجموعات في فيسبوك: "نحن نسمع من مسؤولي المجموعات أنهم يبحثون عن طرق".';
    expect(quotes(text).map((q) => q.speaker)).toEqual(['أليكس ديفي']);
  });
});

describe('people who speak for themselves or a client', () => {
  it.each([
    ['فيما قال محاميه إنه مارس حقوقه الدستورية فقط.', 'people'],
    ['وقال الناشط سامر علي إن الاحتجاجات ستستمر.', 'people'],
  ])('%s', (input, tag) => {
    expect(quotes(input).map((q) => q.tag)).toEqual([tag]);
  });
});

describe('subjects hidden by hashtags, adverbs, pronouns and counted nouns', () => {
  it('a hashtag name is the speaker (#بيل_غيتس)', () => {
    expect(quotes('قبل أسابيع، توقع #بيل_غيتس في مقابلة على موقع Reddit، أن أزمة مالية على وشك الحدوث.').map((q) => q.speaker)).toEqual(['بيل غيتس']);
  });

  it('an adverb between the verb and its subject (وقال وقتها المتحدث)', () => {
    expect(quotes('وأكد أيضا وزير المالية أن العجز تراجع.').map((q) => q.speaker)).toEqual(['وزير المالية']);
    expect(quotes('وقال وقتها المتحدث باسم الشركة إن الأرباح تراجعت.').map((q) => q.speaker)).toEqual(['المتحدث باسم الشركة']);
  });

  it('an object after the adverb is not the subject (وأبدى مجددا اقتناعه)', () => {
    const text = 'وقال دونالد ترامب إن الانتخابات ستكون سهلة. وأبدى مجددا اقتناعه بفوزه قائلا "أنا أعرف نقطة ضعفها".';
    expect(quotes(text).map((q) => q.speaker)).toEqual(['دونالد ترامب', 'دونالد ترامب']);
  });

  it('لكنه before the verb: the sentence subject, not the nearest noun', () => {
    const text = 'وقال المؤسس المشارك لشركة "مايكروسوفت" بيل غيتس، إن هناك أزمة اقتصادية قادمة في أميركا، لكنه توقع أن يكون أثرها إيجابيا في النهاية.';
    expect(quotes(text).map((q) => q.speaker)).toEqual(['بيل غيتس', 'بيل غيتس']);
    const text2 = 'وأوضح بيسكوف أن الاجتماع طرح خلال محادثات بوتن مع المستشار النمساوي سيباستيان كورتس، لكنه أكد أن روسيا بحاجة إلى اتفاق.';
    expect(quotes(text2).map((q) => q.speaker)).toEqual(['بيسكوف', 'بيسكوف']);
  });

  it('لكنه with no speaker earlier in the sentence: the person named before it, not the last speaker', () => {
    const text = 'وقال القس الأميركي أندرو برانسون إن التهم باطلة. وقال المحامي إن الرسالة مزورة. ولم ينف برانسون إرسال تلك الرسالة، لكنه قال إنها أسيء فهمها.';
    expect(quotes(text).map((q) => q.speaker).at(-1)).toBe('أندرو برانسون');
  });

  it('a role with its company in marks, then the person (الرئيس التنفيذي لشركة "أرامكو" خالد الفالح)', () => {
    expect(quotes('وقال الرئيس التنفيذي لشركة "أرامكو" خالد الفالح إن الإنتاج ارتفع.')).toMatchObject([{ speaker: 'خالد الفالح', role: 'الرئيس التنفيذي لشركة "أرامكو"', tag: 'company' }]);
  });

  it('a word counted by a number is no speech verb (400 ألف طالب لجوء), a year before a verb is no count', () => {
    expect(run('وسجلت السويد نحو 400 ألف طالب لجوء منذ العام 2012.').result.cues).toEqual([]);
    expect(run('وتقرير المنظمة مبني على أكثر من 250 مقابلة حتى أبريل.').result.cues).toEqual([]);
    expect(quotes('وفي 4 آذار/مارس 2017 كتب ترامب على تويتر "أمر فظيع! علمت للتو بأن أوباما تنصت على خطوطي".').map((q) => q.speaker)).toEqual(['ترامب']);
  });
});

describe('the subject of حيث/إذ clauses, quantities of a group, epithets', () => {
  it('حيث قال: the sentence topic, not the noun nearest the verb', () => {
    const text = 'وقال الملياردير جورج سوروس إن الأسواق متوترة. وكان لسوروس نظرة أكثر تشاؤما حيال مستقبل الاتحاد الأوروبي، حيث قال: "كل شيء يمكن أن يحدث على نحو خاطئ قد وقع بالفعل".';
    expect(quotes(text).map((q) => q.speaker)).toEqual(['جورج سوروس', 'جورج سوروس']);
    expect(quotes('ودعت الشرطة في منشور لها على "تويتر" المواطنين إلى عدم ترويج الشائعات، حيث قالت: "أطلق زملاؤنا النار على شخص".').map((q) => q.speaker).at(-1)).toBe('الشرطة');
  });

  it('حيث after a noun cue: the person nearest, not the noun cue\'s speaker', () => {
    const text = 'وما يعزز تصريحات المتحدث باسم الكرملين ديمتري بيسكوف، حديث الرئيس الأميركي دونالد ترامب لشبكة "سي.بي.إس"، حيث قال إنه سيدخل القمة "بتوقعات منخفضة".';
    expect(quotes(text).map((q) => q.speaker).at(-1)).toBe('دونالد ترامب');
  });

  it('a quantity of a group speaks as the group (عدد من، مجموعة قليلة من، العديد من)', () => {
    expect(quotes('من ناحية أخرى، أبدى عدد من الخبراء الاقتصاديين اعتقادهم بأن الركود سيكون في عام 2020.')).toMatchObject([{ speaker: 'الخبراء الاقتصاديين', tag: 'experts' }]);
    expect(quotes('فيما ترى مجموعة قليلة من الاقتصاديين أن الركود القادم سوف يبدأ في 2022.')).toMatchObject([{ speaker: 'الاقتصاديين', tag: 'experts' }]);
    expect(quotes('وقال أكثر من 12 من المسؤولين الحاليين والسابقين إن هذه الحملة مستمرة.').map((q) => q.speaker)).toEqual(['المسؤولين الحاليين والسابقين']);
  });

  it('an epithet alone is the person named before it (الملياردير)', () => {
    const text = 'وقال مؤسس الشركة، رجل الأعمال إنغفار كامبراد، إن التصاميم بسيطة. وقال الملياردير إنها كانت "حماقة شباب".';
    expect(quotes(text).map((q) => q.speaker)).toEqual(['إنغفار كامبراد', 'إنغفار كامبراد']);
  });
});

describe('party roles and the company under a nisba', () => {
  it('a party\'s spokesman speaks as officials, not as a company', () => {
    expect(quotes('وأكد متحدث باسم حزب الرابطة الإسلامية الباكستانية أن الاثنين اعتقلا بعد ذلك.').map((q) => q.tag)).toEqual(['officials']);
  });

  it('الشركة الكورية after "سامسونغ" is Samsung; البنك المركزي is not an anaphor', () => {
    expect(quotes('تحرص "سامسونغ" بألا يفوتها سباق العملات الرقمية. إذ أعلنت الشركة الكورية إنها سترفع من إنتاجها.').map((q) => q.speaker)).toEqual(['سامسونغ']);
    expect(quotes('ونشرت "تويتر" بيانا. وفي بيان صدر بعد فترة وجيزة، قال البنك المركزي إنه سيعدل سياسته النقدية.').map((q) => q.speaker).at(-1)).toBe('البنك المركزي');
  });
});

describe('the company an article is about', () => {
  it('one phrase in marks, or marks around punctuation, is no company (الموقع stays unresolved)', () => {
    const text = 'وقال الوزير إن الأمر كان "بكل فخر" خطأ. وذكر الموقع في توضيح مقتضب أن الخبر عار عن الصحة.';
    expect(quotes(text).map((q) => q.speaker)).not.toContain('بكل فخر');
  });

  it('a name in marks twice is the company (الموقع is it)', () => {
    const text = 'أطلق "تويتر" ميزة جديدة. وقال "تويتر" إن الميزة متاحة للجميع. وذكر الموقع أن عدد المستخدمين ارتفع.';
    expect(quotes(text).map((q) => q.speaker)).toEqual(['تويتر', 'تويتر']);
  });
});

describe('where a name ends: a conjunction or a clitic on a function word after two name words', () => {
  it.each([
    ['وقال سيرغي لافروف وسائل إعلام روسية إن توقعاته منخفضة.', 'سيرغي لافروف'],
    ['ونفى أندرو برانسون الاتهامات ووصفها بأنها "مخزية".', 'أندرو برانسون'],
  ])('%s', (input, speaker) => {
    expect(quotes(input).map((q) => q.speaker)).toEqual([speaker]);
  });
});

describe('a made-up name', () => {
  it('stands for a private person, in every later mention (باسم مستعار)', () => {
    const text = 'وقال غراهام، الذي يُشار إليه باسم مستعار لعدم الكشف عن هويته، إن الرغبة دفعته إلى الخيانة. ويعتقد غراهام بأنه كان يدفع مئات الجنيهات شهريا.';
    expect(quotes(text).map((q) => [q.speaker, q.tag])).toEqual([['غراهام', 'people'], ['غراهام', 'people']]);
  });
});

describe('an adjunct between the speaker and إن', () => {
  it('عن inside a relative clause after the speaker is not the cue\'s (لعدم الكشف عن هويته، إن)', () => {
    const text = 'وقال غراهام، الذي يُشار إليه باسم مستعار لعدم الكشف عن هويته، إن الرغبة دفعته إلى الخيانة.';
    expect(quotes(text)).toMatchObject([{ kind: 'indirect', text: 'الرغبة دفعته إلى الخيانة', speaker: 'غراهام', tag: 'people' }]);
  });

  it('عن right after the cue still takes a noun phrase, not a clause (كشف عن خطط)', () => {
    expect(quotes('وكشف الوزير عن خطط جديدة لدعم الصادرات.')).toEqual([]);
  });
});

describe('a verb that opens its sentence with no speaker', () => {
  it('goes on with the subject after the previous sentence\'s verb, in the same paragraph', () => {
    const text = 'عرضت المفوضة الأوروبية الأربعاء إستراتيجيتها. وعبرت في الوقت ذاته عن أملها أن يكون الاتحاد الأوروبي "معفيا" منها.';
    expect(quotes(text).map((q) => [q.speaker, q.tag])).toEqual([['المفوضة الأوروبية', 'officials']]);
  });

  it('not across a paragraph', () => {
    expect(quotes('عرضت المفوضة الأوروبية الأربعاء إستراتيجيتها.\nوعبرت في الوقت ذاته عن أملها أن يكون الاتحاد معفيا.')).toEqual([]);
  });
});

describe('an indefinite object after a known name', () => {
  it('is not part of the name (وأبلغ ترمب مؤتمرا صحفيا أن), a name ending in ا still is', () => {
    const text = 'وقال الرئيس الأميركي دونالد ترمب إن الرسوم ستفرض. وأبلغ ترمب مؤتمرا صحفيا أن النتيجة الأفضل هي أن تنتقل الشركات إلى أميركا.';
    expect(quotes(text).map((q) => q.speaker)).toEqual(['دونالد ترمب', 'دونالد ترمب']);
    expect(quotes('وقال بيدرو أوغستا ليما بوسا إن دوافع المهاجم كانت دينية.').map((q) => q.speaker)).toEqual(['بيدرو أوغستا ليما بوسا']);
  });
});

describe('research firms', () => {
  it('a company named as a research firm speaks as experts (شركة أبحاث السوق، شركة البحوث الاجتماعية)', () => {
    expect(quotes('وتقول شركة أبحاث السوق إن نجاح الشركة يعود إلى زيادة المبيعات.').map((q) => q.tag)).toEqual(['experts']);
    expect(quotes('وقالت شركة البحوث الاجتماعية "سيفو" إن 60 بالمئة من المشاركين يدعمون القرار.').map((q) => q.tag)).toEqual(['experts']);
  });
});

describe('the country of an office', () => {
  it.each([
    ['قال وزير خارجية تركيا مولود شاووش أوغلو، الأحد، إن أنقرة سترد.', 'مولود شاووش أوغلو', 'وزير خارجية تركيا'],
    ['وقال رئيس كوريا الجنوبية مون جيه إن إن القمة ناجحة.', 'مون جيه', 'رئيس كوريا الجنوبية'],
    ['ويتوقع الرئيس السابق لجنوب أفريقيا جاكوب زوما أن يتجمع مؤيدوه أمام المحكمة.', 'جاكوب زوما', 'الرئيس السابق لجنوب أفريقيا'],
    ['وقال رئيس حكومة إقليم كردستان نيجيرفان بارزاني إن الاستفتاء قائم.', 'نيجيرفان بارزاني', 'رئيس حكومة إقليم كردستان'],
  ])('%s', (input, speaker, role) => {
    expect(quotes(input)).toMatchObject([{ speaker, role, tag: 'officials' }]);
  });

  it('a country after a definite adjective is an object, not the office', () => {
    expect(quotes('واتهم الرئيس الأميركي تركيا بأنها "تسيء" إلى العلاقات.').map((q) => q.speaker)).not.toContain('الرئيس الأميركي تركيا');
  });
});

describe('prosecutors, state bodies in apposition, outlets relaying after a comma', () => {
  it('الادعاء is the prosecution, officials', () => {
    expect(quotes('وأضاف الادعاء أنه يشتبه في إمداد الزوجين بجهاز.')).toMatchObject([{ speaker: 'الادعاء', tag: 'officials' }]);
  });

  it('a state body in the role, then the name in apposition (رئيس جهاز الأمن الأوكراني، فاسيل غريتساك،)', () => {
    expect(quotes('وقال رئيس جهاز الأمن الأوكراني، فاسيل غريتساك، للصحفيين، إن اختلاق مقتل الصحفي كان ضروريا.')).toMatchObject([{ speaker: 'فاسيل غريتساك', tag: 'officials' }]);
  });

  it('an outlet with adjectives and a comma before عن relays the one after it', () => {
    expect(quotes('ونقلت وكالة الأنباء اليمنية الرسمية، عن مصدر عسكري، أن معارك عنيفة تدور حاليا.')).toMatchObject([{ speaker: 'مصدر عسكري', tag: 'anonymous' }]);
  });
});

describe('an organisation noun after a definite subject', () => {
  it('is the object (وأبلغ الاتحاد الأوروبي منظمة التجارة أن), an organisation with ل stays in the role', () => {
    expect(quotes('وأبلغ الاتحاد الأوروبي منظمة التجارة أن تكلفة الرسوم قد تبلغ 1.5 مليار دولار.').map((q) => q.speaker)).toEqual(['الاتحاد الأوروبي']);
    expect(quotes('وقال المدير التنفيذي للمنظمة بول مكفون إن الأطفال في خطر.').map((q) => q.speaker)).toEqual(['بول مكفون']);
  });
});

describe('quotations joined to a quote', () => {
  it('a quotation right after وإنها continues the speaker (إنها كانت "حماقة شباب" وإنها "أكبر خطأ")', () => {
    expect(quotes('وقال كامبراد إنها كانت "حماقة شباب" وإنها "أكبر خطأ ارتكبه في حياته".').map((q) => [q.kind, q.text])).toEqual([
      ['direct', 'حماقة شباب'],
      ['direct', 'أكبر خطأ ارتكبه في حياته'],
    ]);
  });

  it('a quotation joined to a reported clause (، و"لكن ...")', () => {
    expect(quotes('وقال المتحدث إن كامبراد اعترف بتقربه من الفاشية، و"لكن لا أثر اليوم لهذه الأفكار في ذهنه".').map((q) => [q.kind, q.speaker])).toEqual([
      ['indirect', 'المتحدث'],
      ['direct', 'المتحدث'],
    ]);
  });

  it('not a name in marks a word after the conjunction (وأن طائرات "إف 16")', () => {
    const text = 'وقال الباحث إن النخب العسكرية لا تعرف الكثير، وأن طائرات "إف 16" القديمة لا تكفي.';
    expect(quotes(text).map((q) => q.text)).not.toContain('إف 16');
  });
});

describe('participles that propose and cite', () => {
  it('مقترحا أن: the subject proposes a clause', () => {
    const text = 'وحذر سوروس من أن الاتحاد الأوروبي يواجه خطرا وجوديا، مقترحا أن يجري الاتحاد تغييرا راديكاليا.';
    expect(quotes(text).map((q) => [q.text, q.speaker])).toEqual([
      ['الاتحاد الأوروبي يواجه خطرا وجوديا', 'سوروس'],
      ['يجري الاتحاد تغييرا راديكاليا', 'سوروس'],
    ]);
  });
});

describe('a relative clause after a name in marks', () => {
  it('"فيسبوك"، والتي قالت إن: the name in marks is the speaker', () => {
    const text = 'ويغذي هذا التوجه سلسلة الفضائح، كما حدث مع "فيسبوك"، والتي قالت إن البيانات الشخصية لنحو 87 مليون مستخدم قد تكون وصلت بشكل غير ملائم.';
    expect(quotes(text)).toMatchObject([{ speaker: 'فيسبوك', tag: 'company' }]);
  });
});

describe('dotted names inside a role or before the clause', () => {
  it('a domain joins its words (شركة ممزورلد.كوم), a letter of a dotted name is no إن ((تي.إن))', () => {
    expect(quotes('قالت لينا خليل، الشريك مؤسس في شركة ممزورلد.كوم للتجارة الإلكترونية، إن شركتها "تطمح لأن تصل إلى ثلث الأمهات في العالم العربي".')).toMatchObject([{ kind: 'direct', speaker: 'لينا خليل' }]);
    expect(quotes('وذكرت صحيفة كلارين ومحطة (تي.إن) التلفزيونية أن الرحلة عادت إلى المطار.').map((q) => q.text)).toEqual(['الرحلة عادت إلى المطار']);
  });
});

describe('an outlet reporting that someone said something', () => {
  it('the one reported speaks; the outlet is a relay in the chain', () => {
    const { claims } = processArticle({ id: 'nested', text: 'وذكرت صحيفة نيويورك تايمز أن وزير الخارجية قال إن الاتفاق انتهى.', outlet: 'bbc-arabic' });
    expect(claims.map((c) => [c.text, c.attribution.speaker, c.attribution.cue, c.attribution.chain])).toEqual([
      ['الاتفاق انتهى', 'وزير الخارجية', 'قال', ['officials', 'new-york-times', 'bbc-arabic']],
    ]);
  });

  it('a clause with no verb of its own stays the outlet\'s', () => {
    expect(quotes('وذكرت صحيفة نيويورك تايمز أن الاتفاق انتهى بعد ساعات من المفاوضات.').map((q) => q.speaker)).toEqual(['نيويورك تايمز']);
  });
});

describe('an event noun after a name', () => {
  it('ends the name (دونالد ترمب اختيار، جوزيبي كونتي تشكيل)', () => {
    expect(quotes('وقال الرئيس الأميركي دونالد ترمب إن القائمة طويلة.').map((q) => q.speaker)).toEqual(['دونالد ترمب']);
    expect(quotes('وأعلن رئيس الوزراء جوزيبي كونتي تشكيل الحكومة. وقال كونتي إنه سيقدمها للرئيس قريبا.').map((q) => q.speaker)).toEqual(['جوزيبي كونتي']);
  });
});

describe('names joined by a hyphen and organisations with ل in a role', () => {
  it('a hyphen joins a name (برونو روجيه-بوتي, مون جيه-إن: its إن is no complementizer)', () => {
    expect(quotes('وقال المتحدث باسم الإليزيه برونو روجيه-بوتي إن بينالا أوقف عن العمل لمدة أسبوعين.').map((q) => q.speaker)).toEqual(['برونو روجيه-بوتي']);
    expect(quotes('وقال رئيس كوريا الجنوبية مون جيه-إن إن القمة ناجحة.').map((q) => q.text)).toEqual(['القمة ناجحة']);
  });

  it('an organisation with ل before its definite words stays in the role (المدير العام لمنظمة التجارة العالمية روبرتو أزيفيدو)', () => {
    expect(quotes('وقال المدير العام لمنظمة التجارة العالمية روبرتو أزيفيدو في مؤتمر صحافي إن "الحروب التجارية يمكن أن تحدث في أي وقت".').map((q) => q.speaker)).toEqual(['روبرتو أزيفيدو']);
  });
});

describe('reported from, with when it was said between', () => {
  it('عن X قبيل توجهه إلى ...، قوله: X speaks, the outlet relays', () => {
    const text = 'نقل موقع "روتر نت" الإسرائيلي عن رئيس الوزراء الإسرائيلي بنيامين نتانياهو قبيل توجهه إلى ألمانيا في مستهل جولة أوروبية، قوله: "سأطرح موضوعين: إيران وإيران".';
    expect(quotes(text).map((q) => q.speaker)).toEqual(['بنيامين نتانياهو']);
  });
});

describe('headings and places in a role', () => {
  it('a heading\'s noun and adjective before a colon is no person, and no later title finds it', () => {
    const text = 'موضوعان أساسيان: "إيران وإيران"\nوبشأن الملف النووي صرح السفير الإسرائيلي في برلين جيريمي إيساشاروف قبل الزيارة إنه يجب منع إيران من التطوير.';
    expect(quotes(text).map((q) => [q.speaker, q.role])).toEqual([['جيريمي إيساشاروف', 'السفير الإسرائيلي في برلين']]);
  });
});

describe('an outlet named with ل on its article', () => {
  it('وفقا للأناضول, then الوكالة التركية: the name is الأناضول', () => {
    const text = 'وكشف المتهم، وفقا للأناضول، أنه أجرى عملية استطلاع. وأكدت الوكالة التركية أنه تم تحويله إلى شعبة مكافحة الإرهاب.';
    expect(quotes(text).map((q) => q.speaker).at(-1)).toBe('الأناضول');
  });
});

describe('an epithet for the person an article is about', () => {
  it('الملياردير is the person named most, not the one named last', () => {
    const text = 'وقال رجل الأعمال إنغفار كامبراد إن الأثاث بسيط. وأسس كامبراد الشركة صغيرا، وعاش كامبراد حياة بسيطة. ويقول المصمم جيف بانكس إن التصاميم غيرت البيوت. وقال الملياردير إنها كانت "حماقة شباب".';
    expect(quotes(text).map((q) => q.speaker).at(-1)).toBe('إنغفار كامبراد');
  });
});

describe('related-link headlines', () => {
  it('a topic before a colon is no speaker (أزمة الخليج: محطات رئيسية)', () => {
    expect(quotes('تحدث الشيخ عن الأزمة.\nأزمة الخليج: محطات رئيسية\nقضية خاشقجي: الدوحة أمام استحقاقات قاسية')).toEqual([]);
  });
});

describe('names in marks after an organisation noun', () => {
  it.each([
    ['وقال جون بولتون لشبكة "سي بي إس" إن واشنطن وضعت برنامجا مدته عام لتفكيك البرامج.', 'واشنطن وضعت برنامجا مدته عام لتفكيك البرامج'],
    ['وقال سكوت أندرسون، كبير الاقتصاديين في مصرف "بنك أوف ذا وست"، إن الانتعاش الحالي هو الأطول.', 'الانتعاش الحالي هو الأطول'],
  ])('%s', (input, text) => {
    expect(quotes(input).map((q) => q.text)).toEqual([text]);
  });
});

describe('a verb joined by و after a comma', () => {
  it('shares the subject of the sentence\'s first verb, not the nearest noun', () => {
    expect(quotes('وأشار ماكرون إلى عضو في طاقمه، وقال :"حارسي الخاص هناك".').map((q) => q.speaker)).toEqual(['ماكرون']);
    expect(quotes('دافع الرئيس الأميركي دونالد ترامب عن جهوده لبناء علاقة مع نظيره الروسي فلاديمير بوتين، وقال في مقابلة إن محادثاتهما مضت على نحو جيد.').map((q) => q.speaker)).toEqual(['دونالد ترامب']);
  });
});

describe('شؤون in a role', () => {
  it('continues the role like لشؤون (وزير شؤون الاتحاد الأوروبي عمر جليك)', () => {
    expect(quotes('وقال وزير شؤون الاتحاد الأوروبي التركي عمر جليك إن بلاده مستعدة للحوار.').map((q) => q.speaker)).toEqual(['عمر جليك']);
  });
});

describe('a speaker who asked not to be named', () => {
  it.each([
    ['وقال ناشط حقوقي طلب عدم نشر اسمه إنه "تم اعتقال العشرات في المدينة".', 'ناشط حقوقي'],
    ['وقال مسؤولون أمريكيون، طلبوا عدم ذكر أسمائهم، إن كوريا الشمالية ستسلم الرفات خلال أيام.', 'مسؤولون'],
  ])('%s', (input, speaker) => {
    expect(quotes(input)).toMatchObject([{ speaker, tag: 'anonymous' }]);
  });
});

describe('بدعوى and a country opening its sentence', () => {
  it('بدعوى أن reports the claim of the country the sentence opens with', () => {
    expect(quotes('وانسحبت الولايات المتحدة من الاتفاق بدعوى أنها تفضل اتفاقات ثنائية.')).toMatchObject([{ speaker: 'الولايات المتحدة', tag: 'officials' }]);
  });
});

describe('reporters speak for their outlet', () => {
  it('a reporter and the outlet after them, with the name given in apposition', () => {
    const seen = quotes('كشف مراسل العربية، خالد العمري، أن الاتفاقية تشمل بناء قدرات التصنيع. وأضاف العمري أن الصفقة لم تعلن قيمتها.');
    expect(seen.map((q) => [q.speaker, q.tag, q.role])).toEqual([
      ['خالد العمري', 'al-arabiya', 'مراسل العربية'],
      ['خالد العمري', 'al-arabiya', 'مراسل العربية'],
    ]);
  });
  it('an outlet in quotation marks, a registered agency, and the article\'s own reporter', () => {
    expect(quotes('أفاد مراسل "العربية" أن الجيش الوطني استعاد مواقع عدة.')).toMatchObject([{ speaker: 'مراسل "العربية"', tag: 'al-arabiya' }]);
    expect(quotes('وقال مراسل رويترز إن الغارات استهدفت مواقع للميليشيات.')).toMatchObject([{ speaker: 'مراسل رويترز', tag: 'reuters' }]);
    expect(quotes('وأضاف المراسل أن الغارات استهدفت مواقع للميليشيات في الجبل.')).toMatchObject([{ speaker: 'المراسل', tag: 'publisher' }]);
  });
  it('no name after the outlet when the words go on as the reported event', () => {
    expect(quotes('أفاد مراسل "العربية" بوقوع جرحى بإطلاق نار تخلل الانتخابات في زحلة.').map((q) => q.speaker)).not.toContain('بوقوع جرحى بإطلاق نار');
  });
  it('what a reporter reveals after عن is not who they report from', () => {
    const { result } = run('بدورها، كشفت مراسلة العربية كارينا كامل عن ترقب توقيع اتفاقيات جديدة.');
    expect(result.cues.map((c) => c.speaker.name)).toEqual(['كارينا كامل']);
  });
});

describe('a definite noun the lexicon lacks, then a two-word name', () => {
  it.each([
    ['وقال اللاعب محمد صلاح إن الفريق جاهز للمباراة.', 'محمد صلاح', 'اللاعب'],
    ['وأكدت المرشحة ريما حميد أن الاعتداء وقع في مركز اقتراع.', 'ريما حميد', 'المرشحة'],
    ['وقالت الفنانة سميرة سعيد إن الألبوم سيصدر قريبا.', 'سميرة سعيد', 'الفنانة'],
  ])('%s', (input, speaker, role) => {
    expect(quotes(input)).toMatchObject([{ speaker, role }]);
  });
  it('not a noun of another shape, a conjunction or an elative', () => {
    expect(quotes('وبعد إعلان النتيجة واختيار الجمهور للمتسابق، قالت المذيعة إن البرنامج انتهى.').map((q) => q.speaker)).not.toContain('واختيار الجمهور');
    expect(quotes('ولا يشعر بها الجمهور أو يعرفها إلا من خلال اعترافاتهم، وقالت إن الخوف احترام.').map((q) => q.speaker)).not.toContain('أو يعرفها');
  });
  it('a name ends before the object in construct after it', () => {
    expect(quotes('أكد المنتج جمال العدل استمرار الفنان محمد هنيدي في التصوير، مشيرا إلى أن المسلسل سيعرض في رمضان.').map((q) => q.speaker)).toEqual(['جمال العدل']);
  });
});

describe('subjects the verb has before or after it', () => {
  it('a demonstrative before a group (ويقول هؤلاء المهاجرون)', () => {
    expect(quotes('ويقول هؤلاء المهاجرون إنهم فروا من أخطار داخلية.')).toMatchObject([{ speaker: 'المهاجرون', tag: 'people' }]);
  });
  it('a demonstrative before a title modifier is no subject (قال هذا العام)', () => {
    expect(quotes('وكان صندوق النقد الدولي قال هذا العام إن الدين العام سيتجاوز الناتج.').map((q) => q.speaker)).not.toContain('العام');
  });
  it('a number and the members it counts (وقد كتب 18 عضوا ديمقراطيا في مجلس النواب)', () => {
    expect(quotes('وقد كتب 18 عضوا ديمقراطيا في مجلس النواب الأمريكي إلى نتنياهو قائلين إنهم مستاؤون من القرار.')).toMatchObject([{ speaker: '18 عضوا ديمقراطيا في مجلس النواب الأمريكي', tag: 'officials' }]);
  });
  it('an organisation noun in construct right before the verb (سلطات الهجرة الإسرائيلية قالت)', () => {
    expect(quotes('وقالت الحكومة إن الإبعاد القسري لم يعد مطروحا. إلا أن سلطات الهجرة الإسرائيلية قالت إنها ما زالت تبحث في طرق للترحيل.').map((q) => q.speaker)).toEqual(['الحكومة', 'سلطات الهجرة']);
  });
  it('not one after a preposition (إلى منظمة التجارة العالمية بدعوى)', () => {
    expect(quotes('وتنوي كوريا الجنوبية التقدم بشكوى إلى منظمة التجارة العالمية بدعوى أن تلك الرسوم مفرطة.').map((q) => q.speaker)).not.toContain('منظمة التجارة');
  });
  it('فقد before the verb goes on with the person the sentence is about', () => {
    expect(quotes('قال الرئيس التركي رجب طيب أردوغان إن بلاده قوية. وكان أردوغان قد كرر تصريحات إنكار الأزمة، فقد قال في أغسطس إن اقتصاد بلاده لا يعاني من أزمة.').map((q) => q.speaker)).toEqual(['رجب طيب أردوغان', 'رجب طيب أردوغان']);
  });
});

describe('research teams and names spelled two ways', () => {
  it('فريق البحث speaks as experts', () => {
    expect(quotes('يأمل فريق البحث، الذي طور التكنولوجيا الجديدة، أن تصبح متاحة قريبا.')).toMatchObject([{ speaker: 'فريق البحث', tag: 'experts' }]);
  });
  it('the G of a foreign name written ج after غ is the same person', () => {
    expect(quotes('ويقول الباحث الرئيسي شيام غولاكوتا إن السلامة كانت أولوية. ويوضح جولاكوتا: "لقد صممنا نظام الشحن بأمان".').map((q) => [q.speaker, q.tag])).toEqual([
      ['شيام غولاكوتا', 'experts'],
      ['شيام غولاكوتا', 'experts'],
    ]);
  });
});

describe('sources the reporter does not name', () => {
  it.each([
    ['وقال مصدر مسؤول لم يكشف عن اسمه إن الطرفين سيناقشان المعاهدة.', 'مصدر مسؤول'],
    ['وقال مسؤول أمريكي لم يذكر اسمه إن الطرفين سيناقشان المعاهدة.', 'مسؤول أمريكي'],
    ['وقال 12 مسؤولا أميركيا، رفضوا الكشف عن أسمائهم، إن بيونغ يانغ ضاعفت إنتاج الوقود.', '12 مسؤولا أميركيا'],
    ['ونقل الموقع عن مصدر مسؤول لم تكشف عن اسمه قوله بأن الطرفين سيناقشان المعاهدة.', 'مصدر مسؤول'],
  ])('%s', (input, speaker) => {
    expect(quotes(input)).toMatchObject([{ speaker, tag: 'anonymous' }]);
  });
  it('not naming a source is no speech of the reporter\'s', () => {
    const { result } = run('وقال مصدر لم تذكر اسمه إن المحادثات مستمرة.');
    expect(result.cues.map((c) => c.speaker.name)).toEqual(['مصدر']);
  });
});

describe('a relative pronoun that does not agree with its verb', () => {
  it('is not the verb\'s subject (الدول الأخرى التي قال إنها)', () => {
    expect(quotes('لكنه لم يذكر أسماء الدول الأخرى التي قال إنها تدرس نقل سفاراتها.').map((q) => q.speaker)).not.toContain('أسماء الدول الأخرى');
  });
  it('the person the antecedent belongs to is (تغريدة ترامب بعيد القمة، التي قال فيها)', () => {
    expect(quotes('وقال الرئيس الأميركي دونالد ترامب إن القمة ناجحة. وتنسف المعلومات تغريدة ترامب بعيد القمة، التي قال فيها إن كوريا الشمالية لم تعد تشكل تهديدا.').map((q) => q.speaker)).toEqual(['دونالد ترامب', 'دونالد ترامب']);
  });
});

describe('more described speakers', () => {
  it('كثيرون are observers; الكوريتان a pair of governments', () => {
    expect(quotes('ويرى كثيرون أن القرار سيؤدي إلى أزمة.')).toMatchObject([{ speaker: 'كثيرون', tag: 'observers' }]);
    expect(quotes('وبحسب وكالة "فرانس برس" قالت الكوريتان في بيان مشترك، إن "الجنوب والشمال قررا إقامة احتفال".')).toMatchObject([{ speaker: 'الكوريتان', tag: 'officials' }]);
  });
});

describe('a group a poll asked', () => {
  it.each([
    ['توقع محللون استطلعت رويترز آراءهم أن يرتفع العجز إلى 200 مليار دولار.', 'محللون', 'analysts'],
    ['وكان خبراء اقتصاديون استطلعت رويترز آراءهم قد توقعوا أن يبلغ العجز 200 مليار دولار.', 'خبراء اقتصاديون', 'experts'],
  ])('%s', (input, speaker, tag) => {
    expect(quotes(input)).toMatchObject([{ speaker, tag }]);
  });
  it('an event noun in the accusative after the verb is its object (يتوقعون نموا بنسبة)', () => {
    const { result } = run('وأظهر استطلاع أجرته رويترز أن المحللين يتوقعون نموا بنسبة 3 في المئة.');
    expect(result.cues.map((c) => c.speaker.name)).not.toContain('نموا بنسبة');
  });
});

describe('envoys and company titles with no name', () => {
  it.each([
    ['ونفى الدبلوماسي ما صرح به مندوب روسيا الدائم لدى الأمم المتحدة فاسيلي نيبينزا أنه تم التوصل إلى اتفاق.', 'فاسيلي نيبينزا'],
    ['وقال سفير السعودية لدى واشنطن خالد بن سلمان إن الاتفاق قريب.', 'خالد بن سلمان'],
    ['وقالت المندوبة الأمريكية لدى الأمم المتحدة نيكي هيلي إن الاتفاق قريب.', 'نيكي هيلي'],
  ])('an envoy\'s post before the name: %s', (input, speaker) => {
    expect(quotes(input)).toMatchObject([{ speaker, tag: 'officials' }]);
  });
  it('a company title with its company in marks and no name is the business figure named before', () => {
    expect(quotes('توقع #بيل_غيتس في مقابلة أزمة قادمة. وقال المؤسس المشارك لشركة "مايكروسوفت" وقتها، إن هناك أزمة اقتصادية قادمة.').map((q) => [q.speaker, q.tag])).toContainEqual(['بيل غيتس', 'company']);
  });
});

describe('objects after a name, second clauses and hints', () => {
  it('whom the speaker told and a nisba accusative pair end the name', () => {
    expect(quotes('وأبلغ ترمب مؤتمرا صحفيا أن النتيجة الأفضل هي أن تنتقل الشركات إلى أميركا.').map((q) => q.speaker)).toEqual(['ترمب']);
    expect(quotes('وقال ترمب في مؤتمر صحفي إن "الرسوم ضرورية"، وأبلغ ترمب الصحفيين أن النتيجة الأفضل هي أن تنتقل الشركات.').map((q) => q.speaker)).toEqual(['ترمب', 'ترمب']);
  });
  it('وبأنه goes on with a second clause of the same speaker', () => {
    expect(quotes('وقال ماكرون بأنه سيتخذ إجراءات في الأيام القادمة، وبأنه سيبحث القضية مع المستشارة الألمانية.').map((q) => q.text)).toEqual(['سيتخذ إجراءات في الأيام القادمة', 'سيبحث القضية مع المستشارة الألمانية']);
  });
  it('ألمح is a cue', () => {
    expect(quotes('وقال المحلل توم فورت إن أمازون قوية. وذهب فورت لأبعد من ذلك عندما ألمح بأن أمازون ستحاكي نموذج كوستكو.').map((q) => q.speaker)).toEqual(['توم فورت', 'توم فورت']);
  });
});

describe('names, epithets and verbal nouns', () => {
  it('a name that begins with و (علي أكبر ولايتي), not a conjunction (ترامب وزعيم)', () => {
    expect(quotes('وقال علي أكبر ولايتي مستشار المرشد الأعلى الإيراني، الخميس، إن طهران لن تبقى.').map((q) => q.speaker)).toEqual(['علي أكبر ولايتي']);
    expect(quotes('وقال الرئيس الأميركي دونالد ترامب وزعيم كوريا الشمالية إن الاتفاق قريب.').map((q) => q.speaker)).toEqual(['دونالد ترامب']);
  });
  it('an epithet with a nisba is the protagonist (الملياردير الأمريكي)', () => {
    const [first, second] = quotes('وأعلن الرئيس التنفيذي لشركة "أمازون" جيف بيزوس أنه سيتبرع بملياري دولار. وقال الملياردير الأمريكي إن الصندوق سيمول منظمات خيرية.').map((q) => q.speaker);
    expect(first).toBe('جيف بيزوس');
    expect(second).toBe('جيف بيزوس');
  });
  it('after a modal a cue word is a verbal noun (يمكنه نقل حمولة)', () => {
    const { result } = run('ويجعل الاختبار الصاروخ الأقوى إذ يمكنه نقل حمولة أكبر من أي مركبة. وكانت سبيس إكس أعلنت أنها تعتزم إرسال سائحين.');
    expect(result.cues.map((c) => [c.speaker.name, c.speaker.tag])).toEqual([['سبيس إكس', 'company']]);
  });
  it('ألمح needs a clause (ولم تلمح إلى اقتراب زواجها)', () => {
    const { result } = run('وحرصت المطربة على التزام الصمت، ولم تلمح إلى اقتراب زواجها.');
    expect(result.cues).toEqual([]);
  });
});

describe('relatives, counsel and newsroom staff', () => {
  it.each([
    ['وأشارت خطيبة خاشقجي في تصريحات إلى أنه كان متخوفا.', 'خطيبة خاشقجي'],
    ['وقالت محامية مادسن إنه سيستأنف الحكم.', 'محامية مادسن'],
    ['وقالت زوجة الرئيس إن الحملة مستمرة.', 'زوجة الرئيس'],
  ])('a relative in construct with the one named speaks for themselves: %s', (input, speaker) => {
    expect(quotes(input)).toMatchObject([{ speaker, tag: 'people' }]);
  });
  it('counsel with their own name after the client\'s', () => {
    expect(quotes('وقال محامي ترامب مايكل كوهين إن الاتهامات باطلة.')).toMatchObject([{ speaker: 'مايكل كوهين', role: 'محامي ترامب', tag: 'people' }]);
  });
  it('ابن before a name is part of it (ابن سلمان)', () => {
    expect(quotes('وقال ابن سلمان إن الإصلاحات مستمرة.')[0]?.tag).not.toBe('people');
  });
  it('a newsroom\'s staff speak for their outlet, and a writing verb in a relative clause is no cue', () => {
    expect(quotes('من جانبه، قال أحد المحررين في صحيفة "واشنطن بوست" التي يكتب بها خاشقجي: "لم نستطع الوصول إلى جمال اليوم".')).toMatchObject([{ speaker: 'أحد المحررين', tag: 'washington-post' }]);
  });
});

describe('a registered body inside a role before the name', () => {
  it.each([
    ['وقال المدير العام المشترك لمؤسسة إيفوب فريديريك دابي "لقد كان لمسألة بينالا تأثير فعلي".', 'فريديريك دابي', 'experts'],
    ['وقال الرئيس التنفيذي لشركة أمازون جيف بيزوس إن الصندوق جاهز.', 'جيف بيزوس', 'company'],
  ])('%s', (input, speaker, tag) => {
    expect(quotes(input)).toMatchObject([{ speaker, tag }]);
  });
});

describe('فيه after a verb in a relative clause', () => {
  it('points back to the antecedent; the subject follows it (الذي أكدت فيه الحكومة السعودية أن)', () => {
    expect(quotes('وقالت خطيبته إنه لم يخرج، في الوقت الذي أكدت فيه الحكومة السعودية أن الإعلامي غادر القنصلية.').map((q) => q.speaker)).toContain('الحكومة السعودية');
  });
});

describe('an unknown role noun with a name in apposition', () => {
  it('الداعية الإسلامي، عدنان إبراهيم، إن', () => {
    expect(quotes('قال الداعية الإسلامي، عدنان إبراهيم، إن من حق كل دولة أن تمنع ما تشاء.')).toMatchObject([{ speaker: 'عدنان إبراهيم', role: 'الداعية الإسلامي' }]);
  });
});

/** Each numeric claim's speaker and source tag, through the whole pipeline. */
function figures(text: string): { text: string; speaker?: string; source: string }[] {
  return processArticle({ id: 'according', text, outlet: 'al-arabiya' })
    .claims.filter((c) => c.type === 'numeric')
    .map((c) => ({ text: c.text, speaker: c.attribution.speaker, source: c.attribution.source }));
}

describe('an attribution phrase names the speaker of its sentence\'s figures', () => {
  it.each([
    ['ووفقا لمكتب العبادي الإعلامي، فقد صدر عن الاجتماع 7 قرارات.', 'مكتب العبادي الإعلامي', 'officials'],
    ['ووفقا لرئيس الوزراء حيدر العبادي، صدر عن الاجتماع 7 قرارات.', 'حيدر العبادي', 'officials'],
    ['وبحسب وزير المالية محمد الجدعان، بلغ العجز 50 مليار ريال.', 'محمد الجدعان', 'officials'],
    ['وبحسب مصادر طبية، قتل 6 أشخاص.', 'مصادر', 'anonymous'],
    ['وأسفرت الهجمات، وفق رئيس مجلس إقليم فارياب محمد طاهر رحماني، عن مقتل عشرة جنود.', 'محمد طاهر رحماني', 'officials'],
  ])('%s', (text, speaker, source) => {
    expect(figures(text)).toMatchObject([{ speaker, source }]);
  });
  it.each([
    // a law, a base year, a draft or estimates vouch for nothing; a body's head before its name in marks or
    // parentheses, and `بحسب ما ذكرته`, are tag-sources' to read
    ['وتتوزع المقاعد على 15 دائرة وفق قانون النظام النسبي.'],
    ['وبلغ المؤشر 104.9 نقطة وفقا لسنة الأساس.'],
    ['ووفقا لمسودة قرار الاتهام، طلبت وجبات بقيمة 360 ألف شيكل.'],
    ['ولقي ستة أشخاص حتفهم بحسب قناة (سي بي سي).'],
  ])('none for %s', (text) => {
    expect(figures(text).every((f) => f.speaker === undefined)).toBe(true);
  });
  it('the outlet named in the phrase stays the source (بحسب صحيفة "الشرق الأوسط")', () => {
    expect(figures('ويتوقع نمو بين 2 و3% بحسب صحيفة "الشرق الأوسط".')).toMatchObject([{ source: 'aawsat' }]);
  });
  it('a sentence with a speech cue keeps that cue\'s speaker', () => {
    expect(figures('وقال وزير المالية إن العجز بلغ 50 مليار ريال، وفقا لبيانات البنك المركزي.')).toMatchObject([{ speaker: 'وزير المالية' }]);
  });
});

describe('players, coaches and artists speak for themselves', () => {
  it.each([
    ['وقال النجم المصري محمد صلاح لشبكة سكاي سبورتس إن "الفريق يساعدني كثيرا في تسجيل الأهداف".', 'محمد صلاح', 'people'],
    ['وقال اللاعب إن الفريق يستحق الفوز.', 'اللاعب', 'people'],
  ])('%s', (input, speaker, tag) => {
    expect(quotes(input)).toMatchObject([{ speaker, tag }]);
  });
  it.each([
    // (the name is not yet told apart from a club or a one-word name from the role: weak, but the tag holds)
    ['وقال مدرب ليفربول يورغن كلوب إن الفريق قدم موسما رائعا.', 'يورغن كلوب'],
    ['وقالت المغنية اللبنانية إليسا إن ألبومها الجديد سيصدر قريبا.', 'إليسا'],
  ])('%s', (input, name) => {
    const [q] = quotes(input);
    expect(q?.tag).toBe('people');
    expect(q?.speaker).toContain(name);
  });
  it('an indefinite role describes no one (أي لاعب مصري)', () => {
    const q = quotes('ولم يسبق أن فاز أي لاعب مصري بالجائزة. وقال صلاح إن "الأمر واضح تماما، أريد تحطيم الرقم القياسي".');
    expect(q.map((x) => x.speaker)).not.toContain('مصري');
  });
  it('an epithet with no name is the person named before (المهاجم المصري), who takes its tag', () => {
    const q = quotes('ينافس النجم المصري محمد صلاح على لقب الهداف. وقال المهاجم المصري "الآن الأمر واضح تماما، أرغب في تحطيم الرقم القياسي".');
    expect(q).toMatchObject([{ speaker: 'محمد صلاح', tag: 'people' }]);
    expect(quotes('وقال أرسين فينغر إن الفريق سيفوز. وأضاف المدرب الفرنسي أن الفريق سجل 30 هدفا.')[1]).toMatchObject({ speaker: 'أرسين فينغر', tag: 'people' });
  });
  it('a hashtag name is written with spaces (#ديانا_حداد)', () => {
    expect(quotes('وقالت الفنانة #ديانا_حداد إن الأغنية المنفردة هي المستقبل.')).toMatchObject([{ speaker: 'ديانا حداد', tag: 'people' }]);
  });
});

describe('a definite noun the lexicon does not know, right before what is said, is a body speaking', () => {
  it.each([
    ['وقال الكرملين إن المحادثات كانت بناءة.', 'الكرملين'],
    ['وقال البنتاغون إن الجنود سيغادرون.', 'البنتاغون'],
    ['وقالت السفارة الأمريكية في بيان إن المواطنين بخير.', 'السفارة الأمريكية'],
    ['وقال الحرس الثوري الإيراني إن الصاروخ أصاب هدفه.', 'الحرس الثوري الإيراني'],
  ])('%s', (input, speaker) => {
    expect(quotes(input)).toMatchObject([{ speaker, tag: 'officials' }]);
  });
  it('the organisation named before by that word (العال after شركة طيران العال)', () => {
    const q = quotes('رفعت دعوى على شركة طيران العال الإسرائيلية. وقالت العال إن التمييز ضد الركاب محظور.');
    expect(q.at(-1)?.speaker).toContain('العال');
    expect(q.at(-1)?.tag).not.toBe('officials');
  });
  it.each([
    // the object of a verb of naming, a person's noun, a verbal noun, `now`
    ['ووصف الحيوانات بأنها كاريزمية.'],
    ['وقال المتصل إن الرئيس وافق.'],
    ['وذكر التحقيق أن الجيش مسؤول.'],
    ['وتقول الآن إن الوضع تغير.'],
  ])('no body in %s', (input) => {
    expect(quotes(input).map((q) => q.speaker)).not.toContain(input.split(' ')[1]);
  });
});

describe('roles held in a registered body, countries joined by و, pronouns', () => {
  it('a role in a registered company, then the name (كبير المديرين التنفيذيين في تويتر جاك دورسي)', () => {
    expect(quotes('وقال كبير المديرين التنفيذيين في تويتر جاك دورسي إن التعديلات ساهمت في النمو.')).toMatchObject([{ speaker: 'جاك دورسي', role: 'كبير المديرين التنفيذيين في تويتر', tag: 'company' }]);
  });
  it.each([
    // (two words ending in ا are an object and its adjective only without و: `ترمب مؤتمرا صحفيا`)
    ['وقالت فرنسا وألمانيا إن المحادثات ستستأنف.', 'فرنسا'],
    ['وأعلنت المملكة المتحدة وكندا أنهما ستتخذان إجراءات قوية.', 'المملكة المتحدة'],
  ])('%s', (input, speaker) => {
    expect(quotes(input)).toMatchObject([{ speaker, tag: 'officials' }]);
  });
  it('a pronoun is never a speaker, a name of the same key is (آنا تيني)', () => {
    expect(quotes('وقالت آنا تيني، وهي ممثلة عن المحافظين، إن "الدعوة للصلاة لن تعزز الاندماج في المدينة".')[0]?.speaker).toBe('آنا تيني');
  });
});

describe('verbs that cannot follow a preposition; chief economists', () => {
  it('a word after في is a noun, not a verb of speech (في كتب عديدة: in many books)', () => {
    expect(quotes('وقد نشرت أعماله في كتب عديدة أن أشهرها "بحوث في اللغة والأدب".')).toEqual([]);
  });
  it('a chief economist is an expert wherever they work', () => {
    expect(quotes('وقال سكوت أندرسون، كبير الاقتصاديين في مصرف "بنك أوف ذا وست"، إن الركود قادم.')).toMatchObject([{ speaker: 'سكوت أندرسون', tag: 'experts' }]);
  });
});

describe('doctors, and titles after a preposition', () => {
  it('a doctor is an expert', () => {
    expect(quotes('وقال الطبيب أمين رحمن مجدي إن 28 جثة نقلت إلى المستشفى.')).toMatchObject([{ tag: 'experts' }]);
  });
  it('a title after a preposition is whom the words were for, not who said them (أسئلة للطبيب قائلة)', () => {
    const q = quotes('وعبرت شيماء سبت عن غضبها. كما وجهت شيماء أسئلة للطبيب قائلة: "كيف أنت دكتور وتكذب على الناس؟"');
    expect(q.map((x) => x.speaker)).not.toContain('للطبيب');
  });
  it('but a preposition inside a role before the name is part of the role', () => {
    expect(quotes('رئيس قطاع البحوث بشركة فاروس القابضة رضوى السويفي، قالت للعربية.نت، إن خروج الأجانب ليس بالحجم الكبير.')[0]?.speaker).toContain('رضوى السويفي');
  });
});

describe('adjectives of a statement are not its speaker', () => {
  it('وقال في تصريحات صحفية إن goes on with the speaker before', () => {
    const q = quotes('قال وزير المالية إن العجز تراجع. وقال في تصريحات صحفية إن الحكومة ستدعم المزارعين.');
    expect(q.map((x) => x.speaker)).toEqual(['وزير المالية', 'وزير المالية']);
  });
});
