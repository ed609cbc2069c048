import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { ClaimRecordSchema, type ClaimRecord, type Numeric } from '../schemas/claim.js';
import { processEnglishArticle } from '../stages/english/index.js';

const run = (text: string, outlet?: string): ClaimRecord[] =>
  processEnglishArticle({ id: 't', text, ...(outlet !== undefined ? { outlet } : {}) }).claims;
const numerics = (text: string): ClaimRecord[] => run(text).filter((c) => c.type === 'numeric');
const quotes = (text: string): ClaimRecord[] => run(text).filter((c) => c.type === 'quote');

/** The numeric claim whose surface is `surface`; fails the test when there is none. */
function numericAt(text: string, surface: string): ClaimRecord {
  const found = numerics(text).find((c) => c.text === surface);
  if (found === undefined) throw new Error(`no numeric claim ${JSON.stringify(surface)} in ${JSON.stringify(text)}: got ${numerics(text).map((c) => c.text).join(' | ')}`);
  return found;
}

type Expect = Partial<Omit<Numeric, 'period'>> & { period?: string };

function fieldsOf(c: ClaimRecord): Expect {
  const n = c.numeric!;
  return {
    value: n.value,
    ...(n.valueMax !== undefined ? { valueMax: n.valueMax } : {}),
    unit: n.unit,
    ...(n.item !== undefined ? { item: n.item } : {}),
    ...(n.qualifier !== undefined ? { qualifier: n.qualifier } : {}),
    ...(n.change !== undefined ? { change: n.change } : {}),
    ...(n.period !== undefined ? { period: n.period.text } : {}),
  };
}

describe('english numbers: money, percentages, points, counts', () => {
  const cases: Array<[string, string, Expect]> = [
    ['Meta plans to spend $600 billion on data centres.', '$600 billion', { value: 600e9, unit: 'USD' }],
    ['The fund holds 600bn euros.', '600bn euros', { value: 600e9, unit: 'EUR' }],
    ['The plan costs $600bn.', '$600bn', { value: 600e9, unit: 'USD' }],
    ['Revenue reached US$7 billion.', 'US$7 billion', { value: 7e9, unit: 'USD' }],
    ['Capex came in at nearly $20 billion.', '$20 billion', { value: 20e9, unit: 'USD', qualifier: 'approx' }],
    ['It invested €5m in a start-up.', '€5m', { value: 5e6, unit: 'EUR' }],
    ['It made a £3.2 billion bid.', '£3.2 billion', { value: 3.2e9, unit: 'GBP' }],
    ['The deal is worth USD 5bn.', 'USD 5bn', { value: 5e9, unit: 'USD' }],
    ['The stock costs 50 cents.', '50 cents', { value: 0.5, unit: 'USD' }],
    ['Its share is 12% of the market.', '12%', { value: 12, unit: 'percent' }],
    ['Its share is 12 percent of the market.', '12 percent', { value: 12, unit: 'percent' }],
    ['Its share is 12 per cent of the market.', '12 per cent', { value: 12, unit: 'percent' }],
    ['Margins narrowed by 3 percentage points.', '3 percentage points', { value: 3, unit: 'percentage_point', change: 'decrease' }],
    ['The bank cut rates by 25 basis points.', '25 basis points', { value: 25, unit: 'basis_point', change: 'decrease' }],
    ['The index closed 85 points lower.', '85 points', { value: 85, unit: 'point', change: 'decrease' }],
    ['The app has 1 billion users.', '1 billion users', { value: 1e9, unit: 'count', item: 'users' }],
    ['The app has a billion users.', 'a billion users', { value: 1e9, unit: 'count', item: 'users' }],
    ['It bought 1.3 million GPUs.', '1.3 million GPUs', { value: 1.3e6, unit: 'count', item: 'GPUs' }],
    ['It will hire 4,000 engineers.', '4,000 engineers', { value: 4000, unit: 'count', item: 'engineers' }],
    ['It tests concessions in two Sainsbury\'s stores.', "two Sainsbury's stores", { value: 2, unit: 'count', item: "Sainsbury's stores" }],
    ['The plant needs 5 GW of power.', '5 GW', { value: 5, unit: 'GW' }],
    ['It pumps 100,000 barrels a day.', '100,000 barrels a day', { value: 100000, unit: 'barrel_per_day' }],
    ['Sales grew 10-15% last year.', '10-15%', { value: 10, valueMax: 15, unit: 'percent', change: 'increase' }],
    ['It expects between $60 billion and $65 billion.', '$60 billion and $65 billion', { value: 60e9, valueMax: 65e9, unit: 'USD' }],
    ['It expects 60 to 65 billion dollars.', '60 to 65 billion dollars', { value: 60e9, valueMax: 65e9, unit: 'USD' }],
    ['The new chip is twice as fast.', 'twice', { value: 2, unit: 'multiple' }],
    ['The phone charges in 10 minutes.', '10 minutes', { value: 10, unit: 'minute' }],
  ];
  it.each(cases)('%s → %s', (text, surface, expected) => {
    expect(fieldsOf(numericAt(text, surface))).toEqual(expected);
  });
});

