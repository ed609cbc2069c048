import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { claimId } from '../pipeline/claim-id.js';
import {
  applyCarryOver,
  CHANGED_SINCE_REVIEW,
  ChangeRecordSchema,
  compareVersions,
  carryVerdicts,
  diffArticles,
  diffClaims,
  diffWords,
  formatChangesText,
  renderWordDiff,
  type ChangeRecord,
} from '../pipeline/diff/index.js';
import { processArticle } from '../pipeline/process-article.js';
import { ClaimRecordSchema, type ClaimRecord } from '../schemas/claim.js';

// ---------------------------------------------------------------------------------------------
// Hand-written claims on a small article, built the way the pipeline builds them: span and
// sentence found in the text, id from pipeline/claim-id.ts (so editing a sentence changes the ids
// of its claims, as it does in real output).

interface ClaimSpec {
  readonly type?: 'numeric' | 'quote';
  /** The claim's surface as it appears in the article. */
  readonly surface: string;
  readonly value?: number;
  readonly unit?: string;
  readonly qualifier?: 'approx' | 'upTo' | 'moreThan' | 'lessThan' | 'atLeast';
  readonly change?: 'increase' | 'decrease';
  readonly period?: string;
  readonly speaker?: string;
  readonly source: string;
  readonly chain?: readonly string[];
  readonly status?: string;
  readonly review?: Record<string, unknown>;
  readonly reasons?: readonly string[];
}

function sentenceAround(text: string, at: number): { start: number; end: number } {
  const start = Math.max(text.lastIndexOf('.', at) + 1, text.lastIndexOf('\n', at) + 1);
  let end = text.indexOf('.', at);
  end = end < 0 ? text.length : end + 1;
  const nl = text.indexOf('\n', at);
  if (nl >= 0 && nl < end) end = nl;
  let s = start;
  while (text[s] === ' ') s++;
  return { start: s, end };
}

function makeClaim(articleId: string, text: string, spec: ClaimSpec): ClaimRecord {
  const type = spec.type ?? 'numeric';
  const at = text.indexOf(spec.surface);
  if (at < 0) throw new Error(`fixture: ${spec.surface} not in text`);
  const sentence = sentenceAround(text, at);
  const record: ClaimRecord = {
    schema: 'isnad/claim@1',
    id: claimId(type, text.slice(sentence.start, sentence.end), spec.surface, 0),
    article: { id: articleId, lang: 'ar' },
    type,
    text: spec.surface,
    span: { start: at, end: at + spec.surface.length },
    sentence,
    ...(type === 'numeric'
      ? {
          numeric: {
            value: spec.value ?? 0,
            unit: spec.unit ?? 'USD',
            ...(spec.qualifier ? { qualifier: spec.qualifier } : {}),
            ...(spec.change ? { change: spec.change } : {}),
            ...(spec.period ? { period: { text: spec.period, start: text.indexOf(spec.period), end: text.indexOf(spec.period) + spec.period.length } } : {}),
          },
        }
      : { quote: { kind: 'indirect' as const, cue: 'يشير' } }),
    attribution: {
      source: spec.source,
      label: spec.source,
      ...(spec.speaker ? { speaker: spec.speaker } : {}),
      chain: [...(spec.chain ?? [spec.source])],
    },
    priority: 0.5,
    reasons: [...(spec.reasons ?? [])],
    rules: ['fixture'],
    status: spec.status ?? 'pending',
    ...(spec.review ? { review: spec.review } : {}),
  };
  return ClaimRecordSchema.parse(record);
}

const P1 = 'تخطط الشركة لإنفاق ما يصل إلى 600 مليار دولار خلال السنوات الثلاث المقبلة، بحسب تقرير لموقع تك كرانش.';
const P2 = 'وكشفت النتائج عن ارتفاع النفقات بنحو 7 مليارات دولار، وقفزة في الإنفاق إلى نحو 20 مليار دولار.';
const P3 = 'ويشير محللون إلى أن الشركة تفتقر إلى منتج رئيسي قادر على تحقيق أرباح مباشرة.';
const ARTICLE = [P1, P2, P3].join('\n\n');

