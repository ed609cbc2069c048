/**
 * extract-numbers: numeric claims over the tokens of the normalized text.
 * Steps, in order (each named by the rule ids it adds):
 *  1. a number core: digits (`1,300`, `47.5`, wire form `5ر47`), number words (`ثلاثة`, `خمسة وعشرون`),
 *     or a lone singular/dual scale word (`مليار مستخدم`, `ملياري دولار`);
 *  2. its scale words (`600 مليار`, `ثلاثة ملايين`);
 *  3. a range (`بين 115 و135`, `من 60 إلى 65`, `15-20`), the scale and unit applying to both ends;
 *  4. its unit: percent, percentage points, currency (word, adjective, symbol, sub-unit), measure, multiple,
 *     duration, or a counted noun;
 *  5. what makes it no claim: years, dates, references (`المادة 3`), names (`Llama 4`), bare numbers;
 *  6. qualifier, change direction, period and time from the words around it.
 * Spans are in normalized coordinates; the record builder maps them to the original.
 */
import type { Change, Qualifier } from '../../schemas/claim.js';
import { PhraseIndex, WordFilter, hasStem, keySet, splitWords, type PhraseMatch } from '../lexicon-tools/phrase-index.js';
import { matchKey } from '../normalize-text/index.js';
import { stems, TokenKind, type Token } from '../tokenize/index.js';
import * as L from './lexicon/index.js';

export interface TextRange {
  readonly start: number;
  readonly end: number;
}

export interface NumericMention {
  /** Normalized span of the surface (number, scale, unit or counted noun). */
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly valueMax?: number;
  readonly unit: string;
  readonly item?: string;
  readonly qualifier?: Qualifier;
  readonly change?: Change;
  readonly period?: TextRange;
  readonly time?: TextRange;
  readonly rules: string[];
}

export interface ExtractNumbersInput {
  readonly text: string;
  readonly key: string;
  readonly tokens: readonly Token[];
  /** Publisher country hint (ISO-like name used by COUNTRY_HINTS), if the article's outlet implies one. */
  readonly outletCountryHint?: string;
}

/**
 * A mention in one shape: every field present (absent ones undefined), one order, so the code that
 * builds, merges and reads mentions sees one hidden class. (Spreading the optional fields in, one
 * `{...}` each, and `Object.assign` for the period took a fifth of buildMention's own time.)
 */
function numericMention(
  start: number,
  end: number,
  value: number,
  valueMax: number | undefined,
  unit: string,
  item: string | undefined,
  qualifier: Qualifier | undefined,
  change: Change | undefined,
  period: TextRange | undefined,
  time: TextRange | undefined,
  rules: string[],
): NumericMention {
  return { start, end, value, valueMax, unit, item, qualifier, change, period, time, rules };
}

// ---- lexicon indexes (built once) -------------------------------------------------------------

type NumberWordInfo = { value: number; role: L.NumberWord['role'] };
type ScaleInfo = { factor: number; count: 0 | 1 | 2 };
type UnitInfo = { unit: string; count: number; minor?: number; generic?: boolean; kind: 'percent' | 'unit' | 'currency' | 'duration' };

const numberWords = new Map<string, NumberWordInfo>();
for (const w of L.NUMBER_WORDS) for (const f of w.forms) numberWords.set(matchKey(f), { value: w.value, role: w.role });
const teenTails = keySet(L.TEEN_TAILS);
const elevenHeads = keySet(L.ELEVEN_HEADS);

const scales = new Map<string, ScaleInfo>();
for (const s of L.SCALE_WORDS) for (const f of s.forms) if (!scales.has(matchKey(f))) scales.set(matchKey(f), { factor: s.factor, count: s.count });

/** A unit payload, always of one shape (see `unitHit`). */
function unitInfo(unit: string, count: number, kind: UnitInfo['kind'], minor: number | undefined, generic: true | undefined): UnitInfo {
  return { unit, count, minor, generic, kind };
}

const unitEntries: readonly (readonly [phrase: string, payload: UnitInfo])[] = [
  ...(function* () {
    for (const p of L.PERCENT_WORDS) yield [p, unitInfo('percent', 1, 'percent', undefined, undefined)] as const;
    for (const u of L.UNIT_WORDS) {
      for (const f of u.forms) yield [f, unitInfo(u.unit, 1, 'unit', undefined, undefined)] as const;
      for (const f of u.dual ?? []) yield [f, unitInfo(u.unit, 2, 'unit', undefined, undefined)] as const;
    }
    for (const c of L.CURRENCY_WORDS) {
      const multiplier = c.minor ?? c.factor;
      const minor = multiplier ? multiplier : undefined;
      const generic = c.generic ? true : undefined;
      const info = unitInfo(c.code, 1, 'currency', minor, generic);
      for (const f of c.forms) yield [f, info] as const;
      for (const f of c.dual ?? []) yield [f, unitInfo(c.code, 2, 'currency', minor, generic)] as const;
    }
    for (const d of L.DURATION_WORDS) {
      for (const f of d.forms) yield [f, unitInfo(d.unit, 1, 'duration', undefined, undefined)] as const;
      for (const f of d.dual ?? []) yield [f, unitInfo(d.unit, 2, 'duration', undefined, undefined)] as const;
    }
  })(),
];
const units = new PhraseIndex<UnitInfo>(unitEntries);

/** A unit that counts two by itself (`نقطتين`, `دولارين`); a point's dual is no unit of its own. */
function isDualUnit(info: UnitInfo): boolean {
  return info.count === 2 && (info.kind === 'unit' || info.kind === 'currency' || info.kind === 'duration') && info.unit !== 'point';
}
/**
 * The first words of the dual units' phrases: a token none of them can be starts no dual unit (the
 * longest unit phrase at a token begins with the token's own key), so `dualUnitAt`, asked about
 * most words of an article, turns it away with one bit test instead of a unit look-up.
 */
const dualUnitFirsts = new WordFilter();
for (const [phrase, info] of unitEntries) if (isDualUnit(info)) dualUnitFirsts.add(splitWords(matchKey(phrase))[0]!);

const qualifiersBefore = new PhraseIndex<Qualifier | null>(L.QUALIFIERS.filter((q) => !q.after).map((q) => [q.phrase, q.qualifier] as const));
const qualifiersAfter = new PhraseIndex<Qualifier | null>(L.QUALIFIERS.filter((q) => q.after).map((q) => [q.phrase, q.qualifier] as const));
const increaseWords = keySet(L.INCREASE_WORDS);
const decreaseWords = keySet(L.DECREASE_WORDS);
const levelPreps = keySet(L.LEVEL_PREPOSITIONS);
const byWords = keySet(L.BY_WORDS);
const periodCues = new PhraseIndex<true>(L.PERIOD_CUES.map((c) => [c, true] as const));
const periodWords = keySet(L.PERIOD_WORDS);
const periodAdverbs = new PhraseIndex<true>(L.PERIOD_ADVERBS.map((c) => [c, true] as const));
const periodAdverbSet = keySet(L.PERIOD_ADVERBS);
const months = keySet(L.MONTHS);
const yearCues = keySet(L.YEAR_CUES);
const referenceNouns = keySet(L.REFERENCE_NOUNS);
const notCounted = keySet(L.NOT_COUNTED);
const symbols = new Map(Object.entries(L.CURRENCY_SYMBOLS));
const toWords = keySet(['إلى', 'الى']);
const levelNouns = keySet(['مستوى', 'مستويات', 'مستواه', 'مستواها']);
const durationCues = keySet(['منذ', 'مدى', 'مدار', 'طوال', 'الفترة', 'فترة']);
const perDay = keySet(['يوميا', 'باليوم', 'يوميًا']);
const yearPrepositions = keySet(['في', 'من', 'إلى', 'الى', 'حتى', 'منذ', 'و']);
const rangeBetween = keySet(['بين', 'مابين']);
const rangeFrom = keySet(['من']);
const rangeTo = keySet(['إلى', 'الى', 'و', 'حتى']);
const countryHints = L.COUNTRY_HINTS.map((h) => ({ names: h.names.map((n) => matchKey(n)), currencies: h.currencies }));

// ---- helpers ---------------------------------------------------------------------------------

