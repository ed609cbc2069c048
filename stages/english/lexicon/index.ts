import { z } from 'zod';
import { SourceEntrySchema } from '../../../schemas/source.js';
import { QualifierSchema, ChangeSchema } from '../../../schemas/claim.js';
import { CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS, CODE_ALIASES } from './currencies.js';
import { SCALES } from './scales.js';
import { ARTICLE_WORDS, MULTIPLIER_WORDS, UNIT_WORDS } from './number-words.js';
import {
  BASIS_POINT_WORDS, DURATION_CLAIM_CUES, DURATION_UNITS, GLUED_UNITS, INDEX_POINT_WORDS, MEASURE_UNITS,
  MULTIPLE_FOLLOWERS, PERCENTAGE_POINT_WORDS, PERCENT_WORDS,
} from './units.js';
import { QUALIFIERS_AFTER, QUALIFIERS_BEFORE } from './qualifiers.js';
import { CHANGE_MAX_GAP, CHANGE_NOUNS_BEFORE, CHANGE_VERBS, CHANGE_WORDS_AFTER, LEVEL_PREPOSITIONS } from './change.js';
import { PERIOD_PATTERNS } from './periods.js';
import {
  ACCORDING_TO, CHAIN_PARTICIPLES, COMPANY_REFERENCES, PARTICLE_VERBS, PERSON_PRONOUNS, REPORT_VERBS, SPEECH_VERBS,
  THAT_ONLY_VERBS, VIEW_VERBS,
} from './speech.js';
import {
  ANONYMOUS_PHRASES, ENGLISH_OUTLETS, EXPERT_FIRMS, GROUP_SPEAKERS, OFFICIAL_BODIES, REPORT_PHRASES, ROLE_WORDS,
} from './sources.js';
import { LABEL_WORDS_BEFORE, MONTH_WORDS, TIME_WORDS_AFTER, YEAR_WORDS_BEFORE } from './not-claims.js';

const words = z.array(z.string().min(1));
const phrases = z.array(words.min(1));
const tagMap = z.record(z.string().min(1), z.string().min(1));

/** The shape every lexicon file must have; checked once, when the English stage first runs. */
export const EnglishLexiconSchema = z.object({
  currencySymbols: z.array(z.object({ symbol: z.string().min(1), code: z.string().length(3) }).strict()),
  currencyCodes: z.array(z.string().regex(/^[A-Z]{3}$/)),
  codeAliases: z.record(z.string(), z.string().regex(/^[A-Z]{3}$/)),
  currencyWords: z.array(
    z.object({ forms: words.min(1), code: z.string().length(3), minor: z.number().positive().optional() }).strict(),
  ),
  scales: z.array(
    z.object({ factor: z.number().positive(), words, glued: words, gluedWithCurrencyOnly: words.optional() }).strict(),
  ),
  unitWords: z.record(z.string(), z.number()),
  multiplierWords: z.record(z.string(), z.number().positive()),
  articleWords: words,
  percentWords: phrases,
  percentagePointWords: phrases,
  basisPointWords: phrases,
  indexPointWords: phrases,
  measureUnits: z.array(z.object({ forms: words.min(1), unit: z.string().min(1), perDay: z.string().optional() }).strict()),
  gluedUnits: tagMap,
  durationUnits: tagMap,
  durationClaimCues: words,
  multipleFollowers: words,
  qualifiersBefore: z.array(z.object({ words: words.min(1), qualifier: QualifierSchema }).strict()),
  qualifiersAfter: z.array(z.object({ words: words.min(1), qualifier: QualifierSchema }).strict()),
  changeVerbs: z.record(z.string(), ChangeSchema),
  changeNounsBefore: z.record(z.string(), ChangeSchema),
  changeWordsAfter: z.record(z.string(), ChangeSchema),
  levelPrepositions: words,
  changeMaxGap: z.number().int().positive(),
  periodPatterns: z.array(
    z
      .object({
        words: words.min(1),
        key: z.string().min(1),
        attach: z.enum(['back', 'forward']),
        hyphenated: z.boolean().optional(),
      })
      .strict(),
  ),
  speechVerbs: words,
  thatOnlyVerbs: words,
  particleVerbs: tagMap,
  chainParticiples: words,
  viewVerbs: words,
  accordingTo: words,
  reportVerbs: words,
  personPronouns: words,
  companyReferences: phrases,
  outlets: z.array(SourceEntrySchema),
  groupSpeakers: tagMap,
  anonymousPhrases: phrases,
  reportPhrases: phrases,
  roleWords: tagMap,
  officialBodies: phrases,
  expertFirms: phrases,
  labelWordsBefore: words,
  timeWordsAfter: words,
  yearWordsBefore: words,
  monthWords: words,
});
export type EnglishLexicon = z.infer<typeof EnglishLexiconSchema>;

