/**
 * The stages build their speakers, quote mentions and unit payloads in one shape (every field
 * present, absent ones undefined, one order) so V8 keeps one hidden class for each and does not
 * throw away optimized code when a new shape turns up. These tests pin that: on the seed article
 * and on hand-written sentences, every speaker and quote has the same keys in the same order.
 * (What the fields hold is judged by extract-quotes.test.ts and the CLI's byte-identical output.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractQuotes, speakerOf, type Speaker } from '../stages/extract-quotes/index.js';
import { normalizeText } from '../stages/normalize-text/index.js';
import { splitSentences } from '../stages/split-sentences/index.js';
import { sourceRegistry } from '../stages/tag-sources/registry.js';
import { tokenize } from '../stages/tokenize/index.js';

const SPEAKER_KEYS = ['name', 'role', 'tag', 'label', 'maker'];
const QUOTE_KEYS = ['kind', 'start', 'end', 'cue', 'cueStart', 'speaker', 'rules'];

function run(original: string) {
  const norm = normalizeText(original);
  const tokens = tokenize(norm.text, norm.key);
  const seg = splitSentences(norm.text);
  return extractQuotes({ text: norm.text, tokens, sentences: seg.sentences, quotes: seg.quotes, paragraphs: seg.paragraphs, registry: sourceRegistry() });
}

function speakersOf(result: ReturnType<typeof run>): Speaker[] {
  const out: Speaker[] = [];
  const add = (s: Speaker | undefined): void => {
    if (!s) return;
    out.push(s);
    add(s.maker);
  };
  for (const q of result.quotes) add(q.speaker);
  for (const c of result.cues) add(c.speaker);
  return out;
}

const CASES: readonly (readonly [what: string, text: string])[] = [
  ['a registered agency', 'وقالت وكالة رويترز إن الأسعار ارتفعت.'],
  ['a person with a role', 'وقال وزير المالية محمد الجدعان إن العجز تراجع.'],
  ['a company anaphor', 'أعلنت شركة أرامكو السعودية عن أرباحها. وقالت الشركة إن الإنتاج ارتفع.'],
  ['a group', 'ويرى محللون أن السوق ستتعافى.'],
  ['a document', 'وأوردت الوزارة في بيان أن الصادرات زادت. وتابع البيان أن الواردات تراجعت.'],
  ['a direct quote', 'وقال المتحدث: «سنواصل العمل على خفض التضخم هذا العام».'],
];

describe('speakers and quotes have one shape', () => {
  it('speakerOf puts every field in one order', () => {
    expect(Object.keys(speakerOf('س', 'company'))).toEqual(SPEAKER_KEYS);
    expect(Object.keys(speakerOf('س', 'officials', 'وزير', 'Officials', speakerOf('ص', 'people')))).toEqual(SPEAKER_KEYS);
  });

  it.each(CASES)('%s', (_what, text) => {
    const result = run(text);
    expect(result.cues.length).toBeGreaterThan(0);
    for (const s of speakersOf(result)) expect(Object.keys(s)).toEqual(SPEAKER_KEYS);
    for (const q of result.quotes) expect(Object.keys(q)).toEqual(QUOTE_KEYS);
  });

  it('on the seed article', () => {
    const text = readFileSync(new URL('../../shared/seed/000_8ddf4c3f2885fd6e.txt', import.meta.url), 'utf8');
    const result = run(text);
    expect(result.quotes.length).toBeGreaterThan(0);
    for (const s of speakersOf(result)) expect(Object.keys(s)).toEqual(SPEAKER_KEYS);
    for (const q of result.quotes) expect(Object.keys(q)).toEqual(QUOTE_KEYS);
  });
});

describe('registry entries have one shape', () => {
  const ENTRY_KEYS = ['id', 'label', 'kind', 'aliases', 'country'];

  it('every entry the registry hands out, built-in or a user\'s, has every field in one order', () => {
    const registry = sourceRegistry([{ id: 'my-outlet', label: 'My Outlet', kind: 'outlet', aliases: ['منفذي'] }]);
    const tokens = (text: string) => {
      const norm = normalizeText(text);
      return tokenize(norm.text, norm.key);
    };
    for (const [text, id] of [['وقالت رويترز', 'reuters'], ['وقال منفذي', 'my-outlet']] as const) {
      const toks = tokens(text);
      const hit = registry.at(toks, 1);
      expect(hit?.entry.id).toBe(id);
      expect(Object.keys(hit!.entry)).toEqual(ENTRY_KEYS);
      expect(Object.keys(registry.byId(id)!)).toEqual(ENTRY_KEYS);
    }
  });
});