/** Punctuation that ends a clause (a `-` does not: `15-20`). */
const CLAUSE_BREAKS = '،,.:؛;؟?!()[]«»"“”';
/** Punctuation that ends a sentence. */
const SENTENCE_BREAKS = '.؟?!؛;:';
// one table lookup per token, not a regex test (asked of every token in the windows around a figure)
const BREAK = new Uint8Array(0x10000);
const CLAUSE = 1;
const SENTENCE = 2;
for (const ch of CLAUSE_BREAKS) BREAK[ch.charCodeAt(0)]! |= CLAUSE;
for (const ch of SENTENCE_BREAKS) BREAK[ch.charCodeAt(0)]! |= SENTENCE;
const isClauseBreak = (t: Token | undefined): boolean => !t || (t.kind === TokenKind.Punct && t.key.length === 1 && (BREAK[t.key.charCodeAt(0)]! & CLAUSE) !== 0);
/** A line break in the text between two offsets (the tokens skip whitespace, paragraph breaks too). */
function newlineBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x0a) return true;
  return false;
}

const isSentenceBreak = (t: Token | undefined): boolean => !t || (t.kind === TokenKind.Punct && t.key.length === 1 && (BREAK[t.key.charCodeAt(0)]! & SENTENCE) !== 0);

/** Parses a digit token: `1,300` (thousands), `47,5` (decimal comma), `47.5`, `5ر47` (= 47.5). */
export function parseDigits(raw: string): number {
  if (raw.includes('ر')) {
    const [frac, int] = raw.split('ر') as [string, string];
    return Number(`${int.replace(/[.,]/g, '')}.${frac.replace(/[.,]/g, '')}`);
  }
  // (most figures are digits alone: no split)
  if (raw.indexOf('.') < 0 && raw.indexOf(',') < 0) return Number(raw);
  const groups = raw.split(/[.,]/);
  if (groups.length === 1) return Number(raw);
  const seps = raw.replace(/[0-9]/g, '');
  const tail = groups.slice(1);
  // thousands: every group after the first has exactly three digits and either commas or several separators
  if (tail.every((g) => g.length === 3) && (seps[0] === ',' || seps.length > 1)) {
    if (new Set(seps).size === 1) return Number(groups.join(''));
    // `1,300.5`: thousands commas then a decimal point
  }
  if (seps.length > 1) {
    const lastSep = Math.max(raw.lastIndexOf('.'), raw.lastIndexOf(','));
    return Number(`${raw.slice(0, lastSep).replace(/[.,]/g, '')}.${raw.slice(lastSep + 1)}`);
  }
  return Number(raw.replace(',', '.'));
}

interface Core {
  value: number;
  /** First token index after the core (and its scale words). */
  next: number;
  first: number;
  kind: 'digits' | 'words' | 'scale' | 'dual';
  scaled: boolean;
  rules: string[];
}

function numberWordAt(tokens: readonly Token[], i: number, allowConjunction: boolean): NumberWordInfo | undefined {
  const t = tokens[i];
  if (!t || t.kind !== TokenKind.Arabic) return undefined;
  const direct = numberWords.get(t.key);
  if (direct) return direct;
  if (allowConjunction && t.key.startsWith('و')) return numberWords.get(t.key.slice(1));
  if (allowConjunction) return undefined;
  // a preposition on the first word: `لثلاث تحقيقات`, `بخمسة`; never `لست` (= "I am not")
  for (const s of stems(t.key).slice(1)) {
    if (s === 'ست') continue;
    const hit = numberWords.get(s);
    if (hit) return hit;
  }
  // `التسعة آلاف تومان`: the article on a number in construct with what it counts
  // (only before a scale word: `الاثنين` alone is Monday, `مجموعة السبع` a name)
  if (definiteCountAt(tokens, i) && scales.has(tokens[i + 1]!.key)) {
    const hit = numberWords.get(t.key.slice(2));
    if (hit && hit.role !== 'fraction' && hit.role !== 'zero') return hit;
  }
  return undefined;
}

/**
 * A number or scale word with the article, in construct with a scale word or an indefinite noun after
 * it (`التسعة آلاف تومان`, `الألف جهة`); not one after its noun as an adjective (`السنوات الثلاث المقبلة`).
 */
const FRACTION_BEFORE = new Set(['نصف', 'ونصف', 'ربع', 'وربع', 'ثلث', 'وثلث']);

function definiteCountAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (!t.key.startsWith('ال') || t.key.length < 4 || !next || next.kind !== TokenKind.Arabic) return false;
  // (`3 ملايين ونصف المليون ناخب`: the half of a number before it)
  const prev = tokens[i - 1];
  if (prev && FRACTION_BEFORE.has(prev.key)) return false;
  if (scales.has(next.key)) return true;
  // (after a definite noun it is that noun's adjective: `الدول الثلاث وافقت`)
  if (prev && prev.kind === TokenKind.Arabic && /^(ال|وال)/.test(prev.key)) return false;
  return !next.key.startsWith('ال') && !next.key.startsWith('وال') && !numberWords.has(next.key) && next.key.length > 2;
}

function scaleAt(tokens: readonly Token[], i: number, allowClitics: boolean): ScaleInfo | undefined {
  const t = tokens[i];
  if (!t || t.kind !== TokenKind.Arabic) return undefined;
  const direct = scales.get(t.key);
  if (direct || !allowClitics) return direct;
  // `الألف وظيفة`
  if (definiteCountAt(tokens, i)) {
    const hit = scales.get(t.key.slice(2));
    if (hit) return hit;
  }
  for (const s of stems(t.key)) {
    const hit = scales.get(s);
    if (hit) return hit;
  }
  return undefined;
}

/** Applies scale words after a value: `600 مليار`, `100 ألف`, `ثلاثة آلاف وخمسمئة`. */
function applyScales(tokens: readonly Token[], value: number, next: number, rules: string[]): { value: number; next: number; scaled: boolean } {
  const s = scaleAt(tokens, next, false);
  if (!s) return { value, next, scaled: false };
  rules.push('scale-word');
  let v = value * s.factor;
  let k = next + 1;
  // a second, larger scale (`ألف مليار`) multiplies again
  const s2 = scaleAt(tokens, k, false);
  if (s2 && s2.factor > s.factor) {
    v *= s2.factor;
    k++;
  }
  const tail = scaledTail(tokens, k, s.factor);
  if (tail) {
    v += tail.value;
    k = tail.next;
  }
  return { value: v, next: k, scaled: true };
}

/** `و500 ألف` after `مليون`, `و999` after `20 ألفا`: a conjunction and a smaller part. */
function scaledTail(tokens: readonly Token[], k: number, factor: number): { value: number; next: number } | undefined {
  const conj = tokens[k];
  const num = tokens[k + 1];
  if (conj?.key !== 'و' || num?.kind !== TokenKind.Number || num.start !== conj.end) return undefined;
  const part = parseDigits(num.key);
  const s3 = scaleAt(tokens, k + 2, false);
  if (s3 && s3.factor < factor) return { value: part * s3.factor, next: k + 3 };
  if (!s3 && part < factor) return { value: part, next: k + 2 };
  return undefined;
}