/** Every lexicon file, as one object (what the schema and the duplicate test see). */
export const RAW_LEXICON = {
  currencySymbols: CURRENCY_SYMBOLS,
  currencyCodes: CURRENCY_CODES,
  codeAliases: CODE_ALIASES,
  currencyWords: CURRENCY_WORDS,
  scales: SCALES,
  unitWords: UNIT_WORDS,
  multiplierWords: MULTIPLIER_WORDS,
  articleWords: ARTICLE_WORDS,
  percentWords: PERCENT_WORDS,
  percentagePointWords: PERCENTAGE_POINT_WORDS,
  basisPointWords: BASIS_POINT_WORDS,
  indexPointWords: INDEX_POINT_WORDS,
  measureUnits: MEASURE_UNITS,
  gluedUnits: GLUED_UNITS,
  durationUnits: DURATION_UNITS,
  durationClaimCues: DURATION_CLAIM_CUES,
  multipleFollowers: MULTIPLE_FOLLOWERS,
  qualifiersBefore: QUALIFIERS_BEFORE,
  qualifiersAfter: QUALIFIERS_AFTER,
  changeVerbs: CHANGE_VERBS,
  changeNounsBefore: CHANGE_NOUNS_BEFORE,
  changeWordsAfter: CHANGE_WORDS_AFTER,
  levelPrepositions: LEVEL_PREPOSITIONS,
  changeMaxGap: CHANGE_MAX_GAP,
  periodPatterns: PERIOD_PATTERNS,
  speechVerbs: SPEECH_VERBS,
  thatOnlyVerbs: THAT_ONLY_VERBS,
  particleVerbs: PARTICLE_VERBS,
  chainParticiples: CHAIN_PARTICIPLES,
  viewVerbs: VIEW_VERBS,
  accordingTo: ACCORDING_TO,
  reportVerbs: REPORT_VERBS,
  personPronouns: PERSON_PRONOUNS,
  companyReferences: COMPANY_REFERENCES,
  outlets: ENGLISH_OUTLETS,
  groupSpeakers: GROUP_SPEAKERS,
  anonymousPhrases: ANONYMOUS_PHRASES,
  reportPhrases: REPORT_PHRASES,
  roleWords: ROLE_WORDS,
  officialBodies: OFFICIAL_BODIES,
  expertFirms: EXPERT_FIRMS,
  labelWordsBefore: LABEL_WORDS_BEFORE,
  timeWordsAfter: TIME_WORDS_AFTER,
  yearWordsBefore: YEAR_WORDS_BEFORE,
  monthWords: MONTH_WORDS,
};

/** Lookups built from the lexicon once. */
export interface PreparedLexicon {
  readonly raw: EnglishLexicon;
  readonly currencyCodes: ReadonlySet<string>;
  /** Currency word forms (lower case, space-joined) to code and minor factor. */
  readonly currencyWords: ReadonlyMap<string, { code: string; minor: number }>;
  readonly scaleWords: ReadonlyMap<string, number>;
  readonly gluedScales: ReadonlyMap<string, number>;
  readonly gluedScalesWithCurrency: ReadonlyMap<string, number>;
  readonly measureUnits: ReadonlyMap<string, { unit: string; perDay?: string }>;
  readonly sets: {
    readonly durationClaimCues: ReadonlySet<string>;
    readonly multipleFollowers: ReadonlySet<string>;
    readonly levelPrepositions: ReadonlySet<string>;
    readonly speechVerbs: ReadonlySet<string>;
    readonly thatOnlyVerbs: ReadonlySet<string>;
    readonly chainParticiples: ReadonlySet<string>;
    readonly viewVerbs: ReadonlySet<string>;
    readonly reportVerbs: ReadonlySet<string>;
    readonly personPronouns: ReadonlySet<string>;
    readonly labelWordsBefore: ReadonlySet<string>;
    readonly timeWordsAfter: ReadonlySet<string>;
    readonly yearWordsBefore: ReadonlySet<string>;
    readonly monthWords: ReadonlySet<string>;
  };
}

let prepared: PreparedLexicon | undefined;

/** Validates the lexicon files with EnglishLexiconSchema and builds the lookups (once). */
export function englishLexicon(): PreparedLexicon {
  if (prepared !== undefined) return prepared;
  const raw = EnglishLexiconSchema.parse(RAW_LEXICON);
  const currencyWords = new Map<string, { code: string; minor: number }>();
  for (const w of raw.currencyWords) for (const f of w.forms) currencyWords.set(f, { code: w.code, minor: w.minor ?? 1 });
  const scaleWords = new Map<string, number>();
  const gluedScales = new Map<string, number>();
  const gluedScalesWithCurrency = new Map<string, number>();
  for (const s of raw.scales) {
    for (const w of s.words) scaleWords.set(w, s.factor);
    for (const g of s.glued) gluedScales.set(g, s.factor);
    for (const g of s.gluedWithCurrencyOnly ?? []) gluedScalesWithCurrency.set(g, s.factor);
  }
  const measureUnits = new Map<string, { unit: string; perDay?: string }>();
  for (const m of raw.measureUnits) {
    for (const f of m.forms) measureUnits.set(f, m.perDay === undefined ? { unit: m.unit } : { unit: m.unit, perDay: m.perDay });
  }
  prepared = {
    raw,
    currencyCodes: new Set(raw.currencyCodes),
    currencyWords,
    scaleWords,
    gluedScales,
    gluedScalesWithCurrency,
    measureUnits,
    sets: {
      durationClaimCues: new Set(raw.durationClaimCues),
      multipleFollowers: new Set(raw.multipleFollowers),
      levelPrepositions: new Set(raw.levelPrepositions),
      speechVerbs: new Set(raw.speechVerbs),
      thatOnlyVerbs: new Set(raw.thatOnlyVerbs),
      chainParticiples: new Set(raw.chainParticiples),
      viewVerbs: new Set(raw.viewVerbs),
      reportVerbs: new Set(raw.reportVerbs),
      personPronouns: new Set(raw.personPronouns),
      labelWordsBefore: new Set(raw.labelWordsBefore),
      timeWordsAfter: new Set(raw.timeWordsAfter),
      yearWordsBefore: new Set(raw.yearWordsBefore),
      monthWords: new Set(raw.monthWords),
    },
  };
  return prepared;
}
