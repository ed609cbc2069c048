import type { PreparedLexicon } from './lexicon/index.js';
import type { PeriodPhrase, Quantity, QuantityKind, Token, Tokenized } from './types.js';
import { breaksClause, isCapitalized } from './01-tokenize.js';
import { listPhraseAt } from './words.js';

/** A number as written: digits (with a glued symbol, suffix or range) or words. */
interface Core {
  readonly first: number;
  readonly last: number;
  value: number;
  valueMax?: number;
  currency?: string;
  minor?: number;
  scaled: boolean;
  percent: boolean;
  gluedUnit?: string;
  multiple: boolean;
  /** Written with digits, no separator, four digits: may be a year. */
  readonly yearLike: boolean;
  readonly words: boolean;
  readonly rules: string[];
}

const MAX_TOKEN = 40;

/**
 * Finds the quantities of the article: money, percentages, percentage and basis points, index
 * points, counts with their item, measures, durations with a duration cue, and multiples. Years,
 * dates, times, labels (`page 3`), model names (`Llama 4`), bare small numbers and numbers inside
 * period phrases are not quantities. Also returns the period phrases it turned into durations.
 */
export function findQuantities(
  lex: PreparedLexicon,
  doc: Tokenized,
  periods: readonly PeriodPhrase[],
): { quantities: Quantity[]; periods: PeriodPhrase[] } {
  const { tokens } = doc;
  const numberRe = buildNumberRe(lex);
  const inPeriod = new Int32Array(tokens.length).fill(-1);
  periods.forEach((p, n) => {
    for (let k = p.first; k <= p.last; k++) inPeriod[k] = n;
  });
  const usedPeriods = new Set<number>();
  const quantities: Quantity[] = [];
  for (let i = 0; i < tokens.length; ) {
    if (inPeriod[i]! >= 0) {
      const n = inPeriod[i]!;
      const duration = durationFromPeriod(lex, tokens, periods[n]!);
      if (duration !== undefined) {
        quantities.push(duration);
        usedPeriods.add(n);
      }
      i = periods[n]!.last + 1;
      continue;
    }
    const q = quantityAt(lex, tokens, i, numberRe, inPeriod);
    if (q === undefined) {
      i++;
      continue;
    }
    if (q !== null) quantities.push(q.quantity);
    i = q === null ? i + 1 : q.quantity.last + 1;
  }
  return { quantities, periods: periods.filter((_, n) => !usedPeriods.has(n)) };
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function buildNumberRe(lex: PreparedLexicon): RegExp {
  const symbols = [...lex.raw.currencySymbols].sort((a, b) => b.symbol.length - a.symbol.length).map((s) => escape(s.symbol));
  const sym = `(${symbols.join('|')})?`;
  const num = '(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)';
  // symbol? number (dash symbol? number)? suffix?   -- anchored; every part is a fixed alternation or a digit run.
  return new RegExp(`^${sym}${num}(?:[-\u2013]${sym}${num})?(%|[A-Za-z]{1,4}|-[A-Za-z]{1,8})?$`);
}

function symbolCode(lex: PreparedLexicon, symbol: string | undefined): string | undefined {
  if (symbol === undefined) return undefined;
  return lex.raw.currencySymbols.find((s) => s.symbol === symbol)?.code;
}

const toNumber = (s: string): number => Number(s.replace(/,/g, ''));

/** Parses a digit token (`$600`, `600bn`, `US$7`, `€5m`, `12%`, `10-15%`, `$1.5-billion`, `3nm`). */
function digitCore(lex: PreparedLexicon, tokens: readonly Token[], i: number, re: RegExp): Core | undefined {
  const t = tokens[i]!;
  if (t.text.length > MAX_TOKEN) return undefined;
  const m = re.exec(t.text);
  if (m === null) return undefined;
  const [, sym1, n1, sym2, n2, suffix] = m;
  const currency = symbolCode(lex, sym1) ?? symbolCode(lex, sym2);
  const core: Core = {
    first: i,
    last: i,
    value: toNumber(n1!),
    scaled: false,
    percent: false,
    multiple: false,
    yearLike: /^\d{4}$/.test(n1!) && sym1 === undefined,
    words: false,
    rules: ['en-number-digits'],
  };
  if (n2 !== undefined) {
    core.valueMax = toNumber(n2);
    core.rules.push('en-range-dash');
  }
  if (currency !== undefined) {
    core.currency = currency;
    core.rules.push('en-currency-symbol');
  }
  if (suffix !== undefined) {
    const s = suffix.toLowerCase();
    const factor = lex.gluedScales.get(s) ?? (currency !== undefined ? lex.gluedScalesWithCurrency.get(s) : undefined);
    if (s === '%') {
      core.percent = true;
      core.rules.push('en-percent-sign');
    } else if (factor !== undefined) {
      scale(core, factor);
      core.rules.push('en-scale-suffix');
    } else if (lex.raw.gluedUnits[s] !== undefined && currency === undefined) {
      core.gluedUnit = lex.raw.gluedUnits[s]!;
      core.rules.push('en-unit-suffix');
    } else if (s === 'x' && currency === undefined) {
      core.multiple = true;
      core.rules.push('en-multiple-x');
    } else return undefined;
  }
  if (core.valueMax !== undefined && core.valueMax < core.value) return undefined;
  return core;
}

function scale(core: Core, factor: number): void {
  core.value = round(core.value * factor);
  if (core.valueMax !== undefined) core.valueMax = round(core.valueMax * factor);
  core.scaled = true;
}

/** Rounds away float noise (`4.1 * 1e9`). */
function round(v: number): number {
  return Number(v.toPrecision(12));
}

/** Parses written-out numbers: `three`, `twenty five`, `a billion`, `two and a half`, `1.5`-free. */
function wordCore(lex: PreparedLexicon, tokens: readonly Token[], i: number): Core | undefined {
  const sentence = tokens[i]!.sentence;
  let total = 0;
  let current = 0;
  let seen = false;
  let scaled = false;
  let k = i;
  for (; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.sentence !== sentence) break;
    if (k > i && breaksClause(tokens[k - 1]!)) break;
    const w = t.lower;
    const unit = lex.raw.unitWords[w];
    const mult = lex.raw.multiplierWords[w];
    const next = tokens[k + 1];
    if (unit !== undefined && unit > 0) {
      current += unit;
      seen = true;
    } else if (mult !== undefined && (seen || k > i)) {
      if (mult === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * mult;
        current = 0;
      }
      scaled = mult >= 1000 || scaled;
      seen = true;
    } else if ((w === 'a' || w === 'an') && !seen && next !== undefined && lex.raw.multiplierWords[next.lower] !== undefined) {
      current = 1;
    } else if (w === 'and' && seen && next !== undefined && (lex.raw.unitWords[next.lower] !== undefined || next.lower === 'a')) {
      continue;
    } else if (w === 'a' && seen && next?.lower === 'half') {
      continue;
    } else if (w === 'half' && seen && tokens[k - 1]?.lower === 'a') {
      current += 0.5;
    } else break;
  }
  if (!seen) return undefined;
  return {
    first: i,
    last: k - 1,
    value: total + current,
    scaled,
    percent: false,
    multiple: false,
    yearLike: false,
    words: true,
    rules: ['en-number-words'],
  };
}

