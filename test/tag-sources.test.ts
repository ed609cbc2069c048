/**
 * tag-sources on hand-written Arabic cases: each attribution cue, the relay chain, every generic tag,
 * the publisher, and a user's registry through `processArticle(input, { sources })`, judged by
 * ANNOTATION.md. Tags depend on the quotes and cues found before them, so most rows run the whole
 * Arabic pipeline; `findPublisher` is also tested alone. Wrong cases are `it.fails` with an
 * `// extractor bug:` note.
 */
import { describe, expect, it } from 'vitest';
import { processArticle } from '../pipeline/process-article.js';
import type { SourceEntry } from '../schemas/source.js';
import { normalizeText } from '../stages/normalize-text/index.js';
import { findPublisher } from '../stages/tag-sources/index.js';
import { sourceRegistry } from '../stages/tag-sources/registry.js';
import { tokenize } from '../stages/tokenize/index.js';

interface Seen {
  type: 'numeric' | 'quote';
  text: string;
  source: string;
  chain: string[];
  speaker?: string;
}

function tags(text: string, options: { outlet?: string; sources?: SourceEntry[] } = {}): Seen[] {
  const { claims } = processArticle({ id: 'tag-sources', text, ...(options.outlet ? { outlet: options.outlet } : {}) }, options.sources ? { sources: options.sources } : {});
  return claims.map((c) => ({
    type: c.type,
    text: c.text,
    source: c.attribution.source,
    chain: c.attribution.chain,
    ...(c.attribution.speaker ? { speaker: c.attribution.speaker } : {}),
  }));
}

/** The numeric claims only, as `[surface, source, chain]`. */
function figures(text: string, options: { outlet?: string; sources?: SourceEntry[] } = {}): [string, string, string[]][] {
  return tags(text, options)
    .filter((c) => c.type === 'numeric')
    .map((c) => [c.text, c.source, c.chain]);
}

type Row = readonly [input: string, source: string, chain: string[]];

describe('attribution cues name the outlet that vouches for a figure', () => {
  const rows: Row[] = [
    ['بلغت الإيرادات 20 مليار دولار بحسب تقرير لموقع تك كرانش.', 'techcrunch', ['techcrunch']],
    ['بلغت الإيرادات 20 مليار دولار حسب صحيفة فايننشال تايمز.', 'financial-times', ['financial-times']],
    ['وفق ما أوردته صحيفة فايننشال تايمز، بلغت الإيرادات 20 مليار دولار.', 'financial-times', ['financial-times']],
    ['وفقاً لوكالة بلومبرغ، بلغت الإيرادات 20 مليار دولار.', 'bloomberg', ['bloomberg']],
    ['وفقا لبلومبرغ، بلغت الإيرادات 20 مليار دولار.', 'bloomberg', ['bloomberg']],
    ['بلغت الإيرادات 20 مليار دولار، نقلاً عن وكالة رويترز.', 'reuters', ['reuters']],
    ['أوردت وكالة رويترز أن الإيرادات بلغت 20 مليار دولار.', 'reuters', ['reuters']],
    ['ذكرت صحيفة وول ستريت جورنال أن الإيرادات بلغت 20 مليار دولار.', 'wall-street-journal', ['wall-street-journal']],
    ['كشفت بلومبرغ أن الإيرادات بلغت 20 مليار دولار.', 'bloomberg', ['bloomberg']],
    // an outlet's name in quotation marks at the end of a sentence is a name, not a quotation
    ['وتفرض الولايات المتحدة تعرفات بنسبة 25 بالمئة، وفق ما نقلت "فرانس برس".', 'afp', ['afp']],
    ['أعلنت الشركة أن الإيرادات بلغت 20 مليار دولار.', 'company', ['company']],
    ['كشفت نتائج الشركة عن ارتفاع النفقات بنحو 7 مليارات دولار.', 'company', ['company']],
  ];
  it.each(rows)('%s -> %s', (input, source, chain) => {
    const found = figures(input);
    expect(found).toHaveLength(1);
    expect(found[0]!.slice(1)).toEqual([source, chain]);
  });

  it('the cue is carried in the record', () => {
    const { claims } = processArticle({ id: 'cue', text: 'بلغت الإيرادات 20 مليار دولار بحسب تقرير لموقع تك كرانش.' });
    expect(claims[0]!.attribution).toMatchObject({ source: 'techcrunch', label: 'TechCrunch', cue: 'بحسب' });
  });

  it('a quote and the figure inside it take the outlet that reports them', () => {
    expect(tags('ذكرت صحيفة وول ستريت جورنال أن الإيرادات بلغت 20 مليار دولار.')).toEqual([
      { type: 'quote', text: 'الإيرادات بلغت 20 مليار دولار', source: 'wall-street-journal', chain: ['wall-street-journal'], speaker: 'وول ستريت جورنال' },
      { type: 'numeric', text: '20 مليار دولار', source: 'wall-street-journal', chain: ['wall-street-journal'], speaker: 'وول ستريت جورنال' },
    ]);
  });
});