const SPECS = {
  n600: { surface: '600 مليار دولار', value: 600e9, qualifier: 'upTo', period: 'خلال السنوات الثلاث المقبلة', source: 'techcrunch' },
  n7: { surface: '7 مليارات دولار', value: 7e9, qualifier: 'approx', change: 'increase', source: 'company' },
  n20: { surface: '20 مليار دولار', value: 20e9, qualifier: 'approx', source: 'company' },
  qAnalysts: { type: 'quote', surface: 'الشركة تفتقر إلى منتج رئيسي قادر على تحقيق أرباح مباشرة', speaker: 'محللون', source: 'analysts' },
} satisfies Record<string, ClaimSpec>;

type SpecName = keyof typeof SPECS;

/** The claims of one version: the named specs (with overrides) found in `text`, in position order. */
function version(text: string, overrides: Partial<Record<SpecName, Partial<ClaimSpec> | null>> = {}, articleId = 'a1'): ClaimRecord[] {
  const claims: ClaimRecord[] = [];
  for (const name of Object.keys(SPECS) as SpecName[]) {
    const o = overrides[name];
    if (o === null) continue;
    claims.push(makeClaim(articleId, text, { ...SPECS[name], ...o } as ClaimSpec));
  }
  return claims.sort((x, y) => x.span.start - y.span.start);
}

const texts = (before: string, after: string, id = 'a1') => ({
  texts: { before: new Map([[id, before]]), after: new Map([[id, after]]) },
});

/** A compact view of the changes: `op type surface [fields]`. */
const summary = (changes: readonly ChangeRecord[]): string[] =>
  changes.map((c) => `${c.op} ${(c.after ?? c.before)!.type} ${(c.after ?? c.before)!.text}${c.fields ? ` [${c.fields.map((f) => f.name).join(',')}]` : ''}`);