/** A number core at token `i`, with its scale words. */
function coreAt(tokens: readonly Token[], i: number): Core | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  const rules: string[] = [];
  if (t.kind === TokenKind.Number) {
    const value = parseDigits(t.key);
    if (!Number.isFinite(value)) return undefined;
    rules.push(t.key.includes('ر') ? 'digits-wire-decimal' : 'digits');
    const scaled = applyScales(tokens, value, i + 1, rules);
    return { value: scaled.value, next: scaled.next, first: i, kind: 'digits', scaled: scaled.scaled, rules };
  }
  if (t.kind !== TokenKind.Arabic) return undefined;
  // number words: `ثلاثة`, `خمسة وعشرون`, `أحد عشر`, `مئة وخمسون`, `نصف مليون`
  let k = i;
  let group = 0;
  let total = 0;
  let any = false;
  let fraction = false;
  let lastRole: L.NumberWord['role'] | 'scale' | undefined;
  for (;;) {
    const head = tokens[k];
    if (head && !any && elevenHeads.has(head.key) && tokens[k + 1] && teenTails.has(tokens[k + 1]!.key)) {
      group += 11;
      k += 2;
      any = true;
      lastRole = 'teen';
    } else if (head && !any && elevenHeads.has(head.key) && isTenAt(tokens, k + 1)) {
      // `إحدى وعشرين`: one and twenty
      group += 1;
      k++;
      any = true;
      lastRole = 'unit';
    } else {
      const w = numberWordAt(tokens, k, any);
      if (!w) break;
      if (w.role === 'fraction') {
        if (any) break;
        // a fraction counts only before a scale word: `نصف مليون`
        const s = scaleAt(tokens, k + 1, false);
        if (!s) return undefined;
        fraction = true;
      }
      if (w.role === 'zero' && any) break;
      if (w.role === 'twelve' && !(tokens[k + 1] && teenTails.has(tokens[k + 1]!.key))) break;
      group += w.value;
      k++;
      any = true;
      lastRole = w.role;
      if ((w.role === 'unit' || w.role === 'twelve') && tokens[k] && teenTails.has(tokens[k]!.key)) {
        group += 10;
        k++;
        lastRole = 'teen';
      }
    }
    const s = scaleAt(tokens, k, false);
    if (s && s.count !== 2) {
      total += (group || 1) * s.factor;
      group = 0;
      k++;
      lastRole = 'scale';
    }
    // `و` joins parts of one number only from larger to smaller orders (`خمسة وعشرون`, `مئة وخمسون`,
    // `ألف ومئتان`); `ثلاثة وخمسة` are two numbers (`بين ثلاثة وخمسة ملايين`)
    const nextTok = tokens[k];
    const nextWord = nextTok && nextTok.key.startsWith('و') && nextTok.key.length > 1 ? numberWordAt(tokens, k, true) : undefined;
    if (nextWord && joins(lastRole, nextWord.role)) continue;
    break;
  }
  if (any) {
    rules.push(fraction ? 'words-fraction' : 'number-words');
    return { value: total + group, next: k, first: i, kind: 'words', scaled: total > 0, rules };
  }
  // a lone scale word, singular or dual: `مليار مستخدم`, `بمليار دولار`, `ملياري دولار`
  const s = scaleAt(tokens, i, true);
  if (s && s.count > 0) {
    rules.push(s.count === 2 ? 'scale-dual' : 'scale-alone');
    let value = s.count * s.factor;
    let next = i + 1;
    const tail = scaledTail(tokens, next, s.factor);
    if (tail) {
      value += tail.value;
      next = tail.next;
    }
    return { value, next, first: i, kind: 'scale', scaled: true, rules };
  }
  return undefined;
}

/**
 * A dual measure, multiple or duration. A duration counts only where the duration itself is claimed
 * (`سيستغرق نحو شهرين`, `لمدة أسبوعين`, `مباحثات استمرت ساعتين`), not where it dates or bounds
 * something (`بعد يومين من القمة`, `قبل أسبوعين`, `خلال عامين`, `في يومين`).
 */
function dualUnitAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !dualUnitFirsts.mayHaveKey(t)) return false;
  const m = units.matchAt(tokens, i, false);
  // (`دولارين`, `بنسين`: a currency's dual is two of it too)
  if (!m || !isDualUnit(m.payload)) return false;
  if (m.payload.kind !== 'duration') return true;
  // (`عقدين` is as often two contracts: `أرست عقدين بقيمة 5,88 مليار درهم`)
  if (m.payload.unit === 'decade') return false;
  // the word before the duration, past a qualifier (`قبل ما يقرب من عقدين`, `بعد نحو شهرين`)
  const q = qualifiersBefore.matchEndingAt(tokens, i, 4, true);
  const before = tokens[(q ? q.start : i) - 1];
  if (!before || before.kind !== TokenKind.Arabic) return true;
  // (`وقبل أسبوعين`, `فبعد يومين`)
  const key = /^[وف]/.test(before.key) && (dualTimeWords.has(before.key.slice(1)) || before.key.slice(1) === AFTER) ? before.key.slice(1) : before.key;
  if (key === AFTER) return !AFTER_WHAT.has(tokens[m.next]?.key ?? '');
  return !dualTimeWords.has(key);
}
const AFTER = matchKey('بعد');
/** `بعد يومين من القمة`, `بعد عامين على الإصلاحات`, `بعد شهرين من الآن`: after something, a point in time. */
const AFTER_WHAT = keySet(['من', 'على']);
/** Words that make a duration after them a date or a span of something else, not a claim. */
const dualTimeWords = keySet(L.DUAL_TIME_WORDS);

/**
 * A fraction word before the quantity it takes a part of: `نصف عدد السكان` (50 percent), `ثلثي الأعضاء`;
 * of a price or a rate it is a multiple (`نصف سعر أجهزة منافسة`: 0.5). Not a fraction before a scale
 * word (a number, read by coreAt), a definite one (`النصف الأول`), after a number (`3 ونصف`), or in
 * a fixed phrase (`نصف النهائي`, `ربع ساعة`, `نصف قطر`).
 */
function fractionShareAt(tokens: readonly Token[], i: number): NumericMention | undefined {
  const t = tokens[i]!;
  const share = fractionShares.get(t.key);
  const next = tokens[i + 1];
  if (share === undefined || !next || next.kind !== TokenKind.Arabic || notShared.has(next.key) || scales.has(next.key)) return undefined;
  // (`نصف سنوي`, `ربع سنوية`, `نصف فلبيني`: an adjective made with the fraction; `ربع ميل`: a measure)
  if (!next.key.startsWith('ال') && /(ي|يه)$/.test(next.key)) return undefined;
  if (units.matchAt(tokens, i + 1, false)) return undefined;
  const prev = tokens[i - 1];
  if (prev && (prev.kind === TokenKind.Number || numberWords.has(prev.key))) return undefined;
  const multiple = hasStem(rateNouns, next);
  const q = qualifiersBefore.matchEndingAt(tokens, i, 4, true);
  const rules = ['fraction-share'];
  if (q?.payload) rules.push('qualifier-before');
  return numericMention(t.start, next.end, multiple ? share / 100 : share, undefined, multiple ? 'multiple' : 'percent', undefined, q?.payload ? q.payload : undefined, undefined, undefined, undefined, rules);
}
const fractionShares = new Map(L.FRACTION_SHARES.map((f) => [matchKey(f.form), f.percent] as const));
/** What follows a fraction in a fixed phrase, never a share: `نصف النهائي`, `ربع ساعة`, `نصف قطر`. */
const notShared = keySet(L.NOT_SHARED);
/** A price, a rate or a level: a fraction of it is a multiple. */
const rateNouns = keySet(L.RATE_NOUNS);

function isTenAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && t.key.startsWith('و') && numberWords.get(t.key.slice(1))?.role === 'ten';
}

/** Whether `و` + a word of role `next` continues a number whose last part had role `last`. */
function joins(last: L.NumberWord['role'] | 'scale' | undefined, next: L.NumberWord['role']): boolean {
  if (last === 'scale' || last === 'hundred') return next !== 'fraction' && next !== 'zero';
  if (last === 'unit') return next === 'ten';
  return false;
}

interface UnitHit {
  unit: string;
  next: number;
  count: number;
  minor?: number;
  kind: UnitInfo['kind'] | 'count' | 'symbol';
  item?: string;
}

/**
 * Unit payloads and hits each have one shape (every field present, absent ones undefined, one order),
 * so the code that reads them sees one hidden class and stays optimized (mixed shapes deoptimized
 * extractNumbers, dualUnitAt and buildMention as each new one turned up).
 */
function unitHit(unit: string, next: number, count: number, minor: number | undefined, kind: UnitHit['kind'], item: string | undefined): UnitHit {
  return { unit, next, count, minor, kind, item };
}