describe('the relay chain, innermost first', () => {
  it('بحسب تقرير لموقع تك كرانش اطلعت عليه العربية Business is techcrunch -> al-arabiya-business', () => {
    const text = 'بلغت الإيرادات 20 مليار دولار، بحسب تقرير لموقع تك كرانش اطلعت عليه العربية Business.\n\nوتراجع السهم بنسبة 12% في ختام التعاملات.';
    expect(figures(text)).toEqual([
      ['20 مليار دولار', 'techcrunch', ['techcrunch', 'al-arabiya-business']],
      // the article names itself as the relaying outlet: it is the publisher of the unattributed figure
      ['12%', 'al-arabiya-business', ['al-arabiya-business']],
    ]);
  });

  it('the publisher from metadata closes the chain', () => {
    expect(figures('بلغت الإيرادات 20 مليار دولار بحسب تقرير لموقع تك كرانش.', { outlet: 'al-arabiya-business' })).toEqual([
      ['20 مليار دولار', 'techcrunch', ['techcrunch', 'al-arabiya-business']],
    ]);
  });

  it('a person speaking to an outlet is the innermost link: قال ... لرويترز', () => {
    expect(tags('وقال وزير المالية محمد الجدعان لرويترز إن العجز بلغ 5 مليارات ريال.')).toEqual([
      { type: 'quote', text: 'العجز بلغ 5 مليارات ريال', source: 'officials', chain: ['officials', 'reuters'], speaker: 'محمد الجدعان' },
      { type: 'numeric', text: '5 مليارات ريال', source: 'officials', chain: ['officials', 'reuters'], speaker: 'محمد الجدعان' },
    ]);
  });

  // `نقلت رويترز عن مسؤول حكومي قوله إن ...`: the official speaks and Reuters relays
  it('ونقلت وكالة رويترز عن مسؤول حكومي قوله إن العجز بلغ 5 مليارات دولار.', () => {
    expect(figures('ونقلت وكالة رويترز عن مسؤول حكومي قوله إن العجز بلغ 5 مليارات دولار.')).toEqual([['5 مليارات دولار', 'officials', ['officials', 'reuters']]]);
  });

  // an outlet that speaks vouches for the figures of its sentence outside the quote too
  it('وتقول مؤسسة بلومبرغ إن العام الماضي شهد تشغيل 160 غيغاوات، موزعة بين 98 غيغاوات طاقة شمسية و56 غيغاوات طاقة رياح.', () => {
    expect(figures('وتقول مؤسسة بلومبرغ إن العام الماضي شهد تشغيل 160 غيغاوات، موزعة بين 98 غيغاوات طاقة شمسية و56 غيغاوات طاقة رياح.').map(([t, s]) => [t, s])).toEqual([
      ['160 غيغاوات', 'bloomberg'],
      ['98 غيغاوات', 'bloomberg'],
      ['56 غيغاوات', 'bloomberg'],
    ]);
  });

  // extractor bug: `أفادت بلومبرغ نقلا عن مصادر مطلعة بأن ...`: anonymous sources relayed by Bloomberg; the
  // extractor tags the figure bloomberg alone
  it.fails('وأفادت وكالة بلومبرغ نقلا عن مصادر مطلعة بأن الصفقة تبلغ 5 مليارات دولار.', () => {
    expect(figures('وأفادت وكالة بلومبرغ نقلا عن مصادر مطلعة بأن الصفقة تبلغ 5 مليارات دولار.')).toEqual([['5 مليارات دولار', 'anonymous', ['anonymous', 'bloomberg']]]);
  });
});

