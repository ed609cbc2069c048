/**
 * normalize-text and tokenize on hand-written Arabic cases: the display level (diacritics, tatweel,
 * presentation forms, invisible controls, space variants, digits and separators of three scripts),
 * the matching key, the offset map back to the original, and the tokens and clitic stems built on them.
 */
import { describe, expect, it } from 'vitest';
import { matchKey, normalizeText, squashedKey, squashedKeySlice, toKey, toOriginalSpan } from '../stages/normalize-text/index.js';
import { stems, TokenKind, tokenize } from '../stages/tokenize/index.js';

describe('display level', () => {
  it.each([
    // diacritics, shadda, sukun, superscript alef and tatweel go
    ['تُسْرِعُ', 'تسرع'],
    ['يقدّم', 'يقدم'],
    ['هٰذا', 'هذا'],
    ['الـشـركـة', 'الشركة'],
    ['جدولاً زمنياً', 'جدولا زمنيا'],
    // digits and separators of three scripts to ASCII
    ['٠١٢٣٤٥٦٧٨٩', '0123456789'],
    ['۰۱۲۳۴۵۶۷۸۹', '0123456789'],
    ['٤٧٫٥', '47.5'],
    ['۴۷٫۵', '47.5'],
    ['١٬٣٠٠', '1,300'],
    ['1٬300', '1,300'],
    ['١٢٪', '12%'],
    ['۱۲٪', '12%'],
    // wire form is left as written: `ر` is a letter
    ['5ر47', '5ر47'],
    // presentation forms unfold
    ['ﻻ', 'لا'],
    ['ﻷ', 'لأ'],
    ['ﷲ', 'الله'],
    // invisible controls go; space variants become one space each
    ['a\u200fb\u00a0c', 'ab c'],
    ['x\u200dy\u00adz\u061c', 'xyz'],
    ['\u202bنص\u202c', 'نص'],
    ['a\tb\u2009c\u3000d\u202fe', 'a b c d e'],
    ['\ufeffنص', 'نص'],
    // letters keep their variants and case at this level
    ['أإآ ى ة Meta', 'أإآ ى ة Meta'],
  ])('%j -> %j', (input, expected) => {
    expect(normalizeText(input).text).toBe(expected);
  });

  it('is idempotent', () => {
    const once = normalizeText('قالَ الـرئيسُ ﻻ ٤٧٫٥ ٪ \u200f').text;
    expect(normalizeText(once).text).toBe(once);
  });
});

describe('matching key', () => {
  it.each([
    ['أإآٱ', 'اااا'],
    ['على', 'علي'],
    ['الشركة', 'الشركه'],
    ['مؤشر', 'موشر'],
    ['رئيس', 'رييس'],
    ['ی', 'ي'],
    ['ک', 'ك'],
    ['Meta AI', 'meta ai'],
    ['المِئة', 'الميه'],
    ['ﻷ', 'لا'],
  ])('%j -> %j', (input, expected) => {
    expect(matchKey(input)).toBe(expected);
  });

  it('has the length of the display text, and toKey of the display text is the key', () => {
    for (const s of ['قالَ الـرئيسُ ﷲ ٤٧٫٥', 'أإآ ى ة Meta', 'ﷺ']) {
      const n = normalizeText(s);
      expect(n.key.length).toBe(n.text.length);
      expect(toKey(n.text)).toBe(n.key);
    }
  });

  it('is the key normalizeText gives, with or without the no-map shortcut for display-level text (and squashed)', () => {
    let seed = 11;
    const rand = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const pools = [[0x0600, 0x06ff], [0xfb50, 0xfdff], [0xfe70, 0xfeff], [0x2000, 0x206f], [0x20, 0x7e], [0x0600, 0x064a]];
    for (let n = 0; n < 300; n++) {
      let s = '';
      for (let i = 0; i < 30; i++) {
        const [a, b] = pools[Math.floor(rand() * pools.length)]!;
        s += String.fromCharCode(a! + Math.floor(rand() * (b! - a!)));
      }
      expect(matchKey(s)).toBe(normalizeText(s).key);
      const display = normalizeText(s).text;
      expect(matchKey(display)).toBe(normalizeText(display).key);
      // the squashed key (claim ids): whitespace runs made one space, trimmed, in one pass
      for (const t of [s, display, ` \n${display}\t\u00a0 ${display}  `]) expect(squashedKey(t)).toBe(matchKey(t).replace(/\s+/g, ' ').trim());
    }
  });

  it('spelling variants of one word share a key', () => {
    expect(new Set(['مئة', 'مِئة', 'مئه', 'مـئـة'].map(matchKey))).toEqual(new Set(['ميه']));
    expect(matchKey('إلى')).toBe(matchKey('الى'));
  });
});

