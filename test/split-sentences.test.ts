/**
 * split-sentences on hand-written Arabic cases: paragraphs, sentence ends (`.` `؟` `?` `!` `؛` and line
 * breaks), never inside a number or a closed quotation, and the pairing of quotation marks.
 * The stage runs on normalized text; spans are read back as `text.slice(start, end)`.
 */
import { describe, expect, it } from 'vitest';
import { findQuoteMarks, splitSentences, wordCount } from '../stages/split-sentences/index.js';

const slices = (text: string, spans: readonly { start: number; end: number }[]): string[] => spans.map((s) => text.slice(s.start, s.end));

describe('sentences', () => {
  it.each([
    ['ارتفع السهم 47.5 بالمئة. ثم تراجع.', ['ارتفع السهم 47.5 بالمئة.', 'ثم تراجع.']],
    ['هل ترتفع الأسعار؟ نعم! بالتأكيد؛ هذا مؤكد', ['هل ترتفع الأسعار؟', 'نعم!', 'بالتأكيد؛', 'هذا مؤكد']],
    ['Is it? Yes.', ['Is it?', 'Yes.']],
    ['أسئلة؟؟؟ نعم.', ['أسئلة؟؟؟', 'نعم.']],
    // a one-letter abbreviation is no end: `د.`
    ['قال د. أحمد إن النمو قوي.', ['قال د. أحمد إن النمو قوي.']],
    // a line break ends a sentence
    ['السطر الأول\nالسطر الثاني', ['السطر الأول', 'السطر الثاني']],
    // no end inside closed quotation marks; the closing mark stays with its sentence
    ['قال: «لن نتراجع. سنمضي قدما». ثم غادر.', ['قال: «لن نتراجع. سنمضي قدما».', 'ثم غادر.']],
    ['قال: "لن نتراجع. سنمضي قدما". ثم غادر.', ['قال: "لن نتراجع. سنمضي قدما".', 'ثم غادر.']],
    ['قال: “لن نتراجع. سنمضي قدما”. ثم غادر.', ['قال: “لن نتراجع. سنمضي قدما”.', 'ثم غادر.']],
    // an unclosed mark does not protect what follows it
    ['قال: «لن نتراجع. سنمضي', ['قال: «لن نتراجع.', 'سنمضي']],
    ['   مسافات   \n\n  ', ['مسافات']],
    ['', []],
  ])('%j', (text, expected) => {
    expect(slices(text, splitSentences(text).sentences)).toEqual(expected);
  });
});

describe('paragraphs', () => {
  it.each([
    ['العنوان\n\nالفقرة الأولى. جملة ثانية.\nالفقرة الثانية', ['العنوان', 'الفقرة الأولى. جملة ثانية.', 'الفقرة الثانية']],
    ['  فقرة بمسافات  \n\n\n  أخرى ', ['فقرة بمسافات', 'أخرى']],
  ])('%j', (text, expected) => {
    expect(slices(text, splitSentences(text).paragraphs)).toEqual(expected);
  });

  it('every sentence lies inside one paragraph', () => {
    const text = 'العنوان\n\nالفقرة الأولى. جملة ثانية.\nالفقرة الثانية؟ نعم';
    const { paragraphs, sentences } = splitSentences(text);
    expect(slices(text, sentences)).toEqual(['العنوان', 'الفقرة الأولى.', 'جملة ثانية.', 'الفقرة الثانية؟', 'نعم']);
    for (const s of sentences) expect(paragraphs.some((p) => p.start <= s.start && s.end <= p.end)).toBe(true);
  });
});

