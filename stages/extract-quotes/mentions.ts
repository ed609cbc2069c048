/**
 * Organisation mentions across an article, so that `وأفادت الوزارة` or `وقالت الشركة القطرية`
 * resolves to the nearest organisation named before it with the same head (`وزارة السياحة`,
 * `الخطوط الجوية القطرية`), and the registry's bodies (`صندوق النقد الدولي`, `فيتش`) count too.
 */
import type { SourceEntry } from '../../schemas/source.js';
import { WordFilter, hasStem, keySet, stemIn } from '../lexicon-tools/phrase-index.js';
import { matchKey } from '../normalize-text/index.js';
import { wordCount, type QuoteMarks } from '../split-sentences/index.js';
import type { SourceHit, SourceRegistry } from '../tag-sources/registry.js';
import { stemForm, stemSignatures, TokenKind, type Token } from '../tokenize/index.js';
import { EXPERT_FIRM_WORDS, ORG_HEADS, ROLE_MARKERS, STATE_BODY_WORDS, type OrgHead } from './lexicon/speakers.js';

export interface OrgSpeaker {
  readonly name: string;
  readonly tag: string;
  readonly label?: string;
}

export interface OrgMention {
  /** Offset of the head word (after any proclitic). */
  readonly at: number;
  /** Token index after the mention. */
  readonly next: number;
  /** A registry entry (a company, an official body, a research firm or an outlet), not a name read after a head noun. */
  readonly registered?: true;
  /** A news outlet or agency: `الصحيفة`, `الوكالة` may refer back to it. */
  readonly outlet?: true;
  /** `company` for registry companies, else the head's name (`ministry`, `centre`). */
  readonly head: string;
  readonly speaker: OrgSpeaker;
}

const headOf = new Map<string, OrgHead>();
for (const h of ORG_HEADS) for (const f of h.forms) if (!headOf.has(matchKey(f))) headOf.set(matchKey(f), h);
const anaphorOf = new Map<string, OrgHead>();
for (const h of ORG_HEADS) for (const a of h.anaphors) if (!anaphorOf.has(matchKey(a))) anaphorOf.set(matchKey(a), h);
const headFilter = new WordFilter();
for (const k of headOf.keys()) headFilter.add(k);
const anaphorFilter = new WordFilter();
for (const k of anaphorOf.keys()) anaphorFilter.add(k);
/** Words that make a company a research or consulting firm (`شركة أبحاث السوق`): its tag is experts. */
const expertFirmWords = keySet(EXPERT_FIRM_WORDS);
const officialWords = keySet(ROLE_MARKERS.find((r) => r.tag === 'officials')!.forms.concat(STATE_BODY_WORDS));

/** The head a word starts (`لوزارة` -> ministry) and how many proclitic characters stand before it. */
function headAt(t: Token): { head: OrgHead; skip: number } | undefined {
  if (t.kind !== TokenKind.Arabic || !headFilter.mayHaveStem(t)) return undefined;
  const key = t.key;
  const h = headOf.get(key);
  if (h) return { head: h, skip: 0 };
  // (the clitic-stripped forms the filter lets through, in the order `stems` gives them)
  const more = t.stemSigs === undefined ? stemSignatures(key) : t.stemSigs;
  if (more === null) return undefined;
  for (let k = 0; k < more.length; k++) {
    if (!headFilter.marks(more[k]!)) continue;
    const s = stemForm(key, k);
    const hk = headOf.get(s);
    if (hk) return { head: hk, skip: Math.max(0, key.length - s.length) };
  }
  return undefined;
}

/** The source tag an organisation head implies (`جمعية` -> experts), if the word is one. */
export function orgHeadTag(t: Token | undefined): string | undefined {
  return t ? headAt(t)?.head.tag : undefined;
}

/** The anaphor head of a definite word (`الوزارة`, `والشركة`), if it is one. */
export function anaphorHead(t: Token | undefined): OrgHead | undefined {
  if (!t || t.kind !== TokenKind.Arabic || !anaphorFilter.mayHaveStem(t)) return undefined;
  const key = t.key;
  const h = anaphorOf.get(key);
  if (h) return h;
  // (the clitic-stripped forms the filter lets through, in the order `stems` gives them)
  return stemIn(anaphorOf, anaphorFilter, t);
}