describe('squashedKeySlice: the squashed key of a slice of normalized text, from its key', () => {
  it.each<[string, string]>([
    ['single spaces', 'وقال الوزير إن الإيرادات ارتفعت'],
    ['runs, tabs, newlines and ends', '  وقالَ الوزيـر \n\n إن   الإيرادات\t ارتفعت  '],
    ['space variants', 'نحو\u00a0\u2009١٢ في\u3000المئة'],
    ['only spaces', ' \n '],
    ['empty', ''],
    ['Latin and digits', 'Reuters  ROSE 12.5%'],
  ])('%s', (_name, original) => {
    const norm = normalizeText(original);
    const n = norm.text.length;
    for (let start = 0; start <= n; start++) {
      for (let end = start; end <= n; end++) expect(squashedKeySlice(norm.key, start, end)).toBe(squashedKey(norm.text.slice(start, end)));
    }
  });
});

describe('offset map back to the original', () => {
  it.each([
    ['ﷲ', [0, 0, 0, 0, 1]],
    ['x\u200dy\u00adz', [0, 2, 4, 5]],
    ['\ufeffنص', [1, 2, 3]],
    ['قالَ', [0, 1, 2, 4]],
  ])('%j', (input, map) => {
    expect(Array.from(normalizeText(input).map)).toEqual(map);
  });

  const span = (original: string, normalizedWord: string): string => {
    const n = normalizeText(original);
    const at = n.text.indexOf(normalizedWord);
    const s = toOriginalSpan(n, at, at + normalizedWord.length, original);
    return original.slice(s.start, s.end);
  };

  it.each([
    // diacritics and tatweel of the last letter belong to the word
    ['إن الـشركةُ تسرع', 'الشركة', 'الـشركةُ'],
    ['جدولاً زمنياً', 'جدولا', 'جدولاً'],
    // an invisible control right after the word does not
    ['شركة\u200f ميتا', 'شركة', 'شركة'],
    // a presentation form maps back whole
    ['ﻻ بد', 'لا', 'ﻻ'],
    // digits of other scripts
    ['بلغ ٤٧٫٥ مليار', '47.5 مليار', '٤٧٫٥ مليار'],
    ['بلغ ۱۲٪ فقط', '12%', '۱۲٪'],
  ])('%j: %j is %j in the original', (original, word, expected) => {
    expect(span(original, word)).toBe(expected);
  });
});

describe('tokenize', () => {
  const toks = (s: string) => {
    const n = normalizeText(s);
    return tokenize(n.text, n.key).map((t) => [n.text.slice(t.start, t.end), t.kind] as const);
  };
  const A = TokenKind.Arabic;
  const L = TokenKind.Latin;
  const N = TokenKind.Number;
  const P = TokenKind.Punct;

  it.each([
    ['1,300 و47.5 و5ر47', [['1,300', N], ['و', A], ['47.5', N], ['و', A], ['5ر47', N]]],
    ['١٬٣٠٠ و٤٧٫٥', [['1,300', N], ['و', A], ['47.5', N]]],
    ['1,300.5 دولار', [['1,300.5', N], ['دولار', A]]],
    // a separator with no digit after it is punctuation; `ر` starting a word is a letter
    ['بلغ 12%، ثم 5 رجال', [['بلغ', A], ['12', N], ['%', P], ['،', P], ['ثم', A], ['5', N], ['رجال', A]]],
    ['1,', [['1', N], [',', P]]],
    ['Meta AI وLlama 4', [['Meta', L], ['AI', L], ['و', A], ['Llama', L], ['4', N]]],
    ['U.S. اليوم', [['U.S', L], ['.', P], ['اليوم', A]]],
    ['«ميتا»', [['«', P], ['ميتا', A], ['»', P]]],
    ['😀 نعم', [['😀', P], ['نعم', A]]],
  ] as const)('%j', (input, expected) => {
    expect(toks(input)).toEqual(expected);
  });

  it('gives each token the matching key of its text', () => {
    const n = normalizeText('قالت الشركة إن Meta');
    expect(tokenize(n.text, n.key).map((t) => t.key)).toEqual(['قالت', 'الشركه', 'ان', 'meta']);
  });

  it.each([
    ['وبمليار', ['وبمليار', 'مليار', 'بمليار']],
    ['ومليون', ['ومليون', 'مليون']],
    ['بالمئة', ['بالميه', 'الميه']],
    ['فقال', ['فقال', 'قال']],
    ['للشركة', ['للشركه', 'لشركه', 'الشركه']],
    ['مليار', ['مليار']],
    ['و', ['و']],
  ])('stems(%s)', (word, expected) => {
    expect(stems(matchKey(word))).toEqual(expected);
  });
});