function unitAt(tokens: readonly Token[], i: number, text: string): UnitHit | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  const m: PhraseMatch<UnitInfo> | undefined = units.matchAt(tokens, i, false);
  // `ثلاثة أرباع الإنتاج`: a count of fractions is a share (75 percent)
  const fraction = t.kind === TokenKind.Arabic ? FRACTION_PLURALS.get(t.key) : undefined;
  if (fraction) return unitHit('percent', i + 1, 1, 100 / fraction, 'percent', undefined);
  // `تراجعت بـ 0,7 نقطة لتبلغ 8,6 بالمئة`: points that take a rate to a percentage are percentage points
  // (not hundreds of points, `بين 300 إلى 400 نقطة` of an interest rate: basis points, or an index)
  const many = tokens[i - 1]?.kind === TokenKind.Number && parseDigits(tokens[i - 1]!.key) >= 50;
  if (m && m.payload.unit === 'point' && ((!many && percentFollows(tokens, m.next)) || percentBefore(tokens, i))) {
    return unitHit('percentage_point', m.next, m.payload.count, undefined, m.payload.kind, undefined);
  }
  // `75 ألف نقطة خدمة`: a point that a noun qualifies is a counted thing, not an index point
  if (m && m.payload.unit === 'point') {
    const after = tokens[m.next];
    // (not a verb of purpose: `85 نقطة ليغلق عند`)
    if (after && after.kind === TokenKind.Arabic && after.start === tokens[m.next - 1]!.end + 1 && !after.key.startsWith('ال') && !/^ل[يت]/.test(after.key) && !notCounted.has(after.key) && !hasStem(periodAdverbSet, after)) {
      return unitHit('count', m.next + 1, 1, undefined, 'count', text.slice(t.start, after.end));
    }
  }
  if (m) {
    return unitHit(m.payload.unit, m.next, m.payload.count, m.payload.minor ? m.payload.minor : undefined, m.payload.kind, undefined);
  }
  if (t.kind === TokenKind.Latin || t.kind === TokenKind.Punct) {
    const sym = symbols.get(t.key);
    if (sym) return unitHit(sym, i + 1, 1, undefined, 'symbol', undefined);
  }
  // `بالمئة` and friends glued to a clitic are listed; other clitic-bearing nouns are not counted nouns
  if (isCountNoun(t)) {
    return unitHit('count', i + 1, 1, undefined, 'count', text.slice(t.start, t.end));
  }
  // `5 من الجنود`, `اثنين من أبناء الرئيس`: a count taken of a group (not `من أصل`, `من كل`: a share;
  // nor a date or a time, `21 من الشهر`, `بعد شهرين من الآن`)
  if (t.kind === TokenKind.Arabic && t.key === 'من' && partitiveNoun(tokens[i + 1]) && groupPhrase(tokens, i + 1)) {
    const noun = tokens[i + 1]!;
    return unitHit('count', i + 2, 1, undefined, 'count', text.slice(noun.start, noun.end));
  }
  // a counted noun in quotation marks: `583 مليون "فيسبوكي"`
  if (t.kind === TokenKind.Punct && (t.key === '"' || t.key === '«') && isCountNoun(tokens[i + 1]) && tokens[i + 2] && (tokens[i + 2]!.key === '"' || tokens[i + 2]!.key === '»')) {
    const noun = tokens[i + 1]!;
    return unitHit('count', i + 3, 1, undefined, 'count', text.slice(noun.start, noun.end));
  }
  return undefined;
}

/** A percentage figure within a few words after `j`, before any punctuation: `نقطة لتبلغ 8,6 بالمئة`. */
function percentFollows(tokens: readonly Token[], j: number): boolean {
  for (let k = j; k < j + POINT_TO_PERCENT && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === TokenKind.Punct) break;
    if (t.kind === TokenKind.Number) return units.matchAt(tokens, k + 1, false)?.payload.unit === 'percent';
  }
  // `تراجع أربع نقاط بنهاية تموز/يوليو، وبات يتمتع بـ32%`, `نقطتين إضافيتين في شعبيته`: further on in the
  // sentence, a rating or a percentage the points took it to (and no index on the way)
  for (let k = j; k < j + POINT_TO_RATING && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (isSentenceBreak(t) || hasStem(indexWords, t)) return false;
    if (hasStem(ratingWords, t)) return true;
    if (t.kind === TokenKind.Number && units.matchAt(tokens, k + 1, false)?.payload.unit === 'percent') return true;
  }
  return false;
}
const POINT_TO_PERCENT = 4;
const POINT_TO_RATING = 14;

/**
 * A percentage figure shortly before in the same sentence, and no index: `بلغت 43 في المئة، بزيادة
 * ثلاث نقاط عن العام 2016` (the points are percentage points; `ارتفع المؤشر 2% أو 150 نقطة` keeps points).
 */
function percentBefore(tokens: readonly Token[], i: number): boolean {
  // a level in points (`إلى 100.2 نقطة`, `عند 7942 نقطة`) is an index level
  if (tokens[i - 2] && levelPreps.has(tokens[i - 2]!.key)) return false;
  let seen = false;
  for (let k = i - 1; k >= 0 && k >= i - POINT_SENTENCE; k--) {
    const t = tokens[k]!;
    if (isSentenceBreak(t)) break;
    if (hasStem(indexWords, t)) return false;
    if (k >= i - POINT_FROM_PERCENT && t.kind === TokenKind.Number && units.matchAt(tokens, k + 1, false)?.payload.unit === 'percent') seen = true;
    // `تراجعت شعبية ماكرون أربع نقاط`: a rating measured in percent
    if (hasStem(ratingWords, t)) seen = true;
  }
  return seen;
}
/** What a poll measures in percent, so that its changes are in percentage points (`شعبية`, `نسبة التأييد`). */
const ratingWords = keySet(['شعبية', 'شعبيته', 'شعبيتها', 'تأييد', 'التأييد', 'استطلاع', 'الاستطلاع', 'استطلاعات', 'الرضا', 'نوايا']);
const POINT_FROM_PERCENT = 10;
const POINT_SENTENCE = 40;
const indexWords = keySet(['مؤشر', 'المؤشر', 'مؤشرات', 'المؤشرات', 'البورصة', 'بورصة', 'السوق', 'الأسهم', 'داو', 'ناسداك', 'تاسي']);

/** The group after a partitive من: a plural or a noun that is no share, date, time or percentage word. */
function partitiveNoun(t: Token | undefined): boolean {
  if (!t || t.kind !== TokenKind.Arabic || notPartitive.has(t.key) || months.has(t.key) || hasStem(periodAdverbSet, t)) return false;
  const bare = t.key.startsWith('ال') ? t.key.slice(2) : t.key;
  return bare.length >= 3 && !months.has(bare) && !notPartitive.has(bare) && (t.key.startsWith('ال') ? true : isCountNoun(t));
}
/** A group after من: definite (`الجنود`), in construct (`أبناء الرئيس`), with a pronoun (`جنودها`), or `هؤلاء`; not a place (`من أستراليا`). */
function groupPhrase(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  if (t.key.startsWith('ال') || t.key === 'هولاء' || t.key === 'هؤلاء') return true;
  if (/(ه|ها|هم|نا)$/.test(t.key) && t.key.length >= 5) return true;
  const next = tokens[j + 1];
  return !!next && next.kind === TokenKind.Arabic && next.key.startsWith('ال');
}
const notPartitive = keySet(['الناتج', 'العمر', 'عمره', 'عمرها', 'أصل', 'اصل', 'كل', 'بين', 'إجمالي', 'اجمالي', 'مجموع', 'المئة', 'المائة', 'مئة', 'مائة', 'الألف', 'الشهر', 'الشهري', 'العام', 'السنة', 'الأسبوع', 'اليوم', 'الآن', 'الان', 'عام', 'شهر', 'سنة', 'أسبوع', 'يوم', 'أيام', 'الأيام', 'الأشهر', 'الشهور', 'السنوات', 'الأعوام', 'الساعات', 'الدقائق', 'حيث', 'خلال', 'جديد', 'جهة', 'قبل', 'بعد', 'المقرر', 'المتوقع', 'المنتظر', 'الممكن', 'المحتمل', 'أجل', 'اجل', 'الضروري', 'المفترض']);