/**
 * An organisation's speaker in the shape of every other speaker (see `speakerOf` in ./index.ts:
 * all fields present, in one order), so the code that reads speakers sees one hidden class.
 */
function orgSpeakerOf(name: string, tag: string, label: string | undefined): OrgSpeaker {
  const s: OrgSpeaker & { role: undefined; maker: undefined } = { name, role: undefined, tag, label, maker: undefined };
  return s;
}

/** A mention, always of one shape (absent flags undefined). */
function mentionOf(at: number, next: number, registered: true | undefined, outlet: true | undefined, head: string, speaker: OrgSpeaker): OrgMention {
  return { at, next, registered, outlet, head, speaker };
}

/** Heads whose definite form may refer back to a news outlet: `الوكالة`, `الصحيفة`. */
const OUTLET_ANAPHOR_HEADS = new Set(['agency', 'outlet']);

/** How many words an organisation's name may run after its head. */
const MAX_NAME_WORDS = 6;
/** Longest name in quotation marks read as part of a mention (`شركة "بال روبوتيكس"`). */
const MAX_MARKED_WORDS = 4;

/**
 * Every organisation mention in article order. `ends(j)` says that token `j` cannot continue a
 * name (a stop word, a complementizer, a speech cue).
 */
export function scanOrgMentions(
  text: string,
  tokens: readonly Token[],
  markAt: (offset: number) => QuoteMarks | undefined,
  registry: SourceRegistry,
  ends: (j: number) => boolean,
  entrySpeaker: (entry: SourceEntry, name: string) => OrgSpeaker,
): OrgMention[] {
  const out: OrgMention[] = [];
  const seenHeads = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== TokenKind.Arabic && t.kind !== TokenKind.Latin) continue;
    const reg = registry.at(tokens, i);
    if (reg) {
      out.push(registeredMention(text, tokens, i, reg, entrySpeaker));
      i = reg.next - 1;
      continue;
    }
    const h = headAt(t);
    if (h) i = headMention(text, tokens, i, h, markAt, registry, ends, entrySpeaker, out, seenHeads);
  }
  return out;
}

/** The mention of a source the registry names at token `i` (`reg`): a company or body, or an outlet. */
function registeredMention(text: string, tokens: readonly Token[], i: number, reg: SourceHit, entrySpeaker: (entry: SourceEntry, name: string) => OrgSpeaker): OrgMention {
  const t = tokens[i]!;
  const k = reg.entry.kind;
  // (`للأناضول`: ل on a name with the article is written over its ا; the name is `الأناضول`)
  // (the index reports no clitic there: its form and the token have the same length)
  const lam = reg.clitic === '' && t.key.startsWith('لل') && !reg.entry.aliases.some((a) => matchKey(a).startsWith('لل'));
  const speaker = entrySpeaker(reg.entry, lam ? `ال${text.slice(t.start + 2, tokens[reg.next - 1]!.end)}` : text.slice(t.start + reg.clitic.length, tokens[reg.next - 1]!.end));
  // `صندوق النقد الدولي` is a fund: `الصندوق` refers back to it
  if (k === 'company' || k === 'officials' || k === 'experts') return mentionOf(t.start, reg.next, true, undefined, k === 'company' ? 'company' : (headAt(t)?.head.head ?? reg.entry.id), speaker);
  return mentionOf(t.start, reg.next, true, true, 'outlet', speaker);
}

/**
 * The mention an organisation noun at token `i` heads (`h`: `وزارة السياحة`, `شركة "بال روبوتيكس"`),
 * pushed onto `out` unless it is an anaphor of one already seen (`seenHeads`); returns the last token
 * it took (`i` when none). (The registry's names and the heads are functions of their own, not the
 * body of scanOrgMentions' loop, which asks about every token: a rare turn of either threw the
 * compiled loop away.)
 */
