import type { NumericDraft, PeriodPhrase, Token, Tokenized } from './types.js';

/** Most words between a quantity and a period phrase that follows it (`$200 billion in market value in two days`). */
const BACK_REACH = 10;
/** Most words between a forward period (`quarterly profit came in at`) and its quantity. */
const FORWARD_REACH = 7;

/**
 * Attaches each period phrase to one quantity of its sentence: a phrase that follows a quantity
 * (`year over year`, `in two days`) goes to the nearest quantity before it, else to the first one
 * after it (`Over the next three years, Meta will spend ...`); an adjective (`quarterly`) or a
 * hyphenated compound (`a three-year deal`) goes to the next quantity. A quantity keeps the
 * nearest phrase.
 */
export function attachPeriods(doc: Tokenized, drafts: readonly NumericDraft[], periods: readonly PeriodPhrase[]): NumericDraft[] {
  const { tokens } = doc;
  const best = new Map<number, { period: PeriodPhrase; distance: number }>();
  for (const p of periods) {
    const sentence = tokens[p.first]!.sentence;
    let target: number | undefined;
    let distance = Infinity;
    if (p.attach === 'back') {
      for (let n = drafts.length - 1; n >= 0; n--) {
        const d = drafts[n]!;
        if (d.last < p.first && tokens[d.last]!.sentence === sentence && p.first - d.last - 1 <= BACK_REACH && !sentenceBreakBetween(tokens, d.last, p.first)) {
          target = n;
          distance = p.first - d.last - 1;
          break;
        }
      }
    }
    if (target === undefined) {
      for (let n = 0; n < drafts.length; n++) {
        const d = drafts[n]!;
        if (d.first > p.last && tokens[d.first]!.sentence === sentence && d.first - p.last - 1 <= FORWARD_REACH && !sentenceBreakBetween(tokens, p.last, d.first)) {
          target = n;
          distance = d.first - p.last - 1;
          break;
        }
      }
    }
    if (target === undefined && p.attach === 'forward') {
      // `$20 billion in quarterly profit`: an adjective right after its quantity.
      for (let n = drafts.length - 1; n >= 0; n--) {
        const d = drafts[n]!;
        if (d.last < p.first && tokens[d.last]!.sentence === sentence && p.first - d.last - 1 <= 2) {
          target = n;
          distance = p.first - d.last - 1;
        }
        if (d.last < p.first) break;
      }
    }
    if (target === undefined) continue;
    const prior = best.get(target);
    if (prior === undefined || distance < prior.distance) best.set(target, { period: p, distance });
  }
  return drafts.map((d, n) => {
    const b = best.get(n);
    return b === undefined ? d : { ...d, period: b.period, rules: [...d.rules, `en-period-${b.period.key.replace(/:/g, '-')}`] };
  });
}

/** A semicolon between two tokens ends the reach of a period phrase. */
function sentenceBreakBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (/;/.test(tokens[k]!.post)) return true;
  return false;
}
