/**
 * Speech and view verbs (attribution cues), lower case. `clause` verbs introduce an indirect quote
 * when a clause follows (`says Meta AI has ...`, `noted that ...`); `thatOnly` verbs only with
 * `that` (`expects that ...`, not `expects revenue of ...`). Participles (`adding that`) continue the
 * speaker of their sentence. `view` verbs tie a quoted phrase to their subject
 * (`called the results "vague"`).
 */
export const SPEECH_VERBS: readonly string[] = [
  'said', 'says', 'say', 'told', 'tells', 'tell', 'added', 'adds', 'noted', 'notes', 'explained', 'explains',
  'stated', 'states', 'wrote', 'writes', 'argued', 'argues', 'warned', 'warns', 'claimed', 'claims',
  'argue', 'alleged', 'alleges', 'insisted', 'insists', 'acknowledged', 'acknowledges', 'admitted', 'admits', 'stressed', 'stresses',
  'cautioned', 'cautions', 'remarked', 'commented', 'asked', 'replied', 'responded', 'conceded', 'concedes',
  'believe', 'believes', 'think', 'thinks', 'reckon', 'reckons', 'contend', 'contends', 'suggested', 'suggests',
  'point', 'pointed', 'points', 'emphasised', 'emphasized', 'maintained', 'maintains',
];

/** Verbs that need `that` before an indirect quote. */
export const THAT_ONLY_VERBS: readonly string[] = [
  'expects', 'expect', 'expected', 'predicted', 'predicts', 'predict', 'estimated', 'estimates', 'estimate',
  'announced', 'announces', 'announce', 'confirmed', 'confirms', 'revealed', 'reveals', 'disclosed', 'discloses',
  'forecast', 'forecasts', 'projected', 'projects', 'hoped', 'hopes', 'feared', 'fear', 'fears', 'worry', 'worries',
];

/** Verbs that take a particle before the clause: `pointed out that`. */
export const PARTICLE_VERBS: Readonly<Record<string, string>> = { point: 'out', pointed: 'out', points: 'out' };

/** Participles that chain a further quote to the sentence's speaker: `, adding that ...`. */
export const CHAIN_PARTICIPLES: readonly string[] = [
  'adding', 'noting', 'saying', 'warning', 'arguing', 'explaining', 'stressing', 'insisting', 'stating', 'claiming',
];

/** View verbs that tie a quoted phrase to their subject (`investors called his remarks "vague"`). */
export const VIEW_VERBS: readonly string[] = [
  'called', 'calls', 'call', 'described', 'describes', 'describe', 'deemed', 'considered', 'considers', 'consider',
  'labelled', 'labeled', 'branded', 'termed', 'found', 'find', 'finds', 'saw', 'see', 'sees', 'viewed', 'view', 'views',
];

/** Attribution phrases that are not quotes: `according to X`, `X reported`. */
export const ACCORDING_TO: readonly string[] = ['according', 'to'];
export const REPORT_VERBS: readonly string[] = ['reported', 'reports', 'report', 'wrote', 'cited', 'cites'];

/** Personal pronouns that resolve to the last person named. */
export const PERSON_PRONOUNS: readonly string[] = ['he', 'she'];
/** Noun phrases that resolve to the article's main company. */
export const COMPANY_REFERENCES: readonly string[][] = [
  ['the', 'company'], ['the', 'firm'], ['the', 'group'], ['the', 'social', 'media', 'giant'], ['the', 'tech', 'giant'],
  ['the', 'social', 'network'], ['the', 'retailer'], ['the', 'carmaker'], ['the', 'supermarket'], ['the', 'lender'], ['the', 'bank'],
];
