/**
 * Units after a number. Lower-case word forms map to the unit of ANNOTATION.md.
 * `perDay` turns `barrels` + `a day` into `barrel_per_day`.
 */
export interface UnitWord {
  readonly forms: readonly string[];
  readonly unit: string;
  /** Unit when followed by `a day` / `per day`. */
  readonly perDay?: string;
}

export const PERCENT_WORDS: readonly string[][] = [['percent'], ['per', 'cent'], ['pct'], ['per', 'centum']];
export const PERCENTAGE_POINT_WORDS: readonly string[][] = [
  ['percentage', 'points'], ['percentage', 'point'], ['percent', 'points'], ['per', 'cent', 'points'], ['pp'], ['ppt'], ['ppts'],
];
export const BASIS_POINT_WORDS: readonly string[][] = [['basis', 'points'], ['basis', 'point'], ['bps'], ['bp']];
export const INDEX_POINT_WORDS: readonly string[][] = [['points'], ['point'], ['pts']];

export const MEASURE_UNITS: readonly UnitWord[] = [
  { forms: ['gw', 'gigawatt', 'gigawatts'], unit: 'GW' },
  { forms: ['mw', 'megawatt', 'megawatts'], unit: 'MW' },
  { forms: ['kw', 'kilowatt', 'kilowatts'], unit: 'kW' },
  { forms: ['gwh', 'gigawatt-hours'], unit: 'GWh' },
  { forms: ['twh', 'terawatt-hours'], unit: 'TWh' },
  { forms: ['barrel', 'barrels', 'bbl'], unit: 'barrel', perDay: 'barrel_per_day' },
  { forms: ['bpd'], unit: 'barrel_per_day' },
  { forms: ['ton', 'tons', 'tonne', 'tonnes'], unit: 'ton' },
  { forms: ['km', 'kilometre', 'kilometres', 'kilometer', 'kilometers'], unit: 'km' },
  { forms: ['mile', 'miles'], unit: 'mile' },
  { forms: ['sqm', 'square metres', 'square meters'], unit: 'sqm' },
  { forms: ['sq ft', 'square feet'], unit: 'sqft' },
  { forms: ['cubic metres', 'cubic meters', 'bcm'], unit: 'cubic_meter' },
  { forms: ['gb', 'gigabyte', 'gigabytes'], unit: 'GB' },
  { forms: ['tb', 'terabyte', 'terabytes'], unit: 'TB' },
  { forms: ['ghz', 'gigahertz'], unit: 'GHz' },
  { forms: ['mah'], unit: 'mAh' },
  { forms: ['inch', 'inches'], unit: 'inch' },
  { forms: ['mm', 'millimetre', 'millimetres', 'millimeter', 'millimeters'], unit: 'mm' },
  { forms: ['nm', 'nanometre', 'nanometres', 'nanometer', 'nanometers'], unit: 'nm' },
  { forms: ['kg', 'kilogram', 'kilograms', 'kilogrammes'], unit: 'kg' },
  { forms: ['megapixel', 'megapixels', 'mp'], unit: 'megapixel' },
];

/** Units glued to digits (`3nm`, `5GW`, `4000mAh`), lower case. */
export const GLUED_UNITS: Readonly<Record<string, string>> = {
  gw: 'GW', mw: 'MW', gwh: 'GWh', twh: 'TWh', nm: 'nm', mm: 'mm', km: 'km', gb: 'GB', tb: 'TB',
  ghz: 'GHz', mah: 'mAh', kg: 'kg', mp: 'megapixel', bpd: 'barrel_per_day',
};

/** Duration words: after a number they make a period (`in two days`) or, with a cue, a duration claim. */
export const DURATION_UNITS: Readonly<Record<string, string>> = {
  second: 'second', seconds: 'second', minute: 'minute', minutes: 'minute', hour: 'hour', hours: 'hour',
  day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month',
  year: 'year', years: 'year', decade: 'decade', decades: 'decade', quarter: 'quarter', quarters: 'quarter',
};

/** Words before a duration that make the duration itself the claim (`lasts 20 hours`, `charges in 10 minutes`). */
export const DURATION_CLAIM_CUES: readonly string[] = [
  'lasts', 'last', 'lasted', 'takes', 'took', 'take', 'charges', 'charge', 'charged', 'delayed', 'delay', 'waited', 'wait',
];

/** `N times` is a multiple when one of these follows (`three times more`, `twice as large`). */
export const MULTIPLE_FOLLOWERS: readonly string[] = [
  'more', 'as', 'larger', 'bigger', 'higher', 'faster', 'greater', 'the', 'that', 'its', 'their', 'what', 'over', 'cheaper', 'smaller', 'lower',
];
