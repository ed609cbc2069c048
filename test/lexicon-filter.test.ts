import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasStem, keySet, PhraseIndex, WordFilter } from '../stages/lexicon-tools/phrase-index.js';
import { matchKey, normalizeText } from '../stages/normalize-text/index.js';
import { signature, stemForm, stems, stemSignatures, tokenize, TokenKind, type Token } from '../stages/tokenize/index.js';

// The lexicon filters may only turn a token away when no lexicon lookup could have matched it:
// every form `stems` gives must have its signature among the token's.

const SEED = readFileSync(new URL('../corpus/articles/000_8ddf4c3f2885fd6e.txt', import.meta.url), 'utf8');

/** Every form of the word, as `stems` gives it, has its signature in the token's signatures. */
function covered(word: string): boolean {
  const sigs = new Set([signature(word), ...(stemSignatures(word) ?? [])]);
  return stems(word).every((s) => sigs.has(signature(s)));
}

const bare = (key: string): Token => ({ start: 0, end: key.length, kind: TokenKind.Arabic, key });

describe('stemSignatures', () => {
  it.each<[string, string]>([
    ['no proclitic initial', 'مليار'],
    ['و', 'ومليار'],
    ['ف', 'فقال'],
    ['ب', 'بنحو'],
    ['ل', 'لرويترز'],
    ['ك', 'كمصدر'],
    ['وب and و', 'وبمليار'],
    ['ول and و', 'ولمصر'],
    ['فب and ف', 'فبحسب'],
    ['فل and ف', 'فللشركة'],
    ['وك and و', 'وكالة'],
    ['لل restores the article', 'للشركه'],
    ['ولل', 'وللحكومه'],
    ['two letters', 'بل'],
    ['three letters', 'ومن'],
    ['one letter', 'و'],
  ])('%s: %s', (_name, word) => {
    expect(covered(matchKey(word))).toBe(true);
  });

  it.each(['وبمليار', 'ولمصر', 'فللشركه', 'وللحكومه', 'للشركه', 'لرويترز', 'وكالة', 'ومن'])('stemForm gives, for %s, the form of each signature, in the order of stems', (word) => {
    const key = matchKey(word);
    const sigs = stemSignatures(key) ?? [];
    const forms = sigs.map((_, k) => stemForm(key, k));
    expect(forms.map((f) => signature(f))).toEqual(sigs);
    expect([...new Set(forms)]).toEqual(stems(key).slice(1));
    expect(() => stemForm(key, sigs.length)).toThrow(RangeError);
  });

  it('is null for a word no proclitic can start', () => {
    expect(stemSignatures('مليار')).toBeNull();
    expect(stemSignatures('2025')).toBeNull();
  });

  it('covers every token of the seed article', () => {
    const n = normalizeText(SEED);
    const tokens = tokenize(n.text, n.key);
    expect(tokens.length).toBeGreaterThan(300);
    expect(tokens.filter((t) => t.kind === TokenKind.Arabic && !covered(t.key)).map((t) => t.key)).toEqual([]);
    expect(tokens.every((t) => t.sig === signature(t.key))).toBe(true);
  });
});

describe('WordFilter and the lexicons that use it', () => {
  const words = ['مليار', 'نحو', 'الشركه', 'رويترز', 'مصدر'].map(matchKey);

  it.each(['ومليار', 'بنحو', 'للشركه', 'لرويترز', 'كمصدر', 'مليار'])('lets %s through to a lexicon of its stem', (token) => {
    const filter = new WordFilter();
    for (const w of words) filter.add(w);
    const key = matchKey(token);
    expect(filter.mayHaveStem(bare(key))).toBe(true);
    expect(hasStem(keySet(words), bare(key))).toBe(true);
  });

  it('turns away a word that is none of them, with or without proclitics', () => {
    const filter = new WordFilter();
    for (const w of words) filter.add(w);
    // (a signature collision would let one through; these do not collide)
    expect(filter.mayHaveStem(bare(matchKey('والاقتصاد')))).toBe(false);
    expect(hasStem(keySet(words), bare(matchKey('والاقتصاد')))).toBe(false);
  });

  it('matches phrases the same with and without the signatures on the tokens', () => {
    const index = new PhraseIndex<string>([
      ['أكثر من', 'moreThan'],
      ['نحو', 'about'],
      ['ما يصل إلى', 'upTo'],
      ['رويترز', 'reuters'],
    ]);
    const n = normalizeText(`${SEED} وقال لرويترز إن ما يصل إلى بنحو أكثر من`);
    const tokens = tokenize(n.text, n.key);
    const plain = tokens.map(({ start, end, kind, key }) => ({ start, end, kind, key }));
    for (const clitics of [false, true]) {
      const withSigs = tokens.map((_, i) => index.matchAt(tokens, i, clitics));
      const without = plain.map((_, i) => index.matchAt(plain, i, clitics));
      expect(withSigs).toEqual(without);
      expect(withSigs.filter(Boolean).length).toBeGreaterThan(clitics ? 4 : 3);
    }
  });
});

describe('WordFilter size', () => {
  /** Distinct words made from the seed's tokens and numbers, as many as asked for. */
  const words = (n: number): string[] => {
    const out = new Set<string>();
    const norm = normalizeText(SEED);
    for (const t of tokenize(norm.text, norm.key)) if (t.kind === TokenKind.Arabic) out.add(t.key);
    for (let i = 0; out.size < n; i++) out.add(`كلمة${i}`);
    return [...out].slice(0, n);
  };

  it('grows with its words, 64 bits a word, from 4,096 bits to one bit a signature, and forgets none', () => {
    const filter = new WordFilter();
    expect(filter.sizeBits).toBe(4096);
    const added: string[] = [];
    for (const [count, bits] of [[10, 4096], [64, 4096], [65, 8192], [300, 32768], [1024, 65536], [5000, 65536]] as const) {
      for (const w of words(count).slice(added.length)) {
        filter.add(w);
        added.push(w);
      }
      expect([count, filter.sizeBits]).toEqual([count, bits]);
      // a bitmap that grew marks every word added before it grew
      expect(added.every((w) => filter.mayHave(w))).toBe(true);
    }
  });

  it('turns away most words it does not hold', () => {
    const filter = new WordFilter();
    const held = words(200);
    for (const w of held) filter.add(w);
    const others = Array.from({ length: 5000 }, (_, i) => `غيرها${i}`);
    const through = others.filter((w) => filter.mayHave(w)).length;
    // 200 words in 16,384 bits: ~1.2% of other words get through
    expect(through / others.length).toBeLessThan(0.03);
  });
});
