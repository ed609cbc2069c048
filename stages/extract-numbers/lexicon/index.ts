/** The lexicons of extract-numbers, validated once when loaded (a bad entry fails at start-up, not mid-batch). */
import { z } from 'zod';
import { CURRENCY_WORDS, CURRENCY_SYMBOLS, COUNTRY_HINTS } from './currencies.js';
import { NUMBER_WORDS, TEEN_TAILS, ELEVEN_HEADS } from './number-words.js';
import { SCALE_WORDS, LATIN_SCALES } from './scales.js';
import { UNIT_WORDS, DURATION_WORDS, PERCENT_WORDS, FRACTION_PLURALS } from './units.js';
import * as context from './context.js';

const words = z.array(z.string().min(1)).min(1);
const schemas = {
  numberWords: z.array(z.object({ forms: words, value: z.number().finite(), role: z.enum(['unit', 'ten', 'teen', 'hundred', 'fraction', 'zero', 'twelve']) })),
  scales: z.array(z.object({ forms: words, factor: z.number().positive(), count: z.union([z.literal(0), z.literal(1), z.literal(2)]) })),
  units: z.array(z.object({ forms: words, unit: z.string().min(1), dual: words.optional() })),
  currencies: z.array(z.object({ forms: words, code: z.string().min(1), generic: z.boolean().optional(), minor: z.number().positive().optional(), factor: z.number().positive().optional(), dual: words.optional() })),
  qualifiers: z.array(z.object({ phrase: z.string().min(1), qualifier: z.enum(['approx', 'upTo', 'moreThan', 'lessThan', 'atLeast']).nullable(), after: z.boolean().optional() })),
};

schemas.numberWords.parse(NUMBER_WORDS);
schemas.scales.parse(SCALE_WORDS);
schemas.units.parse(UNIT_WORDS);
schemas.units.parse(DURATION_WORDS);
schemas.currencies.parse(CURRENCY_WORDS);
schemas.qualifiers.parse(context.QUALIFIERS);
words.parse(PERCENT_WORDS);
z.array(z.object({ form: z.string().min(1), of: z.number().int().min(2) })).parse(FRACTION_PLURALS);

export { CURRENCY_WORDS, CURRENCY_SYMBOLS, COUNTRY_HINTS, NUMBER_WORDS, TEEN_TAILS, ELEVEN_HEADS, SCALE_WORDS, LATIN_SCALES, UNIT_WORDS, DURATION_WORDS, PERCENT_WORDS, FRACTION_PLURALS };
export * from './context.js';
export type { NumberWord } from './number-words.js';
