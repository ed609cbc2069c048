/**
 * extract-quotes: direct quotes (words inside «» "" “” tied to a speaker by a cue) and indirect
 * quotes (a clause after a speech verb and إن/أن, or after a colon), with their speaker.
 * Steps: 1. find cues in each sentence; 2. read the speaker noun phrase (after a verb, before a
 * participle, after a noun cue) or carry the last speaker; 3. read the content: a qualifying
 * quotation right after the cue, else the reported clause; 4. quotations followed by a cue
 * (`«...»، قال X`). A name in guillemets with no cue is never a quote.
 * Also returns every cue with its speaker, so tag-sources can attribute the figures of a sentence.
 */
import { wordCount, type QuoteMarks, type TextSpan } from '../split-sentences/index.js';
import { KeySet, PhraseIndex, WordFilter, hasStem, keySet, stemIn } from '../lexicon-tools/phrase-index.js';
import { matchKey } from '../normalize-text/index.js';
import type { SourceEntry } from '../../schemas/source.js';
import type { SourceHit, SourceRegistry } from '../tag-sources/registry.js';
import { signature, TokenKind, type Token } from '../tokenize/index.js';
import { ABOUT_CUES, ACCORDING_CUES, COMPLEMENTIZERS, LINK_PREPOSITIONS, SPEECH_CUES, VERB_NEVER_AFTER, WHAT_WORDS, WRITING_CUES, type SpeechCue } from './lexicon/speech-cues.js';
import { ADDRESSEES, COUNTED_MEMBERS, MODAL_VERBS, NEWSROOM_STAFF, POLL_VERBS, RELATION_NOUNS, STAFF_OUTLET_NOUNS, COUNTRY_SPEAKERS, OFFICE_COUNTRIES, DATELINE_PLACES, DEFAULT_PERSON_TAG, CHIEF_OF_EXPERTS, DEPARTMENT_NOUNS, EXPERT_FIRM_WORDS, NOW_WORDS, PERSONAL_ROLES, RESULTS_WORDS, STATEMENT_ADJECTIVES, LINE_LABELS, DESCRIPTOR_ADJECTIVES, DOCUMENTS, GROUPS, ORG_NOUNS, ROLE_MARKERS, EVENT_NOUNS, FIRST_PERSON_WORDS, KNOWN_FIGURES, OWN_REPORTER_NOUNS, REPORTER_NOUNS, SHARE_WORDS, SINGULAR_GROUP_WORDS, SPEAKER_STOPS, STATE_BODY_WORDS, TITLES } from './lexicon/speakers.js';
import { SCALE_WORDS } from '../extract-numbers/lexicon/scales.js';
import { anaphorHead, orgHeadTag, resolveOrgAnaphor, scanOrgMentions, type OrgMention } from './mentions.js';

export interface Speaker {
  /** The most specific name the article gives (`مارك زوكربيرج`, `محللون`, `ميتا`). */
  readonly name: string;
  readonly role?: string;
  /** Source tag: a generic tag or an outlet id. */
  readonly tag: string;
  readonly label?: string;
  /** For a document (`وتابع البيان أن`): who issued it, when the article said so before (`وأوردت الوزارة في بيان`). */
  readonly maker?: Speaker;
}

/**
 * A speaker with every field present, in one order (an absent one is undefined), so that every
 * speaker object has one hidden class: the look-ups of `tag`, `name`, `role` stay monomorphic and
 * the optimized stage functions are not thrown away each time a speaker of a new shape turns up
 * ("wrong map" deoptimizations; extractQuotes was compiled 15 times on 10,000 articles).
 * Readers see the same values as from the literals this replaces.
 */
export function speakerOf(name: string, tag: string, role?: string, label?: string, maker?: Speaker): Speaker {
  // a hashtag joins a name's words with `_` (`#ديانا_حداد`): the name is written with spaces
  if (name.includes('_')) name = name.replace(/_+/g, ' ');
  return { name, role, tag, label, maker };
}

/** A copy of a speaker (quotes get their own). */
function copyOf(s: Speaker): Speaker {
  return speakerOf(s.name, s.tag, s.role, s.label, s.maker);
}

/** The speaker under another tag. */
function withTag(s: Speaker, tag: string): Speaker {
  return speakerOf(s.name, tag, s.role, s.label, s.maker);
}

/** A quote mention, always of one shape. */
function quoteOf(kind: QuoteMention['kind'], start: number, end: number, cue: string, cueStart: number, speaker: Speaker, rules: string[]): QuoteMention {
  return { kind, start, end, cue, cueStart, speaker, rules };
}

export interface QuoteMention {
  readonly kind: 'direct' | 'indirect';
  /** Normalized span of the content. */
  readonly start: number;
  readonly end: number;
  readonly cue: string;
  readonly cueStart: number;
  readonly speaker: Speaker;
  readonly rules: string[];
}

/** A cue with its speaker, whether or not it introduced a quote (`كشفت نتائج الشركة عن ارتفاع`). */
export interface CueMention {
  readonly start: number;
  readonly end: number;
  readonly speaker: Speaker;
  readonly sentence: number;
}

export interface ExtractQuotesInput {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly TextSpan[];
  readonly quotes: readonly QuoteMarks[];
  /** Paragraph spans: a speaker is carried to a cue with no subject only within the next paragraph. */
  readonly paragraphs?: readonly TextSpan[];
  readonly registry: SourceRegistry;
}

/**
 * How many paragraphs after the one that named a speaker a bare cue (`وأضاف`) may still refer to them.
 * Unbounded: news quotes one speaker over many paragraphs (limiting it to one paragraph dropped
 * quote recall on the gold corpus from 0.73 to 0.65).
 */
export const CARRY_PARAGRAPHS = Number.POSITIVE_INFINITY;

export interface QuotesResult {
  readonly quotes: QuoteMention[];
  readonly cues: CueMention[];
}

type CueInfo = { form: SpeechCue['form']; explicitSpeaker: boolean; clauseOnly: boolean };
const accordingIndex = new PhraseIndex<true>(ACCORDING_CUES.map((c) => [c, true] as const));
/** What an attribution phrase may carry: `وبحسب` is و + ب + `حسب`. */
const ACCORDING_CLITICS = new Set(['', 'و', 'ف', 'ب', 'وب', 'فب']);
const whatWords = keySet(WHAT_WORDS);
const resultsWords = keySet(RESULTS_WORDS);
const cueIndex = new PhraseIndex<CueInfo>(SPEECH_CUES.flatMap((c) => c.forms.map((f) => [f, { form: c.form, explicitSpeaker: c.explicitSpeaker === true, clauseOnly: c.clauseOnly === true }] as const)));
const complementizers = keySet(COMPLEMENTIZERS);
const YEAR = /^(1[89]|20)\d\d$/;
const scaleWords = keySet(SCALE_WORDS.flatMap((w) => w.forms));
const linkPreps = keySet(LINK_PREPOSITIONS);
const stops = keySet(SPEAKER_STOPS);
const shareWords = keySet(SHARE_WORDS);
/** Share words that only qualify a number after them (`أكثر من 20`), so their `من` is not partitive. */
const shareQualifiers = keySet(['أكثر', 'أقل', 'نحو', 'حوالي', 'قرابة']);
const firstPerson = keySet(FIRST_PERSON_WORDS);
/**
 * The first-person words, alone and with `و` or `ف` before them (`وننفق`): one bit test turns most
 * tokens away, with no test, slice or hashing of the key.
 */
const firstPersonAny = keysOf([...firstPerson].flatMap((w) => [w, `و${w}`, `ف${w}`]));
const figureTag = new Map<string, string>();
for (const f of KNOWN_FIGURES) for (const n of f.names) figureTag.set(matchKey(n), f.tag);
const groupWords = keySet(GROUPS.flatMap((g) => g.forms));
/** How far a share (`أكثر من 50 في المئة من المجيبين`) may run before its إن/أن. */
const MAX_SHARE_WORDS = 10;
const documents = keySet(DOCUMENTS);
const departmentNouns = keySet(DEPARTMENT_NOUNS);
const lineLabels = keySet(LINE_LABELS);
const expertFirmWords = keySet(EXPERT_FIRM_WORDS);
const singularGroups = keySet(SINGULAR_GROUP_WORDS);
const descriptorAdjectives = keySet(DESCRIPTOR_ADJECTIVES);
const roleMarkers = ROLE_MARKERS.map((r) => ({ tag: r.tag, words: keySet(r.forms) }));
const personalRoles = keySet(PERSONAL_ROLES);
const statementAdjectives = keySet(STATEMENT_ADJECTIVES);
const CHIEF = matchKey('كبير');
const economists = keySet(CHIEF_OF_EXPERTS);
/**
 * Every marker word and every feminine form `feminineOf` accepts, in one filter: a token it turns
 * away is no role marker under any tag, so roleTag answers most tokens with one bit test each
 * instead of a test per marker list and a feminine check.
 */
const roleMarkerFilter = new WordFilter();
for (const r of roleMarkers) {
  for (const w of r.words) {
    roleMarkerFilter.add(w);
    if (w.endsWith('ي') && w.length + 1 > 4) roleMarkerFilter.add(`${w}ه`);
  }
}

/** The source tag a role implies: the first marker list with a word in it. */
function roleTag(roleTokens: readonly Token[], feminines = true): string | undefined {
  let some = false;
  for (let k = 0; k < roleTokens.length; k++) {
    if (roleMarkerFilter.mayHaveStem(roleTokens[k]!)) {
      some = true;
      break;
    }
  }
  if (!some) return undefined;
  // the head decides for analysts and experts: `محلل قطاع الهواتف في شركة أوبن سيغنال`
  const head = roleTokens[0];
  if (head) for (const r of roleMarkers) if ((r.tag === 'analysts' || r.tag === 'experts') && hasStem(r.words, head)) return r.tag;
  // (`كبير الاقتصاديين في مصرف "بنك أوف ذا وست"`: a chief economist is an expert wherever they work)
  if (head?.key === CHIEF && roleTokens[1] && hasStem(economists, roleTokens[1])) return 'experts';
  // (and for sport and the arts: `مدرب ليفربول`, `النجم المصري`)
  if (head && hasStem(personalRoles, head)) return 'people';
  for (const r of roleMarkers) if (roleTokens.some((t) => hasStem(r.words, t) || (feminines && feminineOf(r.words, t)))) return r.tag;
  return undefined;
}

/** A feminine nisba whose masculine is listed (`الأميركية` for `الأميركي`; keys write ة as ه). */
function feminineOf(words: ReadonlySet<string>, t: Token): boolean {
  return t.key.length > 4 && t.key.endsWith('يه') && words.has(t.key.slice(0, -1));
}
/**
 * Word -> source tag, with a filter of its words' signatures beside it (as `KeySet` has), so that
 * `lookup` turns most tokens away with one bit test and finds the filter with one property load.
 * (A list of maps searched for their filter on every call was 0.5% of a whole run's time.)
 */
class TagMap extends Map<string, string> {
  readonly filter = new WordFilter();

  override set(key: string, tag: string): this {
    this.filter.add(key);
    return super.set(key, tag);
  }
}
const groupTag = new TagMap();
for (const g of GROUPS) for (const f of g.forms) groupTag.set(matchKey(f), g.tag);
const titleTag = new TagMap();
for (const t of TITLES) for (const f of t.forms) if (!titleTag.has(matchKey(f))) titleTag.set(matchKey(f), t.tag);
const stateBodyWords = keySet(STATE_BODY_WORDS);
const orgTag = new TagMap();
for (const o of ORG_NOUNS) for (const f of o.forms) if (!orgTag.has(matchKey(f))) orgTag.set(matchKey(f), o.tag);

const QUOTE_OPEN = new Set(['«', '"', '“']);
/**
 * A punctuation token that is one of `chars`. (Its one code unit compared with each of the few
 * chars, not `chars.includes(key)`: a builtin call for every punctuation token of every scan.
 * A surrogate pair, the only longer punctuation key, is in no list of chars here.)
 */
function isPunct(t: Token | undefined, chars: string): boolean {
  if (!t || t.kind !== TokenKind.Punct) return false;
  const key = t.key;
  if (key.length !== 1) return chars.includes(key);
  const c = key.charCodeAt(0);
  for (let i = 0; i < chars.length; i++) if (chars.charCodeAt(i) === c) return true;
  return false;
}
const CLAUSE_END = '،,:؛;.؟?!';

/** The tag a token (or one of its clitic-stripped forms) has in the map. */
function lookup(map: TagMap, t: Token | undefined): string | undefined {
  if (!t || t.kind !== TokenKind.Arabic) return undefined;
  const f = map.filter;
  const key = t.key;
  // the key, then (only when the filter lets one of them through) its clitic-stripped forms
  if (f.marks(t.sig ?? signature(key))) {
    const hit = map.get(key);
    if (hit) return hit;
  }
  return stemIn(map, f, t) || undefined;
}

/** Keys already folded, in a set with a filter of their signatures (see `hasKey`). */
function keysOf(keys: Iterable<string>): KeySet {
  const set = new KeySet();
  for (const k of keys) set.add(k);
  return set;
}

/**
 * `set.has(t.key)`, with the set's filter asked first: most tokens are turned away by one bit test
 * instead of hashing a key no lexicon holds.
 */
function hasKey(set: KeySet, t: Token): boolean {
  return set.filter.marks(t.sig ?? signature(t.key)) && set.has(t.key);
}

/** A cue at token `i`: the word may carry `و` or `ف`, never a preposition (`بيان` ≠ `ب` + `يان`). */
type Cue = { form: SpeechCue['form']; next: number; explicitSpeaker: boolean; clauseOnly: boolean };
/** cueAt's answers for the tokens of the article being read (one article at a time; `null`: no cue). */
let cueCache: { tokens: readonly Token[]; at: (Cue | null | undefined)[] } | undefined;

function cueAt(tokens: readonly Token[], i: number): Cue | undefined {
  // the same token is asked about many times (prescan, names, subjects): answer each once per article
  if (cueCache?.tokens !== tokens) cueCache = { tokens, at: new Array(tokens.length) };
  let hit = cueCache.at[i];
  if (hit === undefined) cueCache.at[i] = hit = findCue(tokens, i) ?? null;
  return hit ?? undefined;
}

function findCue(tokens: readonly Token[], i: number): Cue | undefined {
  const m = cueIndex.matchAt(tokens, i, true);
  // (and `ل` before a present verb: `ليكمل بعدها بأن`, `ليضيف أن`)
  const purpose = m?.clitic === 'ل' && m.payload.form === 'verb' && /^ل[يت]/.test(tokens[i]!.key);
  if (!m || (m.clitic !== '' && m.clitic !== 'و' && m.clitic !== 'ف' && !purpose)) return undefined;
  // `طالبا عدم كشف هويته`: a negated verbal noun reports no speech
  if (i > 0 && tokens[i - 1]!.key === 'عدم') return undefined;
  // `في رد مكتوب للمحكمة`: no finite verb follows a preposition; the word is a noun there
  if (i > 0 && m.payload.form === 'verb' && verbNeverAfter.has(tokens[i - 1]!.key)) return undefined;
  // `400 ألف طالب لجوء`: a word counted by a number before it is a noun, not a verb
  // (a year is no count: `وفي 4 آذار/مارس 2017 كتب ترامب`)
  if (i > 0 && ((tokens[i - 1]!.kind === TokenKind.Number && !YEAR.test(tokens[i - 1]!.key)) || (scaleWords.has(tokens[i - 1]!.key) && tokens[i - 2]?.kind === TokenKind.Number))) return undefined;
  // (a verb of purpose reports speech only when إن/أن or a quotation follows: `لتؤكد الانتعاشة` does not)
  return { form: m.payload.form, next: m.next, explicitSpeaker: m.payload.explicitSpeaker, clauseOnly: m.payload.clauseOnly || purpose };
}

/** What extractQuotes carries from cue to cue and sentence to sentence (one object, so that a cue's work is a function of its own: `cueQuotes`). */
interface QuoteScan {
  readonly quotes: QuoteMention[];
  readonly cues: CueMention[];
  /** Quotation marks some quote took already. */
  readonly claimedMarks: Set<QuoteMarks>;
  /** The speaker a bare cue goes on with (the last named, within CARRY_PARAGRAPHS), the last named and its paragraph. */
  last: Speaker | undefined;
  lastNamed: Speaker | undefined;
  lastPara: number;
  /** This sentence's: its subject, the subject of its first verb cue (a noun cue, `تصريحات المتحدث`, may be another clause's), the document it names. */
  sentenceSubject: Speaker | undefined;
  sentenceVerbSubject: Speaker | undefined;
  sentenceDocument: Speaker | undefined;
}

export function extractQuotes(input: ExtractQuotesInput): QuotesResult {
  const { tokens, text, sentences, registry } = input;
  const ctx = new ArticleContext(text, tokens, input.quotes, registry);
  const quotes: QuoteMention[] = [];
  const cues: CueMention[] = [];
  const claimedMarks = new Set<QuoteMarks>();
  const st: QuoteScan = { quotes, cues, claimedMarks, last: undefined, lastNamed: undefined, lastPara: -1, sentenceSubject: undefined, sentenceVerbSubject: undefined, sentenceDocument: undefined };
  let para = 0;
  const paragraphs = input.paragraphs ?? [];
  let tok = 0;
  let markIdx = 0;
  /** The previous sentence's tokens, in the same paragraph (its subject may go on in this one). */
  let prevFrom = -1;
  let prevTo = -1;
  let prevPara = -1;
  let curFrom = -1;
  let curTo = -1;
  let curPara = -1;

  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    while (tok < tokens.length && tokens[tok]!.start < s.start) tok++;
    while (para + 1 < paragraphs.length && paragraphs[para + 1]!.start <= s.start) para++;
    st.last = st.lastNamed && para - st.lastPara <= CARRY_PARAGRAPHS ? st.lastNamed : undefined;
    /** The article's cues before this sentence's: any after them are this sentence's. */
    const cuesBefore = cues.length;
    let endTok = tok;
    while (endTok < tokens.length && tokens[endTok]!.start < s.end) endTok++;
    if (si > 0) {
      prevFrom = curFrom;
      prevTo = curTo;
      prevPara = curPara;
    }
    curFrom = tok;
    curTo = endTok;
    curPara = para;
    st.sentenceSubject = undefined;
    st.sentenceVerbSubject = undefined;
    st.sentenceDocument = undefined;

    const sentence = { si, tok, endTok, para, prevFrom, prevTo, prevPara };
    for (let k = tok; k < endTok; k++) {
      if (ctx.insideMarks(tokens[k]!.start)) continue;
      const cue = cueAt(tokens, k);
      if (!cue) continue;
      k = cueQuotes(ctx, text, tokens, registry, st, cue, k, sentence);
    }

    // `ووفقا لمكتب العبادي الإعلامي، فقد صدر`, `وبحسب وزير المالية محمد الجدعان، بلغ`: the sentence's figures
    // are the speaker's the phrase names, up to its comma (a sentence with a cue of its own keeps that cue's speaker)
    if (cues.length === cuesBefore) {
      for (let k = tok; k < endTok; k++) {
        const m = accordingIndex.matchAt(tokens, k, true);
        if (!m || !ACCORDING_CLITICS.has(m.clitic) || ctx.insideMarks(tokens[k]!.start)) continue;
        const according = ctx.accordingSpeaker(tokens, m.next, endTok, registry);
        if (according) cues.push({ start: tokens[k]!.start, end: tokens[m.next - 1]!.end, speaker: according, sentence: si });
        break;
      }
    }

    // a line that opens with its speaker and a colon: `زوكربيرج: 2017 كانت سنة صعبة`, `خبراء: ...`
    const lead = ctx.colonSpeaker(tokens, tok, endTok, registry);
    if (lead && !quotes.some((q) => q.start >= s.start && q.start < s.end)) colonLineQuote(ctx, tokens, registry, st, lead, endTok, para);

    // quotations followed by their cue: `«...»، قال الوزير`; or a quoted sentence that goes on
    // with the last speaker's words (`"لدينا حاليا أكثر من 20 مليون عميل ..."`)
    while (markIdx < input.quotes.length && input.quotes[markIdx]!.open < s.start) markIdx++;
    quotesBeforeCues(ctx, text, tokens, registry, st, input.quotes, markIdx, s, tok, endTok, para);

    // `وننفق 230 مليار دولار سنويا`: a sentence in the first person with no cue of its own goes on
    // with the speaker of this paragraph or the one before (narration never says `we`)
    // (this sentence's cues are the ones pushed since it began: no scan of the article's)
    if (!st.sentenceSubject && st.lastNamed && para - st.lastPara <= 1 && cues.length === cuesBefore && ctx.recognisable(st.lastNamed) && !quotes.some((q) => q.start >= s.start && q.start < s.end)) {
      for (let k = tok; k < endTok; k++) {
        const t = tokens[k]!;
        if (t.kind !== TokenKind.Arabic || !hasKey(firstPersonAny, t)) continue;
        // (words of a quotation already given to its speaker say nothing about the rest of the sentence)
        if (input.quotes.some((m) => claimedMarks.has(m) && m.open <= t.start && t.start < m.end)) continue;
        cues.push({ start: t.start, end: t.end, speaker: st.lastNamed, sentence: si });
        break;
      }
    }
    // `واقترح الدكتور كورشامب حلا`: a sentence about a person makes them who a later bare cue refers to
    if (!st.sentenceSubject) {
      const lead = ctx.leadPerson(tokens, tok, endTok);
      if (lead) {
        st.last = lead;
        st.lastNamed = lead;
        st.lastPara = para;
      }
    }
    tok = endTok;
  }
  sortIfNeeded(quotes, (a, b) => a.start - b.start || a.end - b.end);
  return { quotes: dropNested(quotes), cues };
}

/** The quote of a line that opens with its speaker and a colon (`lead`): the quotation that fills the line, else the clause after the colon. */
function colonLineQuote(ctx: ArticleContext, tokens: readonly Token[], registry: SourceRegistry, st: QuoteScan, lead: { speaker: Speaker; colon: number }, endTok: number, para: number): void {
  const first = tokens[lead.colon + 1]!;
  const mk = ctx.markAt(first.start);
  const whole = mk && mk.end >= tokens[endTok - 1]!.start && ctx.qualifies(mk, true);
  const end = whole ? mk.end : clauseEnd(tokens, lead.colon + 1, endTok, ctx, '.؟?!؛;').end;
  st.quotes.push({ kind: whole ? 'direct' : 'indirect', start: whole ? mk.start : first.start, end, cue: ':', cueStart: tokens[lead.colon]!.start, speaker: lead.speaker, rules: ['speaker-colon-line'] });
  if (whole) st.claimedMarks.add(mk);
  if (!lead.speaker.tag.startsWith('document') && !registry.byId(lead.speaker.tag)) {
    st.last = lead.speaker;
    st.lastNamed = lead.speaker;
    st.lastPara = para;
  }
}

/**
 * Quotations of the sentence `s` (marks from `markIdx` on) that no cue before took: followed by their
 * cue (`«...»، قال الوزير`), or, opening a sentence, going on with the last speaker's words.
 */
function quotesBeforeCues(ctx: ArticleContext, text: string, tokens: readonly Token[], registry: SourceRegistry, st: QuoteScan, marks: readonly QuoteMarks[], markIdx: number, s: TextSpan, tok: number, endTok: number, para: number): void {
  for (let mi = markIdx; mi < marks.length && marks[mi]!.open < s.end; mi++) {
    const m = marks[mi]!;
    if (st.claimedMarks.has(m) || !ctx.qualifies(m)) continue;
    const closeTok = firstTokenAt(tokens, m.end + (m.closed ? 1 : 0), tok);
    let j = closeTok < 0 ? tokens.length : closeTok;
    if (j < tokens.length && isPunct(tokens[j], '،,')) j++;
    const cue = j < endTok ? cueAt(tokens, j) : undefined;
    if (!cue || cue.form !== 'verb') {
      if (st.last && startsSentence(tokens, tok, m.open) && ctx.words(m) >= 5) {
        st.claimedMarks.add(m);
        st.quotes.push({ kind: 'direct', start: m.start, end: m.end, cue: '', cueStart: m.open, speaker: st.last, rules: ['quote-continues-speaker', 'direct-marks'] });
      }
      continue;
    }
    const np = ctx.speakerAfter(tokens, cue.next, endTok, registry);
    const speaker = np?.speaker ?? st.last;
    if (!speaker || speaker.tag.startsWith('document')) continue;
    st.last = speaker;
    st.lastNamed = speaker;
    st.lastPara = para;
    st.claimedMarks.add(m);
    st.quotes.push({ kind: 'direct', start: m.start, end: m.end, cue: text.slice(tokens[j]!.start, tokens[cue.next - 1]!.end), cueStart: tokens[j]!.start, speaker, rules: ['cue-after-quote', 'direct-marks'] });
  }
}

