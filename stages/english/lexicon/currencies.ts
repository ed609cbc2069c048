/**
 * Currency symbols, codes and words of English text, to ISO 4217. `minor` is the value of one unit
 * in the main currency (`cents` = 0.01 USD). Symbols are matched glued to the number (`$600`,
 * `US$7`, `€5m`); codes before or after it (`USD 5bn`, `5 billion euros`).
 */
export interface CurrencySymbol {
  readonly symbol: string;
  readonly code: string;
}

/** Longest first, so `US$` wins over `$`. */
export const CURRENCY_SYMBOLS: readonly CurrencySymbol[] = [
  { symbol: 'U.S.$', code: 'USD' },
  { symbol: 'US$', code: 'USD' },
  { symbol: 'HK$', code: 'HKD' },
  { symbol: 'NZ$', code: 'NZD' },
  { symbol: 'A$', code: 'AUD' },
  { symbol: 'C$', code: 'CAD' },
  { symbol: 'S$', code: 'SGD' },
  { symbol: 'R$', code: 'BRL' },
  { symbol: '$', code: 'USD' },
  { symbol: '€', code: 'EUR' },
  { symbol: '£', code: 'GBP' },
  { symbol: '¥', code: 'JPY' },
  { symbol: '₹', code: 'INR' },
  { symbol: '₩', code: 'KRW' },
];

/** ISO codes written as words before or after the amount (`USD 5bn`, `5 billion SAR`). */
export const CURRENCY_CODES: readonly string[] = [
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'INR', 'KRW', 'CHF', 'CAD', 'AUD', 'HKD', 'SGD',
  'SAR', 'AED', 'QAR', 'KWD', 'BHD', 'OMR', 'EGP', 'MAD', 'JOD', 'TRY', 'RUB', 'BRL', 'ZAR',
];

/** Codes that name the same currency as another (`RMB` is CNY). */
export const CODE_ALIASES: Readonly<Record<string, string>> = { RMB: 'CNY' };

export interface CurrencyWord {
  /** Lower-case word forms, one or two words (`dollars`, `us dollars`). */
  readonly forms: readonly string[];
  readonly code: string;
  readonly minor?: number;
}

export const CURRENCY_WORDS: readonly CurrencyWord[] = [
  { forms: ['dollar', 'dollars', 'us dollars', 'u.s. dollars'], code: 'USD' },
  { forms: ['cent', 'cents'], code: 'USD', minor: 0.01 },
  { forms: ['euro', 'euros'], code: 'EUR' },
  { forms: ['pound', 'pounds', 'pounds sterling', 'sterling'], code: 'GBP' },
  { forms: ['pence', 'penny'], code: 'GBP', minor: 0.01 },
  { forms: ['yen'], code: 'JPY' },
  { forms: ['yuan', 'renminbi'], code: 'CNY' },
  { forms: ['rupee', 'rupees'], code: 'INR' },
  { forms: ['riyal', 'riyals', 'saudi riyals'], code: 'SAR' },
  { forms: ['dirham', 'dirhams'], code: 'AED' },
  { forms: ['dinar', 'dinars', 'kuwaiti dinars'], code: 'KWD' },
  { forms: ['egyptian pounds'], code: 'EGP' },
  { forms: ['lira', 'liras', 'turkish lira'], code: 'TRY' },
  { forms: ['rouble', 'roubles', 'ruble', 'rubles'], code: 'RUB' },
  { forms: ['franc', 'francs', 'swiss francs'], code: 'CHF' },
];
