/** Number words English writes out (`a billion users`, `three years`). `a`/`an` count only before a scale word. */
export const UNIT_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Multipliers inside a written number (`two hundred`, `a billion`). */
export const MULTIPLIER_WORDS: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, dozen: 12,
};

/** Words that stand for 1 before a multiplier (`a billion`, `one million`). */
export const ARTICLE_WORDS: readonly string[] = ['a', 'an', 'one'];