describe('diffClaims on hand-written claims', () => {
  const before = version(ARTICLE);

  const cases: Array<[string, string, Partial<Record<SpecName, Partial<ClaimSpec> | null>>, string[]]> = [
    ['identical versions', ARTICLE, {}, []],
    ['paragraphs moved', [P3, P1, P2].join('\n\n'), {}, []],
    ['whitespace between paragraphs', [P1, P2, P3].join('\n\n\n  \n'), {}, []],
    ['600 → 650 (sentence edited, id changes)', ARTICLE.replace('600 مليار', '650 مليار'), { n600: { surface: '650 مليار دولار', value: 650e9 } }, ['changed numeric 650 مليار دولار [value]']],
    ['نحو → أكثر من in front of 7 مليارات', ARTICLE.replace('بنحو 7', 'بأكثر من 7'), { n7: { qualifier: 'moreThan' } }, ['changed numeric 7 مليارات دولار [qualifier]']],
    ['source outlet changed', ARTICLE.replace('بحسب تقرير لموقع تك كرانش', 'بحسب رويترز'), { n600: { source: 'reuters' } }, ['changed numeric 600 مليار دولار [source,chain]']],
    ['analysts sentence removed', [P1, P2].join('\n\n'), { qAnalysts: null }, ['removed quote الشركة تفتقر إلى منتج رئيسي قادر على تحقيق أرباح مباشرة']],
    ['a sentence with a new figure added', `${ARTICLE}\n\nوبلغ عدد الموظفين 5000 موظف.`, {}, ['added numeric 5000 موظف']],
    ['quote reworded in its sentence', ARTICLE.replace('منتج رئيسي قادر', 'منتج أساسي قادر'), { qAnalysts: { surface: 'الشركة تفتقر إلى منتج أساسي قادر على تحقيق أرباح مباشرة' } }, ['changed quote الشركة تفتقر إلى منتج أساسي قادر على تحقيق أرباح مباشرة [text]']],
  ];

  it.each(cases)('%s', (_name, newText, overrides, expected) => {
    let after = version(newText, overrides);
    if (newText.includes('5000 موظف')) {
      after = [...after, makeClaim('a1', newText, { surface: '5000 موظف', value: 5000, unit: 'count', source: 'publisher' })];
    }
    const withTexts = diffClaims(before, after, texts(ARTICLE, newText));
    expect(summary(withTexts)).toEqual(expected);
    // The same from claim files alone (no article text): pairing falls back on wording, fields and position.
    expect(summary(diffClaims(before, after))).toEqual(expected);
  });

  it('pairs by id even when a field changed (an attribution elsewhere moved the source)', () => {
    const after = before.map((c) => (c.text === '20 مليار دولار' ? { ...c, attribution: { ...c.attribution, source: 'analysts', chain: ['analysts'] } } : c));
    const changes = diffClaims(before, after);
    expect(summary(changes)).toEqual(['changed numeric 20 مليار دولار [source,chain]']);
    expect(changes[0]!.fields).toEqual([
      { name: 'source', before: 'company', after: 'analysts' },
      { name: 'chain', before: ['company'], after: ['analysts'] },
    ]);
  });

  it('does not count diacritics, tatweel or digit script in compared text fields', () => {
    const after = before.map((c) =>
      c.type === 'quote' ? { ...c, text: 'الشّركة تفتقـــر إلى منتج رئيسيّ قادر على تحقيق أرباح مباشرة', attribution: { ...c.attribution, speaker: 'محلّلون' } } : c,
    );
    expect(diffClaims(before, after)).toEqual([]);
  });

  it('does not pair a figure removed from one sentence with one added in another', () => {
    const newText = `${P1}\n\n${P3}\n\nوبلغت أرباح الشركة 7 مليارات دولار في الربع الأخير.`;
    const after = [
      ...version(newText, { n7: { source: 'publisher', qualifier: undefined, change: undefined }, n20: null }),
    ].sort((x, y) => x.span.start - y.span.start);
    expect(summary(diffClaims(before, after, texts(ARTICLE, newText)))).toEqual([
      'removed numeric 7 مليارات دولار',
      'removed numeric 20 مليار دولار',
      'added numeric 7 مليارات دولار',
    ]);
  });

  it('orders by article, then position (new position; old for removed)', () => {
    const newText = ARTICLE.replace('600 مليار', '650 مليار');
    const after = version(newText, { n600: { surface: '650 مليار دولار', value: 650e9 }, n20: null });
    const changes = diffClaims(before, after, { ...texts(ARTICLE, newText), unchanged: true });
    expect(summary(changes)).toEqual([
      'changed numeric 650 مليار دولار [value]',
      'unchanged numeric 7 مليارات دولار',
      'removed numeric 20 مليار دولار',
      'unchanged quote الشركة تفتقر إلى منتج رئيسي قادر على تحقيق أرباح مباشرة',
    ]);
    for (const c of changes) expect(ChangeRecordSchema.safeParse(c).success).toBe(true);
  });

  it('gives old and new values of changed fields, and is deterministic', () => {
    const newText = ARTICLE.replace('600 مليار', '650 مليار');
    const after = version(newText, { n600: { surface: '650 مليار دولار', value: 650e9 } });
    const a = diffClaims(before, after, texts(ARTICLE, newText));
    expect(a[0]!.fields).toEqual([{ name: 'value', before: 600e9, after: 650e9 }]);
    expect(JSON.stringify(diffClaims(before, after, texts(ARTICLE, newText)))).toBe(JSON.stringify(a));
  });

  it('pairs articles by id in a corpus, and a single article with a single article whatever the ids', () => {
    const other = version(ARTICLE, {}, 'a2');
    const newText = ARTICLE.replace('600 مليار', '650 مليار');
    const changedA2 = version(newText, { n600: { surface: '650 مليار دولار', value: 650e9 } }, 'a2');
    const corpus = diffClaims([...before, ...other], [...changedA2, ...before]);
    expect(corpus.map((c) => `${c.articleId} ${c.op}`)).toEqual(['a2 changed']);
    const renamed = diffClaims(before, version(ARTICLE, {}, 'a1-v2'));
    expect(renamed).toEqual([]);
    const gone = diffClaims([...before, ...other], before);
    expect(new Set(gone.map((c) => `${c.articleId} ${c.op}`))).toEqual(new Set(['a2 removed']));
  });

  it('scales: one article with 3000 claims on each side, ids all changed, pairs each with its counterpart', () => {
    const n = 3000;
    const mk = (i: number, value: number, suffix: string): ClaimRecord => ({
      ...before[0]!,
      id: `n-${suffix}-${i}`,
      text: `${i} مليون وحدة`,
      span: { start: i * 100, end: i * 100 + 12 },
      sentence: { start: i * 100, end: i * 100 + 80 },
      numeric: { value, unit: 'count' },
    });
    const old = Array.from({ length: n }, (_, i) => mk(i, i * 1e6, 'old'));
    const next = Array.from({ length: n }, (_, i) => mk(i, i === 1234 ? 1 : i * 1e6, 'new'));
    const changes = diffClaims(old, next);
    expect(summary(changes)).toEqual(['changed numeric 1234 مليون وحدة [value]']);
  });
});

