import type { SourceEntry } from '../../schemas/source.js';
import type { PreparedLexicon } from './lexicon/index.js';
import type { Speaker, Token, Tokenized } from './types.js';
import { breaksClause, isCapitalized } from './01-tokenize.js';
import { listPhraseAt } from './words.js';

/** Words inside a name run that are not part of the person's name. */
const TITLES = new Set(['mr', 'mr.', 'ms', 'ms.', 'mrs', 'mrs.', 'dr', 'dr.', 'sir', 'prof', 'prof.']);
/** Lower-case words that may sit inside a role (`chief financial officer`, `head of research at`). */
const ROLE_FILLERS = new Set([
  'financial', 'operating', 'technology', 'technical', 'marketing', 'product', 'executive', 'general', 'managing',
  'senior', 'deputy', 'former', 'of', 'and', 'at', 'the', 'ai', 'research', 'business', 'global', 'investment',
  'practitioner', 'its', 'company', "company's", 'firm', "firm's", 'group', 'vice', 'lead', 'principal', 'equity', 'tech',
]);
const SKIP_BEFORE_VERB = new Set([
  'also', 'later', 'previously', 'has', 'have', 'had', 'again', 'once', 'then', 'further', 'recently', 'separately', 'will', 'would', 'is', 'was',
]);

interface PersonMemo {
  readonly name: string;
  readonly source: string;
  readonly role?: string;
}

/** Resolves speaker noun phrases to a source tag and a name, remembering people across the article. */
export interface SpeakerResolver {
  /** The speaker whose noun phrase ends right before token `verb` (`Mark Zuckerberg said`, `analysts say`). */
  before(verb: number): Speaker | undefined;
  /** The speaker right after token `verb` (`said Lee`, `says investor Kai-Fu Lee`, `according to TechCrunch`). */
  after(verb: number): { speaker: Speaker; last: number } | undefined;
  /** The outlet a run of words names, if any. */
  outletAt(first: number): { entry: SourceEntry; last: number } | undefined;
  /** The main company of the article (the most frequent organisation name). */
  readonly company: string | undefined;
  /** The last person a pronoun can refer to, before a position. */
  lastPerson(before: number): Speaker | undefined;
  /** Notes that a person spoke at a position (for later pronouns). */
  spoke(at: number, speaker: Speaker): void;
}

