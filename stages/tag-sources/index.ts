/**
 * tag-sources: who vouches for each claim, and the relay chain (innermost first).
 * Order of evidence: the quote a figure stands in; a named outlet after an attribution cue in its
 * sentence (`بحسب تقرير لموقع تك كرانش`); the speaker of a speech cue in its sentence
 * (`كشفت نتائج الشركة عن`); unnamed reports or sources (`وفق تقارير`, `مصادر مطلعة`); else the publisher.
 * The publisher is the article's outlet (metadata), or the outlet the article names as relaying
 * a report (`اطلعت عليه العربية Business`).
 */
import type { TextSpan } from '../split-sentences/index.js';
import type { CueMention, QuoteMention, Speaker } from '../extract-quotes/index.js';
import { DOCUMENTS, GROUPS, ORG_HEADS, ORG_NOUNS, ROLE_MARKERS, STATE_BODY_WORDS } from '../extract-quotes/lexicon/speakers.js';
import { PhraseIndex, WordFilter, hasStem, keySet } from '../lexicon-tools/phrase-index.js';
import { matchKey } from '../normalize-text/index.js';
import { TokenKind, type Token } from '../tokenize/index.js';
import { ANONYMOUS_WORDS, ATTRIBUTION_CUES, DOCUMENT_ANAPHORS, MAKER_VERBS, OFFICIAL_ADJECTIVES, RELAY_CUES, REPORT_WORDS } from './lexicon/cues.js';
import { OUTLET_DESCRIPTORS } from './lexicon/sources.js';
import type { SourceHit, SourceRegistry } from './registry.js';

export interface SourceTag {
  readonly source: string;
  readonly label: string;
  readonly speaker?: string;
  readonly role?: string;
  readonly cue?: string;
  readonly chain: string[];
  readonly rules: string[];
}

export interface SentenceAttribution {
  /** Outlet named with a cue, or a speaker, or reports/anonymous; undefined: the publisher's own. */
  readonly primary?: { tag: string; label: string; speaker?: string; role?: string; cue?: string; rule: string };
  readonly relays: string[];
  /** Only a document named before attributes the sentence (`وبحسب التقرير`): the document's noun (`تقرير`), whose source is the one of the sentence that named it. */
  readonly refersBack?: string;
}

const GENERIC_LABELS: Readonly<Record<string, string>> = {
  company: 'Company',
  analysts: 'Analysts',
  investors: 'Investors',
  observers: 'Observers',
  experts: 'Experts',
  officials: 'Officials',
  people: 'People',
  anonymous: 'Anonymous sources',
  reports: 'Unnamed reports',
  publisher: 'Publisher',
};

const attributionCues = new PhraseIndex<true>(ATTRIBUTION_CUES.map((c) => [c, true] as const));
const relayCues = new PhraseIndex<true>(RELAY_CUES.map((c) => [c, true] as const));
const reportWords = new PhraseIndex<'reports' | 'anonymous'>([
  ...REPORT_WORDS.map((w) => [w, 'reports' as const] as const),
  ...ANONYMOUS_WORDS.map((w) => [w, 'anonymous' as const] as const),
]);
const descriptors = new PhraseIndex<true>(OUTLET_DESCRIPTORS.map((d) => [d, true] as const));
/** `التقرير` and `للتقرير` (as keys) to the bare noun's key, `تقرير`. */
const documentAnaphors = new Map<string, string>();
for (const d of DOCUMENT_ANAPHORS) {
  const bare = matchKey(d.slice(2));
  documentAnaphors.set(matchKey(d), bare);
  documentAnaphors.set(matchKey(`ل${d.slice(1)}`), bare);
}
/** The bare document nouns, with the proclitics they may carry in a sentence that names one (`لبيان`, `والتقرير`). */
const documentNouns = new Set(documentAnaphors.values());
const DOCUMENT_PREFIXES = ['', 'ال', 'لل', 'ل', 'ب', 'بال', 'و', 'وال', 'ف'];
const officialAdjectives = keySet(OFFICIAL_ADJECTIVES);
const stateBodyWords = keySet(STATE_BODY_WORDS);
const documentWords = keySet(DOCUMENTS);
const makerVerbs = keySet(MAKER_VERBS);
/** Who a cue names when it is not an outlet: `وفقا لبيانات وزارة التجارة` (officials), `بحسب محللين` (analysts). */
const bodyMarkers = [...GROUPS, ...ROLE_MARKERS.filter((r) => r.tag !== 'people')].map((r) => ({ tag: r.tag, words: keySet(r.forms) }));
/** Every body marker's words in one filter: a token it turns away is none of them (one bit test, not one per marker list). */
const bodyMarkerFilter = new WordFilter();
for (const b of bodyMarkers) for (const w of b.words) bodyMarkerFilter.add(w);
/** Prepositions that make a named body the place or medium of what was said, not who said it. */
const PLACE_PREPOSITIONS = keySet(['على', 'عبر', 'في']);
/** How far after an attribution cue its body may be named. */
const BODY_WINDOW = 6;