describe('generic tags', () => {
  const rows: Row[] = [
    // company: the company, its results, or one of its officials
    ['أعلنت الشركة عن أرباح بقيمة 5 مليارات دولار.', 'company', ['company']],
    ['قال الرئيس التنفيذي مارك زوكربيرج إن الشركة أنفقت 5 مليارات دولار.', 'company', ['company']],
    // described groups
    ['يتوقع محللون أن تبلغ الأرباح 5 مليارات دولار.', 'analysts', ['analysts']],
    ['بحسب محللين، تبلغ الصفقة 5 مليارات دولار.', 'analysts', ['analysts']],
    ['اعتبر المستثمرون أن خسارة 200 مليار دولار مبالغ فيها.', 'investors', ['investors']],
    ['يرى مراقبون أن الشركة أنفقت 20 مليار دولار.', 'observers', ['observers']],
    ['يرى خبراء أن التضخم سيبلغ 5%.', 'experts', ['experts']],
    ['توقعت فيتش أن ينمو الاقتصاد 3%.', 'experts', ['experts']],
    ['وقال مركز كارنيغي للأبحاث إن النمو بلغ 2%.', 'experts', ['experts']],
    // business figures news names without a role; a businessman or billionaire; unnamed media; anonymity
    ['وقال زوكربيرغ إن الشركة أنفقت 5 مليارات دولار.', 'company', ['company']],
    ['وقال رجل الأعمال المصري نجيب ساويرس إن الاستثمار بلغ 5 مليارات دولار.', 'company', ['company']],
    ['وقال جورج سوروس إن السوق خسر 5 مليارات دولار.', 'investors', ['investors']],
    ['وذكرت وسائل إعلام محلية أن الخسائر بلغت 5 مليارات دولار.', 'reports', ['reports']],
    ['وقال مصرفيون تحدثوا بشرط عدم الكشف عن هويتهم إن البنك خسر 5 مليارات دولار.', 'anonymous', ['anonymous']],
    // a well-known company named without شركة speaks as a company; a platform something was posted on does not
    ['وقالت أمازون إن المبيعات بلغت 5 مليارات دولار.', 'company', ['company']],
    ['ونشرت الناشطة قرابة 300 مقطع على حسابها في "إنستغرام".', 'publisher', ['publisher']],
    // a ministry named by its field alone
    ['وتوقعت المالية أن يبلغ العجز 5%.', 'officials', ['officials']],
    ['وقالت الخارجية الأمريكية إن العقوبات تشمل 5 شركات.', 'officials', ['officials']],
    // a central bank and a grouping of states are officials, a commercial bank a company
    ['وأعلن مصرف الإمارات المركزي أن الودائع بلغت 5 مليارات درهم.', 'officials', ['officials']],
    ['وقالت مجموعة العشرين إن النمو بلغ 3%.', 'officials', ['officials']],
    ['وقال البنك العربي إن أرباحه بلغت 5 ملايين دينار.', 'company', ['company']],
    // a state institute (statistics office, national centre) speaks as officials
    ['وأوضح معهد الإحصاء أن نسبة البطالة بلغت 8,6 بالمئة.', 'officials', ['officials']],
    ['وقال المركز الوطني للإحصاء إن التضخم بلغ 3%.', 'officials', ['officials']],
    // officials: government, ministry, intergovernmental body, or one of their officials
    ['قال وزير المالية محمد الجدعان إن العجز بلغ 5 مليارات ريال.', 'officials', ['officials']],
    ['توقع صندوق النقد الدولي نمو الاقتصاد 3%.', 'officials', ['officials']],
    ['وفقا لبيانات وزارة التجارة، ارتفعت الصادرات 12%.', 'officials', ['officials']],
    ['قال مواطنون إن الأسعار ارتفعت 30%.', 'people', ['people']],
    // a hashtag body, official statistics, figures a ministry announced (not the outlet Argaam: `أرقام` is "figures")
    ['ووفقا لأرقام التقرير السنوي لـ #هيئة_السوق_المالية، بلغت الغرامات 1.9 مليار ريال.', 'officials', ['officials']],
    ['ويبلغ الإنتاج 5 مليارات قدم مكعب يوميا بحسب الإحصاءات الرسمية.', 'officials', ['officials']],
    ['وارتفع عدد السياح إلى 11 مليون سائح، وفق أرقام أعلنتها وزارة السياحة.', 'officials', ['officials']],
    // a statement named before by who issued it
    ['وأوردت وزارة السياحة في بيان أن عدد السياح ارتفع. وتابع البيان أن نسبة النمو بلغت 39 في المائة.', 'officials', ['officials']],
    // `الاقتصادية` is also the adjective "economic": only with a descriptor is it the newspaper
    ['قال الرئيس التنفيذي لمجلس التنمية الاقتصادية خالد الرميحي إن الاستثمارات بلغت 730 مليون دولار.', 'officials', ['officials']],
    ['بلغت الغرامات 1.9 مليار ريال، بحسب صحيفة الاقتصادية.', 'al-eqtisadiah', ['al-eqtisadiah']],
    // an outlet that reports content is who `وأضافت` goes on with
    ['ذكرت صحيفة "ديلي ميل" أن التقنية جديدة. وأضافت أن عدد المستخدمين بلغ 20 مليونا.', 'daily-mail', ['daily-mail']],
    // a document's figures take the body that made it
    ['وأشارت الدراسة، التي أجرتها مؤسسة بلومبيرغ لتمويل الطاقة الجديدة، إلى أن الاستثمار ارتفع 3 في المئة.', 'experts', ['experts']],
    // anonymous and unnamed reports
    ['قالت مصادر مطلعة إن الصفقة تبلغ 5 مليارات دولار.', 'anonymous', ['anonymous']],
    ['قال مصدر لم يكشف عن اسمه إن الصفقة تبلغ 5 مليارات دولار.', 'anonymous', ['anonymous']],
    ['وفقا لمصادر مطلعة، تبلغ الصفقة 5 مليارات دولار.', 'anonymous', ['anonymous']],
    ['ارتفعت الأرباح 12% وفق تقارير حديثة.', 'reports', ['reports']],
    // the same sentence names the report's outlet: the outlet wins
    ['ارتفعت الأرباح 12% وفق تقارير حديثة نشرتها بلومبرغ.', 'bloomberg', ['bloomberg']],
    // nothing attributes the figure: the publisher
    ['بلغت الإيرادات 20 مليار دولار.', 'publisher', ['publisher']],
  ];
  it.each(rows)('%s -> %s', (input, source, chain) => {
    const found = figures(input);
    expect(found).toHaveLength(1);
    expect(found[0]!.slice(1)).toEqual([source, chain]);
  });

  it('a quote carries its speaker and the same tag as the figures inside it', () => {
    expect(tags('يتوقع محللون أن تبلغ الأرباح 5 مليارات دولار.')).toEqual([
      { type: 'quote', text: 'تبلغ الأرباح 5 مليارات دولار', source: 'analysts', chain: ['analysts'], speaker: 'محللون' },
      { type: 'numeric', text: '5 مليارات دولار', source: 'analysts', chain: ['analysts'], speaker: 'محللون' },
    ]);
  });
});