export function speakerResolver(
  lex: PreparedLexicon,
  doc: Tokenized,
  outlets: readonly SourceEntry[],
): SpeakerResolver {
  const { tokens } = doc;
  const aliasList = outlets.flatMap((entry) =>
    entry.aliases.filter((a) => /[A-Za-z]/.test(a)).map((a) => ({ entry, words: a.toLowerCase().split(/\s+/) })),
  );
  // Aliases by their first word, and without a leading `the` (`the FT` also matches `FT`).
  const byFirst = new Map<string, Array<{ entry: SourceEntry; words: string[] }>>();
  for (const a of aliasList) {
    const variants = a.words[0] === 'the' && a.words.length > 1 ? [a.words, a.words.slice(1)] : [a.words];
    for (const words of variants) {
      const list = byFirst.get(words[0]!) ?? [];
      list.push({ entry: a.entry, words });
      byFirst.set(words[0]!, list);
    }
  }
  const people = new Map<string, PersonMemo>();
  let company: string | undefined;
  const mentions: Array<{ at: number; speaker: Speaker }> = [];

  const outletAt = (first: number): { entry: SourceEntry; last: number } | undefined => {
    const t = tokens[first];
    if (t === undefined) return undefined;
    let best: { entry: SourceEntry; last: number } | undefined;
    for (const a of byFirst.get(t.lower.replace(/['’]s$/, '')) ?? []) {
      const words = a.words;
      let ok = true;
      for (let k = 0; k < words.length && ok; k++) {
        const tk = tokens[first + k];
        ok = tk !== undefined && tk.sentence === t.sentence && tk.lower.replace(/['’]s$/, '') === words[k];
      }
      if (ok && (best === undefined || first + words.length - 1 > best.last)) best = { entry: a.entry, last: first + words.length - 1 };
    }
    return best;
  };

  const roleSource = (roleWords: readonly Token[]): { source: string; role: string } | undefined => {
    let source: string | undefined;
    for (const w of roleWords) {
      const tag = lex.raw.roleWords[w.lower.replace(/['’]s$/, '')];
      if (tag !== undefined && source === undefined) source = tag;
      else if (tag !== undefined && tag !== 'company' && source === 'company') source = tag;
    }
    if (source === undefined) return undefined;
    return { source, role: roleWords.map((w) => w.text).join(' ') };
  };

  const isPersonRun = (run: readonly Token[]): boolean =>
    run.some((t) => t.tags.has('Person') || t.tags.has('FirstName') || t.tags.has('LastName') || t.tags.has('MaleName') || t.tags.has('FemaleName'));

  const familyKey = (name: string): string => name.split(/\s+/).pop()!.toLowerCase().replace(/['’]s$/, '');

  /** Classifies a run of capitalised words (with its role words) as a speaker. */
  const classifyRun = (run: Token[], roleWords: Token[]): Speaker | undefined => {
    if (run.length === 0) return undefined;
    const first = run[0]!.i;
    const outlet = outletAt(first);
    if (outlet !== undefined && outlet.last >= run[run.length - 1]!.i) {
      return { source: tagOf(outlet.entry), label: textOf(tokens, first, outlet.last) };
    }
    // Split `Meta CEO Mark Zuckerberg` at its last role word.
    let cut = -1;
    run.forEach((t, n) => {
      if (lex.raw.roleWords[t.lower] !== undefined) cut = n;
    });
    const role = [...roleWords, ...(cut >= 0 ? run.slice(0, cut + 1) : [])];
    const nameRun = (cut >= 0 ? run.slice(cut + 1) : run).filter((t) => !TITLES.has(t.lower));
    if (nameRun.length === 0) return undefined;
    const name = textOf(tokens, nameRun[0]!.i, nameRun[nameRun.length - 1]!.i);
    const key = nameRun.map((t) => t.lower).join(' ');
    const memo = people.get(familyKey(name));
    const fromRole = roleSource(role);
    const person = fromRole !== undefined || isPersonRun(nameRun) || memo !== undefined;
    if (!person) {
      if (listPhraseAt(tokens, nameRun[0]!.i, lex.raw.officialBodies, nameRun[0]!.sentence) > 0 || lex.raw.officialBodies.some((p) => p.join(' ') === key)) {
        return { source: 'officials', label: name, name };
      }
      if (lex.raw.expertFirms.some((p) => p.join(' ') === key.replace(/['’]s$/, ''))) return { source: 'experts', label: name, name };
      return { source: 'company', label: name, name };
    }
    const full = memo !== undefined && memo.name.length > name.length && familyKey(memo.name) === familyKey(name) ? memo.name : name;
    const source = fromRole?.source ?? memo?.source ?? 'company';
    const roleText = fromRole?.role ?? memo?.role;
    if (memo === undefined || (fromRole !== undefined && memo.role === undefined) || full.length > memo.name.length) {
      people.set(familyKey(full), { name: full, source, ...(roleText !== undefined ? { role: roleText } : {}) });
    }
    return { source, label: full, name: full, ...(roleText !== undefined ? { role: roleText } : {}), person: true };
  };

  /** Capitalised run ending at token `end` (inclusive), within one clause. */
  const runEndingAt = (end: number): Token[] => {
    const run: Token[] = [];
    const sentence = tokens[end]!.sentence;
    for (let k = end; k >= 0; k--) {
      const t = tokens[k]!;
      if (t.sentence !== sentence || !(isCapitalized(t) || TITLES.has(t.lower))) break;
      if (k < end && breaksClause(t)) break;
      if (t.tags.has('Pronoun') || t.tags.has('Determiner') || t.tags.has('Preposition')) break;
      run.unshift(t);
    }
    return run;
  };

  /** Lower-case role words right before token `first` (`analyst`, `chief executive`, `Meta's chief financial officer`). */
  const roleBefore = (first: number): Token[] => {
    const words: Token[] = [];
    const sentence = tokens[first]?.sentence;
    for (let k = first - 1; k >= 0 && words.length < 6; k--) {
      const t = tokens[k]!;
      if (t.sentence !== sentence || breaksClause(t)) break;
      const bare = t.lower.replace(/['’]s$/, '');
      if (lex.raw.roleWords[bare] !== undefined || ROLE_FILLERS.has(bare) || (words.length > 0 && isCapitalized(t) && /['’]s$/.test(t.text))) {
        words.unshift(t);
      } else break;
    }
    return words.some((w) => lex.raw.roleWords[w.lower.replace(/['’]s$/, '')] !== undefined) ? words : [];
  };

  /** Role words of an appositive `, Toyota's managing director at Burnaston,` starting at token `from`. */
  const appositiveRole = (from: number, to: number): Token[] => {
    const words: Token[] = [];
    for (let k = from; k <= to; k++) {
      const t = tokens[k]!;
      if (lex.raw.roleWords[t.lower.replace(/['’]s$/, '')] !== undefined) words.push(t);
    }
    return words;
  };

  const groupAt = (k: number): Speaker | undefined => {
    const t = tokens[k]!;
    const sentence = t.sentence;
    for (let s = Math.max(0, k - 4); s <= k; s++) {
      const len = listPhraseAt(tokens, s, lex.raw.anonymousPhrases, sentence);
      if (len > 0 && s + len - 1 <= k + 3 && s + len - 1 >= k - 1) return { source: 'anonymous', label: textOf(tokens, s, s + len - 1) };
    }
    const tag = lex.raw.groupSpeakers[t.lower];
    if (tag !== undefined && !isCapitalizedMidSentence(tokens, k)) return { source: tag, label: t.text, name: t.text };
    for (const ref of lex.raw.companyReferences) {
      const s = k - ref.length + 1;
      if (s >= 0 && listPhraseAt(tokens, s, [ref], sentence) === ref.length) {
        return company !== undefined ? { source: 'company', label: company, name: company } : { source: 'company', label: textOf(tokens, s, k) };
      }
    }
    return undefined;
  };

  const before = (verb: number): Speaker | undefined => {
    const sentence = tokens[verb]!.sentence;
    let k = verb - 1;
    for (
      let skipped = 0;
      k >= 0 && skipped < 3 && (SKIP_BEFORE_VERB.has(tokens[k]!.lower) || (tokens[k]!.tags.has('Adverb') && /ly$/.test(tokens[k]!.lower))) && !breaksClause(tokens[k]!);
      k--, skipped++
    );
    if (k < 0 || tokens[k]!.sentence !== sentence) return undefined;
    const t = tokens[k]!;
    // `Dieter Kempf, head of the Federation of German Industries (BDI) said`
    if (!breaksClause(t) || /[()]/.test(t.post)) {
      for (let j = k - 1; j >= 0 && j >= k - 12; j--) {
        const tj = tokens[j]!;
        if (tj.sentence !== sentence) break;
        if (!/,/.test(tj.post)) continue;
        const role = appositiveRole(j + 1, k);
        const run = runEndingAt(j);
        if (role.length > 0 && run.length > 0 && (isPersonRun(run) || run.length >= 2)) return classifyRun(run, [...roleBefore(run[0]!.i), ...role]);
        break;
      }
    }
    if (breaksClause(t)) {
      // `Mark Zuckerberg, Meta's chief executive, said`: the name stands before the appositive.
      if (!/,/.test(t.post)) return undefined;
      for (let j = k - 1; j >= 0 && j >= k - 8; j--) {
        const tj = tokens[j]!;
        if (tj.sentence !== sentence) return undefined;
        if (/,/.test(tj.post)) {
          const run = runEndingAt(j);
          if (run.length === 0) return undefined;
          return classifyRun(run, [...roleBefore(run[0]!.i), ...appositiveRole(j + 1, k)]);
        }
      }
      return undefined;
    }
    if (lex.sets.personPronouns.has(t.lower)) return lastPerson(t.start);
    if ((t.lower === 'it' || t.lower === 'they') && company !== undefined) return { source: 'company', label: company, name: company };
    const group = groupAt(k);
    if (group !== undefined) return group;
    const run = runEndingAt(k);
    if (run.length === 0) return undefined;
    return classifyRun(run, roleBefore(run[0]!.i));
  };

  const after = (verb: number): { speaker: Speaker; last: number } | undefined => {
    const sentence = tokens[verb]!.sentence;
    let k = verb + 1;
    const roleWords: Token[] = [];
    // `says investor and AI practitioner Kai-Fu Lee`, `said analyst Dan Ives`
    while (k < tokens.length && tokens[k]!.sentence === sentence && roleWords.length < 6) {
      const t = tokens[k]!;
      const bare = t.lower.replace(/['’]s$/, '');
      if ((lex.raw.roleWords[bare] !== undefined || ROLE_FILLERS.has(bare)) && !t.tags.has('Person')) {
        roleWords.push(t);
        k++;
      } else break;
    }
    const t = tokens[k];
    if (t === undefined || t.sentence !== sentence) return undefined;
    if (lex.sets.personPronouns.has(t.lower)) {
      const p = lastPerson(t.start);
      return p === undefined ? undefined : { speaker: p, last: k };
    }
    const group = groupAt(k);
    if (group !== undefined && !isCapitalized(t)) return { speaker: group, last: k };
    for (const ref of lex.raw.companyReferences) {
      if (listPhraseAt(tokens, k, [ref], sentence) === ref.length) {
        const last = k + ref.length - 1;
        return { speaker: company !== undefined ? { source: 'company', label: company, name: company } : { source: 'company', label: textOf(tokens, k, last) }, last };
      }
    }
    for (let s = k; s <= k + 1; s++) {
      const len = listPhraseAt(tokens, s, lex.raw.anonymousPhrases, sentence);
      if (len > 0) return { speaker: { source: 'anonymous', label: textOf(tokens, s, s + len - 1) }, last: s + len - 1 };
      const rep = listPhraseAt(tokens, s, lex.raw.reportPhrases, sentence);
      if (rep > 0) return { speaker: { source: 'reports', label: textOf(tokens, s, s + rep - 1) }, last: s + rep - 1 };
    }
    // Outlet after an article: `according to a TechCrunch report`
    let o = k;
    if (['a', 'an', 'the'].includes(tokens[o]!.lower) && !isCapitalized(tokens[o]!)) o++;
    const outlet = outletAt(o);
    if (outlet !== undefined) {
      let last = outlet.last;
      if (tokens[last + 1]?.lower === 'report' || tokens[last + 1]?.lower === 'reporting') last++;
      return { speaker: { source: tagOf(outlet.entry), label: textOf(tokens, o, outlet.last) }, last };
    }
    if (group !== undefined) return { speaker: group, last: k };
    const run: Token[] = [];
    for (let j = k; j < tokens.length; j++) {
      const tj = tokens[j]!;
      if (tj.sentence !== sentence || !(isCapitalized(tj) || TITLES.has(tj.lower))) break;
      if (tj.tags.has('Pronoun') || tj.tags.has('Determiner')) break;
      run.push(tj);
      if (breaksClause(tj)) break;
    }
    if (run.length === 0) return undefined;
    let last = run[run.length - 1]!.i;
    let extra: Token[] = [];
    if (/,/.test(tokens[last]!.post)) {
      // `said Marvin Cooke, Toyota's managing director at Burnaston.`
      let end = last + 1;
      while (end < tokens.length && tokens[end]!.sentence === sentence && !breaksClause(tokens[end]!) && end - last < 8) end++;
      extra = appositiveRole(last + 1, Math.min(end, tokens.length - 1));
    }
    const speaker = classifyRun(run, [...roleWords, ...extra]);
    return speaker === undefined ? undefined : { speaker, last };
  };

  /** The nearest person before `pos`: a name known as a person's (family) name, else the last mention. */
  const lastPerson = (pos: number): Speaker | undefined => {
    let fallback: Speaker | undefined;
    for (let n = mentions.length - 1; n >= 0; n--) {
      if (mentions[n]!.at <= pos) {
        fallback = mentions[n]!.speaker;
        break;
      }
    }
    for (let k = lowerBoundStart(tokens, pos) - 1; k >= 0; k--) {
      const memo = people.get(tokens[k]!.lower.replace(/['’]s$/, ''));
      if (memo !== undefined) {
        return { source: memo.source, label: memo.name, name: memo.name, ...(memo.role !== undefined ? { role: memo.role } : {}), person: true };
      }
      if (fallback !== undefined && tokens[k]!.start < mentionsAt(fallback)) break;
    }
    return fallback;
  };
  const mentionsAt = (s: Speaker): number => mentions.find((m) => m.speaker === s)?.at ?? 0;

  const spoke = (at: number, speaker: Speaker): void => {
    if (speaker.person !== true) return;
    mentions.push({ at, speaker });
    mentions.sort((a, b) => a.at - b.at);
  };

  // Pre-scan: people named with a role anywhere (`chief executive Mark Zuckerberg tried to ...`).
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.tags.has('Honorific') || t.tags.has('Abbreviation') || /['’]s$/.test(t.text)) continue;
    if (!(t.tags.has('Person') || t.tags.has('LastName')) || (tokens[k + 1] !== undefined && tokens[k + 1]!.sentence === t.sentence && isCapitalized(tokens[k + 1]!) && !breaksClause(t))) continue;
    const run = runEndingAt(k);
    if (run.length === 0) continue;
    const s = classifyRun(run, roleBefore(run[0]!.i));
    if (s !== undefined && s.name !== undefined && s.source !== 'company') spoke(t.start, s);
    else if (s !== undefined && s.name !== undefined && isPersonRun(run)) spoke(t.start, s);
  }

  company = mainCompany(lex, tokens, people, aliasList.map((a) => a.words.join(' ')));

  return { before, after, outletAt, company, lastPerson, spoke };
}

/** Index of the first token starting at or after `pos` (binary search). */
export function lowerBoundStart(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function isCapitalizedMidSentence(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const first = k === 0 || tokens[k - 1]!.sentence !== t.sentence;
  return !first && /^[A-Z]/.test(t.text);
}

export function textOf(tokens: readonly Token[], first: number, last: number): string {
  let out = tokens[first]!.text;
  for (let k = first + 1; k <= last; k++) out += tokens[k - 1]!.post + tokens[k]!.text;
  return out;
}

const NOT_COMPANIES = new Set(['ai', 'us', 'u.s.', 'uk', 'eu', 'ceo', 'cfo', 'i', 'wall', 'street', 'silicon', 'valley', 'friday', 'monday', 'tuesday', 'wednesday', 'thursday', 'saturday', 'sunday']);

/** The article's main company: the capitalised word (not a person, place, date or outlet) seen most often. */
function mainCompany(
  lex: PreparedLexicon,
  tokens: readonly Token[],
  people: ReadonlyMap<string, PersonMemo>,
  outletAliases: readonly string[],
): string | undefined {
  const counts = new Map<string, { n: number; first: number; text: string }>();
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const bare = t.text.replace(/['’]s$/, '');
    const lower = bare.toLowerCase();
    if (!/^[A-Z][A-Za-z]+$/.test(bare) || NOT_COMPANIES.has(lower) || people.has(lower)) continue;
    const prev = tokens[k - 1];
    if (prev !== undefined && prev.sentence === t.sentence && /^[A-Z]/.test(prev.text) && !/['’]s$/.test(prev.text) && !/[,;:]/.test(prev.post) && prev.tags.has('ProperNoun')) continue;
    if (t.tags.has('Person') || t.tags.has('Place') || t.tags.has('Date') || t.tags.has('Pronoun') || t.tags.has('Determiner') || t.tags.has('Preposition') || t.tags.has('Conjunction')) continue;
    if (lex.sets.monthWords.has(lower) || outletAliases.includes(lower) || lex.raw.roleWords[lower] !== undefined) continue;
    const c = counts.get(bare);
    if (c === undefined) counts.set(bare, { n: 1, first: k, text: bare });
    else c.n++;
  }
  let best: { n: number; first: number; text: string } | undefined;
  for (const c of counts.values()) if (best === undefined || c.n > best.n || (c.n === best.n && c.first < best.first)) best = c;
  return best !== undefined && best.n >= 2 ? best.text : undefined;
}

/** A registered outlet or agency vouches under its id; a company, official body or research firm under its generic tag. */
export function tagOf(entry: { readonly id: string; readonly kind: string }): string {
  return entry.kind === 'outlet' || entry.kind === 'agency' ? entry.id : entry.kind;
}
