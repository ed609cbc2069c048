/**
 * The built-in source registry on fresh names (issue 8): an outlet, agency or body that Arabic news
 * cites resolves to its id through the whole pipeline (`processArticle`), with its descriptor, a
 * cue, a proclitic or quotation marks; a name that is also an ordinary word (الحياة, النهار,
 * البيان, الاتحاد, فارس) is not the outlet when it stands as that word. Judged by ANNOTATION.md.
 */
import { describe, expect, it } from 'vitest';
import { processArticle } from '../pipeline/process-article.js';
import { matchKey } from '../stages/normalize-text/index.js';
import { BUILT_IN_SOURCES } from '../stages/tag-sources/lexicon/sources.js';

/** The source tag and chain of each numeric claim of a one-sentence article. */
function figures(text: string): { source: string; chain: string[] }[] {
  const { claims } = processArticle({ id: 'source-registry', text });
  return claims.filter((c) => c.type === 'numeric').map((c) => ({ source: c.attribution.source, chain: c.attribution.chain }));
}

describe('a named outlet or agency resolves to its id', () => {
  const rows: (readonly [input: string, id: string])[] = [
    ['وقالت وكالة أنباء فارس إن الإيرادات بلغت 20 مليار دولار.', 'fars'],
    ['وذكرت وكالة "فارس" أن الإيرادات بلغت 20 مليار دولار.', 'fars'],
    ['وقالت وكالة سبأ إن الخسائر بلغت 20 مليار دولار.', 'saba'],
    ['ونقلت وكالة الأنباء الإيرانية الرسمية (إرنا) أن الصادرات بلغت 20 مليار دولار.', 'irna'],
    ['وذكرت وكالة ريا نوفوستي أن الصادرات بلغت 20 مليار دولار.', 'ria-novosti'],
    ['وقالت وكالة سبوتنيك إن الصادرات بلغت 20 مليار دولار.', 'sputnik'],
    ['وقالت وكالة الأنباء الكورية الشمالية إن الصادرات بلغت 20 مليار دولار.', 'kcna'],
    ['وذكرت وكالة الأنباء العمانية أن الصادرات بلغت 20 مليار دولار.', 'ona'],
    ['وقالت وكالة الأنباء الجزائرية إن الصادرات بلغت 20 مليار دولار.', 'aps-algeria'],
    ['بلغت الصادرات 20 مليار دولار بحسب صحيفة الحياة.', 'al-hayat'],
    ['بلغت الصادرات 20 مليار دولار وفقا لصحيفة الحياة.', 'al-hayat'],
    ['ونقلت صحيفة «النهار» أن العجز بلغ 5 مليارات دولار.', 'an-nahar'],
    ['وأفادت قناة الحرة بأن الإيرادات بلغت 20 مليار دولار.', 'al-hurra'],
    ['بلغت الإيرادات 20 مليار دولار، وفقا لموقع سبق.', 'sabq'],
    ['وقالت صحيفة المصري اليوم إن الصادرات بلغت 20 مليار دولار.', 'al-masry-al-youm'],
    ['يأتي الجهاز بذاكرة 4 جيجابايت، وفقا للبوابة العربية للأخبار التقنية.', 'aitnews'],
    ['بلغت الصادرات 20 مليار دولار بحسب اندبندنت عربية.', 'independent-arabia'],
    ['بلغت الصادرات 20 مليار دولار بحسب صحيفة الإندبندنت.', 'the-independent'],
    // `سكاي نيوز` alone is the British channel; the longer name stays Sky News Arabia
    ['بلغت الخسائر 20 مليار دولار بحسب ما نقلته سكاي نيوز.', 'sky-news'],
    ['بلغت الخسائر 20 مليار دولار بحسب سكاي نيوز عربية.', 'sky-news-arabia'],
    ['وذكرت صحيفة ذا صن أن الصفقة بلغت 20 مليون جنيه إسترليني.', 'the-sun'],
    ['بلغ عدد المستخدمين 20 مليون مستخدم بحسب موقع ماشابل.', 'mashable'],
    ['وذكرت صحيفة هآرتس أن الصفقة بلغت 20 مليار دولار.', 'haaretz'],
    ['وذكرت مجلة "تايم" أن الصفقة بلغت 20 مليار دولار.', 'time'],
  ];
  it.each(rows)('%s -> %s', (input, id) => {
    const found = figures(input);
    expect(found).toHaveLength(1);
    expect(found[0]).toEqual({ source: id, chain: [id] });
  });
});