/** The sentence a cue is in, as cueQuotes needs it: its index, tokens, paragraph, and the sentence before in its paragraph. */
interface CueSentence {
  readonly si: number;
  readonly tok: number;
  readonly endTok: number;
  readonly para: number;
  readonly prevFrom: number;
  readonly prevTo: number;
  readonly prevPara: number;
}

/**
 * The quotes of the speech cue at token `k` (its speaker, its content, and the quotations joined to
 * it), recorded in `st`; returns the last token they took (`k` when the cue gives none).
 * (A function of its own, not the body of extractQuotes' loop: its rare turns, a newsroom's staff,
 * an anonymous source, speech an outlet relays, a second quotation, each threw away the compiled
 * extractQuotes the first time one turned up, and compiled as one function that was ~255 ms of
 * TurboFan time a compile, six compiles on 6,612 bench articles, in every worker thread.)
 */
function cueQuotes(
  ctx: ArticleContext,
  text: string,
  tokens: readonly Token[],
  registry: SourceRegistry,
  st: QuoteScan,
  cue: Cue,
  k: number,
  sentence: CueSentence,
): number {
  const { si, tok, endTok, para } = sentence;
  let cueText = text.slice(tokens[k]!.start, tokens[cue.next - 1]!.end);
  let cueStart = tokens[k]!.start;
  const rules: string[] = [`cue-${cue.form}`];
  // `عقودا متوقعة بـ4.42 مليار`: a participle that introduces nothing is an adjective, not a cue
  // `استبعدت السلطات فرضية ...`: a verb that takes an object here reports no speech
  if ((cue.form === 'participle' || cue.clauseOnly) && !introducesSpeech(tokens, cue.next, endTok, ctx)) return k;
  // `صحيفة "واشنطن بوست" التي يكتب بها خاشقجي`: a relative clause about where someone writes or works
  if (relativeWriting(tokens, k, cue)) return k;
  // `إذ يمكنه نقل حمولة أكبر`: after a modal the word is a verbal noun (transport), not a verb of speech
  if (k > tok && MODALS.has(tokens[k - 1]!.key)) return k;
  // `مصدر لم تذكر اسمه`, `لم تكشف عن هويته`: the reporter not naming a source is no speech
  if (ANONYMITY_OBJECTS.has(tokens[cue.next]?.key ?? '') || (tokens[cue.next]?.key === 'عن' && ANONYMITY_OBJECTS.has(tokens[cue.next + 1]?.key ?? ''))) return k;
  const found = cueSpeaker(ctx, tokens, registry, st, cue, k, sentence, rules);
  if (!found) return k;
  let speaker = found.speaker;
  const after = found.after;
  // `وتابع البيان أن`: the statement the last speaker issued
  if (speaker.tag === 'document' && speaker.name.startsWith('ال') && st.last) speaker = speakerOf(speaker.name, speaker.tag, speaker.role, speaker.label, st.last);
  if (!speaker.tag.startsWith('document') && (!registry.byId(speaker.tag) || isReporter(speaker))) {
    st.last = speaker;
    st.lastNamed = speaker;
    st.lastPara = para;
    st.sentenceSubject ??= speaker;
    if (cue.form === 'verb') st.sentenceVerbSubject ??= speaker;
  }
  st.cues.push({ start: tokens[k]!.start, end: tokens[cue.next - 1]!.end, speaker, sentence: si });
  if (speaker.tag.startsWith('document')) {
    st.sentenceDocument ??= speaker;
    return k;
  }

  // the content: a quotation close after the cue, or the reported clause
  let content = findContent(tokens, after, endTok, ctx, st.claimedMarks);
  if (!content) return k;
  // `وذكرت صحيفة "ديلي ميل" أن ...`: an outlet that reports content is who `وأضافت` goes on with
  if (registry.byId(speaker.tag)) {
    st.last = speaker;
    st.lastNamed = speaker;
    st.lastPara = para;
  }
  // `وذكرت "وول ستريت جورنال" أن ليو هي أبلغ وزير التجارة بأن ...`: an outlet reports that someone
  // said something; the one it reports is the speaker, the outlet a relay (the sentence's outlet cue)
  const relayed = content.kind === 'indirect' && (registry.byId(speaker.tag) || speaker.tag === 'reports') ? ctx.nestedSpeech(tokens, firstTokenAt(tokens, content.start, k), endTok, registry, st.claimedMarks) : undefined;
  if (relayed) {
    st.cues.push({ start: tokens[relayed.cueTok]!.start, end: tokens[relayed.cueNext - 1]!.end, speaker: relayed.speaker, sentence: si });
    speaker = relayed.speaker;
    content = relayed.content;
    cueText = text.slice(tokens[relayed.cueTok]!.start, tokens[relayed.cueNext - 1]!.end);
    cueStart = tokens[relayed.cueTok]!.start;
    rules.push('speaker-reported-by-outlet');
    if (!speaker.tag.startsWith('document') && !registry.byId(speaker.tag)) {
      st.last = speaker;
      st.lastNamed = speaker;
      st.lastPara = para;
    }
  }
  st.quotes.push(quoteOf(content.kind, content.start, content.end, cueText, cueStart, copyOf(speaker), [...rules, content.rule]));
  if (content.mark) st.claimedMarks.add(content.mark);
  // past the content, and past any adjunct cue before it (`في بيان`): one quote per cue
  k = Math.max(k, content.lastToken);
  return followingQuotes(ctx, tokens, st, content, cueText, speaker, rules, k, endTok);
}

/**
 * Who speaks at the cue at token `k`, and the token after their words (`after`): for a participle the
 * clause's subject; else the speaker named after the cue, or the subject before it. The rule that
 * found them is added to `rules`; undefined when the cue reports no speech or names no one.
 */
function cueSpeaker(
  ctx: ArticleContext,
  tokens: readonly Token[],
  registry: SourceRegistry,
  st: QuoteScan,
  cue: Cue,
  k: number,
  sentence: CueSentence,
  rules: string[],
): { speaker: Speaker; after: number } | undefined {
  const { tok, endTok, para, prevFrom, prevTo, prevPara } = sentence;
  let speaker: Speaker | undefined;
  let after = cue.next;
  if (cue.form === 'participle') {
    // `وقال حمد إن ...، مشيرا إلى أن`: the subject of the sentence's cue, else the clause's subject
    // (`وأشار التقرير إلى ...، لافتا إلى أن`: the report, whose figures are its own)
    // (`وردت موسكو على لسان الناطق ... ديمتري بيسكوف بقوله`: "his saying" belongs to the name right before it, in its clause)
    // (`ونقلت "فرانس برس" عن متحدث باسم وزارة التجارة الصينية قوله`: the one it is reported from)
    const saying = SAYING_NOUN.test(tokens[k]!.key) ? (ctx.reportedFrom(tokens, tok, k, registry) ?? ctx.subjectBefore(tokens, clauseStart(tokens, tok, k), k, registry)) : undefined;
    speaker = saying ?? st.sentenceSubject ?? st.sentenceDocument ?? ctx.leadPerson(tokens, tok, k) ?? ctx.subjectBefore(tokens, tok, k, registry) ?? ctx.openingSubject(tokens, tok, k) ?? st.last;
    rules.push('speaker-of-clause');
  } else {
    // `الذي وُصف بـ"الهاتف الخارق"`: passive, with no speaker at all
    if (cue.explicitSpeaker && tokens[cue.next]?.key === 'ب') return undefined;
    // (`في تصريحات صحفية`: the statement's adjective, not who made it)
    const np = cue.form === 'noun' && statementAdjectives.has(tokens[cue.next]?.key ?? '') ? undefined : ctx.speakerAfter(tokens, cue.next, endTok, registry);
    // a noun cue (`توقعات`, `حديث`) needs a speaker the article makes clear, not any word after it
    if (np && cue.form === 'noun' && !ctx.recognisable(np.speaker) && !(np.next - cue.next <= 2 && complementizers.has(tokens[np.next]?.key ?? ''))) return undefined;
    // `ونقلت فرانس برس عن لايتزر في بيان إنه`: the outlet relays; the one after عن speaks
    // (`ونقلت وكالة الأنباء اليمنية الرسمية، عن مصدر عسكري، أن`: past its adjectives and a comma)
    let an = np ? np.next : -1;
    while (np && an < endTok && an < np.next + 3 && (isPunct(tokens[an], '،,') || tokens[an]!.key.startsWith('ال'))) an++;
    // (not `كشفت مراسلة العربية كارينا كامل عن ترقب`: what is revealed or announced comes after عن, not who)
    const from = np && registry.byId(np.speaker.tag) && tokens[an]?.key === 'عن' && !hasStem(aboutCues, tokens[cue.next - 1]!) ? ctx.speakerAfter(tokens, an + 1, endTok, registry) : undefined;
    if (from && !from.speaker.tag.startsWith('document') && !registry.byId(from.speaker.tag)) {
      speaker = from.speaker;
      after = from.next;
      rules.push('speaker-reported-from');
    } else if (np) {
      speaker = np.speaker;
      after = np.next;
      // `قال أحد المحررين في صحيفة "واشنطن بوست"`: a newsroom's staff speak for their outlet
      const newsroom = tokens.slice(cue.next, after).some((w) => staffNouns.has(w.key)) ? outletAfter(tokens, after, endTok, registry) : undefined;
      if (newsroom) speaker = withTag(speaker, newsroom);
      // `وقال مصدر مسؤول لم يكشف عن اسمه إن`: a source the reporter does not name is anonymous
      const hidden = anonymityClauseEnd(tokens, after, endTok);
      if (hidden !== undefined) {
        speaker = withTag(speaker, 'anonymous');
        after = hidden;
      }
      rules.push('speaker-after-cue');
    } else if (cue.explicitSpeaker) {
      return undefined;
    } else {
      // `X، رئيس قسم ...، يقول:`: a verb inside the sentence without `و` has its subject before it
      const svo = k > tok && !/^[وفل]/.test(tokens[k]!.key);
      // a noun cue (`في بيان`) after the sentence's verb cue belongs to that verb's subject
      // (`وأثنى ترامب على الخطوة ...، وقال للصحفيين`: a second verb shares the subject of the sentence's first)
      // (a noun cue with no speaker in its sentence, `ومع تحذيرات من الأرصاد`, reports no one's words)
      // (`لكنه توقع أن`: a pronoun right before the verb is its subject, the one spoken of last)
      // (the sentence's subject, or the person it opens with; else the nearest subject before)
      // (`وكان لسوروس نظرة ... حيال مستقبل الاتحاد الأوروبي، حيث قال:`: so too after حيث and إذ)
      // (but `واعتبرت الوكالة أن موقف البنك ...، إذ أعلن`: after إن/أن, حيث and إذ go on with the reported clause)
      // (and `وأشار ماكرون إلى عضو في طاقمه، وقال`: a verb joined by و after a comma shares the subject of the sentence's first verb)
      const coordinated = k > tok + 1 && cue.form === 'verb' && tokens[k]!.key.startsWith('و') && isPunct(tokens[k - 1], '،,') && !hasComplementizer(tokens, tok, k - 1);
      const topical = coordinated || (k > tok && cue.form === 'verb' && PRONOUN_SUBJECTS.has(tokens[k - 1]!.key) && !(CLAUSE_LINKERS.has(tokens[k - 1]!.key) && hasComplementizer(tokens, tok, k - 1)));
      speaker = topical ? (st.sentenceVerbSubject ?? ctx.leadPerson(tokens, tok, k) ?? ctx.firstKnownPerson(tokens, tok, Math.min(k - 1, tok + TOPIC_TOKENS))) : undefined;
      speaker ??= (cue.form === 'noun' ? st.sentenceSubject : undefined) ?? ctx.subjectBefore(tokens, tok, k, registry, svo ? k - tok : 6) ?? (svo ? undefined : ctx.openingSubject(tokens, tok, k)) ?? (cue.form === 'noun' ? undefined : st.last);
      // `عرضت المفوضة الأوروبية إستراتيجيتها. وعبرت في الوقت ذاته عن أملها أن`: with no speaker yet, a verb
      // that opens its sentence goes on with the subject of the sentence before, in the same paragraph
      if (!speaker && cue.form === 'verb' && k === tok && prevFrom >= 0 && prevPara === para) speaker = ctx.verbSubject(tokens, prevFrom, prevTo, registry);
      rules.push(speaker === st.last ? 'speaker-carried' : 'speaker-before-cue');
    }
  }
  return speaker ? { speaker, after } : undefined;
}

/**
 * After a cue's quote (`content`): a second quotation joined to it, and the clauses that go on with
 * the same speaker (`...، وأن ...`), each its own quote; returns the last token they took.
 */
function followingQuotes(ctx: ArticleContext, tokens: readonly Token[], st: QuoteScan, content: Content, cueText: string, speaker: Speaker, rules: readonly string[], k: number, endTok: number): number {
  // `"..." و"..."`: a second quotation joined to the first is the same speaker's
  if (content.kind === 'direct' && content.mark) {
    const mi = ctx.tokenAfterMark(tokens, content.mark, content.lastToken);
    const m2 = tokens[mi]?.key === 'و' && mi + 1 < endTok ? ctx.markAt(tokens[mi + 1]!.start) : undefined;
    if (m2 && !st.claimedMarks.has(m2) && ctx.qualifies(m2)) {
      st.claimedMarks.add(m2);
      st.quotes.push(quoteOf('direct', m2.start, m2.end, cueText, tokens[k]!.start, copyOf(speaker), [...rules, 'direct-joined']));
      k = Math.max(k, ctx.tokenAfterMark(tokens, m2, mi + 1) - 1);
    }
  }
  // `قال إن ...، و"لكن لا أثر اليوم لهذه الأفكار"`: a quotation joined to the reported clause
  if (content.kind === 'indirect') {
    let mi = content.lastToken + 1;
    if (isPunct(tokens[mi], '،,')) mi++;
    const m3 = tokens[mi]?.key === 'و' && mi + 1 < endTok ? ctx.markAt(tokens[mi + 1]!.start) : undefined;
    if (m3 && !st.claimedMarks.has(m3) && ctx.qualifies(m3)) {
      st.claimedMarks.add(m3);
      st.quotes.push(quoteOf('direct', m3.start, m3.end, cueText, tokens[k]!.start, copyOf(speaker), [...rules, 'direct-joined']));
      k = Math.max(k, ctx.tokenAfterMark(tokens, m3, mi + 1) - 1);
    }
  }
  // `...، وأن ...`, `كما أن ...`: the same speaker goes on with another clause
  // (after a quotation, from past its closing mark)
  const after1 = content.mark ? ctx.tokenAfterMark(tokens, content.mark, content.lastToken) : content.lastToken + 1;
  for (let more = continuation(tokens, after1, endTok); more; more = continuation(tokens, more.lastToken + 1, endTok)) {
    const next = findContent(tokens, more.from, endTok, ctx, st.claimedMarks);
    // (a quotation right after the conjunction too: `إنها كانت "حماقة شباب" وإنها "أكبر خطأ ارتكبه"`)
    if (!next || (next.kind === 'direct' && (!next.mark || next.lastToken - more.from > 1))) break;
    if (next.mark) st.claimedMarks.add(next.mark);
    st.quotes.push(quoteOf(next.kind, next.start, next.end, cueText, tokens[more.from]!.start, copyOf(speaker), [...rules, next.kind === 'direct' ? 'direct-continued' : 'indirect-continued']));
    k = Math.max(k, next.lastToken);
    more.lastToken = next.lastToken;
  }
  return k;
}

/** A registered body (not an outlet) at `at`, then a name of two words: the body is the place of a role. */
function registeredBodyBeforeName(tokens: readonly Token[], at: number, registry: SourceRegistry): boolean {
  const hit = registry.at(tokens, at);
  if (!hit || hit.clitic !== '' || hit.entry.kind === 'outlet' || hit.entry.kind === 'agency') return false;
  return nameLike(tokens[hit.next]) && (nameLike(tokens[hit.next + 1]) || isFamilyNameAt(tokens, hit.next + 1)) && !cueAt(tokens, hit.next);
}

/** A phrase less the preposition `ل` glued to its first word: `لمكتب العبادي` -> `مكتب العبادي`, `للشرطة` -> `الشرطة`. */
function withoutLam(phrase: string): string {
  if (phrase.startsWith('لل')) return `ال${phrase.slice(2)}`;
  return /^ل[^\s]{2}/.test(phrase) ? phrase.slice(1) : phrase;
}

/** A `.` or `-` with a word right before and right after it, no space: `ممزورلد.كوم`, `العربية.نت`, `سي.بي.إس`, `روجيه-بوتي`. */
function innerDot(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  if (t.kind !== TokenKind.Punct || (t.key !== '.' && t.key !== '-')) return false;
  const a = tokens[j - 1];
  const b = tokens[j + 1];
  if (!a || !b || a.end !== t.start || b.start !== t.end || a.kind === TokenKind.Punct || a.kind === TokenKind.Number || b.kind === TokenKind.Punct || b.kind === TokenKind.Number) return false;
  // (a hyphen joins the two parts of a name: `روجيه-بوتي`)
  return t.key === '-' ? a.kind === TokenKind.Arabic && b.kind === TokenKind.Arabic : a.end - a.start <= 3 || b.end - b.start <= 3;
}

/** True when speech starts at token `j` or a few words after it: إن/أن, a colon or a quotation mark. */
function introducesSpeech(tokens: readonly Token[], j: number, endTok: number, ctx: ArticleContext): boolean {
  // past a short adjunct: `مضيفا في وقت متأخر من يوم الأربعاء: "..."`
  for (let k = j; k < endTok && k < j + MAX_PARTICIPLE_ADJUNCT; k++) {
    const t = tokens[k]!;
    // (not `لأن`, "because": `وجدت نفسها بحاجة ...، نظرا لأن`)
    if ((complementizers.has(t.key) && !CAUSAL.has(t.key)) || isPunct(t, ':') || ctx.markAt(t.start) !== undefined) return true;
    if (t.kind === TokenKind.Punct) return false;
  }
  return false;
}
const MAX_PARTICIPLE_ADJUNCT = 8;
const CAUSAL = keySet(['لأن', 'لان']);

const CENTRAL = keySet(['المركزي', 'المركزية']);
/** Nouns of events and changes: what a cue reports, never who speaks (`أعلنت ارتفاع الصادرات`). */
const eventNouns = keySet([...EVENT_NOUNS]);

/** Conjunctions that open a clause whose noun after them is not the sentence's speaker. */
const SUBORDINATORS = keySet(['لأن', 'لان', 'إذا', 'اذا', 'لو', 'لكن', 'كما', 'حيث', 'إن', 'أن', 'بينما', 'فيما', 'رغم', 'مع', 'بعد', 'قبل', 'منذ', 'إذ']);

const PREPOSITIONS = keySet(['على', 'عبر', 'في', 'من', 'عن', 'إلى', 'الى', 'مع', 'لدى', 'حول', 'ضد', 'بين', 'مثل']);

/** Nouns that head a time adverb (`مطلع هذا الأسبوع`, `أواخر العام`): not a speaker after a cue. */
/** Of PRONOUN_SUBJECTS, the clause linkers (`حيث قال`, `إذ أعلن`). */
const CLAUSE_LINKERS = keySet(['حيث', 'إذ', 'فقد']);
function hasComplementizer(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (complementizers.has(tokens[j]!.key)) return true;
  return false;
}
/** How long the adjunct between a reported speaker and `قوله` may be (`قبيل توجهه إلى ألمانيا في مستهل جولة أوروبية`). */
const REPORTED_ADJUNCT_WORDS = 14;
/** A noun in the dual or a sound plural (`موضوعان`, `ملفين`, `مشروعات`): a heading's noun, not a name. */
const DUAL_OR_PLURAL = /^..+(ان|ين|ات|ون)$/;
/** How often a person's name must recur to be the one an article is about. */
const PROTAGONIST_MENTIONS = 3;
/** How many words a nested speaker may have before its verb (`أن ليو هي أبلغ`). */
const NESTED_SUBJECT_WORDS = 5;
/** How near the start of a sentence its topic stands: `وكان لسوروس نظرة`. */
const TOPIC_TOKENS = 3;
/** Epithets that stand for a person named before: `الملياردير`, `الراحل`, `الأخير` (the latter). */
const EPITHETS = keySet(['الملياردير', 'المليونير', 'الراحل', 'الراحلة', 'الفقيد', 'الفقيدة', 'الأخير', 'الأخيرة', 'الرجل', 'السيدة']);
/** A particle with a pronoun as the subject right before a verb: `لكنه توقع` ("but he expected": the one the sentence is about). */
const PRONOUN_SUBJECTS = keySet(['لكنه', 'لكنها', 'ولكنه', 'ولكنها', 'لكنهم', 'ولكنهم', 'حيث', 'إذ', 'فقد']);
/** Adverbs that may stand between a speech verb and its subject: `وقال وقتها المتحدث باسم الشركة`. */
const CUE_ADVERBS = keySet(['وقتها', 'حينها', 'آنذاك', 'حينذاك', 'أيضا', 'ايضا', 'كذلك', 'مجددا', 'بدوره', 'بدورها', 'سابقا', 'لاحقا', 'مؤخرا']);
const verbNeverAfter = keySet(VERB_NEVER_AFTER);
const nowWords = keySet(NOW_WORDS);
const TIME_HEADS = keySet(['مطلع', 'أواخر', 'أوائل', 'منتصف', 'نهاية', 'بداية', 'مستهل', 'طيلة', 'طوال']);

/** A nisba adjective (`الأميركية`, `الروسي`), as a key (ة is ه). */
const NISBA = /^ال..+يه?$/;

/** `آخر الأرقام`, `أحدث البيانات`: the latest of a document. */
const LATEST = keySet(['آخر', 'أحدث', 'أول', 'أولى']);

/** `بقوله`, `قولها`, `بقولهم`: a verbal noun of saying with the speaker's pronoun. */
const SAYING_NOUN = /^ب?قول(ه|ها|هم|هما)$/;

/** The first token of the clause that `k` is in: after the last comma or other clause break since `from`. */
function clauseStart(tokens: readonly Token[], from: number, k: number): number {
  for (let j = k - 1; j >= from; j--) if (isPunct(tokens[j], CLAUSE_END)) return j + 1;
  return from;
}

/** A comma or other clause break among tokens from..to (exclusive). */
function clauseBreakBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isPunct(tokens[k], CLAUSE_END)) return true;
  return false;
}

/** Verbs between a speaker and `بشرط عدم` (`تحدثوا`, `طلبوا`). */
const ANONYMITY_VERBS = keySet(['تحدث', 'تحدثت', 'تحدثوا', 'طلب', 'طلبت', 'طلبوا', 'رفض', 'رفضت', 'رفضوا']);
/** `بشرط عدم الكشف`, `طالبا عدم كشف هويته`, `مفضلا عدم ذكر اسمه`: the words before `عدم` that ask for anonymity. */
const ANONYMITY_CONDITIONS = keySet(['بشرط', 'شريطة', 'مشترطا', 'مشترطين', 'طالبا', 'طالبة', 'طالبين', 'مفضلا', 'مفضلة', 'مفضلين', 'طلب', 'طلبت', 'طلبوا', 'رفض', 'رفضت', 'فضل', 'فضلت']);

/** Prepositions of a cue that may introduce a quotation directly (`أشار إلى "..."`, `شدد على "..."`). */
const QUOTE_PREPS = keySet(['إلى', 'الى', 'على']);