function bodyAfterCue(tokens: readonly Token[], from: number, to: number, text: string, cues: readonly CueMention[]): { tag: string; speaker?: string } | undefined {
  let known: { speaker: Speaker; words: string[] }[] | undefined;
  for (let j = from, words = 0; j < to && words < BODY_WINDOW; j++) {
    const t = tokens[j]!;
    // a hashtag is words joined by `_`: `لـ #هيئة_السوق_المالية`
    if (t.kind === TokenKind.Punct && (t.key === '#' || t.key === '_')) continue;
    words++;
    if (t.kind === TokenKind.Punct || t.kind === TokenKind.Number) return undefined;
    // a person the article quotes elsewhere: `بحسب المومني`
    known ??= speakerWords(cues);
    const person = known.find((c) => c.words.some((w) => t.key.endsWith(w)));
    if (person) return { tag: person.speaker.tag, speaker: person.speaker.name };
    if (bodyMarkerFilter.mayHaveStem(t)) {
      for (const b of bodyMarkers) {
        if (!hasStem(b.words, t)) continue;
        // `بحسب ما أعلنه معهد الإحصاءات التركي`: a national statistics office or centre is a state body
        if (b.tag === 'experts' && [j + 1, j + 2].some((x) => x < to && hasStem(stateBodyWords, tokens[x]))) {
          let end = j + 1;
          while (end < to && end - j < 4 && tokens[end]!.kind === TokenKind.Arabic && tokens[end]!.key.startsWith('ال')) end++;
          return { tag: 'officials', speaker: text.slice(t.start, tokens[end - 1]!.end) };
        }
        return { tag: b.tag, speaker: bodyPhrase(tokens, j, from, to, text) };
      }
    }
  }
  return undefined;
}

/**
 * The words that name a body found at token `at` after a cue: back to the noun it is in construct with
 * (`خدمة الطوارئ الحكومية` for `الحكومية`), on over its definite adjectives (`محللون اقتصاديون` stays
 * as written), within [from, to). A verb with an object pronoun (`لما ذكرته`) is never part of it.
 */
function bodyPhrase(tokens: readonly Token[], at: number, from: number, to: number, text: string): string {
  let b = at;
  while (b - 1 >= from && at - b < 3 && tokens[b - 1]!.kind === TokenKind.Arabic && tokens[b]!.key.startsWith('ال') && tokens[b - 1]!.key.length > 2 && !text.slice(tokens[b - 1]!.start, tokens[b - 1]!.end).endsWith('ه')) {
    b--;
    if (!tokens[b]!.key.startsWith('ال')) break;
  }
  // (a definite word at the start is only a head when it is the marker itself or follows none)
  let e = at + 1;
  while (e < to && e - at < 3 && tokens[e]!.kind === TokenKind.Arabic && tokens[e]!.key.startsWith('ال') && !RELATIVE_WORDS.has(tokens[e]!.key)) e++;
  // (`منظمة "كونيكتاس" الحقوقية`: the name in quotation marks after the head)
  let end = tokens[e - 1]!.end;
  if (e < to && isPunct(tokens[e], QUOTE_MARKS)) {
    const close = tokens.findIndex((w, x) => x > e && x < Math.min(to, e + 6) && isPunct(w, QUOTE_MARKS));
    if (close > e + 1) end = tokens[close]!.end;
  }
  return withoutProclitic(text.slice(tokens[b]!.start, end));
}