describe('the publisher', () => {
  it.each([
    ['al-arabiya-business', 'al-arabiya-business'],
    ['Al Arabiya Business', 'al-arabiya-business'],
    ['العربية Business', 'al-arabiya-business'],
    ['sky-news-arabia', 'sky-news-arabia'],
  ])('outlet metadata %s -> %s', (outlet, id) => {
    expect(figures('بلغت الإيرادات 20 مليار دولار.', { outlet })).toEqual([['20 مليار دولار', id, [id]]]);
  });

  it.each([
    ['بحسب تقرير اطلعت عليه العربية Business، بلغت الإيرادات 20 مليار دولار.', { id: 'al-arabiya-business', rule: 'publisher-named-in-text' }],
    ['بلغت الإيرادات 20 مليار دولار.', { id: 'publisher', rule: 'publisher-unknown' }],
  ])('findPublisher alone: %s', (text, expected) => {
    const norm = normalizeText(text);
    expect(findPublisher(tokenize(norm.text, norm.key), sourceRegistry())).toMatchObject(expected);
  });

  it('findPublisher alone: metadata wins over the text', () => {
    const norm = normalizeText('اطلعت عليه العربية Business');
    expect(findPublisher(tokenize(norm.text, norm.key), sourceRegistry(), 'reuters')).toEqual({ id: 'reuters', label: 'Reuters', rule: 'publisher-metadata' });
  });
});

