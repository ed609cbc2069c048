/**
 * Currency words to ISO 4217. A word with `country` needs no hint; a generic word (`ريال`, `جنيه`,
 * `درهم`, `دينار`, `ليرة`) is resolved by the article's country hints (see `COUNTRY_HINTS`), else keeps
 * its generic name. `adjectives` pin the currency when they follow (`جنيه مصري`, `ريال سعودي`).
 * `minor` is the value of one unit in the main currency (`سنت` = 0.01 USD).
 */
export interface CurrencyWord {
  readonly forms: readonly string[];
  /** ISO code, or a generic name resolved per article. */
  readonly code: string;
  readonly generic?: boolean;
  readonly minor?: number;
  /** A scale folded into an abbreviation (`م د` = million dinars). */
  readonly factor?: number;
  /** Dual forms mean two of it (`دولارين`). */
  readonly dual?: readonly string[];
}

export const CURRENCY_WORDS: readonly CurrencyWord[] = [
  { forms: ['دولار', 'دولارا', 'دولارات', 'الدولارات', 'دولار أمريكي', 'دولار أميركي', 'دولارا أمريكيا', 'دولارا أميركيا', 'دولار امريكي'], code: 'USD', dual: ['دولارين', 'دولاران'] },
  { forms: ['سنت', 'سنتا', 'سنتات'], code: 'USD', minor: 0.01 }, // (no dual: `سنتين` is two years)
  { forms: ['يورو'], code: 'EUR', dual: ['يوروين'] },
  { forms: ['جنيه إسترليني', 'جنيها إسترلينيا', 'جنيهات إسترلينية', 'إسترليني', 'باوند', 'جنيه استرليني', 'جنيها استرلينيا'], code: 'GBP', dual: ['جنيهين إسترلينيين', 'جنيهين استرلينيين'] },
  { forms: ['بنس', 'بنسا', 'بنسات'], code: 'GBP', minor: 0.01, dual: ['بنسين'] },
  { forms: ['جنيه مصري', 'جنيها مصريا', 'جنيهات مصرية'], code: 'EGP' },
  { forms: ['قرش', 'قروش'], code: 'EGP', minor: 0.01 },
  { forms: ['جنيه سوداني', 'جنيها سودانيا'], code: 'SDG' },
  { forms: ['جنيه', 'جنيها', 'جنيهات'], code: 'pound', generic: true, dual: ['جنيهين', 'جنيهان'] },
  { forms: ['ريال سعودي', 'ريالا سعوديا', 'ريالات سعودية'], code: 'SAR' },
  { forms: ['هللة', 'هللات'], code: 'SAR', minor: 0.01 },
  { forms: ['ريال قطري', 'ريالا قطريا', 'ريالات قطرية'], code: 'QAR' },
  { forms: ['ريال عماني', 'ريالا عمانيا', 'ريالات عمانية'], code: 'OMR' },
  { forms: ['ريال يمني', 'ريالا يمنيا'], code: 'YER' },
  { forms: ['ريال إيراني', 'ريالا إيرانيا'], code: 'IRR' },
  { forms: ['ريال', 'ريالا', 'ريالات'], code: 'riyal', generic: true, dual: ['ريالين', 'ريالان'] },
  { forms: ['درهم إماراتي', 'درهما إماراتيا', 'دراهم إماراتية'], code: 'AED' },
  { forms: ['درهم مغربي', 'درهما مغربيا', 'دراهم مغربية'], code: 'MAD' },
  { forms: ['درهم', 'درهما', 'دراهم'], code: 'dirham', generic: true, dual: ['درهمين', 'درهمان'] },
  { forms: ['دينار كويتي', 'دينارا كويتيا', 'دنانير كويتية'], code: 'KWD' },
  { forms: ['دينار أردني', 'دينارا أردنيا', 'دنانير أردنية'], code: 'JOD' },
  { forms: ['دينار بحريني', 'دينارا بحرينيا'], code: 'BHD' },
  { forms: ['دينار تونسي', 'دينارا تونسيا', 'دنانير تونسية'], code: 'TND' },
  { forms: ['دينار جزائري', 'دينارا جزائريا'], code: 'DZD' },
  { forms: ['دينار ليبي', 'دينارا ليبيا'], code: 'LYD' },
  { forms: ['دينار عراقي', 'دينارا عراقيا'], code: 'IQD' },
  { forms: ['مليم', 'مليما', 'مليمات'], code: 'TND', minor: 0.001 },
  { forms: ['م د', 'م.د', 'مليون د'], code: 'TND', factor: 1e6 },
  { forms: ['أ د', 'ألف د'], code: 'TND', factor: 1e3 },
  { forms: ['دينار', 'دينارا', 'دنانير'], code: 'dinar', generic: true, dual: ['دينارين', 'ديناران'] },
  { forms: ['ليرة تركية', 'ليرات تركية'], code: 'TRY' },
  { forms: ['ليرة لبنانية', 'ليرات لبنانية'], code: 'LBP' },
  { forms: ['ليرة سورية', 'ليرات سورية'], code: 'SYP' },
  { forms: ['ليرة', 'ليرات'], code: 'lira', generic: true },
  { forms: ['ين', 'ين ياباني', 'ينات'], code: 'JPY' },
  { forms: ['يوان', 'يوانات', 'رنمينبي'], code: 'CNY' },
  { forms: ['روبل', 'روبلات'], code: 'RUB' },
  { forms: ['تومان', 'تومانا'], code: 'toman' }, // Iran's everyday unit (10 rials); no ISO code
  { forms: ['روبية', 'روبيات', 'روبية هندية'], code: 'INR' },
  { forms: ['شيقل', 'شيكل', 'شيقلا', 'شيكلا', 'شواقل', 'شيكلات'], code: 'ILS' },
  { forms: ['فرنك سويسري', 'فرنكا سويسريا'], code: 'CHF' },
  { forms: ['فرنك', 'فرنكا', 'فرنكات'], code: 'franc', generic: true },
  { forms: ['بيتكوين', 'بتكوين'], code: 'BTC' },
];