/** A number at token i: digits or words, with a currency code before and a scale word after. */
function coreAt(lex: PreparedLexicon, tokens: readonly Token[], i: number, re: RegExp): Core | undefined {
  const t = tokens[i]!;
  const code = lex.currencyCodes.has(t.text) ? (lex.raw.codeAliases[t.text] ?? t.text) : undefined;
  const at = code !== undefined ? i + 1 : i;
  if (at >= tokens.length || tokens[at]!.sentence !== t.sentence || (code !== undefined && breaksClause(t))) return undefined;
  let core = digitCore(lex, tokens, at, re) ?? wordCore(lex, tokens, at);
  if (core === undefined) return undefined;
  if (code !== undefined) {
    if (core.currency !== undefined) return undefined;
    core = { ...core, first: i, currency: code, rules: [...core.rules, 'en-currency-code-before'] };
  }
  // Scale word after digits: `600 billion`, `7 bn`.
  const next = tokens[core.last + 1];
  if (!core.words && !core.scaled && next !== undefined && next.sentence === t.sentence && !breaksClause(tokens[core.last]!)) {
    const factor = lex.scaleWords.get(next.lower);
    if (factor !== undefined) {
      core = { ...core, last: core.last + 1, rules: [...core.rules, 'en-scale-word'] };
      scale(core, factor);
    }
  }
  return core;
}