describe('a user registry through processArticle(input, { sources })', () => {
  const sources: SourceEntry[] = [
    { id: 'eqtisad-news', label: 'Eqtisad News', kind: 'outlet', aliases: ['الاقتصاد نيوز'] },
    { id: 'sabic', label: 'SABIC', kind: 'company', aliases: ['سابك', 'SABIC'] },
    { id: 'shuaa', label: 'Shuaa Capital', kind: 'experts', aliases: ['شعاع كابيتال'] },
    { id: 'saudi-mof', label: 'Saudi Ministry of Finance', kind: 'officials', aliases: ['وزارة المالية السعودية'] },
  ];

  const rows: (readonly [string, string, string])[] = [
    ['بلغت الإيرادات 20 مليار دولار بحسب موقع الاقتصاد نيوز.', 'eqtisad-news', 'Eqtisad News'],
    ['قالت سابك إن أرباحها بلغت 5 مليارات ريال.', 'company', 'Company'],
    ['توقعت شعاع كابيتال أن يبلغ النمو 3%.', 'experts', 'Experts'],
    ['أعلنت وزارة المالية السعودية أن العجز بلغ 5 مليارات ريال.', 'officials', 'Officials'],
  ];
  it.each(rows)('%s -> %s', (input, source, label) => {
    const { claims } = processArticle({ id: 'registry', text: input }, { sources });
    const numeric = claims.filter((c) => c.type === 'numeric');
    expect(numeric).toHaveLength(1);
    expect(numeric[0]!.attribution).toMatchObject({ source, label, chain: [source] });
  });

  it('names the registry adds are unknown without it', () => {
    expect(figures('بلغت الإيرادات 20 مليار دولار بحسب موقع الاقتصاد نيوز.')).toEqual([['20 مليار دولار', 'publisher', ['publisher']]]);
  });

  it('a user outlet joins the relay chain', () => {
    const text = 'بلغت الإيرادات 20 مليار دولار، بحسب تقرير لموقع الاقتصاد نيوز اطلعت عليه العربية Business.';
    expect(figures(text, { sources })).toEqual([['20 مليار دولار', 'eqtisad-news', ['eqtisad-news', 'al-arabiya-business']]]);
  });

  it('outlet metadata resolves through the user registry by id or label', () => {
    expect(figures('بلغت الإيرادات 20 مليار دولار.', { outlet: 'Eqtisad News', sources })).toEqual([['20 مليار دولار', 'eqtisad-news', ['eqtisad-news']]]);
    const { claims } = processArticle({ id: 'label', outlet: 'eqtisad-news', text: 'بلغت الإيرادات 20 مليار دولار.' }, { sources });
    expect(claims[0]!.attribution).toMatchObject({ source: 'eqtisad-news', label: 'Eqtisad News' });
  });

  it('a user entry with a built-in id replaces it', () => {
    const replaced: SourceEntry[] = [{ id: 'reuters', label: 'Reuters (user)', kind: 'agency', aliases: ['رويترز'] }];
    const { claims } = processArticle({ id: 'replace', text: 'بلغت الإيرادات 20 مليار دولار، نقلاً عن وكالة رويترز.' }, { sources: replaced });
    expect(claims[0]!.attribution).toMatchObject({ source: 'reuters', label: 'Reuters (user)' });
  });

  it('rejects an entry whose id is not kebab-case', () => {
    const bad = [{ id: 'Bad Id', label: 'x', kind: 'outlet', aliases: ['x'] }] as unknown as SourceEntry[];
    expect(() => processArticle({ id: 'bad', text: 'بلغت الإيرادات 20 مليار دولار.' }, { sources: bad })).toThrow(/kebab-case/);
  });
});

