import type { Change } from '../../../schemas/claim.js';

/**
 * Change words: before the number they make it the size of a change (`rose 5%`, `fell by 12%`,
 * `lost $200 billion`) unless a level preposition stands between (`rose to $20 billion`).
 * After the number, nouns and comparatives do the same (`a 12% drop`, `5% higher`).
 */
export const CHANGE_VERBS: Readonly<Record<string, Change>> = {
  rose: 'increase', rise: 'increase', rises: 'increase', rising: 'increase', risen: 'increase',
  increased: 'increase', increase: 'increase', increases: 'increase', increasing: 'increase',
  grew: 'increase', grow: 'increase', grows: 'increase', growing: 'increase', grown: 'increase',
  jumped: 'increase', jump: 'increase', jumps: 'increase', jumping: 'increase',
  climbed: 'increase', climb: 'increase', climbs: 'increase', climbing: 'increase',
  gained: 'increase', gain: 'increase', gains: 'increase', gaining: 'increase',
  surged: 'increase', surge: 'increase', surges: 'increase', surging: 'increase',
  soared: 'increase', soar: 'increase', soars: 'increase', soaring: 'increase',
  advanced: 'increase', rallied: 'increase', added: 'increase', adding: 'increase',
  boosted: 'increase', boost: 'increase', expanded: 'increase', widened: 'increase',
  up: 'increase',
  fell: 'decrease', fall: 'decrease', falls: 'decrease', falling: 'decrease', fallen: 'decrease',
  dropped: 'decrease', drop: 'decrease', drops: 'decrease', dropping: 'decrease',
  declined: 'decrease', decline: 'decrease', declines: 'decrease', declining: 'decrease',
  decreased: 'decrease', decrease: 'decrease', decreases: 'decrease',
  slid: 'decrease', slide: 'decrease', slides: 'decrease', slipped: 'decrease', slips: 'decrease',
  sank: 'decrease', sink: 'decrease', sunk: 'decrease', plunged: 'decrease', plunge: 'decrease', plunges: 'decrease',
  plummeted: 'decrease', tumbled: 'decrease', tumble: 'decrease', slumped: 'decrease', slump: 'decrease',
  shed: 'decrease', sheds: 'decrease', shedding: 'decrease',
  lost: 'decrease', lose: 'decrease', loses: 'decrease', losing: 'decrease',
  cut: 'decrease', cuts: 'decrease', cutting: 'decrease', reduced: 'decrease', shrank: 'decrease', shrunk: 'decrease',
  wiped: 'decrease', wiping: 'decrease', wipe: 'decrease', erased: 'decrease', erasing: 'decrease',
  shaved: 'decrease', down: 'decrease', narrowed: 'decrease', narrow: 'decrease', narrows: 'decrease', narrowing: 'decrease', contracted: 'decrease',
};

/** Nouns that announce a change when they come first: `an increase of 5%`, `a drop of $2bn`. */
export const CHANGE_NOUNS_BEFORE: Readonly<Record<string, Change>> = {
  increase: 'increase', rise: 'increase', jump: 'increase', gain: 'increase', growth: 'increase', surge: 'increase',
  decrease: 'decrease', drop: 'decrease', decline: 'decrease', fall: 'decrease', cut: 'decrease', plunge: 'decrease', slump: 'decrease',
};

/** Words right after the quantity that make it a change: `a 12% drop`, `5% higher`. */
export const CHANGE_WORDS_AFTER: Readonly<Record<string, Change>> = {
  increase: 'increase', rise: 'increase', jump: 'increase', gain: 'increase', surge: 'increase', higher: 'increase', more: 'increase',
  decrease: 'decrease', drop: 'decrease', decline: 'decrease', fall: 'decrease', plunge: 'decrease', slump: 'decrease', lower: 'decrease', cut: 'decrease', less: 'decrease',
};

/** Between a change verb and the number, these make the number a level, not a change. */
export const LEVEL_PREPOSITIONS: readonly string[] = ['to', 'from', 'at'];

/** Most words between a change verb and its number (`fell on Friday by as much as`). */
export const CHANGE_MAX_GAP = 5;

/** A number followed by `off` after `wiped` is a decrease: `wiped $200 billion off`. */
export const OFF_WORDS: readonly string[] = ['off'];