describe('statistics offices, central banks and intergovernmental bodies speak as officials; the WEF as experts', () => {
  const rows: (readonly [input: string, tag: string])[] = [
    ['وأعلن الجهاز المركزي للتعبئة العامة والإحصاء أن معدل التضخم بلغ 13%.', 'officials'],
    ['وقال الاحتياطي الفيدرالي إن التضخم بلغ 3%.', 'officials'],
    ['وتوقعت منظمة الصحة العالمية أن يبلغ عدد المصابين 20 مليون شخص.', 'officials'],
    ['وبحسب المنتدى الاقتصادي العالمي، بلغت الخسائر 20 مليار دولار.', 'experts'],
  ];
  it.each(rows)('%s -> %s', (input, tag) => {
    expect(figures(input).map((f) => f.source)).toEqual([tag]);
  });
});

describe('a name that is also an ordinary word is not the outlet', () => {
  const rows: (readonly [input: string, notId: string])[] = [
    ['ارتفعت تكاليف الحياة اليومية بنسبة 12% خلال العام.', 'al-hayat'],
    ['قال الاتحاد الأوروبي إن الصادرات بلغت 20 مليار يورو.', 'al-ittihad'],
    ['وتعمل المتاجر في النهار فقط، وبلغت مبيعاتها 20 مليون دولار.', 'an-nahar'],
    ['وأكد البيان الختامي أن الاستثمارات بلغت 20 مليار دولار.', 'al-bayan'],
    ['وقال فارس الشمري إن المبيعات بلغت 20 مليون دولار.', 'fars'],
    ['وقالت الحكومة العمانية إن الصادرات بلغت 20 مليار دولار.', 'ona'],
    ['وكشفت دول الخليج عن استثمارات بقيمة 20 مليار دولار.', 'al-khaleej'],
    ['وسجلت روسيا اليوم صادرات بقيمة 20 مليار دولار.', 'rt-arabic'],
    ['وافتتحت الشركة فرعا في الرياض باستثمارات تبلغ 20 مليون ريال.', 'al-riyadh'],
    ['وذكرت الأخبار أن الاستثمارات بلغت 20 مليار دولار.', 'al-akhbar'],
    ['ويقدر الرأي العام أن الخسائر بلغت 20 مليار دولار.', 'al-rai'],
    ['وبلغت الخسائر 20 مليار دولار منذ صباح الأحد.', 'sabah'],
    ['وقالت الحكومة إن الخسائر ستبلغ 20 مليار دولار في الغد القريب.', 'al-ghad'],
    ['وقال إن الشركة سبق أن أعلنت أرباحا بقيمة 20 مليون دولار.', 'sabq'],
    ['وبلغت المبيعات 20 مليون دولار في الميادين كافة.', 'al-mayadeen'],
    ['وتكافح المدن معا لجمع 20 مليون دولار.', 'maan'],
    ['وبلغت قيمة المهر 20 ألف دولار.', 'mehr'],
  ];
  it.each(rows)('%s is not %s', (input, notId) => {
    const found = figures(input);
    expect(found).toHaveLength(1);
    expect(found[0]!.chain).not.toContain(notId);
  });
});

describe('the registry as data', () => {
  it('no alias names two sources', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of BUILT_IN_SOURCES) {
      for (const a of e.aliases) {
        const key = matchKey(a).replace(/\s+/g, ' ').trim();
        const other = owner.get(key);
        if (other !== undefined && other !== e.id) clashes.push(`${a}: ${other} / ${e.id}`);
        owner.set(key, e.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('ids are unique', () => {
    const ids = BUILT_IN_SOURCES.map((e) => e.id);
    expect(ids.length).toBe(new Set(ids).size);
  });
});