describe('diffArticles', () => {
  it('uses each article text for sentence context', () => {
    const newText = ARTICLE.replace('بنحو 7', 'بأكثر من 7');
    const changes = diffArticles(
      [{ id: 'a1', text: ARTICLE, claims: version(ARTICLE) }],
      [{ id: 'a1', text: newText, claims: version(newText, { n7: { qualifier: 'moreThan' } }) }],
    );
    expect(changes.map((c) => c.fields)).toEqual([[{ name: 'qualifier', before: 'approx', after: 'moreThan' }]]);
  });
});

describe('carry-over of verdicts', () => {
  const reviewed = version(ARTICLE, {
    n600: { status: 'verified', review: { by: 'editor-1', note: 'matches the filing' } },
    n7: { status: 'false', review: { by: 'editor-2' } },
    n20: { status: 'pending', reasons: [CHANGED_SINCE_REVIEW] },
  });

  it('keeps verdicts of unchanged claims, resets changed ones, leaves added ones pending', () => {
    const newText = `${ARTICLE.replace('بنحو 7', 'بأكثر من 7')}\n\nوبلغ عدد الموظفين 5000 موظف.`;
    const next = [
      ...version(newText, { n7: { qualifier: 'moreThan' } }),
      makeClaim('a1', newText, { surface: '5000 موظف', value: 5000, unit: 'count', source: 'publisher' }),
    ];
    const queue = carryVerdicts(reviewed, next, texts(ARTICLE, newText));
    const view = queue.map((c) => [c.text, c.status, c.review ?? null, c.reasons]);
    expect(view).toEqual([
      ['600 مليار دولار', 'verified', { by: 'editor-1', note: 'matches the filing' }, []],
      ['7 مليارات دولار', 'pending', null, [CHANGED_SINCE_REVIEW]],
      ['20 مليار دولار', 'pending', null, [CHANGED_SINCE_REVIEW]],
      ['الشركة تفتقر إلى منتج رئيسي قادر على تحقيق أرباح مباشرة', 'pending', null, []],
      ['5000 موظف', 'pending', null, []],
    ]);
    for (const c of queue) expect(ClaimRecordSchema.safeParse(c).success).toBe(true);
    expect(queue.map((c) => c.id)).toEqual(next.map((c) => c.id));
  });

  it('does not mark a changed claim that nobody had reviewed', () => {
    const unreviewed = version(ARTICLE);
    const newText = ARTICLE.replace('600 مليار', '650 مليار');
    const next = version(newText, { n600: { surface: '650 مليار دولار', value: 650e9 } });
    const changes = diffClaims(unreviewed, next, { ...texts(ARTICLE, newText), unchanged: true });
    expect(applyCarryOver(changes, next).map((c) => c.reasons)).toEqual([[], [], [], []]);
  });

  it('drops removed claims and does not modify its inputs', () => {
    const frozen = JSON.stringify(reviewed);
    const next = version([P1, P2].join('\n\n'), { qAnalysts: null });
    const queue = carryVerdicts(reviewed, next);
    expect(queue.map((c) => c.status)).toEqual(['verified', 'false', 'pending']);
    expect(JSON.stringify(reviewed)).toBe(frozen);
  });
});