describe('documents, bylines and outlets named in quotation marks', () => {
  it('a dateline byline (CNN)-- is the publisher, not an outlet the figures are attributed to', () => {
    const text = 'دبي، الإمارات العربية المتحدة (CNN)-- كشف تقرير صادر عن البنك المركزي، الإثنين، أن العائدات تجاوزت 10 مليارات دولار.';
    expect(figures(text, { outlet: 'cnn-arabic' }).map(([s, src]) => [s, src])).not.toContainEqual(['10 مليارات دولار', 'cnn']);
  });

  it('a described agency with its name in quotation marks is that agency: وفقا لوكالة الأنباء الإيرانية الرسمية "فارس"', () => {
    const text = 'تجاوزت عائدات النفط 10 مليارات دولار في أربعة أشهر، وفقا لوكالة الأنباء الإيرانية الرسمية "فارس".';
    expect(figures(text)[0]).toEqual(['10 مليارات دولار', 'fars', ['fars']]);
  });

  it('an official document is officials: أظهرت بيانات رسمية', () => {
    expect(figures('أظهرت بيانات رسمية، الاثنين، ارتفاع التضخم في مصر بنسبة 1.7% في شهر أغسطس.').map(([s, src]) => [s, src])).toEqual([['1.7%', 'officials']]);
  });

  it('وبحسب التقرير: the report named sentences before, with the source of that sentence (not of a person quoted between)', () => {
    const text = [
      'وأشارت الدراسة، التي أجرتها مؤسسة بلومبيرغ لتمويل الطاقة الجديدة، إلى أن الاستثمار سجل زيادة بواقع 3 في المئة.',
      'وقال جون مور، المدير التنفيذي للمؤسسة: "الاستثمارات المسجلة هي الأفضل".',
      'وسجل حجم الاستثمار في الطاقة الشمسية 160.8 مليار دولار في عام 2017، وفقا للدراسة.',
    ].join('\n');
    expect(figures(text).map(([s, src]) => [s, src])).toEqual([['3 في المئة', 'experts'], ['160.8 مليار دولار', 'experts']]);
  });
});

describe('the items of a numbered list take the source of the sentence that introduced them', () => {
  it('ونشرت وكالة "بلومبرغ" قائمة ...، وكانت على النحو التالي: 1. ... 2. ...', () => {
    const text = 'ونشرت وكالة "بلومبرغ" الأميركية قائمة بأسوأ العملات، وكانت على النحو التالي: 1. الروبية الهندية: خسرت 11.8 بالمئة 2. الروبل الروسي: 16.7 بالمئة 3. الراند 19 بالمئة\nوارتفع الذهب 2 بالمئة.';
    expect(figures(text).map(([s, src]) => [s, src])).toEqual([['11.8 بالمئة', 'bloomberg'], ['16.7 بالمئة', 'bloomberg'], ['19 بالمئة', 'bloomberg'], ['2 بالمئة', 'publisher']]);
  });
});

describe('a survey by an outlet counts a share of a group', () => {
  it('بحسب استطلاع أجرته X، فإن 59% من الاقتصاديين يرون: the figure is the outlet\'s, the view the group\'s', () => {
    const text = 'وبحسب استطلاع خاص أجرته جريدة "وول ستريت جورنال"، فإن 59% من الاقتصاديين يرون أن الانتعاش الحالي سوف ينتهي بحلول عام 2020.';
    const claims = processArticle({ id: 'survey', text, outlet: 'al-arabiya' }).claims;
    expect(claims.map((c) => [c.type, c.attribution.source])).toEqual([
      ['numeric', 'wall-street-journal'],
      ['quote', 'experts'],
    ]);
  });

  it('a share of a group with no survey named stays the group\'s', () => {
    const claims = processArticle({ id: 'share', text: 'وقال 40% من المستثمرين إن السوق ستنمو.', outlet: 'al-arabiya' }).claims;
    expect(claims.map((c) => c.attribution.source)).toEqual(['investors', 'investors']);
  });
});

