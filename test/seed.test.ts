import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { processArticle } from '../pipeline/process-article.js';
import { ClaimRecordSchema } from '../schemas/claim.js';
import { matchKey } from '../stages/normalize-text/index.js';

// The user's own article and its gold (copied from ../shared/seed into corpus/).
const text = readFileSync(new URL('../corpus/articles/000_8ddf4c3f2885fd6e.txt', import.meta.url), 'utf8');
const gold = JSON.parse(readFileSync(new URL('../corpus/gold/000_8ddf4c3f2885fd6e.gold.json', import.meta.url), 'utf8')) as {
  numeric: { surface: string; start: number; end: number; value: number; unit: string; item?: string; qualifier?: string; change?: string; period?: string; source: string[]; chain?: string[]; speaker?: string }[];
  quotes: { kind: string; surface: string; start: number; end: number; speaker: string; speakerKey: string; source: string[] }[];
  notClaims: { surface: string; start: number; end: number }[];
};
const { claims } = processArticle({ id: '000_8ddf4c3f2885fd6e', text });
const numeric = claims.filter((c) => c.type === 'numeric');
const quotes = claims.filter((c) => c.type === 'quote');

describe('the seed article', () => {
  it('emits exactly the gold claims: 7 numeric, 5 quotes', () => {
    expect(numeric.map((c) => c.text)).toEqual(gold.numeric.map((g) => g.surface));
    expect(quotes.map((c) => c.text)).toEqual(gold.quotes.map((g) => g.surface));
  });

  it.each(gold.numeric.map((g, i) => [i, g] as const))('numeric %i: %o', (i, g) => {
    const c = numeric[i]!;
    expect(c.span).toEqual({ start: g.start, end: g.end });
    expect(text.slice(c.span.start, c.span.end)).toBe(c.text);
    expect(c.numeric!.value).toBe(g.value);
    expect(c.numeric!.unit).toBe(g.unit);
    expect(c.numeric!.item).toBe(g.item);
    expect(c.numeric!.qualifier).toBe(g.qualifier);
    expect(c.numeric!.change).toBe(g.change);
    expect(c.numeric!.period?.text).toBe(g.period);
    expect(g.source).toContain(c.attribution.source);
    if (g.chain) expect(c.attribution.chain).toEqual(g.chain);
    if (g.speaker) expect(matchKey(c.attribution.speaker ?? '')).toContain(matchKey(g.speaker));
  });

  it.each(gold.quotes.map((g, i) => [i, g] as const))('quote %i: %o', (i, g) => {
    const c = quotes[i]!;
    expect(c.span).toEqual({ start: g.start, end: g.end });
    expect(c.quote!.kind).toBe(g.kind);
    expect(matchKey(c.attribution.speaker ?? '')).toContain(matchKey(g.speakerKey));
    expect(g.source).toContain(c.attribution.source);
  });

  it('queues no period word and no name in guillemets', () => {
    for (const n of gold.notClaims) {
      expect(claims.some((c) => c.span.start < n.end && n.start < c.span.end && c.text === n.surface)).toBe(false);
    }
    expect(claims.some((c) => /^«[^»]*»$/.test(c.text))).toBe(false);
  });

  it('names the publisher from the text: اطلعت عليه العربية Business', () => {
    const unattributed = numeric.find((c) => c.text === '12%')!;
    expect(unattributed.attribution.source).toBe('al-arabiya-business');
  });

  it('gives records that pass the published schema, with unique stable ids', () => {
    for (const c of claims) expect(() => ClaimRecordSchema.parse(c)).not.toThrow();
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
    const again = processArticle({ id: '000_8ddf4c3f2885fd6e', text });
    expect(JSON.stringify(again.claims)).toBe(JSON.stringify(claims));
  });

  it('keeps ids when only whitespace, diacritics, tatweel or digit script change', () => {
    const edited = text.replace('600', '٦٠٠').replace('تواجه', 'تُواجِهُ').replace('الشركة', 'الشـركة').replace('  ', ' ');
    const ids = processArticle({ id: 'v2', text: edited }).claims.map((c) => c.id);
    expect(ids).toEqual(claims.map((c) => c.id));
  });
});
