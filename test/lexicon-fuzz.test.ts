/**
 * Hostile input built from our own lexicons: short runs of number words, scales, currencies, units,
 * speech cues, titles and punctuation, in a seeded random order. Words the rules look for, in orders
 * no article has, reach the edges of every rule (a dual unit as the very first token crashed
 * extract-numbers until ef5c060). Every run must finish without throwing, and every claim's span
 * must point at its surface in the input.
 */
import { describe, expect, it } from 'vitest';
import { processArticle } from '../pipeline/process-article.js';
import { CURRENCY_WORDS } from '../stages/extract-numbers/lexicon/currencies.js';
import { NUMBER_WORDS } from '../stages/extract-numbers/lexicon/number-words.js';
import { SCALE_WORDS } from '../stages/extract-numbers/lexicon/scales.js';
import { DURATION_WORDS, PERCENT_WORDS, UNIT_WORDS } from '../stages/extract-numbers/lexicon/units.js';
import { COMPLEMENTIZERS, SPEECH_CUES } from '../stages/extract-quotes/lexicon/speech-cues.js';
import { GROUPS, ORG_NOUNS, TITLES } from '../stages/extract-quotes/lexicon/speakers.js';

const pool: string[] = [];
for (const w of NUMBER_WORDS) pool.push(...w.forms);
for (const w of SCALE_WORDS) pool.push(...w.forms);
for (const w of CURRENCY_WORDS) pool.push(...w.forms, ...(w.dual ?? []));
for (const w of [...UNIT_WORDS, ...DURATION_WORDS]) pool.push(...w.forms, ...(w.dual ?? []));
pool.push(...PERCENT_WORDS, ...COMPLEMENTIZERS);
for (const c of SPEECH_CUES) pool.push(...c.forms);
for (const t of [...TITLES, ...GROUPS, ...ORG_NOUNS]) pool.push(...t.forms.slice(0, 5));
pool.push('12', '3.5', '٤٫٥', '،', '.', ':', '"', '«', '»', '%', '-', '(', ')', '\n', 'و', 'من', 'إلى', 'بين', 'نحو', 'أكثر', 'الـ', '#', '_', 'محمد', 'ترامب', 'الشركة');

/** A linear congruential generator: the same strings on every machine. */
function generator(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

describe('hostile input made of lexicon words', () => {
  it('3,000 seeded runs of up to 8 words: no throw, every span matches its surface', () => {
    const rnd = generator(42);
    const bad: string[] = [];
    for (let n = 0; n < 3000; n++) {
      const words: string[] = [];
      const len = 1 + Math.floor(rnd() * 8);
      for (let k = 0; k < len; k++) words.push(pool[Math.floor(rnd() * pool.length)]!);
      const text = words.join(rnd() < 0.8 ? ' ' : '');
      try {
        const { claims } = processArticle({ id: `fuzz-${n}`, text });
        for (const c of claims) if (text.slice(c.span.start, c.span.end) !== c.text) bad.push(`span ${JSON.stringify(text)} ${c.text}`);
      } catch (err) {
        bad.push(`throw ${JSON.stringify(text)}: ${String(err)}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