describe('english qualifiers (ANNOTATION.md categories)', () => {
  const cases: Array<[string, Numeric['qualifier']]> = [
    ['about', 'approx'], ['around', 'approx'], ['roughly', 'approx'], ['approximately', 'approx'], ['nearly', 'approx'],
    ['almost', 'approx'], ['some', 'approx'], ['an estimated', 'approx'],
    ['up to', 'upTo'], ['as much as', 'upTo'],
    ['more than', 'moreThan'], ['over', 'moreThan'], ['above', 'moreThan'], ['exceeding', 'moreThan'],
    ['less than', 'lessThan'], ['under', 'lessThan'], ['below', 'lessThan'],
    ['at least', 'atLeast'], ['no less than', 'atLeast'],
  ];
  it.each(cases)('Sales were %s $5 billion → %s', (phrase, qualifier) => {
    expect(numericAt(`Sales were ${phrase} $5 billion.`, '$5 billion').numeric!.qualifier).toBe(qualifier);
  });
  it('fewer than before a count, and `or more` after the quantity', () => {
    expect(numericAt('Sales were fewer than 5,000 units.', '5,000 units').numeric!.qualifier).toBe('lessThan');
    expect(numericAt('It will hire 500 engineers or more.', '500 engineers').numeric!.qualifier).toBe('atLeast');
  });
  it('no qualifier on an exact figure', () => {
    expect(numericAt('Sales were $5 billion.', '$5 billion').numeric!.qualifier).toBeUndefined();
  });
});

describe('english change vs level', () => {
  const cases: Array<[string, string, Numeric['change'] | undefined]> = [
    ['Revenue rose by 5%.', '5%', 'increase'],
    ['Revenue increased 5%.', '5%', 'increase'],
    ['Sales were up 5%.', '5%', 'increase'],
    ['Operating expenses increased by roughly $7 billion.', '$7 billion', 'increase'],
    ['Shares fell 12% on Friday.', '12%', 'decrease'],
    ['Shares dropped 12%.', '12%', 'decrease'],
    ['The company lost $200 billion in value.', '$200 billion', 'decrease'],
    ['The sell-off wiped $200 billion off its value.', '$200 billion', 'decrease'],
    ['Shares suffered a 12% drop.', '12%', 'decrease'],
    ['Capex rose to $20 billion.', '$20 billion', undefined],
    ['Capex jumped to nearly $20bn, up from $14.5bn.', '$14.5bn', undefined],
    ['Revenue rose 18% to $41.2 billion.', '$41.2 billion', undefined],
    ['Revenue rose 18% to $41.2 billion.', '18%', 'increase'],
  ];
  it.each(cases)('%s → %s %s', (text, surface, change) => {
    expect(numericAt(text, surface).numeric!.change).toBe(change);
  });
});

describe('english periods', () => {
  const cases: Array<[string, string, string]> = [
    ['Meta plans to spend up to $600 billion over the next three years.', '$600 billion', 'over the next three years'],
    ['It lost more than $200 billion in market value in two days.', '$200 billion', 'in two days'],
    ['Revenue rose 18 per cent year on year.', '18 per cent', 'year on year'],
    ['Costs rose 5% year-over-year.', '5%', 'year-over-year'],
    ['Quarterly profit was $20 billion.', '$20 billion', 'Quarterly'],
    ['It will raise up to £120 million a year.', '£120 million', 'a year'],
    ['Over the next three years, Meta will spend $600 billion.', '$600 billion', 'Over the next three years'],
  ];
  it.each(cases)('%s → %s [%s]', (text, surface, period) => {
    expect(numericAt(text, surface).numeric!.period?.text).toBe(period);
  });
  it('the number inside a period is not a claim of its own', () => {
    expect(numerics('Meta plans to spend up to $600 billion over the next three years.').map((c) => c.text)).toEqual(['$600 billion']);
  });
});