/** `، وأن`, `، وبأنه` (a second clause of the same cue: `قال بأنه سيتخذ ...، وبأنه سيبحث`). */
const CONTINUING = keySet(['وأن', 'وأنه', 'وأنها', 'وأنهم', 'وبأن', 'وبأنه', 'وبأنها', 'وبأنهم']);
/** `، وأن`, `، كما أن`, `و أن` after a clause: where the next clause of the same speaker starts. */
function continuation(tokens: readonly Token[], j: number, endTok: number): { from: number; lastToken: number } | undefined {
  let k = j;
  if (isPunct(tokens[k], '،,')) k++;
  const t = tokens[k];
  if (!t || k >= endTok || t.kind !== TokenKind.Arabic) return undefined;
  if (CONTINUING.has(t.key)) return { from: k, lastToken: k };
  if ((t.key === 'كما' || t.key === 'وكما') && tokens[k + 1] && complementizers.has(tokens[k + 1]!.key)) return { from: k + 1, lastToken: k + 1 };
  return undefined;
}

/** True when only punctuation stands between the sentence's first token and `offset`. */
function startsSentence(tokens: readonly Token[], first: number, offset: number): boolean {
  for (let j = first; j < tokens.length && tokens[j]!.start < offset; j++) if (tokens[j]!.kind !== TokenKind.Punct) return false;
  return true;
}

/** Index of the first token starting at or after `offset` (binary search from `from`), or -1. */
function firstTokenAt(tokens: readonly Token[], offset: number, from: number): number {
  let lo = from;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < tokens.length ? lo : -1;
}

/** An indirect clause that contains a direct quote of the same cue gives way to it. */
function dropNested(quotes: QuoteMention[]): QuoteMention[] {
  return quotes.filter((q) => !(q.kind === 'indirect' && quotes.some((d) => d !== q && d.kind === 'direct' && d.cueStart === q.cueStart)));
}

/** Prepositions of an adjunct that names where something was said: `في بيان`, `خلال مقابلة`. */
const ADJUNCT_PREPS = keySet(['في', 'خلال', 'عبر']);

/** How far after a cue (past its speaker) the content may start: `أعلم خلال لقاء في مكتبه ... أن`. */
const MAX_ADJUNCT_TOKENS = 20;

interface Content {
  kind: 'direct' | 'indirect';
  start: number;
  end: number;
  rule: string;
  mark?: QuoteMarks;
  lastToken: number;
}

function findContent(tokens: readonly Token[], from: number, endTok: number, ctx: ArticleContext, claimed: Set<QuoteMarks>): Content | undefined {
  // skip a short adjunct before the content: `في بيان،`, `لوكالة رويترز`, `خلال مكالمة مع المستثمرين`
  for (let j = from, steps = 0; j < endTok && steps < MAX_ADJUNCT_TOKENS; j++, steps++) {
    const t = tokens[j]!;
    if (innerDot(tokens, j)) continue;
    const mark = ctx.markAt(t.start);
    if (mark && !claimed.has(mark)) {
      // (`لافتة إلى "..."`, `شدد على "..."`: the cue's own preposition introduces the quotation)
      const cuePrep = j === from + 1 && QUOTE_PREPS.has(tokens[from]!.key);
      if (ctx.qualifies(mark) && (cuePrep || !namesSomething(tokens[j - 1]))) return { kind: 'direct', start: mark.start, end: mark.end, rule: 'direct-marks', mark, lastToken: j };
      if (namesSomething(tokens[j - 1])) {
        j = ctx.tokenAfterMark(tokens, mark, j) - 1;
        continue;
      }
      if (steps > 0 && !isPunct(tokens[j - 1], ':')) {
        // a name in guillemets inside the clause: keep looking for the clause
        j = ctx.tokenAfterMark(tokens, mark, j) - 1;
        continue;
      }
    }
    if (isPunct(t, ':')) {
      const next = tokens[j + 1];
      if (!next || j + 1 >= endTok) return undefined;
      const m2 = ctx.markAt(next.start);
      if (m2 && ctx.qualifies(m2, true)) return { kind: 'direct', start: m2.start, end: m2.end, rule: 'direct-after-colon', mark: m2, lastToken: j + 1 };
      const end = clauseEnd(tokens, j + 1, endTok, ctx, '.؟?!؛;');
      return { kind: 'indirect', start: next.start, end: end.end, rule: 'indirect-after-colon', lastToken: end.last };
    }
    // (`(تي.إن)`: a letter of a dotted name is no إن)
    if (t.kind === TokenKind.Arabic && complementizers.has(t.key) && !(j > 0 && innerDot(tokens, j - 1))) {
      const startTok = j + 1;
      if (startTok >= endTok) return undefined;
      // a quotation that starts the clause, or follows its subject, is the direct quote
      for (let q = startTok; q < Math.min(endTok, startTok + 6); q++) {
        const mk = ctx.markAt(tokens[q]!.start);
        if (mk && !claimed.has(mk) && ctx.qualifies(mk)) return { kind: 'direct', start: mk.start, end: mk.end, rule: 'direct-in-clause', mark: mk, lastToken: q };
        if (isPunct(tokens[q], CLAUSE_END)) break;
      }
      const end = clauseEnd(tokens, startTok, endTok, ctx, CLAUSE_END);
      if (end.last < startTok) return undefined;
      // `قال إن الموازنة ستكون على النحو التالي: "..."`: the quotation after the colon is the quote
      if (isPunct(tokens[end.last + 1], ':')) {
        const mk = tokens[end.last + 2] ? ctx.markAt(tokens[end.last + 2]!.start) : undefined;
        if (mk && !claimed.has(mk) && ctx.qualifies(mk, true)) return { kind: 'direct', start: mk.start, end: mk.end, rule: 'direct-after-clause-colon', mark: mk, lastToken: end.last + 2 };
      }
      // the clause must hold more than a pronoun (`إنه` already is one)
      return { kind: 'indirect', start: tokens[startTok]!.start, end: end.end, rule: 'indirect-clause', lastToken: end.last };
    }
    if (t.kind === TokenKind.Arabic && linkPreps.has(t.key) && tokens[j + 1] && complementizers.has(tokens[j + 1]!.key)) continue;
    // `مصدر لم يكشف عن اسمه إن ...`: a negated cue describes the speaker; skip it and its object
    if (t.kind === TokenKind.Arabic && (t.key === 'لم' || t.key === 'لا') && cueAt(tokens, j + 1)) {
      j += 1;
      if (tokens[j + 1]?.key === 'عن') j += 2;
      continue;
    }
    // (only right after the cue and its speaker: `، الذي طلب عدم الكشف عن هويته، إن` is an adjunct's)
    if (t.kind === TokenKind.Arabic && t.key === 'عن' && j === from) {
      // `أعلن عن "تخفيض ..."`: quoted words; `كشف عن خطط`: a noun phrase, not a clause
      const mk = tokens[j + 1] ? ctx.markAt(tokens[j + 1]!.start) : undefined;
      if (mk && !claimed.has(mk) && ctx.qualifies(mk)) return { kind: 'direct', start: mk.start, end: mk.end, rule: 'direct-after-an', mark: mk, lastToken: j + 1 };
      // `أعرب عن أمله في أن`, `معربة عن الأمل في أن`: the hope (concern, confidence) is a view; its clause follows
      const k2 = tokens[j + 2];
      const clauseNext = !!k2 && (complementizers.has(k2.key) || (linkPreps.has(k2.key) && complementizers.has(tokens[j + 3]?.key ?? '')));
      if (tokens[j + 1]?.kind === TokenKind.Arabic && clauseNext) continue;
      return undefined;
    }
    if (isPunct(t, '.؟?!؛;')) return undefined;
    const inner = cueAt(tokens, j);
    // `وقالت الوزارة في بيان إن`: a noun cue in an adjunct is where it was said, not a new cue
    // (`في صحيفة "واشنطن بوست" التي يكتب بها خاشقجي:`: nor is a writing verb in a relative clause)
    if (inner && !(inner.form === 'noun' && j > from && ADJUNCT_PREPS.has(tokens[j - 1]!.key)) && !relativeWriting(tokens, j, inner)) return undefined;
  }
  return undefined;
}

/** The outlet named right after a speaker, as where they work: `في صحيفة "واشنطن بوست"`, `بوكالة رويترز`. */
function outletAfter(tokens: readonly Token[], at: number, endTok: number, registry: SourceRegistry): string | undefined {
  const t = tokens[at];
  if (!t || t.kind !== TokenKind.Arabic) return undefined;
  let j = at;
  if (t.key === 'في' || t.key === 'لدى' || t.key === LADA) j++;
  for (let x = j; x < endTok && x <= j + 2; x++) {
    if (x > j && !(tokens[x - 1]!.kind === TokenKind.Punct || OUTLET_WORDS.has(tokens[x - 1]!.key))) break;
    const hit = registry.at(tokens, x) ?? registry.quotedNameAt(tokens, x);
    if (hit && (hit.entry.kind === 'outlet' || hit.entry.kind === 'agency') && (x > at || hit.clitic === 'ب' || hit.clitic === 'في')) return hit.entry.id;
  }
  return undefined;
}

/** `التي يكتب بها`, `الذي كتب فيه`: a verb of writing in a relative clause, with a preposition and a pronoun after it (where someone writes, not what they say). */
function relativeWriting(tokens: readonly Token[], k: number, cue: Cue): boolean {
  return k > 0 && RELATIVE_PRONOUNS.has(tokens[k - 1]!.key) && WRITE_CUES.has(tokens[k]!.key) && PRONOUN_PREPS.has(tokens[cue.next]?.key ?? '');
}

/** The end of a clause: the first break outside quotation marks. */
function clauseEnd(tokens: readonly Token[], from: number, endTok: number, ctx: ArticleContext, breaks: string): { end: number; last: number } {
  let last = from - 1;
  for (let j = from; j < endTok; j++) {
    const t = tokens[j]!;
    const mark = ctx.markAt(t.start);
    if (mark) {
      const after = ctx.tokenAfterMark(tokens, mark, j);
      last = Math.min(after, endTok) - 1;
      j = last;
      continue;
    }
    if (isPunct(t, breaks)) break;
    if (j > from && t.kind === TokenKind.Arabic) {
      const c = cueAt(tokens, j);
      if (c && (c.form === 'participle' || t.key.startsWith('و'))) break;
    }
    last = j;
  }
  const lastTok = tokens[last];
  let end = lastTok ? lastTok.end : tokens[from]!.start;
  // a closing mark that ends the clause belongs outside it
  return { end, last };
}

/** What the whole article knows: quotation marks, persons' full names and roles, its main company. */
class ArticleContext {
  readonly #marksByOpen = new Map<number, QuoteMarks>();
  readonly #marksByEnd = new Map<number, QuoteMarks>();
  readonly #marks: readonly QuoteMarks[];
  readonly #persons = new Map<string, Speaker>();
  /** Every person mention with a name, in the order found (prescan first, then speech cues). */
  readonly #personMentions: { at: number; speaker: Speaker }[] = [];
  readonly #personAt = new Map<number, Speaker>();
  /** Names and roles of speakers at the matching level, folded once per article (`folded`). */
  readonly #folded = new Map<string, string>();
  /** How many tokens (from the second) have a key, for the keys asked about (`occurrences`). */
  readonly #occurrences = new Map<string, number>();
  /** Described speakers (`مصدر أوروبي`, `دبلوماسي غربي كبير`) in the order read. */
  readonly #described: { at: number; speaker: Speaker }[] = [];
  /** Organisation mentions in article order, and by the offset where each starts. */
  readonly #orgs: OrgMention[];
  readonly #orgAt = new Map<number, OrgMention>();
  readonly #company: string | undefined;
  readonly #tokens: readonly Token[];
  #lastPerson: Speaker | undefined;
  #lastOrg: Speaker | undefined;
  /** The group the last share was taken of (`من المجيبين`). */
  #lastShare: Speaker | undefined;
  readonly #registry: SourceRegistry;
  /** Registered bodies (not outlets) in article order, for possessive titles. */
  readonly #bodies: { at: number; tag: string }[] = [];
  /**
   * Where the insides of the quotations begin (`open + 1`) and end, each sorted: an offset lies
   * inside one when more begin than end at or before it. (A difference array over the text cost
   * an allocation and a pass the length of the article for the few marks an article has.)
   */
  readonly #insideFrom: number[];
  readonly #insideTo: number[];
  /**
   * How many of each are at or before the offset `insideMarks` was last asked about: the stage asks
   * about its tokens in text order, so each answer moves these on by a step or two.
   */
  #insideCursor = { offset: -1, from: 0, to: 0 };