interface Found {
  quantity: Quantity;
}

/** `undefined`: no number here; `null`: a number that is not a claim; else the quantity. */
function quantityAt(
  lex: PreparedLexicon,
  tokens: readonly Token[],
  i: number,
  re: RegExp,
  inPeriod: Int32Array,
): Found | null | undefined {
  const t = tokens[i]!;
  const sentence = t.sentence;
  // `twice as large`
  if (t.lower === 'twice') {
    const next = tokens[i + 1];
    if (next !== undefined && next.sentence === sentence && lex.sets.multipleFollowers.has(next.lower)) {
      return { quantity: make(tokens, i, i, 2, undefined, 'multiple', 'multiple', undefined, ['en-multiple-twice']) };
    }
    return undefined;
  }
  let core = coreAt(lex, tokens, i, re);
  if (core === undefined) return undefined;
  const prev = tokens[core.first - 1]?.sentence === sentence ? tokens[core.first - 1] : undefined;
  let last = core.last;
  const after = (k: number): Token | undefined => {
    const tk = tokens[k];
    return tk !== undefined && tk.sentence === sentence && !breaksClause(tokens[k - 1]!) && inPeriod[k]! < 0 ? tk : undefined;
  };

  // Range: `60 to 65 billion`, `$60 billion to $65 billion`, `between 5% and 7%`.
  const joiner = after(last + 1);
  const fromAfterChange = prev?.lower === 'from' && changeVerbBefore(lex, tokens, core.first - 1);
  if (core.valueMax === undefined && joiner !== undefined && (joiner.lower === 'to' || (joiner.lower === 'and' && prev?.lower === 'between')) && !fromAfterChange) {
    const second = after(last + 2) !== undefined ? coreAt(lex, tokens, last + 2, re) : undefined;
    const kindOf = (c: Core): string => c.currency ?? (c.percent ? '%' : c.gluedUnit ?? '');
    // `60 to 65 billion dollars`, `$60 to 65 billion`, `5 to 7%`; never `rose 18% to $41.2 billion`.
    const compatible =
      second !== undefined &&
      (kindOf(second) === kindOf(core) || kindOf(core) === '' || (kindOf(second) === '' && core.currency !== undefined));
    if (second !== undefined && second.valueMax === undefined && compatible) {
      let low = core.value;
      if (!core.scaled && second.scaled) {
        const factor = second.value / rawValue(tokens, second, re, lex);
        if (Number.isFinite(factor) && factor > 1) low = round(low * factor);
      }
      if (second.value >= low) {
        core = {
          ...core,
          last: second.last,
          value: low,
          valueMax: second.value,
          scaled: core.scaled || second.scaled,
          percent: core.percent || second.percent,
          rules: [...core.rules, joiner.lower === 'and' ? 'en-range-between' : 'en-range-to'],
        };
        if (second.currency !== undefined) core.currency = second.currency;
        last = core.last;
      }
    }
  }

  // Not claims: dates, times, labels, model names.
  const next = after(last + 1);
  if (next !== undefined && (lex.sets.monthWords.has(next.lower) || lex.sets.timeWordsAfter.has(next.lower))) return null;
  if (prev !== undefined && lex.sets.monthWords.has(prev.lower) && core.currency === undefined && !core.percent) return null;
  if (prev !== undefined && lex.sets.labelWordsBefore.has(prev.lower.replace(/\.$/, '')) && core.currency === undefined && !core.percent) return null;
  if (core.currency === undefined && !core.percent && !core.scaled && prev !== undefined && isModelName(prev, core)) return null;

  let unit: string | undefined;
  let kind: QuantityKind | undefined;
  let item: string | undefined;
  const rules = [...core.rules];
  let value = core.value;
  let valueMax = core.valueMax;

  if (core.currency !== undefined) {
    unit = core.currency;
    kind = 'money';
    // `US$7 billion dollars` is rare; a currency word after a symbol is left alone.
  } else if (core.percent) {
    unit = 'percent';
    kind = 'percent';
    const pp = next !== undefined && (next.lower === 'points' || next.lower === 'point') ? 1 : 0;
    if (pp) {
      unit = 'percentage_point';
      kind = 'percentage_point';
      last += 1;
      rules.push('en-percentage-points');
    }
  } else if (core.gluedUnit !== undefined) {
    unit = core.gluedUnit;
    kind = 'measure';
  } else if (core.multiple) {
    unit = 'multiple';
    kind = 'multiple';
  } else if (next !== undefined) {
    const n = next.i;
    const ppLen = listPhraseAt(tokens, n, lex.raw.percentagePointWords, sentence);
    const pctLen = ppLen > 0 ? 0 : listPhraseAt(tokens, n, lex.raw.percentWords, sentence);
    const bpLen = listPhraseAt(tokens, n, lex.raw.basisPointWords, sentence);
    const two = tokens[n + 1]?.sentence === sentence ? `${next.lower} ${tokens[n + 1]!.lower}` : undefined;
    const currencyTwo = two !== undefined ? lex.currencyWords.get(two) : undefined;
    const currencyOne = lex.currencyWords.get(next.lower);
    const codeAfter = lex.currencyCodes.has(next.text) ? (lex.raw.codeAliases[next.text] ?? next.text) : undefined;
    const measureTwo = two !== undefined ? lex.measureUnits.get(two) : undefined;
    const measureOne = lex.measureUnits.get(next.lower);
    if (ppLen > 0) {
      unit = 'percentage_point';
      kind = 'percentage_point';
      last = n + ppLen - 1;
      rules.push('en-percentage-points');
    } else if (pctLen > 0) {
      unit = 'percent';
      kind = 'percent';
      last = n + pctLen - 1;
      rules.push('en-percent-word');
    } else if (bpLen > 0) {
      unit = 'basis_point';
      kind = 'basis_point';
      last = n + bpLen - 1;
      rules.push('en-basis-points');
    } else if (currencyTwo !== undefined || currencyOne !== undefined) {
      const c = (currencyTwo ?? currencyOne)!;
      unit = c.code;
      kind = 'money';
      value = round(value * c.minor);
      if (valueMax !== undefined) valueMax = round(valueMax * c.minor);
      last = n + (currencyTwo !== undefined ? 1 : 0);
      rules.push(c.minor === 1 ? 'en-currency-word' : 'en-currency-minor');
    } else if (codeAfter !== undefined) {
      unit = codeAfter;
      kind = 'money';
      last = n;
      rules.push('en-currency-code-after');
    } else if (measureTwo !== undefined || measureOne !== undefined) {
      const m = (measureTwo ?? measureOne)!;
      last = n + (measureTwo !== undefined ? 1 : 0);
      unit = m.unit;
      kind = 'measure';
      const perDay = after(last + 1) !== undefined ? listPhraseAt(tokens, last + 1, [['a', 'day'], ['per', 'day']], sentence) : 0;
      if (m.perDay !== undefined && perDay > 0) {
        unit = m.perDay;
        last += perDay;
      }
      rules.push('en-measure-unit');
    } else if (next.lower === 'times' && lex.sets.multipleFollowers.has(tokens[n + 1]?.sentence === sentence ? tokens[n + 1]!.lower : '')) {
      unit = 'multiple';
      kind = 'multiple';
      last = n;
      rules.push('en-multiple-times');
    } else if (lex.raw.indexPointWords.some((w) => w[0] === next.lower) && !core.words) {
      unit = 'point';
      kind = 'point';
      last = n;
      rules.push('en-index-points');
    } else if (lex.raw.durationUnits[next.lower] !== undefined) {
      const cue = tokens.slice(Math.max(0, core.first - 3), core.first).some((tk) => tk.sentence === sentence && lex.sets.durationClaimCues.has(tk.lower));
      if (!cue) return null;
      unit = lex.raw.durationUnits[next.lower]!;
      kind = 'duration';
      last = n;
      rules.push('en-duration');
    } else if (tokens[core.last]!.post === '-' && next.tags.has('Noun') && !next.tags.has('Pronoun') && !core.words) {
      // `a 281-store pharmacy business`
      item = next.text;
      last = n;
      unit = 'count';
      kind = 'count';
      rules.push('en-count-compound');
    } else {
      const found = itemAfter(lex, tokens, n, sentence, inPeriod);
      if (found !== undefined) {
        item = found.item;
        last = found.last;
        unit = 'count';
        kind = 'count';
        rules.push('en-count-item');
      }
    }
  }
  if (unit === undefined || kind === undefined) {
    // A bare number: a count only when it is large (a scale word, or thousands written out).
    const text = tokens[core.first]!.text;
    if (core.scaled || (/,\d{3}/.test(text) && !core.words)) {
      unit = 'count';
      kind = 'count';
      rules.push('en-count-bare');
    } else return null;
  }
  if (kind === 'count') {
    if (core.yearLike && !core.scaled && (item === undefined || (prev !== undefined && lex.sets.yearWordsBefore.has(prev.lower)))) return null;
    if (tokens[core.first]!.lower === 'one' && !core.scaled) return null;
  }
  if (core.yearLike && core.valueMax !== undefined && !core.percent && core.currency === undefined) return null;
  return { quantity: make(tokens, core.first, last, value, valueMax, unit, kind, item, rules) };
}