/** Symbols and codes written beside digits. */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  $: 'USD',
  'US$': 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  usd: 'USD',
  eur: 'EUR',
  gbp: 'GBP',
  sar: 'SAR',
  aed: 'AED',
  egp: 'EGP',
};

/** Country names (as they appear in text) that resolve a generic currency word. */
export const COUNTRY_HINTS: readonly { readonly names: readonly string[]; readonly currencies: Readonly<Record<string, string>> }[] = [
  { names: ['السعودية', 'السعودي', 'السعودية', 'الرياض', 'سعودي', 'المملكة العربية السعودية', 'أرامكو', 'تداول'], currencies: { riyal: 'SAR' } },
  { names: ['قطر', 'القطرية', 'القطري', 'الدوحة'], currencies: { riyal: 'QAR' } },
  { names: ['عمان', 'العمانية', 'العماني', 'مسقط'], currencies: { riyal: 'OMR' } },
  { names: ['اليمن', 'اليمنية', 'اليمني', 'صنعاء'], currencies: { riyal: 'YER' } },
  { names: ['إيران', 'الإيرانية', 'الإيراني', 'طهران'], currencies: { riyal: 'IRR' } },
  { names: ['مصر', 'المصرية', 'المصري', 'القاهرة'], currencies: { pound: 'EGP' } },
  { names: ['السودان', 'السودانية', 'السوداني', 'الخرطوم'], currencies: { pound: 'SDG' } },
  { names: ['بريطانيا', 'البريطانية', 'البريطاني', 'لندن', 'المملكة المتحدة'], currencies: { pound: 'GBP' } },
  { names: ['الإمارات', 'الإماراتية', 'الإماراتي', 'دبي', 'أبوظبي', 'أبو ظبي'], currencies: { dirham: 'AED' } },
  { names: ['المغرب', 'المغربية', 'المغربي', 'الرباط', 'الدار البيضاء'], currencies: { dirham: 'MAD' } },
  { names: ['الكويت', 'الكويتية', 'الكويتي'], currencies: { dinar: 'KWD' } },
  { names: ['الأردن', 'الأردنية', 'الأردني', 'عمان'], currencies: { dinar: 'JOD' } },
  { names: ['البحرين', 'البحرينية', 'البحريني', 'المنامة'], currencies: { dinar: 'BHD' } },
  { names: ['تونس', 'التونسية', 'التونسي'], currencies: { dinar: 'TND' } },
  { names: ['الجزائر', 'الجزائرية', 'الجزائري'], currencies: { dinar: 'DZD' } },
  { names: ['ليبيا', 'الليبية', 'الليبي', 'طرابلس'], currencies: { dinar: 'LYD' } },
  { names: ['العراق', 'العراقية', 'العراقي', 'بغداد'], currencies: { dinar: 'IQD' } },
  { names: ['تركيا', 'التركية', 'التركي', 'أنقرة', 'إسطنبول'], currencies: { lira: 'TRY' } },
  { names: ['لبنان', 'اللبنانية', 'اللبناني', 'بيروت'], currencies: { lira: 'LBP' } },
  { names: ['سوريا', 'السورية', 'السوري', 'دمشق'], currencies: { lira: 'SYP' } },
  { names: ['سويسرا', 'السويسرية', 'السويسري'], currencies: { franc: 'CHF' } },
];