describe('word diff', () => {
  it.each([
    ['600 مليار دولار', '650 مليار دولار', '[-600-]{+650+} مليار دولار'],
    ['ارتفاع النفقات بنحو 7 مليارات', 'ارتفاع النفقات بأكثر من 7 مليارات', 'ارتفاع النفقات [-بنحو-]{+بأكثر من+} 7 مليارات'],
    ['تُسرع الاستثمار', 'تسرع الاستثمار', 'تسرع الاستثمار'],
    ['بلغ ٦٠٠ مليار', 'بلغ 600 مليار', 'بلغ 600 مليار'],
    ['أ ب ج د', 'أ ج د هـ', 'أ [-ب-] ج د {+هـ+}'],
    ['', 'جديد', '{+جديد+}'],
  ])('%s → %s', (before, after, expected) => {
    expect(renderWordDiff(diffWords(before, after))).toBe(expected);
  });
});

describe('text report', () => {
  it('shows the sentence with changed words marked and old → new field values', () => {
    const newText = `${ARTICLE.replace('600 مليار', '650 مليار')}\n\nوبلغ عدد الموظفين 5000 موظف.`;
    const after = [
      ...version(newText, { n600: { surface: '650 مليار دولار', value: 650e9 } }),
      makeClaim('a1', newText, { surface: '5000 موظف', value: 5000, unit: 'count', source: 'publisher' }),
    ];
    const t = texts(ARTICLE, newText);
    const report = formatChangesText(diffClaims(version(ARTICLE), after, { ...t, unchanged: true }), t);
    expect(report.split('\n')).toEqual([
      '== a1: 1 changed, 1 added, 3 unchanged',
      '',
      `~ changed numeric ${after[0]!.id}: value`,
      '  claim: [-600-]{+650+} مليار دولار',
      '  sentence: تخطط الشركة لإنفاق ما يصل إلى [-600-]{+650+} مليار دولار خلال السنوات الثلاث المقبلة، بحسب تقرير لموقع تك كرانش.',
      '  value: 600000000000 → 650000000000',
      '',
      `+ added numeric ${after[4]!.id}`,
      '  claim: 5000 موظف',
      '  sentence: وبلغ عدد الموظفين {+5000 موظف+}.',
      '  value: 5000 count · source: publisher',
      '',
      '1 of 1 article changed: 1 changed, 1 added, 3 unchanged',
      '',
    ]);
  });

  it('says so when nothing changed', () => {
    const claims = version(ARTICLE);
    expect(formatChangesText(diffClaims(claims, claims, { unchanged: true }))).toBe('no changes (1 article, 4 unchanged)\n');
  });
});

describe('compareVersions', () => {
  it.each([
    ['1', '2', -1],
    ['2', '10', -1],
    ['1.10', '1.2', 1],
    ['b', 'a', 1],
    [undefined, '1', -1],
    ['3', '3', 0],
  ] as const)('%s vs %s', (a, b, sign) => {
    expect(Math.sign(compareVersions(a, b))).toBe(sign);
  });
});

// ---------------------------------------------------------------------------------------------
// The real pipeline on versions of the seed article and of a real corpus article, edited in code.

const SEED_PATH = new URL('../corpus/articles/000_8ddf4c3f2885fd6e.txt', import.meta.url);
const SEED = readFileSync(SEED_PATH, 'utf8').replace(/^\uFEFF/, '');

function diffTexts(oldText: string, newText: string, id = 'seed'): ChangeRecord[] {
  const before = processArticle({ id, text: oldText });
  const after = processArticle({ id, text: newText });
  return diffArticles([{ id, text: oldText, claims: before.claims }], [{ id, text: newText, claims: after.claims }]);
}