const RELATIVE_WORDS = keySet(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللذان', 'اللتان']);
/** Opening and closing quotation marks, for a name in marks after a body's head. */
const QUOTE_MARKS = '"«»“”';
/** Head nouns of bodies, which may carry a preposition in the text (`لمجلس`, `لمصرف`). */
const BODY_HEADS = keySet([...ORG_NOUNS.flatMap((o) => o.forms), ...ORG_HEADS.flatMap((o) => o.forms), ...GROUPS.flatMap((g) => g.forms)]);

/**
 * A phrase less the proclitics glued to its first word: `والعمال` -> `العمال`, `للرئيس` -> `الرئيس`, and
 * `لمجلس` -> `مجلس` where the word left is a body's head (`بيانات` keeps its ب).
 */
function withoutProclitic(phrase: string): string {
  const space = phrase.indexOf(' ');
  const first = space < 0 ? phrase : phrase.slice(0, space);
  const rest = phrase.slice(first.length);
  if (/^[وف]ال/.test(first)) return first.slice(1) + rest;
  if (/^[وف]?لل/.test(first)) return `ال${first.replace(/^[وف]?لل/, '')}${rest}`;
  const m = /^[وف]?[لب](.{3,})$/u.exec(first);
  if (m && BODY_HEADS.has(matchKey(m[1]!))) return m[1]! + rest;
  if (/^[وف].{3,}$/.test(first) && BODY_HEADS.has(matchKey(first.slice(1)))) return first.slice(1) + rest;
  return phrase;
}

const wordsOfCues = new WeakMap<readonly CueMention[], { speaker: Speaker; words: string[] }[]>();
/** The speakers of an article's cues (documents aside) with their names' words of three letters or more, split once per article. */
function speakerWords(cues: readonly CueMention[]): { speaker: Speaker; words: string[] }[] {
  let list = wordsOfCues.get(cues);
  if (!list) {
    // (pushed, not mapped: `map` inlined into optimized code returns a holey array, and bodyAfterCue,
    // optimized for the packed one, was thrown away when it met one)
    list = [];
    for (const c of cues) if (!c.speaker.tag.startsWith('document')) list.push({ speaker: c.speaker, words: c.speaker.name.split(/\s+/).filter((w) => w.length > 2) });
    wordsOfCues.set(cues, list);
  }
  return list;
}

export interface Publisher {
  readonly id: string;
  readonly label: string;
  readonly rule: string;
}

/** The publisher: metadata first, else the outlet the article names as relaying (`اطلعت عليه X`). */
export function findPublisher(tokens: readonly Token[], registry: SourceRegistry, outlet?: string): Publisher {
  if (outlet) {
    const id = registry.resolveOutlet(outlet);
    return { id, label: registry.byId(id)?.label ?? outlet, rule: 'publisher-metadata' };
  }
  for (let i = 0; i < tokens.length; i++) {
    const relay = relayCues.matchAt(tokens, i, true);
    if (!relay) continue;
    const hit = registry.at(tokens, relay.next);
    if (hit) return { id: hit.entry.id, label: hit.entry.label, rule: 'publisher-named-in-text' };
  }
  return { id: 'publisher', label: GENERIC_LABELS.publisher!, rule: 'publisher-unknown' };
}

type Primary = NonNullable<SentenceAttribution['primary']>;

/**
 * What a sentence's tokens say of its source, read token by token (`scanToken`): the outlets that
 * relay, a named outlet, a body, unnamed reports, whether a cue was seen and its words.
 *
 * (The reading is split into a small loop and one function per finding, not written as one: each
 * finding is rare, and the first time one turns up after V8 compiled the loop, the compiled loop is
 * thrown away and compiled again. Compiled as one function of 3.4 KB of bytecode, that was 7
 * compiles of ~95 ms on 6,612 bench articles, in every worker thread.)
 */
interface SentenceScan {
  readonly relays: string[];
  outlet: Primary | undefined;
  generic: Primary | undefined;
  body: Primary | undefined;
  sawCue: boolean;
  refersBack: string | undefined;
  cueText: string;
}

/** What attributes the figures of one sentence, apart from quotes. */
export function attributeSentence(
  tokens: readonly Token[],
  from: number,
  to: number,
  text: string,
  registry: SourceRegistry,
  cues: readonly CueMention[],
): SentenceAttribution {
  const sStart = tokens[from]?.start ?? 0;
  const sEnd = tokens[to - 1]?.end ?? 0;
  // `وأشارت الدراسة، التي أجرتها مؤسسة بلومبيرغ لتمويل الطاقة الجديدة، إلى أن`: a document cue
  // lets the body that made the document be the source of its figures
  const documentCue = cues.find((c) => c.start >= sStart && c.start < sEnd && c.speaker.tag.startsWith('document'));
  const scan: SentenceScan = {
    relays: [],
    outlet: undefined,
    generic: undefined,
    body: undefined,
    sawCue: documentCue !== undefined,
    refersBack: undefined,
    cueText: documentCue ? text.slice(documentCue.start, documentCue.end) : '',
  };
  for (let i = from; i < to; i++) i = scanToken(tokens, i, from, to, text, registry, cues, scan);
  return concludeAttribution(tokens, from, to, sStart, sEnd, text, registry, cues, scan, documentCue);
}

/** Reads token `i` of the sentence [from, to) into `scan`; returns the last token it took (`i`, or the end of a name it read). */
function scanToken(tokens: readonly Token[], i: number, from: number, to: number, text: string, registry: SourceRegistry, cues: readonly CueMention[], scan: SentenceScan): number {
  const t = tokens[i]!;
  const relay = relayCues.matchAt(tokens, i, true);
  if (relay) {
    const hit = registry.at(tokens, relay.next);
    if (hit) {
      scan.relays.push(hit.entry.id);
      return hit.next - 1;
    }
  }
  // `أظهرت دراسة أجرتها جامعة أكسفورد أن`: the maker of a document named just before vouches for it
  if (!scan.body && i > from && makerVerbs.has(t.key) && (hasStem(documentWords, tokens[i - 1]) || (i - 2 >= from && hasStem(documentWords, tokens[i - 2])))) {
    documentMaker(tokens, i, to, text, registry, cues, scan);
  }
  const cue = attributionCues.matchAt(tokens, i, true);
  if (cue) attributionCue(tokens, i, cue.next, to, text, registry, cues, scan);
  const hit = registry.at(tokens, i);
  if (hit && hit.entry.kind !== 'outlet' && hit.entry.kind !== 'agency') return registeredBody(tokens, i, hit, from, text, scan);
  if (hit && !scan.outlet) return namedOutlet(tokens, i, hit, from, registry, scan);
  if (scan.sawCue && !scan.generic && t.kind === TokenKind.Arabic) {
    const rw = reportWords.matchAt(tokens, i, true);
    if (rw) scan.generic = { tag: rw.payload, label: GENERIC_LABELS[rw.payload]!, cue: scan.cueText, rule: `source-${rw.payload}` };
  }
  return i;
}

/** `أظهرت دراسة أجرتها جامعة أكسفورد أن`: the body after the maker verb at `i` is the sentence's body. */
function documentMaker(tokens: readonly Token[], i: number, to: number, text: string, registry: SourceRegistry, cues: readonly CueMention[], scan: SentenceScan): void {
  const t = tokens[i]!;
  const hit = registry.at(tokens, i + 1);
  const b = hit && hit.entry.kind !== 'outlet' && hit.entry.kind !== 'agency' ? { tag: hit.entry.kind, speaker: withoutProclitic(text.slice(tokens[i + 1]!.start, tokens[hit.next - 1]!.end)) } : bodyAfterCue(tokens, i + 1, Math.min(to, i + 3), text, cues);
  if (b) scan.body = clean({ tag: b.tag, label: registry.byId(b.tag)?.label ?? GENERIC_LABELS[b.tag] ?? b.tag, speaker: b.speaker, cue: text.slice(t.start, t.end), rule: 'source-document-maker' }) as Primary;
}

/** An attribution cue from token `i` to `next`: the cue is seen, a document it refers back to noted, a body right after it taken. */
function attributionCue(tokens: readonly Token[], i: number, next: number, to: number, text: string, registry: SourceRegistry, cues: readonly CueMention[], scan: SentenceScan): void {
  scan.sawCue = true;
  scan.cueText = text.slice(tokens[i]!.start, tokens[next - 1]!.end);
  const anaphor = documentAnaphors.get(tokens[next]?.key ?? '');
  if (anaphor) scan.refersBack = anaphor;
  if (!scan.body && !registry.at(tokens, next) && !reportWords.matchAt(tokens, next, true)) {
    const b = bodyAfterCue(tokens, next, to, text, cues);
    if (b) scan.body = clean({ tag: b.tag, label: registry.byId(b.tag)?.label ?? GENERIC_LABELS[b.tag] ?? b.tag, speaker: b.speaker, cue: scan.cueText, rule: 'source-body-after-cue' }) as Primary;
  }
}

/** A company, official body or research firm from the registry at token `i`; returns its last token. */
function registeredBody(tokens: readonly Token[], i: number, hit: SourceHit, from: number, text: string, scan: SentenceScan): number {
  // a company, official body or research firm named after a cue: its generic tag (not a place it
  // was said in: `على حسابها في "إنستغرام"`, `عبر تويتر`)
  const prev = tokens[i - 1]?.kind === TokenKind.Punct ? tokens[i - 2] : tokens[i - 1];
  const governed = (i > from && !!prev && PLACE_PREPOSITIONS.has(prev.key)) || GOVERNING_CLITICS.includes(hit.clitic);
  // (`اعتبر 73% من الفرنسيين أن ... (إيلاب).`: a research firm or body cited in parentheses)
  const cited = hit.entry.kind === 'experts' && isPunct(tokens[i - 1], '(') && isPunct(tokens[hit.next], ')');
  if (!scan.body && !governed && (scan.sawCue || cited || cueBefore(tokens, i, from))) {
    const t = tokens[i]!;
    scan.body = clean({ tag: hit.entry.kind, label: hit.entry.label, speaker: withoutProclitic(text.slice(t.start, tokens[hit.next - 1]!.end)), cue: scan.cueText, rule: 'source-registry-body' }) as Primary;
  }
  return hit.next - 1;
}

/** Proclitics that make a registered body the object of a preposition (`لشركة`, `بالبنك`): not who speaks. */
const GOVERNING_CLITICS: readonly string[] = ['ب', 'ل', 'ك', 'وب', 'ول'];

/** An outlet from the registry at token `i`, the sentence's first: its outlet when a cue or a descriptor goes with it; returns the last token it took. */
function namedOutlet(tokens: readonly Token[], i: number, hit: SourceHit, from: number, registry: SourceRegistry, scan: SentenceScan): number {
  // `دبي، الإمارات العربية المتحدة (CNN)--`: the byline of the dateline is the publisher, not a source
  if (isByline(tokens, i, hit.next)) return hit.next;
  // `وكالة الأنباء الإيرانية الرسمية "فارس"`: the name in quotation marks after a description is the outlet
  const named = isPunct(tokens[hit.next], QUOTE_OPENERS) ? (registry.at(tokens, hit.next + 1) ?? registry.quotedNameAt(tokens, hit.next + 1)) : undefined;
  const entry = named && (named.entry.kind === 'outlet' || named.entry.kind === 'agency') ? named.entry : hit.entry;
  // a named outlet counts with a cue or a descriptor before it in the sentence
  const described = i > from && descriptors.matchAt(tokens, i - 1, true) !== undefined;
  if (scan.sawCue || described || cueBefore(tokens, i, from)) {
    scan.outlet = { tag: entry.id, label: entry.label, cue: scan.cueText || undefined, rule: 'source-outlet' } as Primary;
  }
  return (entry === hit.entry ? hit.next : named!.next) - 1;
}

/** The sentence's attribution from what its tokens said (`scan`) and the article's speech cues in it. */
function concludeAttribution(
  tokens: readonly Token[],
  from: number,
  to: number,
  /** Where the sentence's first token starts and its last ends. */
  sStart: number,
  sEnd: number,
  text: string,
  registry: SourceRegistry,
  cues: readonly CueMention[],
  scan: SentenceScan,
  documentCue: CueMention | undefined,
): SentenceAttribution {
  const { relays, outlet, body, generic, refersBack, cueText } = scan;
  // an outlet that speaks in the sentence (`وتقول مؤسسة بلومبيرغ إن ...، موزعة بين 98 غيغاوات`) vouches for its figures outside the quote too
  // (a body it cites, `نقلا عن مسؤولين`, stays the innermost source, the outlet its relay)
  let speaking: SentenceAttribution['primary'];
  if (!outlet) {
    const outletCue = cues.find((c) => c.start >= sStart && c.start < sEnd && !c.speaker.tag.startsWith('document') && registry.byId(c.speaker.tag));
    if (outletCue) speaking = { tag: outletCue.speaker.tag, label: registry.byId(outletCue.speaker.tag)!.label, cue: text.slice(outletCue.start, outletCue.end), rule: 'source-outlet-speaks' };
  }
  // a person or body speaking is the innermost source; an outlet that reports it is a relay
  const speakerCue = cues.find((c) => c.start >= sStart && c.start < sEnd && !c.speaker.tag.startsWith('document') && !registry.byId(c.speaker.tag));
  // `وبحسب استطلاع أجرته جريدة "وول ستريت جورنال"، فإن 59% من الاقتصاديين يرون`: a share of a group
  // does not count itself; the survey's outlet or body named before it gives the figures
  const surveyed = speakerCue && (outlet ?? body) && shareOfSpeaker(tokens, from, to, speakerCue);
  if (surveyed) return { primary: clean((outlet ?? body)!), relays };
  if (speakerCue) {
    const outletRelays = outlet ? [outlet.tag, ...relays] : speaking ? [speaking.tag, ...relays] : relays;
    return { primary: fromSpeaker(speakerCue.speaker, text.slice(speakerCue.start, speakerCue.end), registry), relays: outletRelays };
  }
  if (outlet) return { primary: clean(outlet), relays };
  if (body) return { primary: body, relays: speaking ? [speaking.tag, ...relays] : relays };
  if (speaking) return { primary: speaking, relays };
  // a document named before by who issued it: `وتابع البيان أن` after `وأوردت الوزارة في بيان`
  if (documentCue?.speaker.maker) return { primary: fromSpeaker(documentCue.speaker.maker, cueText, registry), relays };
  // `أظهرت بيانات رسمية`: an official document
  if (officialDocument(tokens, from, to)) return { primary: { tag: 'officials', label: GENERIC_LABELS.officials!, cue: cueText, rule: 'source-official-document' }, relays };
  if (generic) return { primary: generic, relays };
  return refersBack ? { relays, refersBack } : { relays };
}

/** The cue's speaker is a group counted by a share before it: `59% من الاقتصاديين يرون`. */
function shareOfSpeaker(tokens: readonly Token[], from: number, to: number, cue: CueMention): boolean {
  const head = cue.speaker.name.split(/\s+/)[0];
  if (!head) return false;
  const key = matchKey(head);
  // (before the verb, `فإن 59% من الاقتصاديين يرون`, or after it, `اعتبر 73% من الفرنسيين أن`)
  for (let j = from + 1; j + 1 < to; j++) {
    if (tokens[j]!.key !== 'من' || tokens[j + 1]!.key !== key) continue;
    for (let b = j - 1; b >= Math.max(from, j - 3); b--) if (tokens[b]!.kind === TokenKind.Number) return true;
  }
  return false;
}

const QUOTE_OPENERS = '"«“';
const BYLINE_DASHES = /^[-–—]+$/;

function isPunct(t: Token | undefined, chars: string): boolean {
  return !!t && t.kind === TokenKind.Punct && chars.includes(t.key);
}

/** `(CNN)--`, `(CNN) –`: an outlet in parentheses before a dash, as a dateline's byline. */
function isByline(tokens: readonly Token[], start: number, next: number): boolean {
  if (!isPunct(tokens[start - 1], '(') || !isPunct(tokens[next], ')')) return false;
  const after = tokens[next + 1];
  return !!after && after.kind === TokenKind.Punct && BYLINE_DASHES.test(after.key);
}

/** The document nouns (`تقرير`) tokens from..to name, in any form (`التقرير`, `لبيان`); undefined when none. */
export function documentsIn(tokens: readonly Token[], from: number, to: number): string[] | undefined {
  let found: string[] | undefined;
  for (let j = from; j < to; j++) {
    const t = tokens[j]!;
    if (t.kind !== TokenKind.Arabic) continue;
    for (const p of DOCUMENT_PREFIXES) {
      if (!t.key.startsWith(p)) continue;
      const bare = t.key.slice(p.length);
      if (documentNouns.has(bare) && !found?.includes(bare)) (found ??= []).push(bare);
    }
  }
  return found;
}

/** A document described as official: `أظهرت بيانات رسمية`, `وفقا لإحصاءات حكومية`. */
function officialDocument(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from + 1; j < to; j++) if (officialAdjectives.has(tokens[j]!.key) && hasStem(documentWords, tokens[j - 1]!)) return true;
  return false;
}