function isCountNoun(t: Token | undefined): boolean {
  if (!t || t.kind !== TokenKind.Arabic || t.key.length < 2 || t.key.startsWith('ال')) return false;
  if (notCounted.has(t.key) || months.has(t.key)) return false;
  // `بالحجم`: a preposition and the article; `سيكون`: a future verb; neither is what a figure counts
  if (/^(بال|لل|كال|وال|فال)/.test(t.key)) return false;
  if (/^س[يتن]/.test(t.key) && t.key.length >= 5 && !/(ه|ات)$/.test(t.key)) return false;
  // `بزيادة`, `ارتفاعا`: a change word after the figure is not what it counts
  return !hasStem(increaseWords, t) && !hasStem(decreaseWords, t) && !hasStem(byWords, t);
}

// ---- the stage -------------------------------------------------------------------------------

export function extractNumbers(input: ExtractNumbersInput): NumericMention[] {
  const { tokens, text, key } = input;
  const out: NumericMention[] = [];
  /** Whether each mention of `out` is a duration (see attachDurations). */
  const durations: boolean[] = [];
  let resolveGeneric: ((generic: string) => string) | undefined;
  const generic = (g: string): string => {
    resolveGeneric ??= makeCurrencyResolver(key, input.outletCountryHint);
    return resolveGeneric(g);
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== TokenKind.Number && t.kind !== TokenKind.Arabic) continue;
    if (t.kind === TokenKind.Arabic && !mayStartNumber(t)) {
      // a dual unit with no number: `نقطتين مئويتين` is 2 percentage points, `ضعفين` twice
      const dual = dualUnitAt(tokens, i);
      if (dual) {
        const m = buildMention(tokens, { value: 2, next: i, first: i, kind: 'dual', scaled: false, rules: ['dual-unit'] }, text, generic);
        if (m) {
          out.push(m.mention);
          durations.push(m.isDuration);
          i = m.lastToken;
        }
      }
      continue;
    }
    const core = coreAt(tokens, i);
    if (!core) {
      // `نصف عدد السكان`, `نحو نصف حجم الاستثمارات`: a fraction of a quantity is a share of it
      const share = fractionShareAt(tokens, i);
      if (share) {
        out.push(share);
        durations.push(false);
        i++;
      }
      continue;
    }
    const m = buildMention(tokens, core, text, generic);
    if (!m) {
      i = core.next - 1;
      continue;
    }
    out.push(m.mention);
    durations.push(m.isDuration);
    i = m.lastToken;
  }
  return mergeRanges(inheritUnits(attachDurations(out, durations)), text);
}

/**
 * `بين 15 م د و22 م د`, `بين 75 مليون جنيه و100 مليون جنيه`: two whole quantities of one unit joined
 * by بين ... و are ONE range claim (ANNOTATION.md), from بين to the high end. Not من ... إلى: after a
 * change (`ارتفع من 5% إلى 7%`) those are two levels.
 */