describe('english: years, dates, ordinals, names and labels are not claims', () => {
  const cases: string[] = [
    'Llama 4 was released in 2025.',
    'Results for the second quarter came on 29 March.',
    'The call starts at 3 p.m.',
    'See page 3 of the filing.',
    'It is one of the largest firms.',
    'The iPhone 15 and Windows 11 shipped in 2023.',
    'Its Halcyon One service is popular.',
  ];
  it.each(cases)('%s → no numeric claim', (text) => {
    expect(numerics(text)).toEqual([]);
  });
});

describe('english quotes and speakers', () => {
  const cases: Array<[string, 'direct' | 'indirect', string, string, string]> = [
    ['"We are accelerating," Mark Zuckerberg said.', 'direct', 'We are accelerating', 'Mark Zuckerberg', 'company'],
    ['“Demand is real,” said Priya Raman, the chief executive.', 'direct', 'Demand is real', 'Priya Raman', 'company'],
    ['Chief executive Priya Raman told analysts: "Demand is real."', 'direct', 'Demand is real', 'Priya Raman', 'company'],
    ['"Margins will narrow," said Tom Ellery, an analyst at Wedbush.', 'direct', 'Margins will narrow', 'Tom Ellery', 'analysts'],
    ['Investors called his remarks "vague and not reassuring."', 'direct', 'vague and not reassuring', 'Investors', 'investors'],
    ['Zuckerberg says Meta AI has more than a billion users.', 'indirect', 'Meta AI has more than a billion users', 'Zuckerberg', 'company'],
    ['Analysts noted that Meta lacks a product that earns money.', 'indirect', 'Meta lacks a product that earns money', 'Analysts', 'analysts'],
    ['Doubling funding could double the chances, Lee told CNBC.', 'indirect', 'Doubling funding could double the chances', 'Lee', 'company'],
  ];
  it.each(cases)('%s → %s «%s» by %s (%s)', (text, kind, content, speaker, source) => {
    const q = quotes(text);
    expect(q).toHaveLength(1);
    expect({ kind: q[0]!.quote!.kind, text: q[0]!.text, speaker: q[0]!.attribution.speaker, source: q[0]!.attribution.source }).toEqual({
      kind,
      text: content,
      speaker,
      source,
    });
    expect(text.slice(q[0]!.span.start, q[0]!.span.end)).toBe(content);
  });

  it('a pronoun resolves to the person named before it', () => {
    const q = quotes('“Demand is real,” said Priya Raman, the chief executive. “We are sold out,” she added.');
    expect(q.map((c) => [c.text, c.attribution.speaker, c.quote!.cue])).toEqual([
      ['Demand is real', 'Priya Raman', 'said'],
      ['We are sold out', 'Priya Raman', 'added'],
    ]);
  });

  it('`, and noted that` is a second quote of the same speaker', () => {
    const q = quotes('Raman says the assistant has more than a billion users, and noted that the cloud unit signed deals.');
    expect(q.map((c) => [c.text, c.attribution.speaker])).toEqual([
      ['the assistant has more than a billion users', 'Raman'],
      ['the cloud unit signed deals', 'Raman'],
    ]);
  });

  it('scare quotes and titles with no speech cue are not quotes', () => {
    expect(quotes('Toyota runs a "just-in-time" system.')).toEqual([]);
    expect(quotes('Lee, whose book "AI Superpowers" came out this month, runs a fund.')).toEqual([]);
  });
});