describe('reporters and bodies named after a cue', () => {
  it('the article\'s own reporter vouches as the publisher; another outlet\'s as that outlet', () => {
    expect(figures('وأضاف المراسل أن الغارات أصابت 3 مواقع.', { outlet: 'sky-news-arabia' })).toEqual([['3 مواقع', 'sky-news-arabia', ['sky-news-arabia']]]);
    expect(figures('وقال مراسل رويترز إن الغارات أصابت 3 مواقع.', { outlet: 'sky-news-arabia' })).toEqual([['3 مواقع', 'reuters', ['reuters', 'sky-news-arabia']]]);
  });
  it('a body after a cue is named, and a statistics institute is officials', () => {
    expect(tags('أدى الانفجار إلى إجلاء حوالي 10 آلاف شخص، وفقاً لما ذكرته خدمة الطوارئ الحكومية.')).toMatchObject([{ text: '10 آلاف شخص', source: 'officials', speaker: 'خدمة الطوارئ الحكومية' }]);
    expect(tags('قفز التضخم إلى 24.52 في المئة بحسب ما أعلنه معهد الإحصاءات التركي.')).toMatchObject([{ text: '24.52 في المئة', source: 'officials', speaker: 'معهد الإحصاءات التركي' }]);
  });
  it('the body\'s name loses its preposition, keeps its name in marks, and stops before a relative pronoun', () => {
    expect(tags('ووفقا لمجلس الضمان الصحي فإن 27 شركة حصلت على ترخيص.')).toMatchObject([{ speaker: 'مجلس الضمان الصحي' }]);
    expect(tags('وبحسب منظمة "كونيكتاس" الحقوقية فإن 75 بالمئة من السجون مكتظة.')).toMatchObject([{ speaker: 'منظمة "كونيكتاس"' }]);
    expect(tags('بحسب التقرير البرلماني الذي نشر الأربعاء، هناك فقط 8,6% من الموظفين.')).toMatchObject([{ speaker: 'التقرير البرلماني' }]);
    expect(tags('وحسب بيانات الاتحاد الدولي فقد أجرى 2700 فحص.')[0]?.speaker).toBe('بيانات الاتحاد الدولي');
  });
});

describe('polling institutes', () => {
  it('a pollster cited in parentheses vouches for the share of the group it asked', () => {
    expect(tags('من جهة ثانية اعتبر 73% من الفرنسيين أن المسألة كان لها تأثير سلبي (إيلاب).', { outlet: 'france24-arabic' })[0]).toMatchObject({ text: '73%', source: 'experts', speaker: 'إيلاب' });
  });
  it('a registered body after a cue is named as the article writes it', () => {
    expect(tags('ووفق مؤسسة إيفوب فإن ماكرون لم يفقد سوى نقطة لتصبح الآراء الإيجابية تجاهه 39%.')).toContainEqual(expect.objectContaining({ text: '39%', source: 'experts', speaker: 'مؤسسة إيفوب' }));
  });
});

describe('the maker of a document named just before vouches for its figures', () => {
  it.each([
    ['وأظهرت دراسة أجرتها جامعة أكسفورد أن 40% من الشباب يستخدمون الإنترنت.', 'experts'],
    ['وتوقع استطلاع أجرته رويترز أن يبلغ التضخم 7.4% في يونيو.', 'reuters'],
    ['وبلغت نسبة البطالة 6.3% وفق بيانات نشرها مكتب الإحصاءات الاتحادي.', 'officials'],
  ])('%s', (text, source) => {
    expect(figures(text).map(([, tag]) => tag)).toEqual([source]);
  });
});