function cueBefore(tokens: readonly Token[], i: number, from: number): boolean {
  for (let j = i - 1; j >= Math.max(from, i - 3); j--) if (attributionCues.matchAt(tokens, j, true)) return true;
  return false;
}

/** The object without its undefined fields (records carry no `"x": undefined`). */
function clean<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const k in o) if (o[k] !== undefined) out[k] = o[k];
  return out as T;
}

export function fromSpeaker(s: Speaker, cue: string, registry: SourceRegistry): NonNullable<SentenceAttribution['primary']> {
  const label = registry.byId(s.tag)?.label ?? GENERIC_LABELS[s.tag] ?? s.tag;
  return clean({ tag: s.tag, label, speaker: s.name, role: s.role, cue, rule: 'source-speaker' });
}

/** The final tag of a claim: its quote's speaker, else its sentence's attribution, else the publisher. */
export function tagClaim(
  quote: QuoteMention | undefined,
  sentence: SentenceAttribution,
  publisher: Publisher,
  registry: SourceRegistry,
): SourceTag {
  let primary = quote ? fromSpeaker(quote.speaker, quote.cue, registry) : sentence.primary;
  // the article's own reporter (`مراسلنا`, `وأضاف المراسل`) speaks for the publisher
  if (primary?.tag === 'publisher') primary = { ...primary, tag: publisher.id, label: publisher.label };
  if (!primary) {
    return { source: publisher.id, label: publisher.label, chain: [publisher.id], rules: [publisher.rule] };
  }
  const chain = [primary.tag];
  for (const r of sentence.relays) if (!chain.includes(r)) chain.push(r);
  if (publisher.id !== 'publisher' && !chain.includes(publisher.id)) chain.push(publisher.id);
  return clean({
    source: primary.tag,
    label: primary.label,
    speaker: primary.speaker,
    role: primary.role,
    cue: primary.cue,
    chain,
    rules: [quote ? 'source-quote-speaker' : primary.rule],
  }) as SourceTag;
}

export type { TextSpan };