describe('quotation marks', () => {
  const marks = (text: string) => splitSentences(text).quotes.map((q) => ({ content: text.slice(q.start, q.end), mark: text[q.open], closed: q.closed }));

  it.each([
    ['قال «لن نتراجع» اليوم.', [{ content: 'لن نتراجع', mark: '«', closed: true }]],
    ['قال "لن نتراجع" اليوم.', [{ content: 'لن نتراجع', mark: '"', closed: true }]],
    ['قال “لن نتراجع” اليوم.', [{ content: 'لن نتراجع', mark: '“', closed: true }]],
    [
      'شركة «ميتا» و«فيسبوك».',
      [
        { content: 'ميتا', mark: '«', closed: true },
        { content: 'فيسبوك', mark: '«', closed: true },
      ],
    ],
    // «» nest
    [
      'قال «الشركة «الكبرى» قوية» اليوم.',
      [
        { content: 'الشركة «الكبرى» قوية', mark: '«', closed: true },
        { content: 'الكبرى', mark: '«', closed: true },
      ],
    ],
    // an unclosed mark runs to the end of its paragraph (trailing spaces dropped), not beyond
    ['قال: «لن نتراجع. سنمضي  \nفقرة أخرى', [{ content: 'لن نتراجع. سنمضي', mark: '«', closed: false }]],
    // marks pair within a paragraph only
    [
      'قال "الأولى\n"الثانية"',
      [
        { content: 'الأولى', mark: '"', closed: false },
        { content: 'الثانية', mark: '"', closed: true },
      ],
    ],
    ['لا علامات هنا.', []],
    // a straight mark right after a sentence end, before a word, opens a new quotation: the one
    // before was never closed and ends with its last sentence
    [
      'وقال إن شركته تتعامل مع "250 جهة في مصر. سنتجاوز الألف جهة. "لدينا 50 محلا". يشار إلى أن الشركة مملوكة لصناديق.',
      [
        { content: '250 جهة في مصر. سنتجاوز الألف جهة.', mark: '"', closed: false },
        { content: 'لدينا 50 محلا', mark: '"', closed: true },
      ],
    ],
    // after a word, a mark inside a quotation still closes it
    ['قال "إذا قلنا "سنلغي المشروع" فلن يقوم أحد به.', [{ content: 'إذا قلنا ', mark: '"', closed: true }, { content: ' فلن يقوم أحد به.', mark: '"', closed: false }]],
  ])('%j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it('a sentence ends after the closing mark of a new quotation, even when an earlier one was left open', () => {
    const text = 'وقال إن شركته تتعامل مع "250 جهة في مصر. سنتجاوز الألف جهة. "لدينا 50 محلا". يشار إلى أن الشركة مملوكة لصناديق.';
    expect(splitSentences(text).sentences.map((s) => text.slice(s.start, s.end)).at(-1)).toBe('يشار إلى أن الشركة مملوكة لصناديق.');
  });

  it('findQuoteMarks alone looks only between from and to', () => {
    const text = '«أ» ثم «ب»';
    expect(findQuoteMarks(text, 4, text.length).map((q) => text.slice(q.start, q.end))).toEqual(['ب']);
  });
});

describe('dots inside names', () => {
  it('a domain or a dotted name does not end a sentence; a missing space after a word does', () => {
    const text = 'وقال محققو الشرطة إن الحمض النووي (دي.إن.ايه) للمتهم يطابق عينات. وقالت لـ"العربية.نت" إن الأمر صحيح. عدد أشخاص.وقال الوزير إن العدد ارتفع.';
    const { sentences } = splitSentences(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'وقال محققو الشرطة إن الحمض النووي (دي.إن.ايه) للمتهم يطابق عينات.',
      'وقالت لـ"العربية.نت" إن الأمر صحيح.',
      'عدد أشخاص.',
      'وقال الوزير إن العدد ارتفع.',
    ]);
  });
});

describe('wordCount', () => {
  // the words of text.slice(start, end), as `.trim().split(/\s+/).filter(Boolean).length` counts them
  it.each([
    ['لن نتراجع', 0, 9, 2],
    ['  لن   نتراجع  ', 0, 15, 2],
    ['«سنمضي قدما»', 1, 11, 2],
    ['شركة "بال روبوتيكس" الناشئة', 6, 18, 2],
    ['\u00a0مرحبا\u2028عالم\ufeff', 0, 12, 2],
    ['   ', 0, 3, 0],
    ['كلمة', 2, 2, 0],
  ])('%j [%i, %i) has %i words', (text, start, end, expected) => {
    expect(wordCount(text, start, end)).toBe(expected);
    expect(wordCount(text, start, end)).toBe(text.slice(start, end).trim().split(/\s+/).filter(Boolean).length);
  });
});
