import type { SourceEntry } from '../../../schemas/source.js';

/**
 * Who vouches for a claim in English text (ANNOTATION.md "Sources"). The outlets are the shared
 * built-in registry (stages/tag-sources) plus the English names below, merged by id; a user's
 * `--sources` entries replace an entry with the same id.
 */
export const ENGLISH_OUTLETS: readonly SourceEntry[] = [
  { id: 'techcrunch', label: 'TechCrunch', kind: 'outlet', aliases: ['TechCrunch', 'Tech Crunch'] },
  { id: 'reuters', label: 'Reuters', kind: 'agency', aliases: ['Reuters', 'Thomson Reuters'] },
  { id: 'bloomberg', label: 'Bloomberg', kind: 'outlet', aliases: ['Bloomberg', 'Bloomberg News'] },
  { id: 'financial-times', label: 'Financial Times', kind: 'outlet', aliases: ['Financial Times', 'the FT', 'FT'] },
  { id: 'wall-street-journal', label: 'The Wall Street Journal', kind: 'outlet', aliases: ['Wall Street Journal', 'WSJ', 'the Journal'] },
  { id: 'new-york-times', label: 'The New York Times', kind: 'outlet', aliases: ['New York Times', 'NYT'] },
  { id: 'the-information', label: 'The Information', kind: 'outlet', aliases: ['The Information'] },
  { id: 'cnbc', label: 'CNBC', kind: 'outlet', aliases: ['CNBC'] },
  { id: 'cnn', label: 'CNN', kind: 'outlet', aliases: ['CNN', 'CNN Business'] },
  { id: 'bbc', label: 'BBC', kind: 'outlet', aliases: ['BBC', 'BBC News'] },
  { id: 'ap', label: 'Associated Press', kind: 'agency', aliases: ['Associated Press', 'AP'] },
  { id: 'afp', label: 'AFP', kind: 'agency', aliases: ['AFP', 'Agence France-Presse'] },
  { id: 'the-verge', label: 'The Verge', kind: 'outlet', aliases: ['The Verge'] },
  { id: 'axios', label: 'Axios', kind: 'outlet', aliases: ['Axios'] },
  { id: 'al-arabiya-business', label: 'Al Arabiya Business', kind: 'outlet', aliases: ['Al Arabiya Business', 'Al Arabiya'] },
];

/** Described groups as speakers (`analysts say`): the noun, lower case, to its source tag. */
export const GROUP_SPEAKERS: Readonly<Record<string, string>> = {
  analysts: 'analysts', analyst: 'analysts',
  investors: 'investors', traders: 'investors', shareholders: 'investors', investor: 'investors',
  observers: 'observers', commentators: 'observers', critics: 'observers',
  experts: 'experts', economists: 'experts', researchers: 'experts', consultants: 'experts', academics: 'experts',
  officials: 'officials', regulators: 'officials', ministers: 'officials', lawmakers: 'officials',
  executives: 'company', managers: 'company',
  residents: 'people', customers: 'people', workers: 'people', employees: 'people', users: 'people', consumers: 'people',
  sources: 'anonymous', insiders: 'anonymous',
  reports: 'reports',
};

/** Phrases (lower case) that make an anonymous source (`people familiar with the matter`). */
export const ANONYMOUS_PHRASES: readonly string[][] = [
  ['people', 'familiar', 'with'], ['a', 'person', 'familiar', 'with'], ['person', 'familiar', 'with'],
  ['people', 'with', 'knowledge'], ['people', 'close', 'to'], ['a', 'source', 'close', 'to'], ['sources', 'close', 'to'],
  ['unnamed', 'sources'], ['a', 'source'], ['sources'], ['insiders'], ['people', 'briefed', 'on'],
];

/** Unnamed reports (`according to recent reports`). */
export const REPORT_PHRASES: readonly string[][] = [['reports'], ['media', 'reports'], ['recent', 'reports'], ['press', 'reports']];

/** Role words near a person's name (`Meta's chief executive`, `analyst Dan Ives`) to a source tag. */
export const ROLE_WORDS: Readonly<Record<string, string>> = {
  ceo: 'company', cfo: 'company', coo: 'company', cto: 'company', chief: 'company', executive: 'company',
  founder: 'company', 'co-founder': 'company', chairman: 'company', chairwoman: 'company', president: 'company',
  spokesperson: 'company', spokesman: 'company', spokeswoman: 'company', director: 'company', head: 'company',
  vice: 'company', officer: 'company', boss: 'company', manager: 'company',
  analyst: 'analysts', strategist: 'analysts',
  investor: 'investors', trader: 'investors', shareholder: 'investors',
  economist: 'experts', professor: 'experts', researcher: 'experts', consultant: 'experts', partner: 'experts',
  minister: 'officials', secretary: 'officials', senator: 'officials', governor: 'officials', regulator: 'officials',
  commissioner: 'officials', mayor: 'officials', official: 'officials', ambassador: 'officials',
};

/** Bodies whose statements are `officials` (government, regulators, central banks, OPEC, IMF). */
export const OFFICIAL_BODIES: readonly string[][] = [
  ['government'], ['treasury'], ['ministry'], ['white', 'house'], ['congress'], ['parliament'], ['commission'],
  ['european', 'commission'], ['federal', 'reserve'], ['fed'], ['central', 'bank'], ['imf'], ['opec'], ['sec'], ['ftc'],
  ['regulator'], ['department'], ['eu'], ['world', 'bank'], ['kremlin'], ['downing', 'street'], ['pentagon'], ['elysee'],
  // capitals speaking for their governments (`Moscow has stressed`, `Washington argues`)
  ['washington'], ['moscow'], ['beijing'], ['london'], ['paris'], ['berlin'], ['tokyo'], ['riyadh'], ['cairo'], ['tehran'],
  ['ankara'], ['brussels'], ['abu', 'dhabi'], ['doha'], ['kyiv'], ['new', 'delhi'],
];

/** Research and consulting firms: their estimates are `experts`. */
export const EXPERT_FIRMS: readonly string[][] = [
  ['gartner'], ['idc'], ['counterpoint'], ['canalys'], ['forrester'], ['mckinsey'], ['pwc'], ['deloitte'], ['kpmg'],
  ['moody\'s'], ['s&p'], ['fitch'], ['morningstar'], ['factset'], ['lseg'], ['emarketer'], ['wedbush'], ['bernstein'],
  ['omdia'], ['trendforce'], ['sensor', 'tower'], ['similarweb'], ['statista'], ['jefferies'], ['goldman', 'sachs'], ['morgan', 'stanley'],
];