describe('english sources', () => {
  const cases: Array<[string, string, string]> = [
    ['Meta plans to spend $600 billion, according to TechCrunch.', '$600 billion', 'techcrunch'],
    ['Meta plans to spend $600 billion, according to a Bloomberg report.', '$600 billion', 'bloomberg'],
    ['Meta plans to spend $600 billion, TechCrunch reported.', '$600 billion', 'techcrunch'],
    ['According to people familiar with the matter, Meta will invest €5m.', '€5m', 'anonymous'],
    ['Zuckerberg says Meta AI has more than a billion users.', 'a billion users', 'company'],
    ['The company’s results showed revenue rose 18%.', '18%', 'company'],
    ['Shares fell 12% on Friday.', '12%', 'publisher'],
    ['Its share dropped to 61%, according to research firm Omdia.', '61%', 'experts'],
    // a registered company or official body speaks under its generic tag, an outlet under its id
    ['Google said its revenue rose 20% last year.', '20%', 'company'],
    ['The IMF said growth would slow to 3%.', '3%', 'officials'],
  ];
  it.each(cases)('%s → %s from %s', (text, surface, source) => {
    expect(numericAt(text, surface).attribution.source).toBe(source);
  });
  it('the publisher tag comes from the outlet metadata; an outlet source keeps the relay chain', () => {
    const claims = run('Meta plans to spend $600 billion, according to TechCrunch. Shares fell 12%.', 'Al Arabiya Business');
    expect(claims.map((c) => [c.text, c.attribution.source, c.attribution.chain])).toEqual([
      ['$600 billion', 'techcrunch', ['techcrunch', 'al-arabiya-business']],
      ['12%', 'al-arabiya-business', ['al-arabiya-business']],
    ]);
  });
  it('a speaker of a figure inside a quote is named on the figure', () => {
    const c = numericAt('Zuckerberg says Meta AI has more than a billion users.', 'a billion users');
    expect(c.attribution.speaker).toBe('Zuckerberg');
    expect(c.numeric!.qualifier).toBe('moreThan');
  });
});

describe('english records', () => {
  const text = readFileSync(new URL('../corpus/en/en-techbiz-001.txt', import.meta.url), 'utf8');
  const claims = run(text, 'isnad-fixtures');

  it('are valid isnad/claim@1 records with spans into the original text', () => {
    for (const c of claims) {
      expect(ClaimRecordSchema.safeParse(c).success).toBe(true);
      expect(c.text).toBe(text.slice(c.span.start, c.span.end));
      expect(c.article).toEqual({ id: 't', lang: 'en', outlet: 'isnad-fixtures' });
      expect(c.status).toBe('pending');
      expect(c.rules.length).toBeGreaterThan(0);
      expect(c.sentence.start).toBeLessThanOrEqual(c.span.start);
      expect(c.sentence.end).toBeGreaterThanOrEqual(c.span.end);
    }
  });

  it('are in article order, with unique ids', () => {
    const starts = claims.map((c) => c.span.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
  });

  it('are deterministic, and ids survive an edit to another paragraph', () => {
    expect(run(text, 'isnad-fixtures')).toEqual(claims);
    const edited = text.replace('Not everyone', 'Few people');
    const before = new Map(claims.map((c) => [c.text + c.span.start, c.id]));
    const after = run(`Breaking.\n\n${edited}`, 'isnad-fixtures');
    const ids = new Set(after.map((c) => c.id));
    expect([...before.values()].every((id) => ids.has(id))).toBe(true);
  });

  it('an empty article is a fatal message, not a crash', () => {
    const r = processEnglishArticle({ id: 'e', text: '  \n' });
    expect(r.claims).toEqual([]);
    expect(r.messages.map((m) => [m.severity, m.code])).toEqual([['fatal', 'empty-input']]);
  });
});

describe('compromise loads lazily', () => {
  it('an Arabic-only run never loads it; the first English article does', () => {
    const script = `
      const en = await import('./dist/stages/english/index.js');
      const { processArticle } = await import('./dist/pipeline/process-article.js');
      processArticle({ id: 'a', text: 'ارتفعت الأرباح بنسبة 12% في الربع الثاني.', lang: 'ar' });
      const afterArabic = en.compromiseLoaded();
      en.processEnglishArticle({ id: 'b', text: 'Profit rose 12%.' });
      process.stdout.write(JSON.stringify([afterArabic, en.compromiseLoaded()]));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: new URL('..', import.meta.url), encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual([false, true]);
  });
});
