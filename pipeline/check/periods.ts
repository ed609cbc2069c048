import { matchKey } from '../../stages/normalize-text/index.js';
import { COUNT_WORDS, DIRECTION_WORDS, DURATION_WORDS, PERIOD_KEYWORDS } from './lexicon/periods.js';

/** A period's meaning: a named kind (`yoy`, `quarterly`, `per:year`) or a span of N units. */
export type PeriodMeaning =
  | { readonly kind: 'named'; readonly key: string }
  | { readonly kind: 'span'; readonly count: number; readonly unit: string; readonly direction?: 'next' | 'past' };

const squash = (s: string): string => matchKey(s).replace(/\s+/g, ' ').trim();

const keyed = <T>(table: Readonly<Record<string, T>>): Map<string, T> => new Map(Object.entries(table).map(([k, v]) => [squash(k), v]));
const DURATIONS = keyed(DURATION_WORDS);
const COUNTS = keyed(COUNT_WORDS);
const DIRECTIONS = keyed(DIRECTION_WORDS);
const NAMED = PERIOD_KEYWORDS.flatMap((p) => p.phrases.map((phrase) => ({ phrase: squash(phrase), key: p.key }))).sort(
  (a, b) => b.phrase.length - a.phrase.length,
);

/** Reads a period phrase of either language (`over the next three years`, `في يومين`, `الفصلية`); undefined when unknown. */
export function periodMeaning(text: string): PeriodMeaning | undefined {
  const key = squash(text);
  const words = key.split(/[\s-]+/).map((w) => w.replace(/^[وبل](?=ال)/, ''));
  let unit: string | undefined;
  let count: number | undefined;
  let direction: 'next' | 'past' | undefined;
  for (const w of words) {
    const d = DURATIONS.get(w) ?? DURATIONS.get(w.replace(/^(?:في|خلال)/, ''));
    if (d !== undefined && unit === undefined) {
      unit = d.unit;
      if (d.count !== undefined) count = d.count;
    }
    const c = /^\d+(?:\.\d+)?$/.test(w) ? Number(w) : COUNTS.get(w);
    if (c !== undefined && count === undefined) count = c;
    direction ??= DIRECTIONS.get(w);
  }
  // A span needs a number with its duration word (`three years`, `يومين`); `a year` is a rate.
  if (unit !== undefined && count !== undefined) {
    return direction !== undefined ? { kind: 'span', count, unit, direction } : { kind: 'span', count, unit };
  }
  for (const n of NAMED) {
    if (n.phrase === key || new RegExp(`(^|[^\\p{L}])${escape(n.phrase)}($|[^\\p{L}])`, 'u').test(key)) return { kind: 'named', key: n.key };
  }
  return undefined;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True when two periods cannot mean the same thing. Unknown periods never conflict. */
export function periodsConflict(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  const ma = periodMeaning(a);
  const mb = periodMeaning(b);
  if (ma === undefined || mb === undefined) return false;
  if (ma.kind !== mb.kind) return true;
  if (ma.kind === 'named' && mb.kind === 'named') return ma.key !== mb.key;
  if (ma.kind === 'span' && mb.kind === 'span') {
    if (ma.count !== mb.count || ma.unit !== mb.unit) return true;
    return ma.direction !== undefined && mb.direction !== undefined && ma.direction !== mb.direction;
  }
  return false;
}