function headMention(
  text: string,
  tokens: readonly Token[],
  i: number,
  h: NonNullable<ReturnType<typeof headAt>>,
  markAt: (offset: number) => QuoteMarks | undefined,
  registry: SourceRegistry,
  ends: (j: number) => boolean,
  entrySpeaker: (entry: SourceEntry, name: string) => OrgSpeaker,
  out: OrgMention[],
  seenHeads: Set<string>,
): number {
  const t = tokens[i]!;
  const definite = t.key.slice(h.skip).startsWith('ال');
  // the name: words after the head up to a break, or a short name in quotation marks
  let last = i;
  let registered: SourceEntry | undefined;
  let official = false;
  let central = false;
  let research = false;
  let bareFirst = false;
  /** The name in quotation marks, the most specific name there is: `بال روبوتيكس`. */
  let marked: string | undefined;
  for (let j = i + 1; j < tokens.length && j - i <= MAX_NAME_WORDS; j++) {
    const w = tokens[j]!;
    const mark = markAt(w.start);
    if (mark) {
      const words = wordCount(text, mark.start, mark.end);
      if (words === 0 || words > MAX_MARKED_WORDS) break;
      let k = j + 1;
      while (k < tokens.length && tokens[k]!.start < mark.end + (mark.closed ? 1 : 0)) k++;
      last = k - 1;
      const inner = registry.at(tokens, j + 1);
      if (inner) registered = inner.entry;
      marked = text.slice(mark.start, mark.end).trim();
      break;
    }
    if (w.kind !== TokenKind.Arabic && w.kind !== TokenKind.Latin) break;
    if (ends(j)) break;
    const reg2 = registry.at(tokens, j);
    if (reg2) {
      if (reg2.entry.kind === 'outlet' || reg2.entry.kind === 'agency') break;
      registered = reg2.entry;
      last = reg2.next - 1;
      j = last;
      continue;
    }
    // `وزارة السياحة ارتفاع`: after a definite word only definite words and ل-constructs continue
    // the name; after a bare name (`شركة أمازون`, `مؤسسة آي دي سي`) at most three words
    const bare: boolean = j === i + 1 ? !w.key.startsWith('ال') : bareFirst;
    if (j === i + 1) bareFirst = bare;
    else if (!bare && !w.key.startsWith('ال') && !w.key.startsWith('ل')) break;
    else if (bare && j - i > 3) break;
    if (hasStem(officialWords, w)) official = true;
    if (w.key === 'المركزي' || w.key === 'المركزيه') central = true;
    if (hasStem(expertFirmWords, w)) research = true;
    last = j;
  }
  if (last === i) return i;
  // `الشركة القطرية` after an earlier company mention is an anaphor, not a new mention
  if (definite && seenHeads.has(h.head.head)) return i;
  seenHeads.add(h.head.head);
  const name = marked ?? text.slice(t.start + h.skip, tokens[last]!.end);
  let tag: string = h.head.tag;
  if (registered && (registered.kind === 'company' || registered.kind === 'officials' || registered.kind === 'experts')) tag = registered.kind;
  else if (official && tag === 'experts') tag = 'officials';
  else if (central && tag === 'company') tag = 'officials';
  else if (research && tag === 'company') tag = 'experts';
  // `وكالة "بلومبرغ" الأميركية`: an agency head that names a registered outlet is that outlet
  if (h.head.head === 'outlet' || (registered && (registered.kind === 'outlet' || registered.kind === 'agency'))) {
    // `صحيفة التايمز`: an outlet the registry does not know; its figures stand as unnamed reports
    const speaker = registered ? entrySpeaker(registered, name) : orgSpeakerOf(name, 'reports', undefined);
    out.push(mentionOf(t.start, last + 1, undefined, true, 'outlet', speaker));
    return last;
  }
  out.push(mentionOf(t.start, last + 1, undefined, undefined, tag === 'company' ? 'company' : h.head.head, orgSpeakerOf(name, tag, registered ? registered.label : undefined)));
  return last;
}

/**
 * The organisation an anaphor (`الوزارة`, `الشركة`) refers to: the nearest mention before `offset`
 * with the same head; a company anaphor takes any company.
 */
export function resolveOrgAnaphor(mentions: readonly OrgMention[], head: OrgHead, offset: number): OrgSpeaker | undefined {
  const wantCompany = head.tag === 'company';
  for (let m = mentions.length - 1; m >= 0; m--) {
    const x = mentions[m]!;
    if (x.at >= offset) continue;
    // `وتقول الوكالة الأميركية`, `وبحسب الصحيفة`: the outlet named last, when it is nearer than any other candidate
    if (x.outlet) {
      if (OUTLET_ANAPHOR_HEADS.has(head.head)) return x.speaker;
      continue;
    }
    if (wantCompany ? x.speaker.tag === 'company' : x.head === head.head) return x.speaker;
  }
  return undefined;
}