function mergeRanges(mentions: NumericMention[], text: string): NumericMention[] {
  const out: NumericMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1];
    if (b && a.valueMax === undefined && b.valueMax === undefined && a.unit === b.unit && b.value > a.value) {
      const gap = text.slice(a.end, b.start);
      const head = RANGE_HEAD.exec(text.slice(Math.max(0, a.start - RANGE_HEAD_CHARS), a.start));
      const joined = head && RANGE_AND.test(gap);
      if (head && joined) {
        const start = a.start - head[0].length + head[0].indexOf(head[1]!);
        const period = b.period && !a.period ? b.period : a.period;
        const time = b.time && !a.time ? b.time : a.time;
        out.push(numericMention(start, b.end, a.value, b.value, a.unit, a.item, a.qualifier, a.change, period, time, [...a.rules, 'range-of-quantities']));
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
/** `بين` right before the low end. */
const RANGE_HEAD = /(بين)\s*$/;
const RANGE_HEAD_CHARS = 8;
const RANGE_AND = /^\s*و\s*$/;

const UNIT_FROM_CONTEXT = '\u0000context';

/** A scaled figure with no unit takes the currency of the money figure just before it, else it is a count. */
function inheritUnits(mentions: NumericMention[]): NumericMention[] {
  let lastMoney: { unit: string; end: number } | undefined;
  return mentions.map((m) => {
    if (m.unit !== UNIT_FROM_CONTEXT) {
      if (/^[A-Z]{3}$/.test(m.unit)) lastMoney = { unit: m.unit, end: m.end };
      return m;
    }
    const unit = lastMoney && m.start - lastMoney.end < 600 ? lastMoney.unit : 'count';
    return numericMention(m.start, m.end, m.value, m.valueMax, unit, m.item, m.qualifier, m.change, m.period, m.time, m.rules);
  });
}

// Whether a word may start a number (asked for every Arabic token): a filter of the signatures of
// every number, eleven-head and scale word turns most words away before any stem is made or any
// map probed. (Replaces a per-word cache: a 50,000-word map cost more to probe and held memory.)
const startFilter = new WordFilter();
for (const w of [...numberWords.keys(), ...elevenHeads, ...scales.keys()]) startFilter.add(w);
// (and with the article: `الألف وظيفة`, `التسعة آلاف`)
for (const w of [...numberWords.keys(), ...scales.keys()]) startFilter.add(`ال${w}`);
function mayStartNumber(t: Token): boolean {
  return startFilter.mayHaveStem(t) && computeMayStart(t);
}

function computeMayStart(t: Token): boolean {
  if (numberWords.has(t.key) || elevenHeads.has(t.key)) return true;
  if (t.key.startsWith('ال') && (numberWords.has(t.key.slice(2)) || scales.has(t.key.slice(2)))) return true;
  for (const s of stems(t.key)) if (scales.has(s) || (numberWords.has(s) && s !== 'ست')) return true;
  return false;
}

interface Built {
  mention: NumericMention;
  lastToken: number;
  isDuration: boolean;
}

/** The codes of generic currency words (`دولار`, `ريال`), whose country the article decides. */
const genericCurrencyCodes: ReadonlySet<string> = new Set(L.CURRENCY_WORDS.filter((c) => c.generic).map((c) => c.code));

function buildMention(tokens: readonly Token[], core: Core, text: string, generic: (g: string) => string): Built | undefined {
  // (the core's rules: each core is made for one mention)
  const rules = core.rules;
  const first = core.first;
  const t0 = tokens[first]!;
  const prev = tokens[first - 1];
  let start = t0.start;
  let value = core.value;
  let valueMax: number | undefined;
  let next = core.next;
  let scaled = core.scaled;

  // names and references: `Llama 4`, `S9`, `5G`, `المادة 3`, `الـ5`
  if (core.kind === 'digits') {
    if (prev && prev.end === t0.start && prev.kind === TokenKind.Latin) return undefined;
    const after = tokens[first + 1];
    if (after && after.start === t0.end && after.kind === TokenKind.Latin && !unitAt(tokens, first + 1, text)) return undefined;
    if (prev && prev.kind === TokenKind.Latin && !symbols.has(prev.key)) return undefined;
    // times and dates written with separators: 10:30, 12/5, 2018-02-19
    if (after && after.start === t0.end && (after.key === ':' || after.key === '/') && tokens[first + 2]?.kind === TokenKind.Number && tokens[first + 2]!.start === after.end) return undefined;
    if (prev && prev.end === t0.start && (prev.key === '/' || prev.key === ':')) return undefined;
  }

  // currency symbol before the number: `$20 مليار`
  let unit: UnitHit | undefined;
  if (prev && (prev.kind === TokenKind.Punct || prev.kind === TokenKind.Latin) && symbols.has(prev.key)) {
    unit = unitHit(symbols.get(prev.key)!, first, 1, undefined, 'symbol', undefined);
    start = prev.start;
    rules.push('currency-symbol-before');
  }
  // `%12` written before the number
  if (!unit && prev && prev.key === '%' && prev.end === t0.start) {
    unit = unitHit('percent', first, 1, undefined, 'percent', undefined);
    start = prev.start;
  }

  // ranges: `بين 115 و135 مليار`, `من 60 إلى 65 مليار`, `15-20 بالمئة`
  let rangeStartTok = first;
  const conn = tokens[next];
  const secondTok = tokens[next + 1];
  const dash = conn?.key === '-' && secondTok?.kind === TokenKind.Number;
  const glued = conn && conn.key.startsWith('و') && conn.key.length === 1;
  if (!unit || unit.next === first) {
    let secondIdx = -1;
    let rule = '';
    if (dash && (tokens[first - 1] === undefined || true)) {
      secondIdx = next + 1;
      rule = 'range-dash';
    } else if (conn && rangeTo.has(conn.key) && prev && (rangeBetween.has(prev.key) || (rangeFrom.has(prev.key) && conn.key !== 'و'))) {
      if (conn.key === 'و' ? rangeBetween.has(prev.key) : true) {
        secondIdx = next + 1;
        rule = rangeBetween.has(prev.key) ? 'range-between' : 'range-from-to';
      }
    } else if (conn && toWords.has(conn.key) && secondTok?.kind === TokenKind.Number && core.kind === 'digits' && !unitAt(tokens, next, text)) {
      // `3 إلى 4%`: the unit after the high end
      const u2 = coreAt(tokens, next + 1);
      const unit2 = u2 ? unitAt(tokens, u2.next, text) : undefined;
      if (unit2 && unit2.kind !== 'count' && unit2.kind !== 'duration') {
        secondIdx = next + 1;
        rule = 'range-to';
      }
    } else if (glued && prev && rangeBetween.has(prev.key)) {
      secondIdx = next + 1;
      rule = 'range-between';
    } else if (conn && conn.kind === TokenKind.Arabic && conn.key.startsWith('و') && numberWordAt(tokens, next, true) && prev && rangeBetween.has(prev.key)) {
      secondIdx = next;
      rule = 'range-between';
    }
    // the first end must not carry its own unit (`من 15% إلى 10%` is two levels, not a range) unless `بين`
    // (looked up only for a range: most figures have none, and their unit is looked up below)
    const firstUnit = secondIdx >= 0 && rule !== 'range-between' ? unitAt(tokens, next, text) : undefined;
    if (secondIdx >= 0 && (firstUnit === undefined || firstUnit.kind === 'count')) {
      const second = secondIdx < tokens.length ? coreAt(tokens, secondIdx) : undefined;
      if (second && second.kind !== 'scale') {
        let hi = second.value;
        if (!scaled && second.scaled) {
          // the scale of the high end applies to the low end: `115 و135 مليار`
          let factor = 1;
          for (let x = second.first; x < second.next; x++) factor = Math.max(factor, scaleAt(tokens, x, false)?.factor ?? 1);
          if (factor > 1) value *= factor;
        }
        if (hi >= value || (rule !== 'range-dash' && rule !== 'range-to')) {
          valueMax = hi;
          next = second.next;
          rules.push(rule);
          if (rule === 'range-between' || rule === 'range-from-to') {
            rangeStartTok = first - 1;
            start = Math.min(start, prev!.start);
          }
          if (hi < value) {
            valueMax = undefined;
            next = core.next;
            rules.pop();
            rangeStartTok = first;
            start = t0.start;
          }
          scaled = scaled || second.scaled;
        }
      }
    }
  }

  // the unit after the quantity
  if (!unit) {
    unit = unitAt(tokens, next, text);
    if (unit?.kind === 'count' && core.kind === 'words' && !scaled && hasStem(notCounted, tokens[next]) && !(tokens[next]?.key === 'من' && unit.next === next + 2)) unit = undefined;
  } else if (unit.next === first) {
    unit = unitHit(unit.unit, next, unit.count, unit.minor, unit.kind, unit.item);
    const after = unitAt(tokens, next, text);
    if (after && after.kind !== 'count' && after.kind !== 'duration') unit = unitHit(unit.unit, after.next, after.count, after.minor, after.kind, after.item);
  }
  if (!unit) {
    // a scaled figure with no unit written (`3 مليار`, `43 مليونا على الأقل`): the unit is decided
    // from the figures before it, after all mentions are known
    if (!scaled || core.kind === 'scale') return undefined;
    unit = unitHit(UNIT_FROM_CONTEXT, next, 1, undefined, 'count', undefined);
    rules.push('unit-from-context');
  }
  // `الـ5`, `المادة 3`, `الهاتف 7`: an ordinal or a reference, unless a real unit follows
  const weakUnit = unit.kind === 'count' || unit.kind === 'duration';
  if (core.kind === 'digits' && prev && weakUnit && !scaled) {
    if (prev.end === t0.start && prev.kind === TokenKind.Arabic && (prev.key === 'ال' || prev.key === 'لل' || prev.key === 'بال')) return undefined;
    if (hasStem(referenceNouns, prev)) return undefined;
  }
  // `1 X` and `واحدة` are names or adjectives far more often than counts
  if (unit.kind === 'count' && !scaled && valueMax === undefined && value === 1) return undefined;
  // `الاثني عشر شهرا`: a teen after a definite number word is part of an adjective
  if (core.kind === 'words' && prev && prev.key.startsWith('ال') && numberWords.has(prev.key.slice(2))) return undefined;
  // `على مدى ثلاث سنوات`, `خلال الفترة من 10 إلى 20 عاما`: a period, not a claimed duration
  if (unit.kind === 'duration') {
    for (let b = rangeStartTok - 1; b >= Math.max(0, rangeStartTok - 3); b--) if (durationCues.has(tokens[b]!.key)) return undefined;
    // `أدنى مستوى في 4 أشهر`: the span of a record level
    if (tokens[rangeStartTok - 1]?.key === 'في' && levelNouns.has(tokens[rangeStartTok - 2]?.key ?? '')) return undefined;
  }
  if (unit.kind === 'currency' || unit.kind === 'symbol') rules.push('unit-currency');
  else if (unit.kind === 'percent') rules.push('unit-percent');
  else if (unit.kind === 'duration') rules.push('unit-duration');
  else if (unit.kind === 'count') rules.push('unit-count');
  else rules.push('unit-measure');

  // a lone scale word needs a real unit or a counted noun after it, and a number word must not be an adjective
  if (core.kind === 'scale' && (unit.kind === 'duration')) return undefined;

  let unitCode = unit.unit;
  if (genericCurrencyCodes.has(unitCode)) {
    const resolved = generic(unitCode);
    if (resolved !== unitCode) rules.push('currency-country-hint');
    unitCode = resolved;
  }
  // a dual unit word alone means two (`نقطتين مئويتين`); after a number it only marks the unit
  if (unit.count === 2 && core.kind !== 'digits' && core.kind !== 'words') value = 2;
  if (unit.minor) {
    value *= unit.minor;
    if (valueMax !== undefined) valueMax *= unit.minor;
  }
  let end = tokens[unit.next - 1]!.end;
  let lastToken = unit.next - 1;
  if (unit.kind === 'symbol' && unit.next === first) end = tokens[next - 1]!.end;
  // (a dual with no number has no token before its unit: `ضعفين` may open the text)
  if (next > 0 && end < tokens[next - 1]!.end) {
    end = tokens[next - 1]!.end;
    lastToken = next - 1;
  }

  // years and dates: `عام 2025`, `2018`, `19 فبراير`
  if (core.kind === 'digits' && !scaled && valueMax === undefined) {
    const raw = tokens[first]!.key;
    const after = tokens[core.next];
    if (after && hasStem(months, after)) return undefined;
    if (prev && hasStem(months, prev)) return undefined;
    const isYearLike = /^(19|20)\d\d$/.test(raw) && !qualifiersBefore.matchEndingAt(tokens, first, 4, true);
    if (isYearLike && (unit.kind === 'count' || unit.kind === 'duration')) {
      if (!prev || hasStem(yearCues, prev) || unit.kind === 'duration' || isClauseBreak(prev) || yearPrepositions.has(prev.key)) return undefined;
      // `الربع الرابع 2017 ومقارنة`, `رؤية 2030 وجذب`: a year before the next word, not 2,017 of it
      // (round counts stay: `أكثر من 2000 سؤال`)
      if (unit.kind === 'count' && Number(raw) % 100 !== 0) return undefined;
    }
  }
  if (unit.kind === 'count' && valueMax === undefined && core.kind === 'digits' && prev && hasStem(yearCues, prev) && /^\d{4}$/.test(tokens[first]!.key)) return undefined;
  // `بعد 20 عاما من الآن`, `قبل 5 سنوات`, `منذ 10 أعوام`: a point in time, not a claimed duration
  // (`نافذا بعد 15 يوما` is a claimed delay: بعد only with `من الآن`, `من اليوم` after it)
  if (unit.kind === 'duration' && prev && (TIME_REFERENCE.has(prev.key) || (prev.key === 'بعد' && tokens[unit.next]?.key === 'من' && FROM_NOW.has(tokens[unit.next + 1]?.key ?? '')))) return undefined;

  // qualifier before (`نحو`, `بنحو`, `أكثر من`, `ما يصل إلى`) or after (`تقريبا`, `على الأقل`)
  let qualifier: Qualifier | undefined;
  let qualStartTok = rangeStartTok;
  // `تجاوزت الـ128 مليار`, `يصل لـ6.1 مليار`: the article or the preposition may stand alone between
  const detached = tokens[rangeStartTok - 1]?.kind === TokenKind.Arabic && DETACHED.has(tokens[rangeStartTok - 1]!.key);
  const qb = qualifiersBefore.matchEndingAt(tokens, rangeStartTok, 4, true) ?? (detached ? qualifiersBefore.matchEndingAt(tokens, rangeStartTok - 1, 4, true) : undefined);
  let qualClitic = '';
  if (qb) {
    if (qb.payload) {
      qualifier = qb.payload;
      rules.push('qualifier-before');
    } else rules.push('level-after-change');
    qualStartTok = qb.start;
    qualClitic = qb.clitic;
  }
  const qa = qualifiersAfter.matchAt(tokens, lastToken + 1, false);
  if (qa && !qualifier && qa.payload) {
    qualifier = qa.payload;
    rules.push('qualifier-after');
  }

  // change direction: a change word in the clause before, linked by `ب`/`بنسبة` or directly
  let change: Change | undefined;
  if (unit.kind !== 'duration' && !(qb && qb.payload === null)) change = findChange(tokens, qualStartTok, qualClitic, rules, unit.kind === 'percent' || unit.kind === 'currency' || unit.kind === 'symbol' || unit.unit === 'percentage_point' || unit.unit === 'point', text);

  // per-day measures: `100 ألف برميل يوميا`, `350 مليون قدم مكعب يوميا`
  const afterUnit = tokens[lastToken + 1];
  if (unit.kind === 'unit' && !unitCode.endsWith('_per_day') && afterUnit && perDay.has(afterUnit.key)) {
    unitCode = `${unitCode}_per_day`;
    end = afterUnit.end;
    lastToken++;
  } else if (unit.kind === 'unit' && !unitCode.endsWith('_per_day') && afterUnit?.key === 'من' && perDay.has(tokens[lastToken + 3]?.key ?? '')) {
    // `350 مليون قدم مكعب من الغاز يوميا`: per day too; the span stays on the measure
    unitCode = `${unitCode}_per_day`;
  }
  const found = findPeriod(tokens, lastToken + 1, qualStartTok, text, change !== undefined);
  // `قدم مكعب من الغاز يوميا`: the per-day word is part of the unit, not a period
  const period = found && unitCode.endsWith('_per_day') && perDay.has(matchKey(text.slice(found.start, found.end))) ? undefined : found;
  let periodSpan: TextRange | undefined;
  let timeSpan: TextRange | undefined;
  if (period) {
    if (period.isTime) timeSpan = { start: period.start, end: period.end };
    else periodSpan = { start: period.start, end: period.end };
    rules.push(period.rule);
  }
  const mention = numericMention(start, end, value, valueMax, unitCode, unit.item ? unit.item : undefined, qualifier ? qualifier : undefined, change ? change : undefined, periodSpan, timeSpan, rules);
  return { mention, lastToken, isDuration: unit.kind === 'duration' };
}

/**
 * How far back a change word may stand: `خفضت بالفعل الوقت على موقع الفيسبوك بنحو 5 في المائة`
 * (linked by ب); `وارتفعت مبيعات أجهزة أيباد 2 بالمائة` (a rate or sum right after the subject).
 */
/** Plural fractions after a count (`ثلاثة أرباع`, `أربعة أخماس`) and their denominators. */
const FRACTION_PLURALS = new Map(L.FRACTION_PLURALS.map((f) => [matchKey(f.form), f.of] as const));

/** Words that make the duration after them a point in time. */
const TIME_REFERENCE = keySet(['قبل', 'منذ']);
const FROM_NOW = keySet(['الآن', 'اليوم']);
/** A clitic written apart before a number (`الـ 128`, `لـ 6.1`): no word of its own. */
const DETACHED = new Set(['ال', 'ل']);
const UNTIL = matchKey('حتى');
const CHANGE_WINDOW = 8;
/** What may follow `فقد` (lost) before its object: `فقد في العام الأخير 17 بالمئة`, `فقد نحو`. */
const AFTER_LOST = keySet(['في', 'خلال', 'منذ', 'حتى', 'من', 'نحو', 'حوالي', 'قرابة', 'أكثر', 'ما', 'أيضا', 'بذلك']);
const OBJECT_WINDOW = 2;

function findChange(tokens: readonly Token[], qualStart: number, qualClitic: string, rules: string[], measured: boolean, text: string): Change | undefined {
  const before = tokens[qualStart - 1];
  if (!before) return undefined;
  let linked = qualClitic.endsWith('ب');
  let k = qualStart - 1;
  // the linking word right before: `بنسبة`, `ب`, `بمقدار` (by) or `إلى`, `عند`, `من` (level)
  if (levelPreps.has(before.key) || (before.key.startsWith('ل') && (before.key === 'لتصل' || before.key === 'ليصل' || before.key === 'لتبلغ' || before.key === 'ليبلغ'))) return undefined;
  if (byWords.has(before.key)) {
    linked = true;
    k--;
    // `برفعه إلى نسبة 2%`: a rate reached, not the size of the change
    if (tokens[k] && levelPreps.has(tokens[k]!.key)) return undefined;
  }
  // the change word within a short window, never across a clause break
  for (let steps = 0; k >= 0 && steps < CHANGE_WINDOW; k--, steps++) {
    const t = tokens[k]!;
    if (isClauseBreak(t) || t.kind === TokenKind.Number) break;
    // (`ونتوقع زيادتهم 50 بالمئة`: the noun with a possessive pronoun too)
    const bare = withoutPossessive(t, text);
    const inc = hasStem(increaseWords, t) || (bare !== undefined && increaseWords.has(bare));
    // `فقد استحوذ`: the particle ف + قد before a verb, not `فقد` (lost)
    const dec = ((hasStem(decreaseWords, t) && !(t.key === 'فقد' && tokens[k + 1]?.kind === TokenKind.Arabic && !tokens[k + 1]!.key.startsWith('ال') && !AFTER_LOST.has(tokens[k + 1]!.key))) || (bare !== undefined && decreaseWords.has(bare)));
    if (inc || dec) {
      // direct object (`تفقد ... 200 مليار`) only when close, unless a rate or a sum follows the
      // change verb's subject; `ب`-linked anywhere in the window
      if (!linked && steps > OBJECT_WINDOW && !(measured && startsClause(tokens, k))) return undefined;
      rules.push(linked ? 'change-by' : 'change-object');
      return inc ? 'increase' : 'decrease';
    }
    if (!linked && levelPreps.has(t.key)) return undefined;
  }
  return undefined;
}

/** A noun's key without a possessive pronoun (`زيادتهم` -> `زياده`, `ارتفاعها` -> `ارتفاع`), or undefined. */
function withoutPossessive(t: Token, text: string): string | undefined {
  // (`إضافة` ends in ة, which the key writes as ه: no pronoun there)
  if (t.kind !== TokenKind.Arabic || text.charCodeAt(t.end - 1) === 0x0629) return undefined;
  // (asked of every word before a figure: most end in no pronoun's last letter, ه ا م, or are too
  // short to carry one after three letters, and are turned away before the regexes run)
  const key = t.key;
  const last = key.charCodeAt(key.length - 1);
  if (key.length < 4 || (last !== 0x0647 && last !== 0x0627 && last !== 0x0645)) return undefined;
  const m = /^(..+?)(ه|ها|هم|هما)$/.exec(t.key.replace(/^[وف]/, ''));
  if (!m || m[1]!.length < 3) return undefined;
  return m[1]!.endsWith('ت') ? `${m[1]!.slice(0, -1)}ه` : m[1];
}

/** A verb opening its clause (`وارتفعت`, after a full stop or a comma): its subject, then the figure. */
function startsClause(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  const first = tokens[k]!.key.charCodeAt(0);
  return !before || isClauseBreak(before) || first === 0x0648 || first === 0x0641; // و ف
}

interface PeriodHit {
  start: number;
  end: number;
  isTime: boolean;
  rule: string;
}

/** The period or time attached to a quantity: a cue phrase after it, or a period adjective before it. */
function findPeriod(tokens: readonly Token[], from: number, before: number, text: string, changed: boolean): PeriodHit | undefined {
  for (let k = from, steps = 0; k < tokens.length && steps < 10; k++, steps++) {
    const t = tokens[k]!;
    // another quantity in between has the period after it: `5% أو ما يقرب من 50 مليون ساعة في اليوم`
    if (isSentenceBreak(t) || (t.kind === TokenKind.Punct && (t.key === '،' || t.key === ',')) || t.kind === TokenKind.Number) break;
    // (nor past the end of its paragraph: a list item's figure has no sentence mark after it)
    if (k > 0 && newlineBetween(text, tokens[k - 1]!.end, t.start)) break;
    const adverb = periodAdverbs.matchAt(tokens, k, false);
    if (adverb && steps <= 2) return { start: t.start, end: tokens[adverb.next - 1]!.end, isTime: false, rule: 'period-adverb-after' };
    const cue = periodCues.matchAt(tokens, k, false);
    if (!cue) continue;
    // the cue's phrase: time words, durations, years and number words after it
    let e = cue.next;
    let hasYear = false;
    let words = 0;
    while (e < tokens.length) {
      const w = tokens[e]!;
      if (w.kind === TokenKind.Number) {
        if (/^(19|20)\d\d$/.test(w.key)) hasYear = true;
        e++;
        continue;
      }
      if (w.kind !== TokenKind.Arabic) break;
      // `الشهور الـ 11 الماضية` (the article written apart), `من يناير 2009 حتى يناير 2018` (months)
      if (hasStem(periodWords, w) || numberWords.has(w.key) || unitIsDuration(tokens, e) || w.key === 'ال' || hasStem(months, w) || (w.key === UNTIL && words > 0)) {
        e++;
        words++;
        continue;
      }
      break;
    }
    // trailing words that close a period but are not part of it
    while (e > cue.next && PERIOD_TRAILERS.has(tokens[e - 1]!.key)) e--;
    const meaningful = e > cue.next && (words > 0 || hasYear);
    if (!meaningful) continue;
    const firstWord = tokens[cue.next]!;
    if (firstWord.key === 'من') continue;
    const cueKey = tokens[k]!.key;
    // `في اليوم`, `في الشهر`: per day, per month
    // (right after the quantity, and not `في اليوم التالي`)
    const perUnit = cueKey === 'في' && steps <= 1 && e === cue.next + 1 && PER_UNIT.has(firstWord.key) && !(tokens[e]?.kind === TokenKind.Arabic && tokens[e]!.key.startsWith('ال'));
    if (cueKey === 'في' && !hasYear && !perUnit && !startsWithPeriodHead(tokens, cue.next)) continue;
    // `مقارنة مع 2016`, `عن عام 2016`: the base of a comparison is its period, not a date
    // (`عن` only after a change: `23% عن عام 2017` is the year it is for)
    const comparison = COMPARISON_CUES.has(cueKey) && (changed || cueKey !== 'عن');
    // (a span `من يناير 2009 حتى يناير 2017` is a period too)
    let span = false;
    for (let x = cue.next; x < e && !span; x++) span = tokens[x]!.key === UNTIL;
    const isTime = hasYear && !comparison && !span && !durationIn(tokens, cue.next, e);
    return { start: t.start, end: tokens[e - 1]!.end, isTime, rule: isTime ? 'time-after' : 'period-after' };
  }
  // a period adjective on the quantity's noun before it: `أرباح الشركة الفصلية بلغت 20 مليار`
  for (let k = before - 1, steps = 0; k >= 0 && steps < 5; k--, steps++) {
    const t = tokens[k]!;
    if (isClauseBreak(t)) break;
    const adverb = periodAdverbs.matchAt(tokens, k, false);
    if (adverb) return { start: t.start, end: tokens[adverb.next - 1]!.end, isTime: false, rule: 'period-adjective-before' };
  }
  void text;
  return undefined;
}

function unitIsDuration(tokens: readonly Token[], i: number): boolean {
  const m = units.matchAt(tokens, i, true);
  return !!m && m.payload.kind === 'duration';
}
function durationIn(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (unitIsDuration(tokens, k) && tokens[k]!.kind === TokenKind.Arabic && !/^(عام|العام|لعام)$/.test(tokens[k]!.key)) return true;
  return false;
}
/** Words that close a period's phrase but are not part of it. */
const PERIOD_TRAILERS = keySet(['فقط', 'من']);
/** After `في`, a period starts with a duration (`في يومين`, `في 4 أشهر`, `في السنوات الثلاث`), not with any word. */
const PER_UNIT = keySet(['اليوم', 'الشهر', 'السنة', 'الأسبوع', 'الساعة']);
const COMPARISON_CUES = keySet(['مقارنة', 'قياسا', 'عن']);

function startsWithPeriodHead(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (t.kind === TokenKind.Number) return unitIsDuration(tokens, i + 1) || /^(19|20)\d\d$/.test(t.key);
  if (numberWords.has(t.key)) return unitIsDuration(tokens, i + 1);
  if (unitIsDuration(tokens, i)) return true;
  return /^(ال)?(سنوات|أعوام|اعوام|أشهر|اشهر|شهور|أيام|ايام|أسابيع|اسابيع|ساعات|الفترة|فترة|الربع|النصف|العام|عام)$/.test(t.key);
}

/**
 * Durations (`3 سنوات`) are claims only when nothing else in their clause is a quantity; otherwise
 * they are the period of that quantity and were already attached to it.
 */
function attachDurations(mentions: readonly NumericMention[], durations: readonly boolean[]): NumericMention[] {
  const out: NumericMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (durations[i] && coveredByPeriod(mentions, durations, i)) continue;
    out.push(m);
  }
  return out;
}

/** Another mention, not a duration, whose period or time holds mention `i`. */
function coveredByPeriod(mentions: readonly NumericMention[], durations: readonly boolean[], i: number): boolean {
  const m = mentions[i]!;
  for (let j = 0; j < mentions.length; j++) {
    const o = mentions[j]!;
    if (j === i || durations[j]) continue;
    if ((o.period && o.period.start <= m.start && o.period.end >= m.end) || (o.time && o.time.start <= m.start && o.time.end >= m.end)) return true;
  }
  return false;
}

/** Resolves generic currency words (`ريال`) by the country the article talks about most. */
function makeCurrencyResolver(key: string, outletHint?: string): (generic: string) => string {
  // the scores of one generic word's currencies, counted when it is first asked about: only the
  // hints that name a currency for it are searched for (each search is a pass over the article)
  const scores = new Map<string, Map<string, number>>();
  const scoresOf = (generic: string): Map<string, number> => {
    let m = scores.get(generic);
    if (m) return m;
    m = new Map<string, number>();
    for (const hint of countryHints) {
      if (!Object.hasOwn(hint.currencies, generic)) continue;
      let n = 0;
      for (const name of hint.names) {
        let at = key.indexOf(name);
        while (at >= 0) {
          n++;
          at = key.indexOf(name, at + name.length);
        }
      }
      if (n === 0) continue;
      for (const [g, code] of Object.entries(hint.currencies)) if (g === generic) m.set(code, (m.get(code) ?? 0) + n);
    }
    scores.set(generic, m);
    return m;
  };
  return (g) => {
    const m = scoresOf(g);
    if (m.size > 0) return [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
    if (outletHint) {
      const byOutlet = countryHints.find((h) => h.names.includes(matchKey(outletHint)));
      const code = byOutlet?.currencies[g];
      if (code) return code;
    }
    return g;
  };
}