/** True when a change verb stands within four words before token `at` (`rose from 5% to 7%`: two levels). */
function changeVerbBefore(lex: PreparedLexicon, tokens: readonly Token[], at: number): boolean {
  const sentence = tokens[at]!.sentence;
  for (let k = at - 1; k >= 0 && k >= at - 4; k--) {
    const t = tokens[k]!;
    if (t.sentence !== sentence || breaksClause(t)) return false;
    if (lex.raw.changeVerbs[t.lower] !== undefined) return true;
  }
  return false;
}

/** The number a core's digits say before any scale (to carry `65 billion`'s scale to `60`). */
function rawValue(tokens: readonly Token[], core: Core, re: RegExp, lex: PreparedLexicon): number {
  if (core.words) return core.value;
  const first = lex.currencyCodes.has(tokens[core.first]!.text) ? core.first + 1 : core.first;
  const m = re.exec(tokens[first]!.text);
  return m === null ? core.value : toNumber(m[2]!);
}

function isModelName(prev: Token, core: Core): boolean {
  if (!isCapitalized(prev) || core.words) return false;
  if (/[\s,;:()"“”]/.test(prev.post.replace(/^ $/, ''))) return false;
  for (const tag of ['Determiner', 'Preposition', 'Conjunction', 'Adverb', 'Verb', 'Value', 'Pronoun', 'Month', 'Date', 'Possessive']) {
    if (prev.tags.has(tag)) return false;
  }
  return !/'s$|’s$/.test(prev.text);
}

/** Words in -s that are not plural nouns. */
const NOT_PLURAL = new Set(['is', 'was', 'has', 'does', 'as', 'this', 'its', 'plus', 'less', 'us', 'thus', 'always', 'perhaps', 'whereas', 'besides', 'sometimes', 'nevertheless', 'afterwards', 'towards', 'across', 'unless', 'ones']);

const ITEM_STOP_TAGS = ['Verb', 'Preposition', 'Determiner', 'Conjunction', 'Pronoun', 'Value', 'Date', 'Adverb'];

/** The counted noun after a number: up to three words ending on a plural noun (`monthly active users`). */
function itemAfter(
  lex: PreparedLexicon,
  tokens: readonly Token[],
  from: number,
  sentence: number,
  inPeriod: Int32Array,
): { item: string; last: number } | undefined {
  for (let k = from; k < from + 3 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.sentence !== sentence || inPeriod[k]! >= 0) return undefined;
    if (k > from && breaksClause(tokens[k - 1]!)) return undefined;
    // compromise sometimes reads a plural right after a number as a verb (`4,000 engineers`).
    const bareS = k === from && /^[a-z][a-z-]*[^s']s$/.test(t.text) && !NOT_PLURAL.has(t.lower);
    if (ITEM_STOP_TAGS.some((tag) => t.tags.has(tag)) && !t.tags.has('Plural') && !bareS) return undefined;
    if (lex.sets.monthWords.has(t.lower) || lex.raw.durationUnits[t.lower] !== undefined) return undefined;
    const plural = bareS || t.tags.has('Plural') || (t.tags.has('Noun') && /[a-z]s$/.test(t.text) && !/ss$/.test(t.text));
    if (plural && !t.tags.has('Possessive')) {
      const nextT = tokens[k + 1];
      const continues = nextT !== undefined && nextT.sentence === sentence && !breaksClause(t) && nextT.tags.has('Plural') && nextT.tags.has('Noun') && !nextT.tags.has('Verb');
      const end = continues ? k + 1 : k;
      return { item: textBetween(tokens, from, end), last: end };
    }
    if (!(t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('Acronym'))) return undefined;
  }
  return undefined;
}

function textBetween(tokens: readonly Token[], first: number, last: number): string {
  let out = tokens[first]!.text;
  for (let k = first + 1; k <= last; k++) out += tokens[k - 1]!.post + tokens[k]!.text;
  return out;
}

function make(
  tokens: readonly Token[],
  first: number,
  last: number,
  value: number,
  valueMax: number | undefined,
  unit: string,
  kind: QuantityKind,
  item: string | undefined,
  rules: string[],
): Quantity {
  return {
    first,
    last,
    start: tokens[first]!.start,
    end: tokens[last]!.end,
    value,
    ...(valueMax !== undefined && valueMax !== value ? { valueMax } : {}),
    unit,
    kind,
    ...(item !== undefined ? { item } : {}),
    rules,
  };
}

/** A period phrase with a duration cue before it is itself the claim: `charges in 10 minutes`. */
function durationFromPeriod(lex: PreparedLexicon, tokens: readonly Token[], p: PeriodPhrase): Quantity | undefined {
  if (p.count === undefined || p.unit === undefined || p.attach !== 'back') return undefined;
  const before = tokens[p.first - 1];
  if (before === undefined || before.sentence !== tokens[p.first]!.sentence || !lex.sets.durationClaimCues.has(before.lower)) return undefined;
  let n = p.first;
  while (n <= p.last && lex.raw.durationUnits[tokens[n + 1]?.lower ?? ''] === undefined) n++;
  return make(tokens, n, n + 1, p.count, undefined, p.unit, 'duration', undefined, ['en-duration-cue']);
}