/** Replaces exactly one occurrence (a test edit that silently does nothing would prove nothing). */
function edit(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`edit: ${from} must occur exactly once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';
const toArabicIndic = (s: string): string => s.replace(/[0-9]/g, (d) => ARABIC_INDIC[Number(d)]!);
/** Moves the paragraph starting with `what` before or after the one starting with `where` (paragraphs end at a blank line). */
function move(text: string, what: string, where: string, side: 'before' | 'after'): string {
  const p = text.split('\n\n');
  const [moved] = p.splice(p.findIndex((x) => x.startsWith(what)), 1);
  const at = p.findIndex((x) => x.startsWith(where));
  if (moved === undefined || at < 0) throw new Error('move: paragraph not found');
  p.splice(side === 'before' ? at : at + 1, 0, moved);
  return p.join('\n\n');
}

describe('seed article, versions edited in code (real pipeline)', () => {
  const seedClaims = processArticle({ id: 'seed', text: SEED }).claims;

  it('the pipeline finds claims in the seed (prerequisite of the tests below)', () => {
    expect(seedClaims.length).toBeGreaterThan(0);
  });

  const noChange: Array<[string, (t: string) => string]> = [
    ['whitespace: doubled spaces, trailing spaces, extra blank lines', (t) => t.replace(/ /g, '  ').replace(/\n\n/g, ' \n\n\n')],
    ['diacritics added', (t) => t.replace(/الشركة/g, 'الشَّرِكَةُ').replace(/مليار/g, 'مِلْيَار').replace(/محللون/g, 'محلِّلون')],
    ['tatweel added', (t) => t.replace(/ميتا/g, 'ميـــتا').replace(/دولار/g, 'دولـار')],
    ['digits in Arabic-Indic script', (t) => toArabicIndic(t)],
    ['a paragraph moved: the 20 مليار / 12% paragraph after the Vanguard one', (t) => move(t, 'ورغم أن أرباح', 'كما أطلقت', 'after')],
    // Fails with the extractor of ae7e8a0: with any paragraph that has a speaker placed before the
    // 600 مليار paragraph, the passive «وصفت بأنها غير مسبوقة» becomes a quote of that speaker
    // (here مراقبون) and the 600 مليار claim takes it as source (observers -> techcrunch -> ...)
    // instead of techcrunch. An extractor mistake: the diff reports it faithfully.
    ['a paragraph moved: the observers paragraph before the 600 مليار one', (t) => move(t, 'ويرى مراقبون', 'ووفق تقارير', 'before')],
  ];

  it.each(noChange)('%s: no change', (_name, change) => {
    const newText = change(SEED);
    expect(newText).not.toBe(SEED);
    expect(summary(diffTexts(SEED, newText))).toEqual([]);
  });

  it('600 مليار → 650 مليار: one changed, field value', () => {
    const changes = diffTexts(SEED, edit(SEED, '600 مليار', '650 مليار'));
    expect(changes.map((c) => [c.op, c.fields])).toEqual([['changed', [{ name: 'value', before: 600e9, after: 650e9 }]]]);
  });

  it('نحو → أكثر من in front of 7 مليارات: one changed, field qualifier', () => {
    const changes = diffTexts(SEED, edit(SEED, 'بنحو 7 مليارات', 'بأكثر من 7 مليارات'));
    expect(changes.map((c) => [c.op, c.fields])).toEqual([['changed', [{ name: 'qualifier', before: 'approx', after: 'moreThan' }]]]);
  });

  it("the analysts' sentence removed: one removed quote", () => {
    const newText = edit(
      SEED,
      'ويشير محللون إلى أن «ميتا» تفتقر حتى الآن إلى منتج ذكاء اصطناعي رئيسي قادر على تحقيق أرباح مباشرة، بخلاف منافسين مثل «جوجل» و«إنفيديا» اللتين تمتلكان نماذج ومنتجات تُدر دخلا فعليا، أما منتجات',
      'أما منتجات',
    );
    const changes = diffTexts(SEED, newText);
    expect(changes.map((c) => [c.op, c.before?.type, c.before?.attribution.speaker])).toEqual([['removed', 'quote', 'محللون']]);
  });

  it('a sentence with a new figure added: one added', () => {
    const newText = edit(SEED, '\n\nتم نسخ الرابط', '\n\nوتوظف الشركة أكثر من 70 ألف موظف حول العالم.\n\nتم نسخ الرابط');
    const changes = diffTexts(SEED, newText);
    expect(changes.map((c) => [c.op, c.after?.type, c.after?.numeric?.value])).toEqual([['added', 'numeric', 70000]]);
  });

  it('بحسب تقرير لموقع تك كرانش → بحسب رويترز: the 600 مليار claim changes source', () => {
    const changes = diffTexts(SEED, edit(SEED, 'بحسب تقرير لموقع تك كرانش', 'بحسب رويترز'));
    expect(changes.map((c) => c.op)).toEqual(['changed']);
    const fields = changes[0]!.fields!;
    expect(fields.map((f) => f.name)).toContain('source');
    expect(fields.find((f) => f.name === 'source')).toEqual({ name: 'source', before: 'techcrunch', after: 'reuters' });
    expect(changes[0]!.after!.numeric?.value).toBe(600e9);
  });

  it('every change record is valid per ChangeRecordSchema, and runs are byte-identical', () => {
    const newText = edit(SEED, '600 مليار', '650 مليار');
    const a = JSON.stringify(diffTexts(SEED, newText));
    expect(JSON.stringify(diffTexts(SEED, newText))).toBe(a);
    for (const r of JSON.parse(a) as unknown[]) expect(ChangeRecordSchema.safeParse(r).success).toBe(true);
  });
});

// A real article (Al Arabiya economy, ANT corpus), read by path at test time, never copied.
const REAL_PATH = new URL('../../shared/corpus-ar/articles/ar-002.txt', import.meta.url);
const REAL = readFileSync(REAL_PATH, 'utf8').replace(/^\uFEFF/, '');

describe('real corpus article ar-002, versions edited in code (real pipeline)', () => {
  const claims = processArticle({ id: 'ar-002', text: REAL }).claims;
  const lines = REAL.replace(/\n+$/, '').split('\n');
  const quotes = claims.filter((c) => c.type === 'quote');
  const insideQuote = (c: ClaimRecord): boolean => quotes.some((q) => c.span.start >= q.span.start && c.span.end <= q.span.end);
  /** The text with the leading number of a numeric claim plus one, edited at its span. */
  const bump = (c: ClaimRecord): string => {
    const digits = /^\d+/.exec(c.text)![0];
    return REAL.slice(0, c.span.start) + String(Number(digits) + 1) + REAL.slice(c.span.start + digits.length);
  };

  it('the pipeline finds claims in it (prerequisite)', () => {
    expect(claims.length).toBeGreaterThan(0);
  });

  it.each([
    ['diacritics, tatweel and Arabic-Indic digits', (t: string) => toArabicIndic(t.replace(/مليار/g, 'مِلْيـار').replace(/المستثمر/g, 'المُستَثمِر'))],
    ['the opening paragraph (no speaker) moved to the end', () => [lines[0]!, lines[1]!, ...lines.slice(3), lines[2]!].join('\n')],
    ['a blank line between every paragraph', () => lines.join('\n\n')],
  ])('%s: no change', (_name, change) => {
    expect(summary(diffTexts(REAL, change(REAL), 'ar-002'))).toEqual([]);
  });

  it('a figure outside quotes changed: one changed, field value', () => {
    const target = claims.find((c) => c.type === 'numeric' && /^\d+ /.test(c.text) && !insideQuote(c))!;
    expect(target).toBeDefined();
    const changes = diffTexts(REAL, bump(target), 'ar-002');
    expect(changes.map((c) => [c.op, c.fields?.map((f) => f.name)])).toEqual([['changed', ['value']]]);
  });

  it('a figure inside a quote changed: the figure changes value and the quote its wording', () => {
    const target = claims.find((c) => c.type === 'numeric' && /^\d+ /.test(c.text) && insideQuote(c))!;
    expect(target).toBeDefined();
    const changes = diffTexts(REAL, bump(target), 'ar-002');
    expect(changes.map((c) => [c.op, c.after!.type, c.fields?.map((f) => f.name)])).toEqual([
      ['changed', 'quote', ['text']],
      ['changed', 'numeric', ['value']],
    ]);
  });

  it('the last paragraph removed: one removal for each claim in it', () => {
    const start = REAL.indexOf(lines[lines.length - 1]!);
    const inside = claims.filter((c) => c.span.start >= start);
    expect(inside.length).toBeGreaterThan(0);
    const changes = diffTexts(REAL, lines.slice(0, -1).join('\n'), 'ar-002');
    expect(changes.map((c) => [c.op, c.before!.id])).toEqual(inside.map((c) => ['removed', c.id]));
  });

  it('a paragraph with a new figure added: one added', () => {
    const newText = [...lines.slice(0, 3), 'وبلغت قيمة الاستثمارات الأجنبية نحو 3 مليارات دولار العام الماضي.', ...lines.slice(3)].join('\n');
    const changes = diffTexts(REAL, newText, 'ar-002');
    expect(changes.map((c) => [c.op, c.after?.numeric?.value])).toEqual([['added', 3e9]]);
  });
});