  constructor(
    private readonly text: string,
    tokens: readonly Token[],
    marks: readonly QuoteMarks[],
    registry: SourceRegistry,
  ) {
    this.#registry = registry;
    this.#marks = marks;
    this.#tokens = tokens;
    // (pushed, not mapped: see `packedMap`)
    const insideFrom: number[] = [];
    const insideTo: number[] = [];
    for (const m of marks) {
      insideFrom.push(m.open + 1);
      insideTo.push(m.end);
    }
    this.#insideFrom = sortIfNeeded(insideFrom, (a, b) => a - b);
    this.#insideTo = sortIfNeeded(insideTo, (a, b) => a - b);
    for (const m of marks) {
      this.#marksByOpen.set(m.open, m);
      if (m.closed) this.#marksByEnd.set(m.end, m);
    }
    this.#orgs = scanOrgMentions(text, tokens, (o) => this.markAt(o), registry, (j) => {
      const w = tokens[j]!;
      return stops.has(w.key) || complementizers.has(w.key) || !!cueAt(tokens, j) || countryNames.has(w.key);
    }, entrySpeaker);
    for (const m of this.#orgs) {
      this.#orgAt.set(m.at, m);
      if (m.registered && !m.outlet) this.#bodies.push({ at: m.at, tag: m.speaker.tag });
    }
    this.#company = mainCompany(text, marks, tokens, this.#orgs);
    this.prescanPersons(tokens);
  }

  markAt(offset: number): QuoteMarks | undefined {
    return this.#marksByOpen.get(offset);
  }

  insideMarks(offset: number): boolean {
    const starts = this.#insideFrom;
    if (starts.length === 0) return false;
    const ends = this.#insideTo;
    const c = this.#insideCursor;
    // (an earlier offset than the last counts again from the first mark)
    if (offset < c.offset) c.from = c.to = 0;
    c.offset = offset;
    while (c.from < starts.length && starts[c.from]! <= offset) c.from++;
    while (c.to < ends.length && ends[c.to]! <= offset) c.to++;
    return c.from > c.to;
  }

  tokenAfterMark(tokens: readonly Token[], mark: QuoteMarks, from: number): number {
    let j = from + 1;
    while (j < tokens.length && tokens[j]!.start < mark.end + (mark.closed ? 1 : 0)) j++;
    return j;
  }

  words(m: QuoteMarks): number {
    return wordCount(this.text, m.start, m.end);
  }

  /**
   * A sentence that opens with a short speaker and a colon (`زوكربيرج:`, `خبراء:`, `رئيس سامسونج:`,
   * `خالد الرميحي لـCNN:`). The speaker must be a group, carry a title, or be named elsewhere too.
   */
  colonSpeaker(tokens: readonly Token[], from: number, endTok: number, registry: SourceRegistry): { speaker: Speaker; colon: number } | undefined {
    let colon = -1;
    for (let j = from; j < Math.min(endTok, from + 7); j++) {
      if (isPunct(tokens[j], ':')) {
        colon = j;
        break;
      }
      if (tokens[j]!.kind === TokenKind.Punct && !isPunct(tokens[j], '"«»')) return undefined;
    }
    if (colon <= from || colon + 1 >= endTok) return undefined;
    const idx: number[] = [];
    for (let j = from; j < colon; j++) if (tokens[j]!.kind !== TokenKind.Punct) idx.push(j);
    // drop an addressee: `لـCNN`, `لبي بي سي`
    const addressee = idx.findIndex((j, i) => i > 0 && (tokens[j]!.key === 'ل' || (registry.at(tokens, j)?.clitic ?? '').endsWith('ل')));
    // (pushed, not `idx.map`: mapping an array of numbers makes a holey array, and one holey phrase
    // among packed ones throws away the optimized code of every function it reaches, `interpret` first)
    const np: Token[] = [];
    for (let k = 0, n = addressee > 0 ? addressee : idx.length; k < n; k++) np.push(tokens[idx[k]!]!);
    if (np.some((t) => countryNames.has(t.key))) return undefined; // `مصر: ...` is a dateline, not a speaker
    if (np.length === 0 || np.length > 4 || np.some((t) => stops.has(t.key) || complementizers.has(t.key) || t.kind === TokenKind.Number)) return undefined;
    // `للمزيد:` (a site's boilerplate), `بالفيديو:`: a prepositional phrase speaks for nobody
    if (PREP_ARTICLE.test(np[0]!.key)) return undefined;
    // `نصيحة: احرص على ...`: a label, not a speaker
    if (np.length <= 2 && hasStem(lineLabels, np[0]!)) return undefined;
    // (`فيما قال أردوغان: ...`: a line with a cue before its colon is the cue's, not a colon speaker's)
    if (idx.some((j) => cueAt(tokens, j))) return undefined;
    const src = registry.at(tokens, from);
    if (src && src.next === colon) return { speaker: entrySpeaker(src.entry, this.text.slice(tokens[from]!.start, tokens[colon - 1]!.end)), colon };
    // (a heading's noun and adjective, `موضوعان أساسيان: "إيران وإيران"`, is no one: not even read as a
    // name, which would make it a person the article knows)
    if (np.length === 2 && np.every((t) => t.kind === TokenKind.Arabic && !t.key.startsWith('ال')) && (DUAL_OR_PLURAL.test(np[0]!.key) || accusativePair(this.text, np, 0)) && !this.#persons.has(np[1]!.key)) return undefined;
    const speaker = this.interpret(np);
    if (!speaker || speaker.tag.startsWith('document')) return undefined;
    const isGroup = np.some((t) => lookup(groupTag, t));
    const lastTok = np[np.length - 1]!;
    const namedElsewhere = tokens.some((t) => t.key === lastTok.key && t.start !== lastTok.start);
    if (!isGroup && !speaker.role && !namedElsewhere) return undefined;
    return { speaker, colon };
  }

  /** A quotation that is speech, not a name: enough words, and it ends its clause or is long. */
  qualifies(m: QuoteMarks, afterColon = false): boolean {
    const words = wordCount(this.text, m.start, m.end);
    if (words === 0) return false;
    if (afterColon || words >= 6) return true;
    if (words < 2) return false;
    const rest = this.text.slice(m.end + (m.closed ? 1 : 0), m.end + 4).trimStart();
    return rest === '' || /^[،,.:؛;؟?!)\n»"”]/.test(rest) || /^و/.test(rest) || /^(لكن|بل)/.test(rest);
  }

  /**
   * A definite noun the lexicon does not know, as the subject right before what is said: `وقال الكرملين إن`,
   * `وقالت السفارة الأمريكية في بيان إن`, `وقال البنتاغون:`. Verb, definite noun, then إن/أن, a colon or
   * `في بيان` is a body speaking (officials, like a person with no stated role); a time word, a document
   * or a word the reader resolves (`الأخير`, `الصحيفة`) never reaches here.
   */
  bareBody(np: readonly Token[], tokens: readonly Token[], next: number): Speaker | undefined {
    if (np.length === 0 || np.length > 3 || !np.every((t) => t.kind === TokenKind.Arabic && t.key.startsWith('ال') && !stops.has(t.key))) return undefined;
    // (not a plural of things, `وصف الحيوانات بأنها`, nor what بأن describes: the object of a verb of naming)
    // (nor a person's or a group's noun, `المسؤولة الفرنسية`, `المتصل`, `الصحفيون`: the reader resolves those or
    // leaves them; nor a verbal noun of the تفعيل pattern, `التحقيق`, `التحليل`: a document's kind; nor `الآن`)
    const head = np[0]!;
    const written = this.text.slice(head.start, head.end);
    if (hasStem(documents, head) || TIME_HEADS.has(head.key) || lookup(groupTag, head) || EPITHETS.has(head.key) || written.endsWith('ات') || unknownRoleWord(head) || /^ال(م.{3,}|.{2,}ي)(ون|ين)$/.test(written) || /^الت[^ا]{2}ي[^ا]$/.test(head.key) || nowWords.has(head.key)) return undefined;
    const after = tokens[next];
    const said = !!after && ((complementizers.has(after.key) && !after.key.startsWith('ب')) || isPunct(after, ':') || (after.key === 'في' && hasStem(documents, tokens[next + 1])));
    if (!said) return undefined;
    // (`العال` after `شركة طيران العال الإسرائيلية`: the organisation named before by that word)
    let named: OrgMention | undefined;
    for (const o of this.#orgs) if (o.at < head.start && !o.outlet && o.speaker.name.includes(written)) named = o;
    if (named) return named.speaker;
    const speaker = speakerOf(this.text.slice(np[0]!.start, np[np.length - 1]!.end), 'officials');
    this.#lastOrg = speaker;
    return speaker;
  }

  /**
   * Who an attribution phrase names (`وفقا لمكتب العبادي`, `بحسب وزير المالية محمد الجدعان`), up to its comma:
   * a person, body or group, not an outlet, report or document (tag-sources reads those), less the `ل` of `وفقا ل`.
   */
  accordingSpeaker(tokens: readonly Token[], at: number, endTok: number, registry: SourceRegistry): Speaker | undefined {
    let end = at;
    while (end < endTok && !isPunct(tokens[end], CLAUSE_END)) end++;
    // (`وفقا لـ"..."`: a bare ل before the name)
    const from = tokens[at]?.key === 'ل' ? at + 1 : at;
    // (`بحسب ما ذكرته خدمة الطوارئ`, `وفقا لما ذكره`: what a verb's subject said; tag-sources finds that body)
    const head = tokens[from];
    if (!head || head.kind !== TokenKind.Arabic || whatWords.has(head.key)) return undefined;
    // (an outlet in the phrase, `بحسب صحيفة "الشرق الأوسط"`, is tag-sources' to read)
    for (let j = from; j < end; j++) {
      const hit = registry.at(tokens, j);
      if (hit && (hit.entry.kind === 'outlet' || hit.entry.kind === 'agency')) return undefined;
    }
    // only who can vouch for a figure, known by the phrase's head before it is read (reading registers
    // names): a person, a group, a body (`وفق قانون النظام النسبي`, `وفقا لمسودة قرار الاتهام`, `ووفقا لأحدث
    // تقديرات` name none); and not a body's bare head before its name in marks (`حسب منظمة "..."`)
    const vouches = !!lookup(titleTag, head) || !!lookup(groupTag, head) || !!lookup(orgTag, head) || !!orgHeadTag(head) || hasStem(departmentNouns, head) || this.#orgAt.has(head.start) || this.#persons.has(head.key);
    if (!vouches || hasStem(documents, head) || resultsWords.has(head.key) || isPunct(tokens[from + 1], '"«“(')) return undefined;
    const np = this.speakerAfter(tokens, from, end, registry);
    if (!np || np.speaker.tag.startsWith('document') || np.speaker.tag === 'reports' || registry.byId(np.speaker.tag)) return undefined;
    const s = np.speaker;
    const lam = from === at && /^ل/.test(tokens[at]!.key) && !this.#persons.has(tokens[at]!.key);
    if (!lam) return s;
    return speakerOf(withoutLam(s.name), s.tag, s.role === undefined ? undefined : withoutLam(s.role), s.label, s.maker);
  }

  /** The speaker noun phrase right after a cue, up to a stop. */
  speakerAfter(tokens: readonly Token[], start: number, endTok: number, registry: SourceRegistry): { speaker: Speaker; next: number } | undefined {
    const from = this.#speakerLead(tokens, start, endTok, registry);
    if (typeof from !== 'number') return from;
    let j = from;
    const np: Token[] = [];
    /** Where the name starts after a role and a comma. */
    let appositionAt: number | undefined;
    while (j < endTok && np.length < MAX_SPEAKER_WORDS) {
      const t = tokens[j]!;
      // `شركة ممزورلد.كوم للتجارة`: a dot inside a domain or a dotted name joins its words
      if (innerDot(tokens, j)) {
        j++;
        continue;
      }
      if (t.kind === TokenKind.Punct) {
        // a role or organisation noun, then the name in quotation marks: `بيت مزادات "هيريتدج"`, `رئيس الشؤون المالية "لوكا مايستري"`
        const named = np.length > 0 ? this.markAt(t.start) : undefined;
        // (`يحيى الغريبي الرئيس التنفيذي لشركة "السلام"`: after a name and its role, the marks name the company in the role)
        if (named && !this.qualifies(named) && nameLike(np[0]) && !lookup(groupTag, np[0]) && !orgHeadTag(np[0]) && np.slice(1).some((w) => lookup(titleTag, w))) {
          const after = this.tokenAfterMark(tokens, named, j);
          for (let x = j; x < after; x++) if (tokens[x]!.kind !== TokenKind.Punct) np.push(tokens[x]!);
          j = after;
          continue;
        }
        if (named && !this.qualifies(named) && this.words(named) <= 4 && np.length <= MAX_ROLE_BEFORE_MARKS) {
          const inner = registry.at(tokens, j + 1);
          const name = this.text.slice(named.start, named.end).trim();
          const role = this.text.slice(np[0]!.start, np[np.length - 1]!.end);
          // `كشف تقرير "الثروة العالمية"`: a document with its title
          if (hasStem(documents, np[0]!)) return { speaker: speakerOf(`${role} ${this.text.slice(named.open, named.end + (named.closed ? 1 : 0))}`, 'document'), next: this.tokenAfterMark(tokens, named, j) };
          const tag = inner && (inner.entry.kind === 'company' || inner.entry.kind === 'officials' || inner.entry.kind === 'experts') ? inner.entry.kind : inner ? inner.entry.id : (roleTag(np) ?? lookup(orgTag, np[0]!) ?? lookup(titleTag, np[0]!) ?? DEFAULT_PERSON_TAG);
          const past = this.tokenAfterMark(tokens, named, j);
          // `المؤسس المشارك لشركة "مايكروسوفت" بيل غيتس`: a role that names its company in marks, then the person
          if (isRoleRun(np) && !orgHeadTag(np[0])) {
            const person: Token[] = [];
            while (person.length < MAX_NAME_WORDS && past + person.length < endTok && nameLike(tokens[past + person.length]) && !cueAt(tokens, past + person.length)) person.push(tokens[past + person.length]!);
            // (a definite family name ends it: `أمين الناصر`)
            if (person.length >= 1 && person.length < MAX_NAME_WORDS && past + person.length < endTok && isFamilyNameAt(tokens, past + person.length)) person.push(tokens[past + person.length]!);
            if (person.length >= 2) {
              const fullRole = this.text.slice(np[0]!.start, named.end + (named.closed ? 1 : 0));
              return { speaker: this.person(this.text.slice(person[0]!.start, person[person.length - 1]!.end), person, fullRole, roleTag(np) ?? lookup(titleTag, np[0]!)), next: past + person.length };
            }
            // `وقال المؤسس المشارك لشركة "مايكروسوفت" وقتها` after `#بيل_غيتس`: a company title with no name
            // is the person the article gave that role, else the business figure it named last
            if (person.length === 0 && lookup(titleTag, np[0]) === 'company') {
              const markTokens = tokens.slice(j + 1, past).filter((w) => w.kind !== TokenKind.Punct);
              const holder = this.roleHolder(np, markTokens, np[0]!.start) ?? this.figureBefore(np[0]!.start);
              if (holder) return { speaker: holder, next: past };
            }
          }
          return { speaker: speakerOf(name, tag, role), next: past };
        }
        // apposition: `رئيس الوزراء الفلسطيني، رامي الحمد الله،`, `المتحدث باسم شرطة دالتون، بروس فريزر،`
        // (the name may have its own title: `المتحدث باسم الجيش، العقيد تركي المالكي`)
        const after = tokens[j + 1];
        if ((t.key === '،' || t.key === ',') && appositionAt === undefined && (isRoleRun(np) || unknownRoleRun(np, tokens, j + 1)) && (nameLike(after) || (!!lookup(titleTag, after) && (nameLike(tokens[j + 2]) || (!!lookup(titleTag, tokens[j + 2]) && nameLike(tokens[j + 3]))))) && !cueAt(tokens, j + 1)) {
          appositionAt = np.length;
          j++;
          continue;
        }
        // `وزير الدولة لشؤون الإعلام، الناطق الرسمي باسم الحكومة محمد المومني`: a second role, then the name
        if ((t.key === '،' || t.key === ',') && np.length > 0 && np.every((w) => isRoleWord(w)) && after?.kind === TokenKind.Arabic && !stops.has(after.key)) {
          j++;
          continue;
        }
        break;
      }
      if (t.kind === TokenKind.Number) break;
      // `مصرفيون تحدثوا بشرط عدم الكشف عن هويتهم`: speaking on condition of anonymity
      if (np.length > 0 && ANONYMITY_CONDITIONS.has(t.key) && tokens[j + 1]?.key === 'عدم') {
        const words = np.filter((w) => !ANONYMITY_VERBS.has(w.key));
        if (words.length === 0) return undefined;
        return { speaker: speakerOf(this.text.slice(words[0]!.start, words[words.length - 1]!.end), 'anonymous'), next: j };
      }
      // `أعلن برنامج حساب المواطن إيداع 2.2 مليار`: an event noun after the subject is what it announced
      if (np.length > 0 && t.kind === TokenKind.Arabic && eventNouns.has(t.key)) break;
      // `وتوقعت BP وبحلول عام`: a name in Latin letters ends where the Arabic goes on with و
      if (np.length > 0 && np[np.length - 1]!.kind === TokenKind.Latin && t.kind === TokenKind.Arabic && /^[وف]/.test(t.key)) break;
      // `جاك ما إن`: `ما` right before إن/أن or a comma ends a name; the function word never stands there
      const nameMa = t.key === 'ما' && np.length > 0 && (complementizers.has(tokens[j + 1]?.key ?? '') || isPunct(tokens[j + 1], '،,:'));
      const stop = stops.has(t.key) && !nameMa && !NAMES_LIKE_STOPS.has(this.text.slice(t.start, t.end));
      // `رئيس المؤسسة الوطنية للنفط في ليبيا، مصطفى صنع الله`: a place in the role before a name in apposition
      // (or with no comma: `المستشارة في البيت الأبيض إيفانكا ترمب`, `السفير الإسرائيلي في برلين جيريمي إيساشاروف`)
      const placeInRole = t.key === 'في' && appositionAt === undefined && isRoleRun(np) && ([j + 2, j + 3].some((c) => isPunct(tokens[c], '،,') && isRoleRun([...np, ...tokens.slice(j, c)]) && nameLike(tokens[c + 1]) && !cueAt(tokens, c + 1)) ||
        [j + 2, j + 3].some((c) => tokens.slice(j + 1, c).every((w) => (w.key.startsWith('ال') || officeCountries.has(w.key)) && !stops.has(w.key)) && nameLike(tokens[c]) && nameLike(tokens[c + 1]) && !cueAt(tokens, c)) ||
        // (a registered body there: `كبير المديرين التنفيذيين في تويتر جاك دورسي`, `المحلل في بنك غولدمان ساكس جيم أونيل`)
        registeredBodyBeforeName(tokens, j + 1, registry));
      // `مندوب روسيا الدائم لدى الأمم المتحدة فاسيلي نيبينزا`, `سفير السعودية لدى واشنطن خالد بن سلمان`: the post of an envoy
      const postInRole = t.key === LADA && appositionAt === undefined && !!lookup(titleTag, np[0]) &&
        [j + 2, j + 3].some((c) => tokens.slice(j + 1, c).every((w) => w.key.startsWith('ال') || countrySpeakers.has(w.key) || officeCountries.has(w.key)) && nameLike(tokens[c]) && (nameLike(tokens[c + 1]) || NAME_PARTICLES.has(tokens[c + 1]?.key ?? '') || isFamilyNameAt(tokens, c + 1)) && !cueAt(tokens, c));
      if (np.length > 0 && !placeInRole && !postInRole && (stop || complementizers.has(t.key) || cueAt(tokens, j))) break;
      if (np.length === 0 && (stop || complementizers.has(t.key))) return undefined;
      // `أكدت عزمها`, `أعلنت بالتزامن مع`: an object with a pronoun, or a prepositional phrase, is not the subject
      if (np.length === 0 && t.kind === TokenKind.Arabic && ((POSSESSED.test(t.key) && !lookup(titleTag, t) && !POSSESSIVE_TITLES.has(t.key)) || PREP_ARTICLE.test(t.key))) return undefined;
      const src = registry.at(tokens, j);
      // (`مندوب روسيا الدائم لدى الأمم المتحدة فاسيلي نيبينزا`: the body an envoy is posted to)
      const posted = np.length > 1 && np[np.length - 1]!.key === LADA && !!lookup(titleTag, np[0]);
      if (src && np.length > 0 && (posted || np.every((w) => isRoleWord(w) || w.key === 'في')) && src.entry.kind !== 'outlet' && src.entry.kind !== 'agency') {
        // `المديرة العامة لصندوق النقد الدولي كريستين لاغارد`: the body (and its adjectives) is part of the role
        let after = src.next;
        while (after < endTok && after - src.next < 3 && tokens[after]!.kind === TokenKind.Arabic && tokens[after]!.key.startsWith('ال') && !stops.has(tokens[after]!.key)) after++;
        if (nameFollows(tokens, after, endTok)) {
          for (let x = j; x < after; x++) np.push(tokens[x]!);
          j = after;
          continue;
        }
        // `وقال مؤسس على بابا` after `جاك ما، مؤسس شركة علي بابا`: the person the article gave that role
        const holder = this.roleHolder(np, tokens.slice(j, src.next), np[0]!.start);
        if (holder) return { speaker: holder, next: src.next };
      }
      // `الدكتور فخري الفقي مستشار صندوق النقد الدولي سابقا`: the body after a name's title is part of the role
      if (src && np.length > 1 && lookup(titleTag, np[np.length - 1]) && src.entry.kind !== 'outlet' && src.entry.kind !== 'agency' && src.clitic === '') {
        for (let x = j; x < src.next; x++) np.push(tokens[x]!);
        j = src.next;
        continue;
      }
      if (src && src.clitic.endsWith('ل')) {
        // `قال لرويترز`: the outlet is who was spoken to, not the speaker
        if (np.length > 0) break;
        return undefined;
      }
      if (src) {
        const speaker = entrySpeaker(src.entry, this.text.slice(t.start, tokens[src.next - 1]!.end));
        if (speaker.tag !== src.entry.id) this.#lastOrg = speaker;
        return { speaker, next: src.next };
      }
      np.push(t);
      j++;
    }
    if (np.length === 0) return undefined;
    return this.#phraseSpeaker(tokens, np, j, from, endTok, appositionAt, registry);
  }

  /**
   * The part of speakerAfter before the speaker's phrase: where the phrase starts after the cue
   * (past an adverb, an object pronoun, a demonstrative), or the answer already, when what follows
   * the cue is a name in quotation marks, a reporter, a share of a group, an organisation the article
   * named, or no speaker at all. (speakerAfter is in three functions, this, the phrase loop and
   * `#phraseSpeaker`: whole, it took TurboFan 350 ms a compile, in every worker thread; now ~26 +
   * ~130 + ~120 ms, and a rare turn of one part recompiles only that part.)
   */
  #speakerLead(tokens: readonly Token[], start: number, endTok: number, registry: SourceRegistry): { speaker: Speaker; next: number } | undefined | number {
    // `أعلنت عنها المفوضية`, `صرح به وزير البترول`: the object pronoun stands before the subject
    // (`وقال وقتها المتحدث`, `وأكد أيضا وزير`: an adverb may stand between the verb and its subject)
    // (only before what can be a subject: `وأبدى مجددا اقتناعه` has its object there)
    const subjectLike = (t: Token | undefined): boolean => !!t && t.kind === TokenKind.Arabic && (t.key.startsWith('ال') || !!lookup(titleTag, t) || !!lookup(groupTag, t) || this.#orgAt.has(t.start) || this.#personAt.has(t.start) || this.#persons.has(t.key));
    const lead = CUE_ADVERBS.has(tokens[start]?.key ?? '') && subjectLike(tokens[start + 1]) ? start + 1 : start;
    // (`ويقول هؤلاء المهاجرون إنهم`: a demonstrative before a definite group or title points at it)
    const pointed = DEMONSTRATIVES.has(tokens[lead]?.key ?? '') && tokens[lead + 1]?.kind === TokenKind.Arabic && tokens[lead + 1]!.key.startsWith('ال') && (!!lookup(groupTag, tokens[lead + 1]) || hasStem(documents, tokens[lead + 1]) || (!!lookup(titleTag, tokens[lead + 1]) && !TITLE_MODIFIERS.has(tokens[lead + 1]!.key)));
    // (`في الوقت الذي أكدت فيه الحكومة السعودية أن`: in a relative clause, فيه/فيها refers back to the antecedent)
    const inWhich = (tokens[lead]?.key === 'فيه' || tokens[lead]?.key === 'فيها') && start >= 2 && RELATIVE_PRONOUNS.has(tokens[start - 2]!.key);
    const from = pointed || ((OBJECT_PRONOUNS.has(tokens[lead]?.key ?? '') || inWhich) && tokens[lead + 1]?.kind === TokenKind.Arabic && !stops.has(tokens[lead + 1]!.key)) ? lead + 1 : lead;
    const first = tokens[from];
    if (!first || from >= endTok) return undefined;
    // a name in guillemets as the subject: `أعلنت «أرامكو» أن`
    if (cueAt(tokens, from)) return undefined;
    const mark = this.markAt(first.start);
    // a registered source in marks is a name however it ends: `وفق ما نقلت "فرانس برس".`
    const known = mark ? registry.at(tokens, from + 1) : undefined;
    const wholeName = !!known && (tokens[known.next]?.start ?? Infinity) >= mark!.end;
    if (mark && (wholeName || !this.qualifies(mark))) {
      const name = this.text.slice(mark.start, mark.end).trim();
      const inner = known ?? registry.at(tokens, from + 1);
      const speaker = inner ? entrySpeaker(inner.entry, name) : speakerOf(name, 'company');
      this.#lastOrg = speaker;
      return { speaker, next: this.tokenAfterMark(tokens, mark, from) };
    }
    // `وكان وزير الكهرباء أعلن مطلع هذا الأسبوع`: a time adverb after the verb, never its subject
    if (TIME_HEADS.has(first.key)) return undefined;
    // `أفاد مراسل العربية`, `وأضاف المراسل`: a reporter's word is their outlet's
    const reporter = this.reporterAt(tokens, from, endTok, registry);
    if (reporter) return reporter;
    // `قال لي إن`, `قال لنا إن`: to me, to us (the speaker stands before the verb)
    if ((first.key === 'لي' || first.key === 'لنا') && (complementizers.has(tokens[from + 1]?.key ?? '') || isPunct(tokens[from + 1], '،,:'))) return undefined;
    // `أعلنت ارتفاع الصادرات`, `يعتبر مقياسا أدق`: an event noun or an indefinite object is what was said, not who
    // (`يتوقعون نموا بنسبة`: an event noun in the accusative too)
    if (first.kind === TokenKind.Arabic && (hasStem(eventNouns, first) || (first.key.endsWith('ا') && eventNouns.has(first.key.slice(0, -1))) || accusativePair(this.text, tokens, from))) return undefined;
    // `قال أكثر من 50 في المئة من المجيبين إن`, `يقول 29.2٪ إنهم`: a share of a group speaks for the group
    const share = this.shareSpeaker(tokens, from, endTok);
    if (share) return share;
    const counted = this.countedGroup(tokens, from, endTok, registry);
    if (counted) return counted;
    // `قالت المؤسسة الوطنية للنفط إن`: an organisation the article names here, head and name
    const om = this.#orgAt.get(first.start);
    // (not before a comma: `مجلس الوزراء اليمني، الدكتور أحمد بن دغر` names its speaker in apposition)
    if (om && !om.outlet && !om.registered && om.head !== 'agency' && om.next <= endTok && tokens[om.next - 1]!.kind !== TokenKind.Punct && !isPunct(tokens[om.next], '،,')) {
      const np = tokens.slice(from, om.next);
      // `إذ أعلنت الشركة الكورية` after `"سامسونغ"`: a head and its nisba adjectives name the company before
      const ah = anaphorHead(first);
      const named = ah && first.key === 'الشركه' && np.length > 1 && np.slice(1).every((t) => t.key.startsWith('ال') && NISBA.test(t.key)) ? resolveOrgAnaphor(this.#orgs, ah, first.start) : undefined;
      if (named) return { speaker: named, next: om.next };
      const speaker = om.speaker.tag === 'experts' && np.some((w) => hasStem(stateBodyWords, w)) ? withTag(om.speaker, 'officials') : om.speaker;
      return { speaker, next: om.next };
    }
    return from;
  }

  /** The speaker the phrase `np` (tokens `from` to `j`, a comma at `appositionAt` words when it holds a name in apposition) names, and the token after it. */
  #phraseSpeaker(tokens: readonly Token[], np: Token[], j: number, from: number, endTok: number, appositionAt: number | undefined, registry: SourceRegistry): { speaker: Speaker; next: number } | undefined {
    // `ووصف زوكربيرغ كاتب هذه المذكرة`: a known person's family name ends the name; what follows is the object
    const knownFirst = np.length > 1 && appositionAt === undefined ? this.#persons.get(np[0]!.key) : undefined;
    if (knownFirst && this.folded(knownFirst.name).endsWith(np[0]!.key) && !lookup(titleTag, np[1]) && !NAME_PARTICLES.has(np[1]!.key)) return { speaker: knownFirst, next: from + 1 };
    // `تأمل بها لندن لتجنب تداعيات`: a country, then the rest of the clause
    if (np.length > 1 && countrySpeakers.has(np[0]!.key) && !np[1]!.key.startsWith('ال') && !pairIn(countrySpeakers, countryFirsts, np[0]!.key, np[1]!.key)) {
      return { speaker: speakerOf(this.text.slice(np[0]!.start, np[0]!.end), 'officials'), next: from + 1 };
    }
    // (a country of two words and another after و: `المملكة المتحدة وكندا`)
    if (np.length > 2 && pairIn(countrySpeakers, countryFirsts, np[0]!.key, np[1]!.key) && np[2]!.key.startsWith('و')) {
      return { speaker: speakerOf(this.text.slice(np[0]!.start, np[1]!.end), 'officials'), next: from + 2 };
    }
    let speaker: Speaker | undefined;
    if (appositionAt !== undefined && appositionAt < np.length) {
      // the role before the comma, the name after it
      const role = np.slice(0, appositionAt);
      let nameAt = appositionAt;
      while (nameAt + 1 < np.length && lookup(titleTag, np[nameAt])) nameAt++;
      const name = np.slice(nameAt, nameAt + (np.slice(nameAt).some((w) => NAME_PARTICLES.has(w.key)) ? MAX_NAME_WORDS + 1 : MAX_NAME_WORDS));
      const titles = packedMap(role, (w) => lookup(titleTag, w)).filter(Boolean);
      const tag = roleTag(role) ?? (titles.includes('officials') || role.some((w) => lookup(orgTag, w) === 'officials') ? 'officials' : titles[0]);
      const known = this.#persons.get(name[name.length - 1]!.key);
      speaker = known && this.folded(known.name).endsWith(keysJoined(name)) ? known : this.person(this.text.slice(name[0]!.start, name[name.length - 1]!.end), name, this.text.slice(role[0]!.start, role[role.length - 1]!.end), tag);
    } else speaker = this.interpret(np) ?? this.bareBody(np, tokens, j);
    // `وصرح مسؤول في السفارة ... طالبا عدم كشف هويته "..."`: a described speaker who asked not to be named
    if (speaker && speaker.tag !== 'anonymous' && lookup(groupTag, np[0]) && !speaker.role) {
      for (let k = j; k < endTok && k < j + 12; k++) {
        const w = tokens[k]!;
        if (complementizers.has(w.key) || this.markAt(w.start)) break;
        if (ANONYMITY_CONDITIONS.has(w.key) && tokens[k + 1]?.key === 'عدم') {
          speaker = withTag(speaker, 'anonymous');
          break;
        }
      }
    }
    // `معهد الإحصاء`, `المركز الوطني للإحصاء`: a state institute speaks as officials
    if (speaker?.tag === 'experts' && (lookup(orgTag, np[0]!) === 'experts' || orgHeadTag(np[0]) === 'experts') && np.some((w) => hasStem(stateBodyWords, w))) speaker = withTag(speaker, 'officials');
    // `البنك المركزي`, `مصرف الإمارات المركزي`: a central bank is a state body, not a company
    if (speaker?.tag === 'company' && np.some((w) => CENTRAL.has(w.key))) speaker = withTag(speaker, 'officials');
    // a role in apposition after the name: `إيان فوغ، محلل قطاع الهواتف في شركة أوبن سيغنال،`
    if (speaker && isPunct(tokens[j], '،,')) {
      const role: Token[] = [];
      for (let k = j + 1; k < endTok && role.length < 10; k++) {
        const t = tokens[k]!;
        if (t.kind === TokenKind.Punct || complementizers.has(t.key) || cueAt(tokens, k)) break;
        role.push(t);
      }
      const n = role.length;
      // `ريبيكا باركر، وهي أم لثلاثة أطفال`: the role may follow وهو/وهي
      const lead = n > 1 && APPOSITION_PRONOUNS.has(role[0]!.key) ? 1 : 0;
      const head = role[lead];
      // `بيتر سدينغتون، من جمعية ريليت`: a member of an organisation speaks under its tag
      const member = head && head.key === 'من' ? orgHeadTag(role[lead + 1]) : undefined;
      // `مازن السديري، رئيس الأبحاث في "الراجحي كابيتال"،`: a registered body in the role gives its tag
      let body: string | undefined;
      for (let k = j + 1; k < endTok && k <= j + n + 4 && !body && !isPunct(tokens[k], '،,') && !complementizers.has(tokens[k]!.key); k++) {
        const hit = registry.at(tokens, k);
        if (hit && (hit.entry.kind === 'company' || hit.entry.kind === 'experts' || hit.entry.kind === 'officials')) body = hit.entry.kind;
      }
      const titled = head && (lookup(titleTag, head) || lookup(groupTag, head) || roleTag([head]));
      const tag = member ?? (titled ? (expertFirmAfter(tokens, j + n + 1, endTok) ? 'experts' : (body ?? roleTag(role.slice(lead)))) : undefined);
      if (tag && speaker.role) {
        // `الملياردير الصيني جاك ما، مؤسس شركة علي بابا،`: a second role, for a later `مؤسس على بابا`
        this.#personMentions.push({ at: role[lead]!.start, speaker: speakerOf(speaker.name, speaker.tag, this.text.slice(role[lead]!.start, role[n - 1]!.end), speaker.label, speaker.maker) });
      } else if (tag) {
        speaker = this.withRole(speaker, this.text.slice(role[lead]!.start, role[n - 1]!.end), tag);
        j += n + 1;
      }
    }
    return speaker ? { speaker, next: j } : undefined;
  }

  /**
   * A reporter and their outlet (`مراسل العربية`, `مراسل "سكاي نيوز عربية"`), or the article's own
   * (`مراسلنا`, `المراسل`: tag `publisher`), with the reporter's name when it follows
   * (`مراسل العربية، خالد العمري،`, `مراسلة العربية كارينا كامل`).
   */
  reporterAt(tokens: readonly Token[], from: number, endTok: number, registry: SourceRegistry): { speaker: Speaker; next: number } | undefined {
    const head = tokens[from]!;
    if (head.kind !== TokenKind.Arabic || !reporterNouns.has(head.key)) return undefined;
    let k = from + 1;
    let tag: string | undefined = ownReporterNouns.has(head.key) ? 'publisher' : undefined;
    if (tag === undefined) {
      let m = k;
      while (m < endTok && isPunct(tokens[m], '"«“')) m++;
      const hit = m < endTok ? (registry.at(tokens, m) ?? registry.shortNameAt(tokens, m)) : undefined;
      if (hit && hit.clitic === '' && (hit.entry.kind === 'outlet' || hit.entry.kind === 'agency')) {
        tag = hit.entry.id;
        k = hit.next;
        while (k < endTok && isPunct(tokens[k], '"»”')) k++;
      } else if (k >= endTok || complementizers.has(tokens[k]!.key) || stops.has(tokens[k]!.key) || isPunct(tokens[k], '،,:')) tag = 'publisher';
      // (an outlet the registry does not know: the phrase is read as any other)
      else return undefined;
    }
    const role = this.text.slice(head.start, tokens[k - 1]!.end);
    const at = isPunct(tokens[k], '،,') ? k + 1 : k;
    const name: Token[] = [];
    while (name.length < MAX_NAME_WORDS && at + name.length < endTok && nameLike(tokens[at + name.length]) && !cueAt(tokens, at + name.length)) name.push(tokens[at + name.length]!);
    if (name.length >= 1 && name.length < MAX_NAME_WORDS && at + name.length < endTok && isFamilyNameAt(tokens, at + name.length)) name.push(tokens[at + name.length]!);
    // (the name ends the phrase: `أفاد مراسل "العربية" بوقوع جرحى بإطلاق نار تخلل` has none)
    const after = tokens[at + name.length];
    const ends = at + name.length >= endTok || !after || after.kind === TokenKind.Punct || stops.has(after.key) || complementizers.has(after.key) || !!cueAt(tokens, at + name.length);
    if (name.length >= 2 && ends) {
      const fullName = this.text.slice(name[0]!.start, name[name.length - 1]!.end);
      return { speaker: this.person(fullName, name, role, tag), next: at + name.length };
    }
    return { speaker: speakerOf(role, tag, undefined, registry.byId(tag)?.label), next: k };
  }

  /**
   * A number and the people it counts as the subject: `وقد كتب 18 عضوا ديمقراطيا في مجلس النواب الأمريكي إلى`,
   * `قال 20 مسؤولا إن`. The group as written, up to the body it belongs to; its tag from the counted noun or the body.
   */
  countedGroup(tokens: readonly Token[], from: number, endTok: number, registry: SourceRegistry): { speaker: Speaker; next: number } | undefined {
    const n = tokens[from];
    const noun = tokens[from + 1];
    if (!n || n.kind !== TokenKind.Number || !noun || from + 1 >= endTok || noun.kind !== TokenKind.Arabic || noun.key.startsWith('ال')) return undefined;
    // (a counted person or group: `عضوا`, `مسؤولا`, `نائبا`; not `20 مليار`, `3 أشهر`)
    const group = lookup(groupTag, noun);
    const title = group ? undefined : lookup(titleTag, noun) ?? (countedMembers.has(noun.key) ? 'officials' : undefined);
    if (!group && !title) return undefined;
    let j = from + 2;
    // adjectives, then `في`/`من` and the body: `ديمقراطيا في مجلس النواب الأمريكي`
    while (j < endTok && j < from + 10) {
      const t = tokens[j]!;
      if (t.kind !== TokenKind.Arabic || complementizers.has(t.key) || cueAt(tokens, j)) break;
      if ((t.key === 'في' || t.key === 'من') && tokens[j + 1]?.kind === TokenKind.Arabic && (!!orgHeadTag(tokens[j + 1]) || !!lookup(orgTag, tokens[j + 1]) || !!registry.at(tokens, j + 1))) {
        j += 2;
        while (j < endTok && j < from + 10 && tokens[j]!.kind === TokenKind.Arabic && tokens[j]!.key.startsWith('ال') && !stops.has(tokens[j]!.key)) j++;
        break;
      }
      if (stops.has(t.key) || t.key.startsWith('ال')) break;
      j++;
    }
    const body = tokens.slice(from + 2, j).find((t) => !!lookup(orgTag, t) || !!orgHeadTag(t));
    const tag = group ?? (body ? (lookup(orgTag, body) ?? orgHeadTag(body)) : undefined) ?? title ?? DEFAULT_PERSON_TAG;
    return { speaker: speakerOf(this.text.slice(n.start, tokens[j - 1]!.end), tag), next: j };
  }

  /** A share (a number, `أكثر من`, `ثلث`) then `من` and the group: the group, as people unless it is another group. */
  shareSpeaker(tokens: readonly Token[], from: number, endTok: number): { speaker: Speaker; next: number } | undefined {
    const first = tokens[from];
    if (!first || !(first.kind === TokenKind.Number || (first.kind === TokenKind.Arabic && hasStem(shareWords, first)))) return undefined;
    // the partitive `من` comes after the share's number or noun (`أكثر من 20 مسؤولا` has none)
    let of = -1;
    let counted = first.kind === TokenKind.Number || !shareQualifiers.has(first.key);
    let j = from;
    for (; j < endTok && j < from + MAX_SHARE_WORDS; j++) {
      const t = tokens[j]!;
      if (complementizers.has(t.key) || cueAt(tokens, j) || isPunct(t, '،,:.') || (linkPreps.has(t.key) && complementizers.has(tokens[j + 1]?.key ?? ''))) break;
      if (t.kind === TokenKind.Number) counted = true;
      else if (counted && (t.key === 'من' || (t.kind === TokenKind.Arabic && t.key.startsWith('من') && hasStem(groupWords, t)))) of = j;
    }
    // `أشار 62٪ من المجيبين إلى أن`: the cue's preposition may stand before إن/أن
    if (j >= endTok || !(complementizers.has(tokens[j]!.key) || (linkPreps.has(tokens[j]!.key) && complementizers.has(tokens[j + 1]?.key ?? '')))) return undefined;
    if (of < 0) {
      // `قال أكثر من 20 مسؤولا إن`: the counted group, as written
      const head = tokens[j - 1]!;
      const groupOf = head.kind === TokenKind.Arabic && j - 1 > from ? lookup(groupTag, head) : undefined;
      if (groupOf) return { speaker: speakerOf(this.text.slice(first.start, head.end), groupOf), next: j };
      // `يقول 29.2٪ إنهم`: the group a share was last taken of
      return first.kind === TokenKind.Number && this.#lastShare ? { speaker: this.#lastShare, next: j } : undefined;
    }
    const group = tokens.slice(tokens[of]!.key === 'من' ? of + 1 : of, j).filter((t) => t.kind === TokenKind.Arabic);
    // (the group and its adjectives, not the object after them: `الخبراء الاقتصاديين اعتقادهم بأن`)
    const objectAt = group.findIndex((t, i) => i > 0 && !t.key.startsWith('ال') && !t.key.startsWith('وال') && !lookup(groupTag, t) && !descriptorAdjectives.has(t.key));
    if (objectAt > 0) group.length = objectAt;
    if (group.length === 0 || group.length > 3) return undefined;
    const tag = lookup(groupTag, group[0]!) ?? 'people';
    const name = this.text.slice(group[0]!.start, group[group.length - 1]!.end).replace(/^من/, '');
    const speaker = speakerOf(name, tag);
    this.#lastShare = speaker;
    return { speaker, next: j };
  }

  /**
   * Persons the article introduces with a role anywhere, not only after a speech cue:
   * `أشرف الرئيس المصري عبد الفتاح السيسي`, `نويل شاركي، أستاذ علوم الكمبيوتر في جامعة شيفيلد`.
   */
  prescanPersons(tokens: readonly Token[]): void {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind !== TokenKind.Arabic || !lookup(titleTag, t) || (i > 0 && tokens[i - 1]!.kind === TokenKind.Arabic && !!lookup(titleTag, tokens[i - 1]!))) continue;
      i = this.#titleRunPerson(tokens, i);
    }
    // apposition: `NAME، ROLE`
    for (let i = 2; i + 1 < tokens.length; i++) if (isPunct(tokens[i], '،,')) this.#appositionPerson(tokens, i);
  }

  /**
   * A title run from token `i` (the first title), then a name: the person is registered with the run
   * as role; returns the last token taken. (The runs and the appositions are functions of their own,
   * not the bodies of prescanPersons' loops: a rare turn of one threw away the compiled loops.)
   */
  #titleRunPerson(tokens: readonly Token[], i: number): number {
    const t = tokens[i]!;
    // title run, then a name of two or three words
    let j = i;
    // `ولي العهد السعودي، الأمير محمد بن سلمان،`: a comma may stand between the titles and the name
    for (;;) {
      while (j < tokens.length && tokens[j]!.kind === TokenKind.Arabic && (isRoleWord(tokens[j]!) || ROLE_LINKS.has(tokens[j - 1]!.key) || placeNouns.has(tokens[j - 1]!.key)) && !stops.has(tokens[j]!.key) && j - i < 8) j++;
      if (j > i && j - i < 8 && isPunct(tokens[j], '،,') && (this.#isNameAt(tokens, j + 1) || (tokens[j + 1]?.kind === TokenKind.Arabic && !!lookup(titleTag, tokens[j + 1]!)))) j++;
      else break;
    }
    const runEnd = isPunct(tokens[j - 1], '،,') ? j - 1 : j;
    // `شركة "مايكروسوفت"`, `وزارة السياحة`: an organisation noun heads an organisation's name, not a person's
    if (j === i + 1 && lookup(orgTag, t)) return i;
    const name: Token[] = [];
    let particle = false;
    // (up to five words with a particle in them: `خالد بن عبدالله آل خليفة`)
    // (an event noun after two name words begins what follows: `دونالد ترمب إطلاق`)
    while (name.length < (particle ? 5 : 3) && !(name.length >= 2 && hasStem(eventNouns, tokens[j + name.length])) && (this.#isNameAt(tokens, j + name.length) || (name.length > 0 && this.#isAal(tokens, j + name.length)) || (name.length > 0 && isFamilyNameAt(tokens, j + name.length))) && !(name.length >= 2 && (this.text[tokens[j + name.length]!.end - 1] === 'ة' || tokens[j + name.length]!.key.endsWith('ات'))) && !(name.length >= 1 && accusativePair(this.text, tokens, j + name.length))) {
      const last = tokens[j + name.length]!;
      name.push(last);
      if (NAME_PARTICLES.has(last.key)) particle = true;
      // a definite family name ends the name unless a particle came before it (`عبد الفتاح السيسي`)
      if (last.key.startsWith('ال') && last.key !== 'ال' && !NAME_PARTICLES.has(name[name.length - 2]?.key ?? '')) {
        // `رامي الحمد الله`, `حسن نصر الله`: الله closes the name it follows
        if (tokens[j + name.length]?.key === 'الله') name.push(tokens[j + name.length]!);
        break;
      }
    }
    // `رئيس قسم الاستثمار`: a department continues the role; no name follows here
    if (name.length > 0 && departmentNouns.has(name[0]!.key)) {
      return j - 1;
    }
    // `مؤسس شركة علي بابا`: a role, then the name of an organisation, not of a person
    // (and `صندوق النقد الدولي يدعو`: an organisation's name is no role, the verb after it no name)
    // (`المكتب الاتحادي ... للشؤون الاقتصادية ومراقبة الصادرات`: after an organisation's own words, `و` goes on with its name)
    if (name.length > 0 && (this.#orgAt.has(name[0]!.start) || this.#orgAt.get(t.start)?.registered || (this.#orgAt.has(t.start) && name[0]!.key.startsWith('و')))) {
      return j - 1;
    }
    // `وقدم الأمير محمد جدولا`: the first name of a person already named, not a new person
    const known = name.length > 0 ? this.byFirstName(name[0]!.key) : undefined;
    if (known && !this.#persons.has(name[name.length - 1]!.key)) {
      this.#personMentions.push({ at: name[0]!.start, speaker: known });
      this.#personAt.set(name[0]!.start, known);
      return j - 1;
    }
    if (name.length >= 2 && !this.#persons.has(name[name.length - 1]!.key)) {
      // (the role's words are gathered only here, for the few title runs a name follows)
      const role: Token[] = [];
      for (let k = i; k < runEnd; k++) if (tokens[k]!.kind !== TokenKind.Punct) role.push(tokens[k]!);
      if (role.length > 0) this.register(name, this.text.slice(role[0]!.start, role[role.length - 1]!.end), roleTag(role));
    }
    return j - 1;
  }

  /** `NAME، ROLE` around the comma at token `i`: the person is registered, or a person named before gets a second role. */
  #appositionPerson(tokens: readonly Token[], i: number): void {
    const a = tokens[i - 2]!;
    const b = tokens[i - 1]!;
    // `ريبيكا باركر، وهي أم لثلاثة أطفال`: the role may follow `وهو`/`وهي`
    const lead = tokens[i + 1]!.key === 'وهي' || tokens[i + 1]!.key === 'وهو' ? i + 2 : i + 1;
    const r = tokens[lead];
    if (!r || !(lookup(titleTag, r) || lookup(groupTag, r) || roleTag([r]))) return;
    const role: Token[] = [];
    for (let k = lead; k < tokens.length && role.length < 10 && tokens[k]!.kind !== TokenKind.Punct; k++) role.push(tokens[k]!);
    // `الملياردير الصيني جاك ما، مؤسس شركة علي بابا،`: a person already named gets a second role
    // (a later `مؤسس على بابا` is that person)
    const known = this.#persons.get(b.key);
    if (known && this.folded(known.name).endsWith(b.key) && role.length > 0) {
      this.#personMentions.push({ at: r.start, speaker: speakerOf(known.name, known.tag, this.text.slice(role[0]!.start, role[role.length - 1]!.end), known.label, known.maker) });
      return;
    }
    if (!this.#isNameAt(tokens, i - 2) || !this.#isNameAt(tokens, i - 1) || a.key.startsWith('و') || known) return;
    // `رئيس قسم ...` says nothing of the tag, but it is still a role: the person is registered
    const tag = expertFirmAfter(tokens, lead + role.length, tokens.length) ? 'experts' : (roleTag(role) ?? lookup(titleTag, r));
    this.register([a, b], this.text.slice(role[0]!.start, role[role.length - 1]!.end), tag);
  }

  /** Token `i` may be a word of a person's name. */
  #isNameAt(tokens: readonly Token[], i: number): boolean {
    const t = tokens[i];
    // (`الرئيس بين الإنفاق`: a preposition before a definite noun; `بين ستانتون` is Ben)
    if (t && PREPOSITIONS.has(t.key) && tokens[i + 1]?.key.startsWith('ال')) return false;
    return !!t && t.kind === TokenKind.Arabic && !(t.key.startsWith('ال') && this.text[t.start] !== 'أ' && this.text[t.start] !== 'إ') && !prepositionWithArticle(t.key) && (!stops.has(t.key) || NAMES_LIKE_STOPS.has(this.text.slice(t.start, t.end))) && !lookup(titleTag, t) && !lookup(groupTag, t) && !complementizers.has(t.key) && !cueAt(tokens, i) && t.key.length > 1;
  }

  /** `آل` at token `k`, going on with a name (its key is the article's: it continues a name in its own spelling). */
  #isAal(tokens: readonly Token[], k: number): boolean {
    return tokens[k]?.key === 'ال' && this.text[tokens[k]!.start] === 'آ' && this.#isNameAt(tokens, k + 1);
  }

  /** The tag of the last registered body (`صندوق النقد الدولي`) named before `offset`. */
  bodyBefore(offset: number): string | undefined {
    let found: string | undefined;
    for (const b of this.#bodies) {
      if (b.at >= offset) break;
      found = b.tag;
    }
    return found;
  }

  register(name: readonly Token[], role: string, tag: string | undefined): void {
    const sp = speakerOf(this.text.slice(name[0]!.start, name[name.length - 1]!.end), tag ?? DEFAULT_PERSON_TAG, role);
    this.#persons.set(name[name.length - 1]!.key, sp);
    this.#personMentions.push({ at: name[0]!.start, speaker: sp });
    this.#personAt.set(name[0]!.start, sp);
  }

  /** A speaker the article makes clear: a group, an outlet or body, a role, or a person named twice. */
  recognisable(sp: Speaker): boolean {
    if (sp.role || sp.tag === 'analysts' || sp.tag === 'investors' || sp.tag === 'observers' || sp.tag === 'people' || sp.tag === 'anonymous') return true;
    if (sp.label) return true;
    return [...this.#persons.values()].some((p) => p.name === sp.name && p.role !== undefined);
  }


  /** The same speaker with the role the article gives them (and every later mention knows it). */
  withRole(speaker: Speaker, role: string, tag: string): Speaker {
    const updated = speakerOf(speaker.name, tag, role, speaker.label, speaker.maker);
    for (const [k, p] of this.#persons) if (p.name === speaker.name) this.#persons.set(k, updated);
    return updated;
  }

  /** The subject of the clause before a participle: the nearest title + name, group or organisation. */
  subjectBefore(tokens: readonly Token[], sentenceStart: number, k: number, registry: SourceRegistry, maxBack = 14): Speaker | undefined {
    const from = Math.max(sentenceStart, k - maxBack);
    const relative = this.#relativeSubject(tokens, sentenceStart, k, registry);
    if (relative) return relative;
    for (let j = k - 1; j >= from; j--) {
      const t = tokens[j]!;
      // a name in quotation marks after an organisation noun: `شركة الطاقة الإيطالية "إيني"`
      const named = t.kind === TokenKind.Punct ? this.#marksByEnd.get(t.start) : undefined;
      if (named && !this.qualifies(named) && !clauseBreakBetween(tokens, j + 1, k)) {
        const openTok = firstTokenAt(tokens, named.open, from);
        // `الاحتفال بيوم "مستثمر على بابا" قال فيها`: a name after a preposition is not the subject
        const gov = tokens[openTok - 1];
        if (openTok - 1 >= from && gov && (PREPOSITIONS.has(gov.key) || (/^[بل]/.test(gov.key) && gov.key.length > 3 && !lookup(orgTag, gov) && !lookup(titleTag, gov)))) {
          j = openTok;
          continue;
        }
        const at = [openTok - 1, openTok - 2, openTok - 3].find((x) => x >= from && (lookup(orgTag, tokens[x]) === 'company' || orgHeadTag(tokens[x]) !== undefined));
        if (at !== undefined) {
          const name = this.text.slice(named.start, named.end).trim();
          const inner = registry.at(tokens, openTok + 1);
          return inner ? entrySpeaker(inner.entry, name) : speakerOf(name, orgHeadTag(tokens[at]) ?? 'company');
        }
      }
      if (t.kind !== TokenKind.Arabic && t.kind !== TokenKind.Latin) continue;
      // `وكان خبراء اقتصاديون استطلعت رويترز آراءهم قد توقعوا`: the group a poll asked, not the outlet that asked it
      if (pollVerbs.has(t.key)) {
        let g = j - 1;
        while (g >= from && j - g <= 3 && !lookup(groupTag, tokens[g])) g--;
        // (`خبراء اقتصاديون`: from the first of the group's words)
        while (g - 1 >= from && lookup(groupTag, tokens[g - 1])) g--;
        if (g >= from && j - g <= 4) {
          const sp = this.interpret(tokens.slice(g, j));
          if (sp) return sp;
        }
      }
      // `عاد مراسل العربية ليوضح أن`: a reporter and their outlet
      if (reporterNouns.has(t.key)) {
        const reporter = this.reporterAt(tokens, j, k, registry);
        if (reporter && !clauseBreakBetween(tokens, reporter.next, k)) return reporter.speaker;
      }
      // `الهيئة السعودية العامة للاستثمار أعلنت`: an organisation the article names
      // `توم فورت، من شركة دافيدسون، قال`: a name, then the organisation it is from, in apposition
      const orgWord = j - 2 > from && tokens[j - 1]!.key === 'من' && isPunct(tokens[j - 2], '،,') ? (orgHeadTag(t) ?? lookup(orgTag, t)) : undefined;
      if (orgWord) {
        let b = j - 2;
        while (b - 1 >= from && j - 2 - b < 3 && nameLike(tokens[b - 1]) && !cueAt(tokens, b - 1)) b--;
        if (j - 2 - b >= 2) {
          let e = j + 1;
          while (e < k && !isPunct(tokens[e], CLAUSE_END) && e - j < 6) e++;
          return this.person(this.text.slice(tokens[b]!.start, tokens[j - 3]!.end), tokens.slice(b, j - 2), this.text.slice(tokens[j - 1]!.start, tokens[e - 1]!.end), orgWord);
        }
      }
      const om = this.#orgAt.get(t.start);
      // (nor one after a preposition: `كتب تغريدة على تويتر قال فيها`)
      const governed = j > from && PREPOSITIONS.has(tokens[j - 1]!.key);
      if (om && !om.outlet && om.next <= k && j >= k - NEAR_SUBJECT - 4 && !governed && !clauseBreakBetween(tokens, om.next, k)) return om.speaker;
      // (`استطلعت رويترز آراءهم`: the outlet that polled is not who speaks)
      const src = j > from && pollVerbs.has(tokens[j - 1]!.key) ? undefined : registry.at(tokens, j);
      // `لكن "بلومبرغ" اعتبرت`: an outlet right before the verb is its subject
      if (src && (src.entry.kind === 'outlet' || src.entry.kind === 'agency') && !governed && src.clitic === '' && tokens.slice(src.next, k).every((w) => isPunct(w, '"»”'))) return entrySpeaker(src.entry, this.text.slice(t.start, tokens[src.next - 1]!.end));
      // (a body named in another clause, `مثل "أمازون" إلى المملكة، وأكد`, is not the subject)
      if (src && src.entry.kind !== 'outlet' && !governed && (src.clitic === '' || src.clitic === 'و') && !clauseBreakBetween(tokens, src.next, k)) return this.#bodySubject(tokens, from, j, src);
      // (`وجهت شيماء أسئلة للطبيب قائلة`: a title or group after a preposition is not the subject, unless it
      // goes on a role: `رئيس قطاع البحوث بشركة فاروس القابضة رضوى السويفي، قالت`)
      const before = tokens[j - 1];
      const inRole = !!before && (!!lookup(titleTag, before) || before.key.startsWith('ال'));
      const prepositional = startsWithLamOrBa(t.key) && !titleTag.has(t.key) && !groupTag.has(t.key) && !inRole;
      const g = prepositional ? undefined : lookup(groupTag, t);
      if (g) return this.interpret([t]);
      if (!prepositional && lookup(titleTag, t) && !TITLE_MODIFIERS.has(t.key)) {
        // walk back to the start of the title run, then read title + name forward
        let a = j;
        while (a - 1 >= from && tokens[a - 1]!.kind === TokenKind.Arabic && lookup(titleTag, tokens[a - 1]!)) a--;
        // titles after a name: `الأمير محمد بن سلمان نائب رئيس مجلس الوزراء`
        // or in apposition: `مات بنكندورف، رئيس قسم الاستثمار في ...`
        const nameAt = isPunct(tokens[a - 1], '،,') ? a - 2 : a - 1;
        const named = nameAt >= from ? this.#persons.get(tokens[nameAt]!.key) : undefined;
        if (named) return named;
        // far from the cue only a name the article knows will do
        if (j < k - NEAR_SUBJECT) continue;
        const np: Token[] = [];
        for (let b = a; b < k && np.length < 8; b++) {
          const w = tokens[b]!;
          // (`وربط الرئيس بين الإنفاق`: a preposition ends the title's phrase here; `بين` is also the name Ben elsewhere)
          if (w.kind !== TokenKind.Arabic || stops.has(w.key) || complementizers.has(w.key) || (np.length > 0 && PREPOSITIONS.has(w.key))) break;
          np.push(w);
        }
        const sp = this.interpret(np);
        if (sp) return sp;
      }
      if (j < k - NEAR_SUBJECT) {
        const person = this.#persons.get(t.key);
        if (person) return person;
        continue;
      }
      // (`خططه لتوفير فرص عمل في أمريكا، وقال`: a country after a preposition is a place)
      if (countrySpeakers.has(t.key) && !governed && !(j > from && (lookup(orgTag, tokens[j - 1]) || lookup(titleTag, tokens[j - 1]) || tokens[j - 1]!.key.startsWith('ال')))) return speakerOf(this.text.slice(t.start, t.end), 'officials');
      const org = lookup(orgTag, t);
      // (`إلا أن سلطات الهجرة الإسرائيلية قالت`: an indefinite noun in construct, right before the verb)
      const construct = !governed && !t.key.startsWith('ال') && !!tokens[j + 1]?.key.startsWith('ال') && !/^[بل]/.test(t.key);
      if (org && (t.key.startsWith('ال') || construct)) {
        // `لكن الجمارك الصينية أوضحت`: the noun and its adjectives
        const np = [t];
        // (`السلطات القطرية والتركية`: a coordinated adjective too)
        for (let b = j + 1; b < k && tokens[b]!.kind === TokenKind.Arabic && /^(ال|وال)/.test(tokens[b]!.key) && np.length < 4; b++) np.push(tokens[b]!);
        // `وكانت السلطات القطرية، قد أعلنت`: a comma and the particle قد may stand before the verb
        let e = j + np.length;
        while (e < k && (tokens[e]!.key === 'قد' || isPunct(tokens[e], '،,'))) e++;
        if (e === k || (!construct && !tokens[j + 1]?.key.startsWith('ال'))) return this.interpret(np);
      }
      // a known person's name (`خطيبة خاشقجي`: in construct with a relative, the relative)
      const person = this.#persons.get(t.key);
      if (person && j > from && RELATIONS.has(tokens[j - 1]!.key)) return speakerOf(this.text.slice(tokens[j - 1]!.start, t.end), 'people');
      if (person) return person;
    }
    return undefined;
  }

  /**
   * The subject of a verb after a relative pronoun (`تصريح الملا الذي قال`, `"فيسبوك"، والتي قالت`), or
   * undefined when there is none and subjectBefore searches on. (This and `#bodySubject` are functions
   * of their own, not parts of subjectBefore: whole, it took TurboFan ~150 ms a compile, in every
   * worker thread.)
   */
  #relativeSubject(tokens: readonly Token[], sentenceStart: number, k: number, registry: SourceRegistry): Speaker | undefined {
    // `تصريح الملا الذي قال إن`: the noun the relative pronoun refers to
    // (`الدول الأخرى التي قال إنها`: a feminine relative before a masculine verb, or the reverse, is not
    // the verb's subject: the antecedent is what was said about, and the speaker is the sentence's)
    // (but `تصريحات حسن نصرالله التي اعتبر فيها`: a person the antecedent belongs to, right before it, is)
    // (`تغريدة ترامب بعيد القمة، التي قال فيها`: a few words back)
    // (with no such person, the search goes on as for any verb)
    const disagrees = k - 2 >= sentenceStart && RELATIVE_PRONOUNS.has(tokens[k - 1]!.key) && relativeDisagrees(tokens[k - 1]!, this.text.slice(tokens[k]!.start, tokens[k]!.end));
    if (disagrees) {
      for (let x = k - 2; x >= sentenceStart && x >= k - 6; x--) {
        const owner = this.#persons.get(tokens[x]!.key);
        if (owner) return owner;
      }
    }
    if (!disagrees && k - 2 >= sentenceStart && RELATIVE_PRONOUNS.has(tokens[k - 1]!.key) && tokens[k - 2]!.kind === TokenKind.Arabic) {
      const before = tokens[k - 2]!;
      const known = this.#persons.get(before.key) ?? this.#orgAt.get(before.start)?.speaker;
      if (known) return known;
      // `تصريح الملا الذي قال`: the name a speech noun is in construct with
      if (before.key.startsWith('ال') && k - 3 >= sentenceStart && cueAt(tokens, k - 3)?.form === 'noun' && !lookup(orgTag, before) && !lookup(titleTag, before) && !lookup(groupTag, before)) {
        const sp = this.person(this.text.slice(before.start, before.end), [before], undefined, undefined);
        this.#lastPerson = sp;
        return sp;
      }
      if (!before.key.startsWith('ال') || isFamilyNameAt(tokens, k - 2)) {
        const sp = this.interpret([before]);
        if (sp && !sp.tag.startsWith('document')) return sp;
      }
    }
    // `كما حدث مع "فيسبوك"، والتي قالت إن`: a name in marks, a comma, then و + the relative pronoun
    if (k - 3 >= sentenceStart && tokens[k - 1]!.key.startsWith('و') && RELATIVE_PRONOUNS.has(tokens[k - 1]!.key.slice(1)) && isPunct(tokens[k - 2], '،,')) {
      const named = tokens[k - 3]!.kind === TokenKind.Punct ? this.#marksByEnd.get(tokens[k - 3]!.start) : undefined;
      if (named && !this.qualifies(named) && this.words(named) <= 3) {
        const inner = registry.at(tokens, firstTokenAt(tokens, named.start, sentenceStart));
        const name = this.text.slice(named.start, named.end).trim();
        return inner ? entrySpeaker(inner.entry, name) : speakerOf(name, 'company');
      }
    }
    return undefined;
  }

  /** A registered body `src` at token `j`, before the verb: the person whose role names it (`ريتشارد يو مدير شركة هواوي قال`), the holder of that role, or the body. */
  #bodySubject(tokens: readonly Token[], from: number, j: number, src: SourceHit): Speaker {
    const t = tokens[j]!;
    // `قرار مؤسس على بابا ... قال`: the person the article gave that role
    const holder = j > from && lookup(titleTag, tokens[j - 1]) ? this.roleHolder([tokens[j - 1]!], tokens.slice(j, src.next), t.start) : undefined;
    if (holder) return holder;
    // `ريتشارد يو مدير شركة هواوي قال`: a name, its role in the body, then the verb
    let a = j;
    while (a - 1 >= from && lookup(titleTag, tokens[a - 1])) a--;
    let b = a;
    while (a < j && b - 1 >= from && a - b < 3 && nameLike(tokens[b - 1]) && !cueAt(tokens, b - 1)) b--;
    if (a < j && a - b >= 2 && src.entry.kind !== 'agency') {
      return this.person(this.text.slice(tokens[b]!.start, tokens[a - 1]!.end), tokens.slice(b, a), this.text.slice(tokens[a]!.start, tokens[src.next - 1]!.end), src.entry.kind);
    }
    return entrySpeaker(src.entry, this.text.slice(t.start, tokens[src.next - 1]!.end));
  }

  /** Reads a speaker noun phrase: group, document, title + name, organisation, or a bare name. */
  interpret(phrase: readonly Token[]): Speaker | undefined {
    // `المصدر نفسه`, `الوزير ذاته`: the same one as before
    const np = phrase.length > 1 && SAME_WORDS.has(phrase[phrase.length - 1]!.key) ? phrase.slice(0, -1) : phrase;
    // `الوزارة`, `وقالت الشركة القطرية`: the nearest organisation named before with that head
    const ah = anaphorHead(np[0]);
    // (nisba adjectives too, though they are titles elsewhere: `وتقول الوكالة الأميركية`)
    if (ah && np.slice(1).every((t) => t.key.startsWith('ال') && (!lookup(titleTag, t) || NISBA.test(t.key)))) {
      const org = resolveOrgAnaphor(this.#orgs, ah, np[0]!.start);
      if (org) return org;
    }
    // `الوكالة`, `المنظمة`: the body named before
    if (this.#lastOrg && ORG_ANAPHORS.has(np[0]!.key) && (np.length === 1 || np[1]!.key.startsWith('ال'))) return this.#lastOrg;
    // `اعترف الموقع`, `أعلنت المجموعة`: the company the article is about
    if (this.#company && COMPANY_ANAPHORS.has(np[0]!.key) && (np.length === 1 || np[1]!.key.startsWith('ال'))) return speakerOf(this.#company, 'company');
    // a person already named: `الملا` after `وزير البترول طارق الملا`
    if (np.length <= 2) {
      const known = this.#persons.get(np[0]!.key);
      if (known && (np.length === 1 || !lookup(titleTag, np[1]!))) return known;
    }
    const words = packedMap(np, (t) => this.text.slice(t.start, t.end));
    const head = np[0]!;
    // `اعتبرت الصين`, `أعلنت اليابان`: a country speaks through its government
    if (np.length <= 2 && (np.length === 2 ? pairIn(countrySpeakers, countryFirsts, np[0]!.key, np[1]!.key) : countrySpeakers.has(keysJoined(np)))) return speakerOf(words.join(' '), 'officials');
    const g = lookup(groupTag, head) ?? (np[1] ? lookup(groupTag, np[1]) : undefined);
    const gi0 = lookup(groupTag, head) ? 0 : 1;
    // `الخبير محمد الجبلي`, `الخبير الاقتصادي محمد الجبلي`: a name after the word (and its adjectives)
    let afterAdj = gi0 + 1;
    while (np[afterAdj] && np[afterAdj]!.key.startsWith('ال') && afterAdj - gi0 <= 3) afterAdj++;
    while (np[afterAdj] && descriptorAdjectives.has(np[afterAdj]!.key) && afterAdj - gi0 <= 3) afterAdj++;
    const followedByName = !!np[afterAdj] && !np[afterAdj]!.key.startsWith('ال') && !lookup(titleTag, np[afterAdj]!) && !SINGULAR_GROUP_FOLLOWERS.has(np[afterAdj]!.key);
    if (g && followedByName && gi0 === 0 && hasStem(singularGroups, head)) {
      const rest = this.interpretPerson(np, 1, g);
      if (rest) return rest;
    }
    // `المسؤول البحريني`, `الباحث`: a definite singular descriptor refers back to the person named before
    if (g && gi0 === 0 && !followedByName && head.key.startsWith('ال') && hasStem(singularGroups, head)) {
      // `المسؤول الأوروبي نفسه` after `مصدر أوروبي`: the described source with the same adjective
      const described = this.describedBefore(head.start);
      const adjectives = packedMap(np.slice(1), (t) => t.key.replace(/^ال/, ''));
      if (described && adjectives.some((a) => matchKey(described.name).split(' ').includes(a))) return described;
      const p = this.personBefore(head.start, head);
      if (p) return p;
    }
    if (g) {
      const gi = lookup(groupTag, head) ? 0 : 1;
      // the group as written, with the adjectives that describe it: `مسؤول أمريكي`, `مصدر أوروبي`
      let end = gi + 1;
      while (np[end] && end - gi <= 3 && (descriptorAdjectives.has(np[end]!.key) || (np[gi]!.key.startsWith('ال') && np[end]!.key.startsWith('ال') && !lookup(titleTag, np[end]!)))) end++;
      const name = [stripClitic(words[gi]!, np[gi]!), ...words.slice(gi + 1, end)].join(' ');
      // `المصدر` after `دبلوماسي غربي كبير`: the source described before
      if (end === gi + 1 && np[gi]!.key.startsWith('ال') && g === 'anonymous') {
        const before = this.describedBefore(np[gi]!.start);
        if (before) return before;
      }
      const sp = speakerOf(name, g);
      if (!np[gi]!.key.startsWith('ال')) this.#described.push({ at: np[gi]!.start, speaker: sp });
      return sp;
    }
    if (hasStem(documents, head)) return speakerOf(words[0]!, 'document');
    // `وكشفت آخر الأرقام`: the latest document
    if (np[1] && LATEST.has(head.key) && hasStem(documents, np[1])) return speakerOf(words.slice(0, 2).join(' '), 'document');
    return this.interpretPerson(np, 0, undefined);
  }

  /** Title words (from `from`), then the name: `وزير الدولة لشؤون الإعلام محمد المومني`. */
  interpretPerson(np: readonly Token[], from: number, impliedTag: string | undefined): Speaker | undefined {
    const words = packedMap(np, (t) => this.text.slice(t.start, t.end));
    let i = from;
    let tag: string | undefined = impliedTag;
    /** A state body stands in the role (`رئيس حكومة إقليم كردستان`): officials, whatever the title says elsewhere. */
    let officialRole = false;
    /** A registered body the role is held in (`كبير المديرين التنفيذيين في تويتر جاك دورسي`). */
    let placeBody: string | undefined;
    while (i < np.length) {
      const t = np[i]!;
      if (i > 0 && t.key === 'في') {
        const hit = this.#registry.at(np, i + 1);
        if (hit && hit.clitic === '' && hit.entry.kind !== 'outlet' && hit.entry.kind !== 'agency' && hit.next < np.length) {
          placeBody = hit.entry.kind === 'company' || hit.entry.kind === 'experts' || hit.entry.kind === 'officials' ? hit.entry.kind : undefined;
          i = hit.next;
          continue;
        }
      }
      const tt = lookup(titleTag, t);
      // (`وزير التجارة والصناعة المصري`: a coordinated noun of the role too)
      // (`وزير الاتصالات وتقنية المعلومات`: a coordinated noun in construct with a definite one)
      const coordinated = t.key.startsWith('و') && t.key.length > 3 && !!np[i + 1]?.key.startsWith('ال') && !!np[i + 2];
      // (`وزير التربية بمصر`: the country the office is in)
      const inCountry = t.key.startsWith('ب') && countrySpeakers.has(t.key.slice(1));
      // (`المتحدثة باسم مفوضية الأمم المتحدة`: the word after باسم is the role's)
      // (`قائد الشرطة بالولاية`: the place of the office, with the article)
      // (`حاكم ولاية تكساس غريغ أبوت`: a territory and its name)
      const territory = (placeNouns.has(t.key) && !!np[i + 1]) || placeNouns.has(np[i - 1]?.key ?? '');
      // (`السفير الإسرائيلي في برلين جيريمي إيساشاروف`: a country or capital after في too)
      const placeIn = t.key === 'في' && (!!np[i + 1]?.key.startsWith('ال') || officeCountries.has(np[i + 1]?.key ?? '')) && np.slice(i + 1).some((w) => !w.key.startsWith('ال'));
      const placeAfterIn = np[i - 1]?.key === 'في' && officeCountries.has(t.key);
      // (`مندوب روسيا الدائم لدى الأمم المتحدة`, `سفير السعودية لدى واشنطن`: an envoy's post, and the capital or body after لدى)
      const post = i > 0 && ((t.key === LADA && np.slice(i + 1).some((w) => !w.key.startsWith('ال') && !countrySpeakers.has(w.key))) || (np[i - 1]?.key === LADA && (countrySpeakers.has(t.key) || officeCountries.has(t.key))));
      // (`وزير خارجية تركيا`, `رئيس كوريا الجنوبية`, `الرئيس السابق لجنوب أفريقيا`: the country of the office,
      // and the field before it; `رئيس حكومة إقليم كردستان`: a state body before a place)
      // (in construct with the word before it, never after a definite adjective: `الرئيس الأميركي تركيا` is an object)
      const country = i > 0 && ((officeCountryAt(np, i) && !np[i - 1]!.key.startsWith('ال')) || (np[i - 1]!.key.startsWith('ل') && pairIn(officeCountries, officeFirsts, np[i - 1]!.key.slice(1), t.key)) || (!t.key.startsWith('ال') && officeCountryAt(np, i + 1)));
      const stateBody = i > 0 && lookup(orgTag, t) === 'officials' && !!np[i + 1] && (placeNouns.has(np[i + 1]!.key) || officeCountryAt(np, i + 1) || (np[i + 1]!.key.startsWith('ال') && !!np[i + 2] && !np[i + 2]!.key.startsWith('ال')));
      if (stateBody || country) officialRole = true;
      const inRole = i > 0 && (placeIn || placeAfterIn || post || country || stateBody || t.key.startsWith('ال') || t.key.startsWith('وال') || t.key.startsWith('بال') || coordinated || inCountry || territory || ROLE_LINKS.has(t.key) || ROLE_LINKS.has(np[i - 1]!.key) || (t.key.startsWith('ل') && t.key.length > 3 && (!lookup(orgTag, t) || t.key.startsWith('لل') || !!np[i + 1]?.key.startsWith('ال'))));
      if (!tt && !inRole) break;
      if (tt === 'officials' || (tt && !tag)) tag = tt;
      i++;
    }
    // `وقال اللاعب محمد صلاح`, `أكدت المرشحة ريما حميد`: a definite noun the lexicon does not know, then a
    // name of two words, is the person's role (`البيت الأبيض`, `الجيش الإسرائيلي` have no name after them)
    // `خطيبة خاشقجي`, `محامية مادسن`, `زوجة الرئيس`: a relative or a lawyer in construct with a name is
    // someone else than the one named, speaking for themselves
    if (np.length >= 2 && RELATIONS.has(np[0]!.key) && (nameLike(np[1]) || np[1]!.key.startsWith('ال'))) {
      let e = 2;
      while (e < np.length && e < 5 && (nameLike(np[e]) || isFamilyNameAt(np, e))) e++;
      // (`محامي ترامب مايكل كوهين`: the possessor, then the person's own name of two words or more)
      if (e >= 4) return this.person(words.slice(2, e).join(' '), np.slice(2, e), words.slice(0, 2).join(' '), 'people');
      return speakerOf(words.slice(0, e).join(' '), 'people');
    }
    // `فريق البحث`, `مجموعة البحث`: a team named by its research speaks as experts, as written
    if (i === 0 && np.length >= 2 && np[0]!.kind === TokenKind.Arabic && !np[0]!.key.startsWith('ال') && np[1]!.key.startsWith('ال') && (np[1]!.key === 'البحث' || hasStem(expertFirmWords, np[1]!))) return speakerOf(words.slice(0, 2).join(' '), 'experts');
    if (i === 0 && np.length >= 3 && unknownRoleWord(np[0]!) && nameLike(np[1]) && !NOT_NAME_WORDS.has(np[1]!.key) && (isFamilyNameAt(np, 2) || (nameLike(np[2]) && !NOT_NAME_WORDS.has(np[2]!.key) && !/^[بلك]/.test(np[2]!.key) && !/[هى]$/.test(this.text.slice(np[2]!.start, np[2]!.end))))) i = 1;
    // `المدير العام المشترك لمؤسسة إيفوب فريديريك دابي`: a registered body after the role, then the name
    let bodyTag: string | undefined;
    if (i > 0 && i + 2 < np.length) {
      const body = this.#registry.at(np, i);
      if (body && body.clitic === '' && body.entry.kind !== 'outlet' && body.entry.kind !== 'agency' && body.next + 1 < np.length && nameLike(np[body.next]) && (nameLike(np[body.next + 1]) || isFamilyNameAt(np, body.next + 1))) {
        bodyTag = body.entry.kind === 'company' || body.entry.kind === 'experts' || body.entry.kind === 'officials' ? body.entry.kind : undefined;
        i = body.next;
      }
    }
    const role = i > 0 ? words.slice(0, i).join(' ') : undefined;
    if (i > 0) tag = bodyTag ?? roleTag(np.slice(0, i)) ?? placeBody ?? (officialRole ? 'officials' : tag);
    // `مديرته كريستين لاغارد`: "its director" works for the body named just before
    if (i > 0 && POSSESSIVE_TITLES.has(np[0]!.key)) tag = this.bodyBefore(np[0]!.start) ?? tag;
    const nameToks = this.#nameTokensAt(np, i);
    // titles after the name: `محمد عكاشة العضو المنتدب`
    const after = np.slice(i + nameToks.length).filter((t) => lookup(titleTag, t) || t.key.startsWith('ال'));
    if (!tag && nameToks.length > 0 && after.length > 0 && lookup(titleTag, after[0]!)) tag = roleTag(after);
    // (`برونو جانبار المدير العام المساعد لـ"أوبينيون واي"`: a registered body in that role)
    if (!tag && nameToks.length > 0 && after.length > 0 && lookup(titleTag, after[0]!)) {
      for (let x = i + nameToks.length + 1; x < np.length && !tag; x++) {
        const kind = this.#registry.at(np, x)?.entry.kind;
        if (kind === 'company' || kind === 'experts' || kind === 'officials') tag = kind;
      }
    }
    if (!tag && i === 0) tag = roleTag(np);
    if (nameToks.length === 0) return this.#roleWithoutName(np, i, role, tag);
    const first = nameToks[0]!;
    const org = lookup(orgTag, first);
    if (org && nameToks.length === 1 && i === 0) {
      if (org === 'company' && this.#company) return speakerOf(this.#company, 'company');
      return speakerOf(stripClitic(this.text.slice(first.start, first.end), first), org);
    }
    // `موقف البنك المركزي الروسي مثير للإعجاب`: a definite organisation is the speaker; no person's name follows it
    if (i > 0 && np[0]!.key.replace(/^[وف]/, '').startsWith('ال') && lookup(orgTag, np[0]!)) return speakerOf(role!, tag ?? lookup(orgTag, np[0]!)!);
    // (words joined by a hyphen keep it: `روجيه-بوتي`)
    const name = packedMap(nameToks, (t, x) => (x > 0 && nameToks[x - 1]!.end + 1 === t.start && this.text[t.start - 1] === '-' ? '-' : x > 0 ? ' ' : '') + this.text.slice(t.start, t.end)).join('');
    // `رئيس جهاز مكافحة الإرهاب`: a role in an organisation the noun names speaks under its tag
    if (org && i > 0) return this.person(name, nameToks, role, org);
    return this.person(name, nameToks, role, tag);
  }

  /**
   * The name's tokens from `np[i]` on (after the role words): up to three words, four with a particle
   * (`بن`, `آل`), ending where a title, a country, an object or a clause after the name begins.
   * (Functions of their own, this and `#roleWithoutName`, not parts of interpretPerson: whole, it took
   * TurboFan 300 ms a compile, in every worker thread; now ~100 + ~40 ms, and a rare turn of one part
   * recompiles only that part.)
   */
  #nameTokensAt(np: readonly Token[], i: number): Token[] {
    const nameToks: Token[] = [];
    for (let j = i; j < np.length && nameToks.length < (nameToks.some((w) => NAME_PARTICLES.has(w.key)) ? MAX_NAME_WORDS + 1 : MAX_NAME_WORDS); j++) {
      const t = np[j]!;
      if (nameToks.length >= 2 && this.text[t.end - 1] === 'ة' && !NAME_PARTICLES.has(nameToks[nameToks.length - 1]!.key)) break;
      // (after a particle the word is the name's: `تركي آل الشيخ`, `محمد بن الأمير`)
      const afterParticle = nameToks.length > 0 && NAME_PARTICLES.has(nameToks[nameToks.length - 1]!.key);
      if (nameToks.length > 0 && !afterParticle && (lookup(titleTag, t) || (t.key.startsWith('ال') && endsName(roleTag([t], false))))) break;
      // `كريستين لاغارد الولايات المتحدة`, `لورا مولدنغ لبرنامج`: after two name words, a country or a word
      // with ل belongs to what follows the name (`علي شريف العمادي` keeps its family name)
      if (nameToks.length >= 2 && !nameToks.some((w) => NAME_PARTICLES.has(w.key)) && ((t.key.startsWith('ال') && (countrySpeakers.has(t.key) || pairIn(countrySpeakers, countryFirsts, t.key, np[j + 1]?.key ?? ''))) || (t.key.startsWith('ل') && !t.key.startsWith('ال') && t.key.length > 4))) break;
      // `دينيس هوراك وأمرت`, `دونالد ترامب وزعيم`, `مايك بومبيو ببعض`: after two name words, `و` joins
      // another clause or person, a clitic on a function word begins what follows the name, and a
      // definite plural is the verb's object (`برانسون الاتهامات`)
      // (`ترمب مؤتمرا صحفيا`: an indefinite object after the name, noun and adjective in the accusative)
      // (only after a name the article knows: `بيدرو أوغستا ليما` is a name ending in ا)
      // `وأبلغ ترمب الصحفيين أن`: whom the speaker told is never part of the name
      if (nameToks.length >= 1 && addressees.has(t.key)) break;
      // (and after any name when the adjective is a nisba, `ترمب مؤتمرا صحفيا`: no name ends in يا after one in ا)
      if (nameToks.length >= 1 && accusativePair(this.text, np, j) && (this.#persons.has(nameToks[nameToks.length - 1]!.key) || this.text.slice(np[j + 1]!.end - 2, np[j + 1]!.end) === 'يا')) break;
      // `المنتج جمال العدل استمرار الفنان`: after a definite family name, a noun in construct is the object
      // (`أبو بكر الصديق همايلي` goes on); `مرام البلوشي دورها`: a possessed noun ends the name too
      if (nameToks.length >= 2 && !afterParticle && !NAME_PARTICLES.has(t.key) && ((!t.key.startsWith('ال') && nameToks[nameToks.length - 1]!.key.startsWith('ال') && !NAME_PARTICLES.has(nameToks[nameToks.length - 2]!.key) && !!np[j + 1]?.key.startsWith('ال')) || (POSSESSED.test(t.key) && /(ها|هم|هما)$/.test(this.text.slice(t.start, t.end))))) break;
      // `البابا فرنسيس عمليات الإجهاض`: a plural in construct with a definite noun is the object
      if (nameToks.length >= 1 && !afterParticle && !/^(ال|لل|بال|وال)/.test(t.key) && this.text.slice(t.start, t.end).endsWith('ات') && !!np[j + 1]?.key.startsWith('ال')) break;
      if (nameToks.length >= 2 && !afterParticle && (hasStem(eventNouns, t) || (t.key.startsWith('و') && t.key.length > 3 && !NAME_PARTICLES.has(t.key.slice(1)) && (conjoined(t.key.slice(1)) || !nameEndsAfter(np, j))) || (/^[بل]/.test(t.key) && stops.has(t.key.slice(1))) || (t.key.startsWith('ال') && t.key.endsWith('ات')))) break;
      // `وأبلغ الاتحاد الأوروبي منظمة التجارة أن`: an organisation noun after a definite word is the object, not a name
      // (not one with ل, in construct with the role: `المدير التنفيذي للمنظمة بول مكفون`)
      if (nameToks.length === 0 && j > 0 && np[j - 1]!.key.startsWith('ال') && orgTag.has(t.key)) break;
      // (`أليكس`, `إلهام`: a hamza makes أل/إل part of the name, not the article)
      if (nameToks.length === 0 && t.key.startsWith('ال') && this.text[t.start] !== 'أ' && this.text[t.start] !== 'إ' && !lookup(orgTag, t)) break;
      nameToks.push(t);
    }
    return nameToks;
  }

  /** A role with no name after it (`وذكرت الشركة`, `وقال الملياردير`, `وتوقعت المالية`): who holds it, or the role itself as the speaker. */
  #roleWithoutName(np: readonly Token[], i: number, role: string | undefined, tag: string | undefined): Speaker | undefined {
    if (i === 0) return undefined;
    // `وذكرت الشركة`: the company itself, not a person whose role names it
    if (lookup(orgTag, np[0]!) === 'company' && this.#company && np.slice(1).every((t) => t.key.startsWith('ال'))) return speakerOf(this.#company, 'company');
    // (not an organisation itself: `ونددت وزارة التجارة الصينية` is the ministry, not its spokesman)
    // (nor an indefinite spokesman, `متحدث باسم الوزارة`: "a spokesman", maybe not the one named before)
    // `وقد كشف الملياردير عن جوانب من ماضيه`: an epithet alone is the person named last
    // (with a nisba after it too: `وقال الملياردير الأمريكي إن`)
    // (and a player's or artist's: `وأوضح الفنان المصري`, `وقال المهاجم المصري` after `النجم المصري محمد صلاح`,
    // who speaks for themselves though named with no role)
    const personal = np[0]!.key.startsWith('ال') && hasStem(personalRoles, np[0]!);
    if ((EPITHETS.has(np[0]!.key) || personal) && np.slice(1).every((t) => t.key.startsWith('ال') && NISBA.test(t.key))) {
      const named = this.protagonist(np[0]!.start) ?? this.personBefore(np[0]!.start);
      if (named) return personal && named.role === undefined && named.tag === DEFAULT_PERSON_TAG ? withTag(named, 'people') : named;
    }
    const orgHead = !!lookup(orgTag, np[0]!) || (np[1]?.key === 'باسم' && !np[0]!.key.startsWith('ال'));
    const holder = orgHead ? undefined : this.byRole(role!, np[0]!.start) ?? (np[0]!.key.startsWith('ال') && this.#lastPerson && roleTag(np.slice(0, i)) === this.#lastPerson.tag ? this.#lastPerson : undefined);
    if (holder) return holder;
    const org = packedMap(np, (t) => lookup(orgTag, t)).find(Boolean);
    if (org === 'company' && this.#company) return speakerOf(this.#company, 'company', role ? role : undefined);
    // `وتوقعت المالية`: a ministry named by its field alone (المالية is also a company title word)
    if (np.length === 1 && org === 'officials') return speakerOf(role!, 'officials');
    return speakerOf(role!, tag ?? 'officials');
  }

  /**
   * How many tokens from the second on have the key, counted once per key and article. (A map of
   * every key to its places cost an insertion, and the hashing of a fresh string, per token, for
   * the few keys an article asks about.)
   */
  occurrences(key: string): number {
    let n = this.#occurrences.get(key);
    if (n === undefined) {
      n = 0;
      const tokens = this.#tokens;
      // (signatures first: equal keys have equal signatures, and numbers compare at once)
      const sig = signature(key);
      for (let i = 1; i < tokens.length; i++) if ((tokens[i]!.sig ?? signature(tokens[i]!.key)) === sig && tokens[i]!.key === key) n++;
      this.#occurrences.set(key, n);
    }
    return n;
  }

  /** `عكاشة` alone, after `محمد عكاشة` somewhere in the article: the full name. */
  fullNameOf(t: Token): string | undefined {
    const tokens = this.#tokens;
    const sig = t.sig ?? signature(t.key);
    for (let i = 1; i < tokens.length; i++) {
      const cur = tokens[i]!;
      // (the signature first: a number compare turns away almost every other token)
      if ((cur.sig ?? signature(cur.key)) !== sig || cur.key !== t.key || cur.start === t.start) continue;
      const prev = tokens[i - 1]!;
      if (prev.kind !== TokenKind.Arabic || prev.end + 1 !== cur.start || prev.key.startsWith('ال') || stops.has(prev.key) || lookup(titleTag, prev) || lookup(groupTag, prev) || cueAt(tokens, i - 1) || complementizers.has(prev.key)) continue;
      if (prev.key.length < 3) continue;
      // `وتوقف غراهام`: a conjunction and a verb opening the clause, not a first name
      if (/^[وف]/.test(prev.key) && (i < 2 || tokens[i - 2]!.kind === TokenKind.Punct || /^[وف][يتن]/.test(prev.key))) continue;
      return `${this.text.slice(prev.start, prev.end)} ${this.text.slice(cur.start, cur.end)}`;
    }
    return undefined;
  }

  /** The person an earlier mention gave this role (`ولي العهد` after `ولي العهد الأمير محمد بن سلمان`). */
  byRole(role: string, offset: number): Speaker | undefined {
    // (`وزير` keeps its و; `ورئيس` is a conjunction and رئيس)
    const full = matchKey(role).replace(/^ال/, '');
    const keys = /^[وف]/.test(full) ? [full, full.slice(1).replace(/^ال/, '')] : [full];
    // (a role of three words or more may differ in one word, a typo or a variant: `وزير الداخليية الأردني`)
    const near = (r: string, key: string): boolean => {
      const words = key.split(' ');
      if (words.length < 3) return false;
      const have = new Set(r.split(' '));
      return have.has(words[0]!) && words.filter((w) => !have.has(w) && !have.has(`ال${w}`)).length <= 1;
    };
    let best: { at: number; speaker: Speaker } | undefined;
    for (const m of this.#personMentions) {
      if (m.at >= offset || !m.speaker.role || (best && m.at <= best.at)) continue;
      const r = this.folded(m.speaker.role);
      if (keys.some((k) => r.includes(k) || near(r, k))) best = m;
    }
    return best ? this.current(best.speaker) : undefined;
  }

  /** `عن X قوله`: the speaker after the last `عن` before the verbal noun at `k`, when it reaches the noun. */
  reportedFrom(tokens: readonly Token[], from: number, k: number, registry: SourceRegistry): Speaker | undefined {
    let an = -1;
    for (let j = k - 1; j >= from; j--) {
      // (`عن مصدر مسؤول لم تكشف عن اسمه قوله`: the عن of the anonymity phrase is not the one reported from)
      if (tokens[j]!.key === 'عن' && !ANONYMITY_OBJECTS.has(tokens[j + 1]?.key ?? '')) {
        an = j;
        break;
      }
    }
    if (an < 0) return undefined;
    const np = this.speakerAfter(tokens, an + 1, k, registry);
    if (!np || np.speaker.tag.startsWith('document')) return undefined;
    // `عن مصدر مسؤول لم تكشف عن اسمه قوله`
    const hidden = anonymityClauseEnd(tokens, np.next, k);
    if (hidden !== undefined && hidden >= k - 1) return withTag(np.speaker, 'anonymous');
    // `عن مساعد ... لمحافظ "مركزي"، فتح الله حقيقي، قوله`: a name in apposition after the role
    if (isPunct(tokens[np.next], '،,')) {
      let e = np.next + 1;
      while (e < k && e - np.next <= MAX_NAME_WORDS && (nameLike(tokens[e]) || (e > np.next + 1 && tokens[e]!.key === 'الله')) && !cueAt(tokens, e)) e++;
      if (e - np.next - 1 >= 2 && (e === k || (e === k - 1 && isPunct(tokens[e], '،,')))) {
        const name = tokens.slice(np.next + 1, e);
        return this.person(this.text.slice(name[0]!.start, name[name.length - 1]!.end), name, this.text.slice(tokens[an + 1]!.start, tokens[np.next - 1]!.end), np.speaker.tag);
      }
    }
    // (the name may have a relative clause or a role after it: `عن ماكسينس ميلو، والذي يدير موقع ...، قوله`,
    // or when it was said: `عن رئيس الوزراء بنيامين نتانياهو قبيل توجهه إلى ألمانيا ...، قوله`)
    if (np.next >= k - 1 || isPunct(tokens[np.next], '،,')) return np.speaker;
    if (k - np.next > REPORTED_ADJUNCT_WORDS) return undefined;
    for (let j = np.next; j < k; j++) if (cueAt(tokens, j) || complementizers.has(tokens[j]!.key) || this.markAt(tokens[j]!.start)) return undefined;
    return np.speaker;
  }

  /**
   * The subject after the verb a sentence opens with (`عرضت المفوضة الأوروبية ...`), when it is a title,
   * an organisation, a group or a person the article knows; undefined when the sentence opens otherwise.
   */
  verbSubject(tokens: readonly Token[], from: number, to: number, registry: SourceRegistry): Speaker | undefined {
    const verb = tokens[from];
    const next = tokens[from + 1];
    if (!verb || !next || from + 1 >= to || verb.kind !== TokenKind.Arabic || /^(ال|وال)/.test(verb.key) || stops.has(verb.key) || PREPOSITIONS.has(verb.key) || complementizers.has(verb.key) || SUBORDINATORS.has(verb.key) || lookup(titleTag, verb) || lookup(orgTag, verb) || lookup(groupTag, verb) || this.#persons.has(verb.key)) return undefined;
    if (!(lookup(titleTag, next) || lookup(orgTag, next) || lookup(groupTag, next) || this.#persons.has(next.key) || this.#orgAt.has(next.start) || this.#personAt.has(next.start))) return undefined;
    const np = this.speakerAfter(tokens, from + 1, to, registry);
    return np && !np.speaker.tag.startsWith('document') ? np.speaker : undefined;
  }

  /**
   * A speech verb a few words into a reported clause, after its own subject, with its own content:
   * `أن ليو هي أبلغ وزير التجارة بأن ...`, `أن الوزير قال إن ...`.
   */
  nestedSpeech(tokens: readonly Token[], from: number, endTok: number, registry: SourceRegistry, claimed: Set<QuoteMarks>): { speaker: Speaker; cueTok: number; cueNext: number; content: Content } | undefined {
    if (from < 0) return undefined;
    for (let q = from + 1; q < endTok && q <= from + NESTED_SUBJECT_WORDS; q++) {
      const t = tokens[q]!;
      if (t.kind === TokenKind.Punct) return undefined;
      const cue = cueAt(tokens, q);
      // (the verb after its subject carries no و: `ليو هي أبلغ`)
      if (!cue || cue.form !== 'verb' || /^[وف]/.test(t.key)) continue;
      const np = this.speakerAfter(tokens, from, q, registry);
      if (!np || np.next !== q || np.speaker.tag.startsWith('document')) return undefined;
      const content = findContent(tokens, cue.next, endTok, this, claimed);
      if (!content) return undefined;
      return { speaker: np.speaker, cueTok: q, cueNext: cue.next, content };
    }
    return undefined;
  }

  /**
   * The person an article is about: of the persons named before `offset`, the one whose family name
   * the article uses most (at least three times); undefined when none stands out.
   */
  protagonist(offset: number): Speaker | undefined {
    let best: Speaker | undefined;
    let most = PROTAGONIST_MENTIONS - 1;
    let tie = false;
    const seen = new Set<string>();
    for (const m of this.#personMentions) {
      if (m.at >= offset || seen.has(m.speaker.name)) continue;
      seen.add(m.speaker.name);
      const last = matchKey(m.speaker.name.split(/\s+/).pop() ?? '');
      const n = last.length > 2 ? this.occurrences(last) : 0;
      if (n > most) {
        best = m.speaker;
        most = n;
        tie = false;
      } else if (n === most) tie = true;
    }
    return best && !tie ? this.current(best) : undefined;
  }

  /** The first person the article knows, named between `from` and `to` (`وكان لسوروس نظرة`: with a clitic too). */
  firstKnownPerson(tokens: readonly Token[], from: number, to: number): Speaker | undefined {
    for (let j = from; j < to; j++) {
      const t = tokens[j]!;
      if (t.kind !== TokenKind.Arabic) continue;
      const at = this.#personAt.get(t.start);
      if (at) return this.current(at);
      const known = this.#persons.get(t.key) ?? (/^[لو]/.test(t.key) ? this.#persons.get(t.key.slice(1)) : undefined);
      if (known) return known;
    }
    return undefined;
  }

  /**
   * The subject right after the verb that opens the sentence: a known person (`وأثنى ترامب على ...`)
   * or an organisation noun and its adjectives (`وخاطبت الخارجية الأميركية مواطنيها ... قائلة`).
   */
  openingSubject(tokens: readonly Token[], sentenceStart: number, k: number): Speaker | undefined {
    const verb = tokens[sentenceStart];
    if (!verb || verb.kind !== TokenKind.Arabic || verb.key.startsWith('ال') || verb.key.startsWith('وال') || stops.has(verb.key)) return undefined;
    for (let j = sentenceStart + 1; j < Math.min(sentenceStart + 3, k); j++) {
      const t = tokens[j]!;
      if (t.kind !== TokenKind.Arabic) return undefined;
      const p = this.#persons.get(t.key);
      if (p) return p;
      // `وانسحبت الولايات المتحدة من الاتفاق بدعوى أنها`: a country right after the verb speaks through its government
      if (j === sentenceStart + 1) {
        const two = tokens[j + 1] && j + 1 < k ? `${t.key} ${tokens[j + 1]!.key}` : '';
        if (countrySpeakers.has(two)) return speakerOf(this.text.slice(t.start, tokens[j + 1]!.end), 'officials');
        if (countrySpeakers.has(t.key)) return speakerOf(this.text.slice(t.start, t.end), 'officials');
      }
      if (j === sentenceStart + 1 && t.key.startsWith('ال') && lookup(orgTag, t)) {
        const np = [t];
        for (let b = j + 1; b < k && np.length < 4 && tokens[b]!.kind === TokenKind.Arabic && tokens[b]!.key.startsWith('ال') && !stops.has(tokens[b]!.key); b++) np.push(tokens[b]!);
        const sp = this.interpret(np);
        if (sp && !sp.tag.startsWith('document')) return sp;
      }
    }
    return undefined;
  }

  /** The person whose role, given before `offset`, has every word of `role` and the body's name (`مؤسس` + `علي بابا`). */
  roleHolder(role: readonly Token[], body: readonly Token[], offset: number): Speaker | undefined {
    const words = [...packedMap(role.filter((t) => lookup(titleTag, t)), (t) => t.key.replace(/^ال/, '')), keysJoined(body)];
    if (words.length < 2) return undefined;
    let best: { at: number; speaker: Speaker } | undefined;
    for (const m of this.#personMentions) {
      if (m.at >= offset || !m.speaker.role || (best && m.at <= best.at)) continue;
      const key = this.folded(m.speaker.role);
      if (words.every((w) => key.includes(w))) best = m;
    }
    return best ? this.current(best.speaker) : undefined;
  }

  /** The business figure (KNOWN_FIGURES: `غيتس`, `زوكربيرغ`) named nearest before `offset`. */
  figureBefore(offset: number): Speaker | undefined {
    let best: { at: number; speaker: Speaker } | undefined;
    for (const m of this.#personMentions) {
      if (m.at >= offset || (best && m.at <= best.at)) continue;
      if (matchKey(m.speaker.name).split(' ').some((w) => figureTag.get(w) === 'company')) best = m;
    }
    return best ? this.current(best.speaker) : undefined;
  }

  /** The person named nearest before `offset`, preferring one whose role has the descriptor's word (`الباحث`). */
  personBefore(offset: number, descriptor?: Token, tag?: string): Speaker | undefined {
    let any: { at: number; speaker: Speaker } | undefined;
    let byWord: { at: number; speaker: Speaker } | undefined;
    const word = descriptor ? descriptor.key.replace(/^ال/, '') : '';
    for (const m of this.#personMentions) {
      if (m.at >= offset || (tag !== undefined && m.speaker.tag !== tag)) continue;
      if (!any || m.at > any.at) any = m;
      if (word && m.speaker.role && this.folded(m.speaker.role).includes(word) && (!byWord || m.at > byWord.at)) byWord = m;
    }
    // without a role word in common, the last person who spoke (a prescan can misread a headline)
    if (!byWord && word) return this.#lastPerson ?? (any ? this.current(any.speaker) : undefined);
    const hit = byWord ?? any;
    return hit ? this.current(hit.speaker) : undefined;
  }

  /**
   * The person a sentence opens with after its verb: `واقترح الدكتور كورشامب`, `وقدم الأمير محمد`,
   * `حدد ولي العهد السعودي الأمير محمد بن سلمان` (titles, then a name the article knows).
   */
  leadPerson(tokens: readonly Token[], sentenceStart: number, endTok: number): Speaker | undefined {
    // past a dateline: `دبي، الإمارات العربية المتحدة (CNN)-- حدد ...`
    let tok = sentenceStart;
    for (let d = sentenceStart; d < Math.min(endTok, sentenceStart + DATELINE_TOKENS); d++) if (isPunct(tokens[d], '-–—')) tok = d + 1;
    // `وكان صندوق النقد الدولي رفع توقعاته`: an organisation right after the opening word is the subject
    // a clause that opens with a conjunction (`لأن أرامكو تزود سابك`, `إذا كانت`) has no lead of the paragraph's
    const opener = tokens[tok];
    if (opener?.kind === TokenKind.Arabic && SUBORDINATORS.has(opener.key)) return undefined;
    const second = tokens[tok + 1];
    const named = second && tok + 1 < endTok && opener?.kind === TokenKind.Arabic ? this.#orgAt.get(second.start) : undefined;
    if (named && !named.outlet) return named.speaker;
    let j = tok + 1;
    // `حدد ولي العهد السعودي، الأمير محمد بن سلمان،`: commas may set the titles apart
    while (j < endTok && j < tok + 1 + LEAD_TITLE_WORDS && !this.#personAt.has(tokens[j]!.start) && ((tokens[j]!.kind === TokenKind.Arabic && isRoleWord(tokens[j]!) && !stops.has(tokens[j]!.key)) || (j > tok + 1 && isPunct(tokens[j], '،,')))) j++;
    const t = tokens[j];
    if (!t || j >= endTok || t.kind !== TokenKind.Arabic) return undefined;
    const at = this.#personAt.get(t.start);
    if (at) return this.current(at);
    // `وتسعى وزارة العدل الأمريكية ...، محذرة من أن`: an organisation the sentence is about
    const org = j === tok + 1 ? this.#orgAt.get(t.start) : undefined;
    if (org && !org.outlet) return org.speaker;
    if (j === tok + 1) return undefined;
    const known = this.#persons.get(t.key) ?? this.byFirstName(t.key);
    if (known) return this.current(known);
    return undefined;
  }

  /** The one known person whose name has this word (`محمد` for `محمد بن سلمان`), if only one has it. */
  byFirstName(key: string): Speaker | undefined {
    let found: Speaker | undefined;
    for (const p of this.#persons.values()) {
      if (!this.hasNameWord(p.name, key)) continue;
      if (found && found.name !== p.name) return undefined;
      found = p;
    }
    return found;
  }

  /** The described speaker (`دبلوماسي غربي كبير`, `مصدر مطلع`) read nearest before `offset`. */
  describedBefore(offset: number): Speaker | undefined {
    let best: { at: number; speaker: Speaker } | undefined;
    for (const d of this.#described) if (d.at < offset && (!best || d.at > best.at) && d.speaker.tag !== 'people') best = d;
    return best?.speaker;
  }

  /** The organisation mention whose name has this word (`أبل` in `شركة أبل`), or the article's company. */
  orgNamed(t: Token): Speaker | undefined {
    const key = t.key;
    if (key.length < 2) return undefined;
    for (const m of this.#orgs) if (this.hasNameWord(m.speaker.name, key)) return speakerOf(this.text.slice(t.start, t.end), m.speaker.tag, undefined, m.speaker.label);
    if (this.#company && this.hasNameWord(this.#company, key)) return speakerOf(this.text.slice(t.start, t.end), 'company');
    return undefined;
  }

  /**
   * Whether one of a name's words at the matching level is `key` (`matchKey(name).split(' ').includes(key)`,
   * without the array: splitting a name cost twice what folding it did, for every name an article asks about).
   */
  hasNameWord(name: string, key: string): boolean {
    return hasWord(this.folded(name), key);
  }

  /**
   * `matchKey(text)` for a speaker's name or role, folded once per article: the loops over an
   * article's persons and mentions ask about the same few strings again and again.
   */
  folded(text: string): string {
    let key = this.#folded.get(text);
    if (key === undefined) this.#folded.set(text, (key = matchKey(text)));
    return key;
  }

  /** The latest record of a person (a role learnt later replaces the first one). */
  current(sp: Speaker): Speaker {
    for (const p of this.#persons.values()) if (p.name === sp.name) return p;
    return sp;
  }

  /** Registers or resolves a person: `زوكربيرج` after `مارك زوكربيرج` is the same person. */
  /** `غراهام، الذي يُشار إليه باسم مستعار`: a name the article says it made up stands for a private person. */
  pseudonym(end: number): boolean {
    const window = this.text.slice(end, end + PSEUDONYM_WINDOW);
    const stop = window.search(/[.!?؟\n]/);
    return (stop < 0 ? window : window.slice(0, stop)).includes('مستعار');
  }

  person(fullName: string, toks: readonly Token[], role: string | undefined, tag: string | undefined): Speaker {
    let name = fullName;
    const lastKey = toks[toks.length - 1]!.key;
    if (toks.length === 1) {
      // (`جولاكوتا` after `شيام غولاكوتا`: the G of a foreign name is written ج or غ)
      const known = this.#persons.get(lastKey) ?? this.#persons.get(gVariant(lastKey));
      if (known) return known;
      // `وأعرب الأمير محمد`: the first name of the one person the article named in full
      const first = this.byFirstName(lastKey);
      if (first) return first;
      // `وقالت أبل`, `وتوقعت BP`: a name the article gives an organisation (`شركة أبل`, `شركة "BP"`)
      if (!role && !tag) {
        const org = this.orgNamed(toks[0]!);
        if (org) return org;
      }
      const full = this.fullNameOf(toks[0]!);
      if (full) name = full;
    }
    // the full name again: the person already known, with the role they were given
    const again = toks.length >= 2 ? this.#persons.get(lastKey) : undefined;
    if (again && this.folded(again.name).endsWith(matchKey(name)) && (!role || role === again.role)) return again;
    // `وتوقعت BP`: a name written in Latin letters in Arabic news is a company's, not a person's
    // `فسيكون`, `وستقوم`: a conjunction and a future verb is never a name
    if (!role && /^[وف]س[يتن]/.test(toks[0]!.key) && toks[0]!.key.length >= 5) return speakerOf(name, tag ?? DEFAULT_PERSON_TAG);
    const figure = tag ? undefined : packedMap(toks, (t) => figureTag.get(t.key)).find(Boolean);
    const pseudonym = !tag && !figure && this.pseudonym(toks[toks.length - 1]!.end);
    const inferred = tag ?? figure ?? (toks.every((t) => t.kind === TokenKind.Latin) ? 'company' : pseudonym ? 'people' : DEFAULT_PERSON_TAG);
    const sp = speakerOf(name, inferred, role ? role : undefined);
    // (a one-word name is remembered when the article says who it is: a role, or a made-up name)
    if (toks.length >= 2 || role || pseudonym) {
      this.#persons.set(lastKey, sp);
      this.#lastPerson = sp;
      this.#personMentions.push({ at: toks[0]!.start, speaker: sp });
      this.#personAt.set(toks[0]!.start, sp);
    }
    return sp;
  }
}

/** Whether `word` is one of the space-separated words of `words` (as `words.split(' ').includes(word)`). */
function hasWord(words: string, word: string): boolean {
  for (let at = words.indexOf(word); at >= 0; at = words.indexOf(word, at + 1)) {
    const end = at + word.length;
    if ((at === 0 || words.charCodeAt(at - 1) === 0x20) && (end === words.length || words.charCodeAt(end) === 0x20)) return true;
  }
  return false;
}

/** `/^(بال|لل|وال|فال|كال)/.test(key)` without the regex (asked of every word a name may start with). */
function prepositionWithArticle(key: string): boolean {
  const c = key.charCodeAt(0);
  if (c === 0x0644) return key.charCodeAt(1) === 0x0644; // لل
  // ب و ف ك, then ال
  return (c === 0x0628 || c === 0x0648 || c === 0x0641 || c === 0x0643) && key.charCodeAt(1) === 0x0627 && key.charCodeAt(2) === 0x0644;
}

/** `/^(لل|ل|ب)/.test(key)` without the regex (asked of every word before a cue). */
function startsWithLamOrBa(key: string): boolean {
  const c = key.charCodeAt(0);
  return c === 0x0644 || c === 0x0628;
}

/** A name's key with its first ج written غ, or its first غ written ج: the two spellings of a foreign G. */
function gVariant(key: string): string {
  const j = key.indexOf('ج');
  const g = key.indexOf('غ');
  if (j < 0 && g < 0) return key;
  return j >= 0 && (g < 0 || j < g) ? `${key.slice(0, j)}غ${key.slice(j + 1)}` : `${key.slice(0, g)}ج${key.slice(g + 1)}`;
}

/** How far after a name the article may say it is made up (`اسم مستعار`). */
const PSEUDONYM_WINDOW = 80;

/** A noun with a possessive pronoun (`عزمها`, `خططهم`). */
const POSSESSED = /^..+(ها|هم|هما)$/;
/** A preposition glued to the article (`بالتزامن`, `للمرة`, `كالعادة`). */
const PREP_ARTICLE = /^(بال|لل|كال)/;
/** `المتحدث باسم الحكومة الاشتراكية السابقة "ستيفان لو فول"`: how long a role before a name in marks may be. */
const MAX_ROLE_BEFORE_MARKS = 8;
/** `لدى` as a key (ى folds to ي). */
const LADA = matchKey('لدى');
/** Prepositions with a pronoun right after a verb in a relative clause (`التي يكتب بها`, `الذي قال فيه`). */
/** A newsroom's staff (`أحد المحررين`, `رئيس التحرير`, `كاتب العمود`). */
const staffNouns = keySet(NEWSROOM_STAFF);
const OUTLET_WORDS = keySet(STAFF_OUTLET_NOUNS);
/** Relatives and counsel, indefinite, in construct with the one they are related to (`خطيبة خاشقجي`, `محامي ترامب`). */
/** (Not `ابن`: `ابن سلمان`, `ابن كيران` are names.) */
const RELATIONS = keySet(RELATION_NOUNS);
const WRITE_CUES = keySet(WRITING_CUES);
const PRONOUN_PREPS = keySet(['بها', 'به', 'لها', 'له', 'فيها', 'فيه', 'عنها', 'عنه']);
/** Modals whose complement is a verbal noun (`يمكنه نقل`, `يستطيع إعلان`). */
const MODALS = keySet(MODAL_VERBS);
/** Every speech cue's word, as keys. */
const SPEECH_KEYS = keySet(SPEECH_CUES.flatMap((c) => c.forms));
/** Whom a speaker tells (`أبلغ ترمب الصحفيين`, `قال الوزير للحاضرين`): never part of a name. */
const addressees = keySet(ADDRESSEES);
const reporterNouns = keySet(REPORTER_NOUNS);
/** A poll's verb after the group it asked: `محللون استطلعت رويترز آراءهم`. */
const pollVerbs = keySet(POLL_VERBS);
const DEMONSTRATIVES = keySet(['هؤلاء', 'هذا', 'هذه', 'هذان', 'هاتان', 'تلك', 'ذلك']);
/** Counted members of a body, as a subject (`18 عضوا ديمقراطيا`, `12 نائبا`): officials unless the body says otherwise. */
const countedMembers = keySet(COUNTED_MEMBERS);
/** A reporter (`مراسل العربية`, `خالد العمري` in the role `مراسل العربية`) speaks as a person does, though the tag is the outlet's. */
function isReporter(s: Speaker): boolean {
  const head = (s.role ?? s.name).split(/\s/, 1)[0]!;
  return reporterNouns.has(matchKey(head)) || `${s.role ?? ''} ${s.name}`.split(/\s+/).some((w) => w !== '' && staffNouns.has(matchKey(w)));
}
/** Cues whose عن introduces what is said (`كشف عن`, `أعلن عن`, `أعرب عن`), never the one it is reported from. */
const aboutCues = keySet(ABOUT_CUES);
const ownReporterNouns = keySet(OWN_REPORTER_NOUNS);
/** A relative pronoun that does not agree with the verb after it: `التي قال`, `الذي قالت`. */
function relativeDisagrees(relative: Token, verb: string): boolean {
  const bare = verb.replace(/^[وف]/, '');
  // (a verb may begin with ت as a root letter, `تابع`, `توقع`: only ي before, or no ت at either end, is surely masculine)
  if (relative.key === 'التي') return bare.startsWith('ي') || (!bare.startsWith('ت') && !bare.endsWith('ت'));
  if (relative.key === 'الذي') return bare.length > 3 && bare.endsWith('ت');
  return false;
}
/** What an anonymous source's reporter does not reveal: `لم تكشف عن اسمه`, `عن هويته`. */
/** What opens a phrase of anonymity before its object: `لم يكشف عن`, `رفضوا الكشف عن`. */
const ANONYMITY_LEADS = keySet(['لم', 'ولم', 'رفض', 'رفضت', 'رفضوا', 'رفضا']);
const ANONYMITY_OBJECTS = keySet(['اسمه', 'اسمها', 'أسمائهم', 'اسمائهم', 'هويته', 'هويتها', 'هويتهم']);
/** After `لم يكشف عن اسمه`, `ولم تذكر هويته،` at token `i`: the token after it, else undefined. */
function anonymityClauseEnd(tokens: readonly Token[], at: number, endTok: number): number | undefined {
  // (`12 مسؤولا أميركيا، رفضوا الكشف عن أسمائهم،`: in apposition too)
  const i = isPunct(tokens[at], '،,') ? at + 1 : at;
  if (!ANONYMITY_LEADS.has(tokens[i]?.key ?? '')) return undefined;
  for (let j = i + 2; j < endTok && j <= i + 3; j++) {
    if (ANONYMITY_OBJECTS.has(tokens[j]!.key)) return isPunct(tokens[j + 1], '،,') ? j + 2 : j + 1;
    if (tokens[j]!.key !== 'عن') return undefined;
  }
  return undefined;
}
const RELATIVE_PRONOUNS = keySet(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين']);
const SAME_WORDS = keySet(['نفسه', 'نفسها', 'ذاته', 'ذاتها']);
const APPOSITION_PRONOUNS = keySet(['وهو', 'وهي', 'هو', 'هي']);

/** Object pronouns that may stand between a cue and its subject. */
const OBJECT_PRONOUNS = keySet(['عنها', 'عنه', 'به', 'بها', 'عنهم', 'بهم']);

/** Title words that only modify a head title (`المدير العام`): alone (`العام المالي`) they name nobody. */
const TITLE_MODIFIERS = keySet(['العام', 'العامة', 'المالي', 'المالية', 'التنفيذي', 'التنفيذية', 'التقنية', 'العمليات', 'الفني', 'التسويق', 'الدولي', 'الدولية', 'الحكومي', 'الحكومية']);

/** Words in a person's name: `محمد جواد آذري جهرمي`, `أحمد عبيد بن دغر`. */
const MAX_NAME_WORDS = 4;
/** How far into a sentence a dateline's dash may stand. */
const DATELINE_TOKENS = 12;
/** How many title words may stand between a sentence's verb and the person it is about. */
const LEAD_TITLE_WORDS = 6;

/** How far before a cue a subject may be read from titles and organisation nouns; further back, only a known name. */
const NEAR_SUBJECT = 6;

/** True when a person's name (a word that is no title, stop or cue) starts at token `j`. */
function nameFollows(tokens: readonly Token[], j: number, endTok: number): boolean {
  const t = tokens[j];
  return !!t && j < endTok && t.kind === TokenKind.Arabic && !t.key.startsWith('ال') && !stops.has(t.key) && !complementizers.has(t.key) && !lookup(titleTag, t) && !cueAt(tokens, j);
}

const SINGULAR_GROUP_FOLLOWERS = keySet(['في', 'من', 'لدى', 'ب', 'إن', 'أن']);

/**
 * A registry entry as a speaker: outlets and agencies are their own source tag; a company, an official
 * body or a research firm speaks under the generic tag (`فيتش` is experts, `صندوق النقد الدولي` officials).
 */
export function entrySpeaker(entry: SourceEntry, name: string): Speaker {
  const generic = entry.kind === 'company' || entry.kind === 'officials' || entry.kind === 'experts';
  return speakerOf(name, generic ? entry.kind : entry.id, undefined, entry.label);
}

/** Names whose matching key is a stop word's (`علي` folds to the key of `على`): told apart on the display text. */
const NAMES_LIKE_STOPS = new Set(['علي', 'آنا']); // (`آنا تيني` is a name, `أنا` a pronoun: one key)
/**
 * A definite word that is part of a name after its first word: `السيسي` in `عبد الفتاح السيسي`,
 * `الملا` in `طارق الملا`; not a day, title, group or other stop word.
 */
function isFamilyNameAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return !!t && t.kind === TokenKind.Arabic && t.key.startsWith('ال') && t.key.length > 3 && !stops.has(t.key) && !lookup(titleTag, t) && !lookup(groupTag, t) && !lookup(orgTag, t) && !roleTag([t]) && !complementizers.has(t.key);
}

const POSSESSIVE_TITLES = keySet(['مديرته', 'مديرها', 'رئيسه', 'رئيسها', 'رئيسته', 'مديره', 'مديرتها', 'أمينه', 'أمينها', 'المتحدث باسمها', 'محافظه']);

/** Words after which quotation marks hold a name, not speech: `أمام "منتدى المالية العامة"`, `شركة "مبادلة"`. */
const NAME_BEFORE_MARKS = keySet([
  'أمام', 'في', 'إلى', 'الى', 'مع', 'من', 'على', 'بين', 'حول', 'باسم', 'لدى', 'عبر',
  'شركة', 'منتدى', 'مؤتمر', 'مبادرة', 'برنامج', 'مشروع', 'صندوق', 'حملة', 'منصة', 'تطبيق', 'موقع', 'صحيفة', 'وكالة', 'مجموعة', 'مصطلح', 'اسم', 'عنوان', 'كتاب', 'فيلم', 'هاتف', 'جهاز',
  'مصرف', 'بنك', 'جامعة', 'معهد', 'مركز', 'مؤسسة', 'منظمة', 'جمعية', 'حزب', 'جريدة', 'مجلة', 'قناة', 'شبكة', 'نادي', 'فريق', 'مسلسل', 'أغنية', 'ألبوم', 'رواية',
]);
function namesSomething(before: Token | undefined): boolean {
  return !!before && before.kind === TokenKind.Arabic && hasStem(NAME_BEFORE_MARKS, before);
}

/** `حلا مبتكرا`, `جدولا زمنيا`: an indefinite object and its adjective, both with the accusative alef, end a name. */
function accusativePair(text: string, tokens: readonly Token[], i: number): boolean {
  const a = tokens[i];
  const b = tokens[i + 1];
  // (an adjective never carries و: `فرنسا وألمانيا` is two countries, not a noun and its adjective)
  return !!a && !!b && a.kind === TokenKind.Arabic && b.kind === TokenKind.Arabic && a.end - a.start > 2 && text[a.end - 1] === 'ا' && text[b.end - 1] === 'ا' && text[b.start] !== 'و';
}

/** Name particles after which a definite word continues the name (`عبد الفتاح`, `أبو الغيط`). */
const NAME_PARTICLES = keySet(['عبد', 'أبو', 'ابو', 'بن', 'ابن', 'بو', 'آل']);
/** The longest speaker phrase read after a cue: a long role, a comma and a long name (`نائب رئيس مجلس الوزراء رئيس اللجنة ...، الشيخ خالد بن عبدالله آل خليفة`). */
const MAX_SPEAKER_WORDS = 20;

const countrySpeakers = new Set(COUNTRY_SPEAKERS.map((c) => matchKey(c)));
/** A country of one or two words at `k` (`تركيا`, `كوريا الجنوبية`). */
function officeCountryAt(np: readonly Token[], k: number): boolean {
  const t = np[k];
  return !!t && (officeCountries.has(t.key) || pairIn(officeCountries, officeFirsts, t.key, np[k + 1]?.key ?? ''));
}
/** Countries as the office of a role: the speaking ones and `OFFICE_COUNTRIES`. */
const officeCountries = new Set([...COUNTRY_SPEAKERS, ...OFFICE_COUNTRIES].map((c) => matchKey(c)));
const countryFirsts = firstWordsOf(countrySpeakers);
const officeFirsts = firstWordsOf(officeCountries);

/** The first words of a set's phrases of more than one word (all before the first space). */
function firstWordsOf(phrases: ReadonlySet<string>): ReadonlySet<string> {
  const firsts = new Set<string>();
  for (const p of phrases) if (p.includes(' ')) firsts.add(p.slice(0, p.indexOf(' ')));
  return firsts;
}

/**
 * `phrases.has(`${a} ${b}`)` for a word `a` with no space in it: the phrase is built and hashed only
 * when `a` begins one of the set's longer phrases (a fresh string per question was most of what
 * reading a speaker's country cost).
 */
function pairIn(phrases: ReadonlySet<string>, firsts: ReadonlySet<string>, a: string, b: string): boolean {
  return firsts.has(a) && phrases.has(`${a} ${b}`);
}
const countryNames = keySet(DATELINE_PLACES);
const COMPANY_ANAPHORS = keySet(['الموقع', 'المجموعة', 'المصرف', 'العملاق', 'الشبكة', 'المنصة']);
const ORG_ANAPHORS = keySet(['الوكالة', 'المنظمة', 'الصندوق', 'المؤسسة', 'الهيئة']);

const ROLE_LINKS = keySet(['باسم', 'لشؤون', 'شؤون', 'لدى']);
/** Territories an office is of, in construct with their name: `حاكم ولاية تكساس`, `رئيس بلدية باريس`. */
const placeNouns = keySet(['ولاية', 'مدينة', 'إقليم', 'منطقة', 'مقاطعة', 'محافظة', 'بلدية', 'جزيرة', 'دولة', 'وزراء']);
/** A word that can stand in a role: a title, a definite adjective, `باسم`, or a ل-construct (`لشؤون`, `لمجلس`). */
/** A role word's tag ends a name, unless it is an investing word (`بنك الاستثمار الأوروبي`). */
function endsName(tag: string | undefined): boolean {
  return tag !== undefined && tag !== 'investors';
}

/** `، وهي شركة استشارية عالمية`: the firm of a role described, right after it, as a research or consulting firm. */
function expertFirmAfter(tokens: readonly Token[], i: number, endTok: number): boolean {
  if (!isPunct(tokens[i], '،,') || !APPOSITION_PRONOUNS.has(tokens[i + 1]?.key ?? '')) return false;
  for (let x = i + 2; x < endTok && x < i + 8 && !isPunct(tokens[x], '،,.:'); x++) if (hasStem(expertFirmWords, tokens[x]!)) return true;
  return false;
}

/**
 * `الداعية الإسلامي، عدنان إبراهيم،`: a definite noun the lexicon lacks (of a person noun's shape) and its
 * definite adjectives, then in apposition a name of two words and a comma or إن/أن: a role.
 */
function unknownRoleRun(np: readonly Token[], tokens: readonly Token[], at: number): boolean {
  if (np.length === 0 || np.length > 3 || !unknownRoleWord(np[0]!) || !np.slice(1).every((w) => w.key.startsWith('ال') && !stops.has(w.key))) return false;
  let e = at;
  while (e < tokens.length && e - at < 4 && (nameLike(tokens[e]) || (e > at && isFamilyNameAt(tokens, e)))) e++;
  const next = tokens[e];
  return e - at >= 2 && !!next && (isPunct(next, '،,') || complementizers.has(next.key));
}

/** Function words that are no stop elsewhere but never stand in a name. */
const NOT_NAME_WORDS = keySet(['أو', 'ثم', 'بل', 'لا', 'لم', 'لن', 'قد']);
/**
 * What follows a و glued to a word after a name reads as a new word, so the و is the conjunction: a
 * definite noun, a verb (`وأمرت`, `ويقول`), a lexicon word (`وزعيم`). Not a name that begins with و
 * (`علي أكبر ولايتي`).
 */
function conjoined(rest: string): boolean {
  return rest.startsWith('ال') || /^[يتنا]/.test(rest) || rest.endsWith('ت') || titleTag.has(rest) || groupTag.has(rest) || orgTag.has(rest) || stops.has(rest) || SPEECH_KEYS.has(rest);
}

/** Whether a name may end after token `j` of a phrase: the phrase ends, or a title, a stop word or a complementizer follows (`علي أكبر ولايتي مستشار المرشد`). */
function nameEndsAfter(np: readonly Token[], j: number): boolean {
  const next = np[j + 1];
  return !next || next.kind === TokenKind.Punct || !!lookup(titleTag, next) || stops.has(next.key) || complementizers.has(next.key);
}

/** A definite noun that is no title, group, organisation, document, country or function word: maybe a role the lexicon lacks (`اللاعب`, `المرشحة`). */
function unknownRoleWord(t: Token): boolean {
  // (the shape of a noun of a person: a participle `المدرب`, `المرشحة`, a فاعل `اللاعب`, a فعّال `الفنانة`, a nisba `الإعلامي`;
  // not `النتيجة` nor an elative, `الأكثر جاذبية أو`)
  const stem = t.key.slice(2).replace(/ه$/, '');
  if (!(/^م.{3,}$/.test(stem) || /^.ا..$/.test(stem) || /^..ا.$/.test(stem) || (stem.length >= 4 && stem.endsWith('ي')))) return false;
  return t.kind === TokenKind.Arabic && t.key.startsWith('ال') && t.key.length > 4 && !/^الا...$/.test(t.key) && !stops.has(t.key) && !complementizers.has(t.key) && !lookup(titleTag, t) && !lookup(groupTag, t) && !lookup(orgTag, t) && !orgHeadTag(t) && !hasStem(documents, t) && !countrySpeakers.has(t.key) && !hasStem(eventNouns, t);
}

/** A word that may begin a name: not a function word, title or definite noun. */
function nameLike(t: Token | undefined): boolean {
  return !!t && t.kind === TokenKind.Arabic && !stops.has(t.key) && !t.key.startsWith('ال') && !lookup(titleTag, t) && !complementizers.has(t.key);
}

/** A title and the words of its role: `المتحدث باسم شرطة دالتون`, `رئيس المؤسسة الوطنية للنفط في ليبيا`. */
function isRoleRun(np: readonly Token[]): boolean {
  if (np.length === 0 || !lookup(titleTag, np[0])) return false;
  let sinceLink = Infinity;
  for (let i = 1; i < np.length; i++) {
    const w = np[i]!;
    const linked = sinceLink < 3;
    sinceLink = ROLE_LINKS.has(w.key) || w.key === 'في' ? 0 : sinceLink + 1;
    // (`نائب قائد قوات الدفاع الجوي`: a state body in the role)
    if (sinceLink === 0 || linked || isRoleWord(w) || lookup(orgTag, w) === 'officials') continue;
    return false;
  }
  return true;
}

function isRoleWord(w: Token): boolean {
  // `وزير المالية والخزانة`: a coordinated title word counts too
  // (and the country the office is in: `وزير التربية بمصر`)
  return !!lookup(titleTag, w) || w.key.startsWith('ال') || w.key.startsWith('وال') || ROLE_LINKS.has(w.key) || (w.key.startsWith('ل') && w.key.length > 3) || (w.key.startsWith('ب') && countrySpeakers.has(w.key.slice(1)));
}

function stripClitic(word: string, t: Token): string {
  // (`والمحللون`; `لمصادر أمنية` after `وفقا`)
  return (t.key.startsWith('و') || t.key.startsWith('ل')) && groupTag.has(t.key.slice(1)) ? word.slice(1) : word;
}

/** The company an article is about: the name it puts in guillemets most often, or after `شركة`. */
const HAS_LETTER = /\p{L}/u;

const COMPANY = matchKey('شركة');
const COMPANY_SIG = signature(COMPANY);

function mainCompany(text: string, marks: readonly QuoteMarks[], tokens: readonly Token[], orgs: readonly OrgMention[]): string | undefined {
  const counts = new Map<string, number>();
  // companies the registry knows, and `شركة X` mentions, weigh more than any name in guillemets
  for (const o of orgs) if (o.speaker.tag === 'company') counts.set(o.speaker.name, (counts.get(o.speaker.name) ?? 0) + 2);
  for (const m of marks) {
    const words = wordCount(text, m.start, m.end);
    if (words === 0 || words > 3) continue;
    const name = text.slice(m.start, m.end).trim();
    // (a name has letters: a pair of marks around `.` or `،` names nothing)
    if (HAS_LETTER.test(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  for (let i = 0; i + 1 < tokens.length; i++) {
    // (the signature first: a number compare turns away the keys of four letters a string compare would read)
    const t = tokens[i]!;
    if ((t.sig ?? signature(t.key)) === COMPANY_SIG && t.key === COMPANY && tokens[i + 1]!.kind !== TokenKind.Punct) {
      const name = text.slice(tokens[i + 1]!.start, tokens[i + 1]!.end);
      if (!name.startsWith('ال')) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  // the most counted name; of names counted as often, the first in code-unit order
  let best: string | undefined;
  let n = 0;
  for (const [name, c] of counts) {
    if (c > n || (c === n && best !== undefined && name < best)) {
      best = name;
      n = c;
    }
  }
  // (one phrase in marks, `"بكل فخر"`, is no company the article is about)
  return n >= 2 ? best : undefined;
}

/**
 * `items.map(f)` as a packed array. Once inlined into optimized code, `Array.prototype.map` returns
 * a holey array where the unoptimized tiers return a packed one; the code reading the result was
 * optimized for the one kind, meets the other and is thrown away ("wrong map" deoptimizations:
 * `interpret`, `interpretPerson` and `speakerAfter` were deoptimized right after each compile and ran
 * unoptimized through most of a run).
 */
function packedMap<T, U>(items: readonly T[], f: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) out.push(f(items[i]!, i));
  return out;
}

/** The tokens' keys joined by spaces (`np.map((t) => t.key).join(' ')`, without the array). */
function keysJoined(toks: readonly Token[]): string {
  let out = '';
  for (let i = 0; i < toks.length; i++) out = i === 0 ? toks[0]!.key : `${out} ${toks[i]!.key}`;
  return out;
}

/**
 * `items.sort(compare)`, skipped when the items are in order already (most are: an article's
 * quotes are found in text order, and so are its quotation marks); a sort allocates a work array.
 */
function sortIfNeeded<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  for (let k = 1; k < items.length; k++) if (compare(items[k - 1]!, items[k]!) > 0) return items.sort(compare);
  return items;
}
