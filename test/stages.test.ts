import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { processArticle } from '../pipeline/process-article.js';
import { claimJsonSchema } from '../schemas/json-schema.js';
import { extractNumbers } from '../stages/extract-numbers/index.js';
import { matchKey, normalizeText, toOriginalSpan } from '../stages/normalize-text/index.js';
import { tokenize } from '../stages/tokenize/index.js';

function numbers(s: string) {
  const norm = normalizeText(s);
  return extractNumbers({ text: norm.text, key: norm.key, tokens: tokenize(norm.text, norm.key) }).map((m) => ({
    text: norm.text.slice(m.start, m.end),
    value: m.value,
    ...(m.valueMax !== undefined ? { valueMax: m.valueMax } : {}),
    unit: m.unit,
    ...(m.qualifier ? { qualifier: m.qualifier } : {}),
    ...(m.change ? { change: m.change } : {}),
  }));
}

describe('normalize-text', () => {
  it.each([
    ['تُسْرِعُ', 'تسرع'],
    ['تـسـرع', 'تسرع'],
    ['٤٧٫٥', '47.5'],
    ['١٬٣٠٠', '1,300'],
    ['۱۲٪', '12%'],
    ['ﻻ', 'لا'],
    ['a\u200fb\u00a0c', 'ab c'],
  ])('%s -> %s', (input, expected) => {
    expect(normalizeText(input).text).toBe(expected);
  });

  it('folds letter variants in the matching key only', () => {
    expect(matchKey('أإآٱ ى ة')).toBe('اااا ي ه');
    expect(matchKey('تُسْرِعُ')).toBe(matchKey('تسرع'));
  });

  it('keeps every offset mappable, and is idempotent, on random Unicode', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const pools = [[0x0600, 0x06ff], [0xfb50, 0xfdff], [0xfe70, 0xfeff], [0x2000, 0x206f], [0x20, 0x7e], [0xd800, 0xdfff]];
    for (let n = 0; n < 300; n++) {
      let s = '';
      for (let i = 0; i < 40; i++) {
        const [a, b] = pools[Math.floor(rand() * pools.length)]!;
        s += String.fromCharCode(a! + Math.floor(rand() * (b! - a!)));
      }
      const r = normalizeText(s);
      expect(r.map.length).toBe(r.text.length + 1);
      expect(r.key.length).toBe(r.text.length);
      expect(r.map[r.text.length]).toBe(s.length);
      for (let i = 0; i < r.text.length; i++) {
        expect(r.map[i]).toBeGreaterThanOrEqual(i > 0 ? r.map[i - 1]! : 0);
        const orig = s[r.map[i]!]!;
        // a kept character maps to itself, or to the character that produced it
        if (orig === r.text[i]) continue;
        expect(normalizeText(orig).text.includes(r.text[i]!) || orig.normalize('NFKC').length > 0).toBe(true);
      }
      expect(normalizeText(r.text).text).toBe(r.text);
      const span = toOriginalSpan(r, 0, r.text.length, s);
      expect(span.start).toBeLessThanOrEqual(span.end);
    }
  });
});

describe('extract-numbers', () => {
  it.each([
    ['تخطط لإنفاق ما يصل إلى 600 مليار دولار', { text: '600 مليار دولار', value: 6e11, unit: 'USD', qualifier: 'upTo' }],
    ['بلغت 7 مليارات دولار', { text: '7 مليارات دولار', value: 7e9, unit: 'USD' }],
    ['بلغت ملياري دولار', { text: 'ملياري دولار', value: 2e9, unit: 'USD' }],
    ['تجاوز مليار مستخدم', { text: 'مليار مستخدم', value: 1e9, unit: 'count', qualifier: 'moreThan' }],
    ['بلغ ٤٧٫٥ مليار درهم إماراتي', { text: '47.5 مليار درهم إماراتي', value: 4.75e10, unit: 'AED' }],
    ['بلغ 5ر47 مليار', { text: '5ر47 مليار', value: 4.75e10, unit: 'count' }],
    ['استثمارات بين 115 و135 مليار دولار', { text: 'بين 115 و135 مليار دولار', value: 1.15e11, valueMax: 1.35e11, unit: 'USD' }],
    ['تراجع السهم بنسبة 12%', { text: '12%', value: 12, unit: 'percent', change: 'decrease' }],
    ['ارتفع بنحو 8 في المائة', { text: '8 في المائة', value: 8, unit: 'percent', qualifier: 'approx', change: 'increase' }],
    ['خفض الفائدة 0.25 نقطة مئوية', { text: '0.25 نقطة مئوية', value: 0.25, unit: 'percentage_point', change: 'decrease' }],
    ['ثلاثة ملايين برميل يوميا', { text: 'ثلاثة ملايين برميل يوميا', value: 3e6, unit: 'barrel_per_day' }],
    ['بسعر 50 سنتا', { text: '50 سنتا', value: 0.5, unit: 'USD' }],
    ['وفر 2000 فرصة عمل', { text: '2000 فرصة', value: 2000, unit: 'count' }],
    ['بقيمة 10 ملايين جنيه إسترليني', { text: '10 ملايين جنيه إسترليني', value: 1e7, unit: 'GBP' }],
    ['لا يقل عن 5 مليارات ريال سعودي', { text: '5 مليارات ريال سعودي', value: 5e9, unit: 'SAR', qualifier: 'atLeast' }],
  ])('%s', (input, expected) => {
    expect(numbers(input)).toEqual([expected]);
  });

  it.each([['في عام 2025 قال'], ['نموذج Llama 4 الجديد'], ['الربع الثاني من العام'], ['المادة 3 من القانون'], ['في 19 فبراير الماضي'], ['مليارات الدولارات'], ['تواجه شركة «ميتا» أزمة']])(
    'no claim in %s',
    (input) => {
      expect(numbers(input)).toEqual([]);
    },
  );
});

describe('hostile input', () => {
  it('stays linear on long runs of digits, separators, marks and letters', () => {
    const inputs = ['1,'.repeat(50_000), '«'.repeat(50_000), 'مليار '.repeat(20_000), '"'.repeat(50_000) + 'قال', 'ر1'.repeat(50_000), 'و'.repeat(100_000)];
    for (const text of inputs) {
      const r = processArticle({ id: 'hostile', text });
      for (const c of r.claims) expect(text.slice(c.span.start, c.span.end)).toBe(c.text);
    }
  });
});

describe('published schema', () => {
  it('schemas/claim.schema.json is current (regenerate: node dist/pipeline/cli.js schema > schemas/claim.schema.json)', () => {
    const committed = JSON.parse(readFileSync(new URL('../schemas/claim.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(claimJsonSchema());
  });
});
