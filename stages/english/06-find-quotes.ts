import type { PreparedLexicon } from './lexicon/index.js';
import type { QuoteDraft, Speaker, Token, Tokenized } from './types.js';
import { lowerBoundStart, type SpeakerResolver } from './speakers.js';
import { breaksClause, isCapitalized } from './01-tokenize.js';

interface Marks {
  readonly open: number;
  readonly close: number;
}

/** Gap allowed between a closing mark and its cue (`," said`). */
const AFTER_GAP = /^[\s,;:\u2014\u2013-]{0,4}$/;
/** Gap allowed between a cue and an opening mark (`said: "`, `said, "`). */
const BEFORE_GAP = /^[\s,:\u2014\u2013-]{0,4}$/;
const OBJECT_REACH = 6;
const SUBORDINATORS = new Set(['and', 'but', 'though', 'although', 'while', 'whereas', 'as']);
const NOT_CLAUSE_START = new Set(['in', 'on', 'at', 'to', 'by', 'for', 'with', 'of', 'from', 'during', 'after', 'before', 'last', 'this', 'yesterday', 'today', 'earlier', 'later', 'so']);

/**
 * Finds quotes: `direct` (words in "..." or “...” that a cue ties to a speaker: `," Zuckerberg
 * said`, `said: "`, `called it "..."`) and `indirect` (`X says CLAUSE`, `X told analysts that
 * CLAUSE`, `CLAUSE, X said`, `, adding that CLAUSE`). Scare quotes and titles with no cue are not
 * quotes; `according to X` is an attribution, not a quote.
 */
export function findQuotes(lex: PreparedLexicon, doc: Tokenized, text: string, speakers: SpeakerResolver): QuoteDraft[] {
  const { tokens } = doc;
  const marks = pairMarks(text);
  const direct: QuoteDraft[] = [];
  const sentenceSpeaker = new Map<number, Speaker>();
  const firstTokenFrom = (pos: number): number => lowerBoundStart(tokens, pos);

  for (const m of marks) {
    const content = trimContent(text, m.open + 1, m.close);
    if (content === undefined) continue;
    const inner = firstTokenFrom(content.start);
    const sentence = tokens[inner]?.sentence;
    if (sentence === undefined) continue;
    const found = cueAfter(lex, tokens, text, m, speakers) ?? cueBefore(lex, tokens, text, m, speakers, sentenceSpeaker, marks);
    if (found === undefined) continue;
    speakers.spoke(m.open, found.speaker);
    sentenceSpeaker.set(tokens[found.verb]!.sentence, found.speaker);
    direct.push({
      kind: 'direct',
      start: content.start,
      end: content.end,
      cue: found.cue,
      speaker: found.speaker,
      sentence: tokens[found.verb]!.sentence,
      rules: [found.rule],
    });
  }

  const insideMarks = (pos: number): boolean => marks.some((m) => pos > m.open && pos < m.close);
  const directOverlaps = (start: number, end: number): boolean => marks.some((m) => m.open < end && m.close >= start);
  const indirect: QuoteDraft[] = [];
  for (let v = 0; v < tokens.length; v++) {
    const t = tokens[v]!;
    const speech = lex.sets.speechVerbs.has(t.lower);
    const thatOnly = lex.sets.thatOnlyVerbs.has(t.lower);
    const chain = lex.sets.chainParticiples.has(t.lower);
    if (!(speech || thatOnly || chain) || insideMarks(t.start)) continue;
    if (!t.tags.has('Verb') && !chain) continue;
    const sentence = doc.sentences[t.sentence]!;
    let speaker: Speaker | undefined;
    if (chain) {
      if (v === 0 || !/,/.test(tokens[v - 1]!.post)) continue;
      speaker = sentenceSpeaker.get(t.sentence);
      if (speaker === undefined) {
        // `He went on to compare ..., noting that ...`: the subject of the sentence's first verb.
        for (let f = sentence.first + 1; f < v; f++) {
          if (tokens[f]!.tags.has('Verb')) {
            speaker = speakers.before(f);
            break;
          }
        }
      }
    } else {
      speaker = speakers.before(v);
      // `..., and noted that`: the sentence's speaker goes on.
      if (speaker === undefined && v > 0 && ['and', 'but'].includes(tokens[v - 1]!.lower)) speaker = sentenceSpeaker.get(t.sentence);
    }

    // Forward: `X says CLAUSE`, `X told analysts that CLAUSE`.
    let contentFirst: number | undefined;
    let cue = t.text;
    const particle = lex.raw.particleVerbs[t.lower];
    let k = v + 1;
    if (particle !== undefined && tokens[k]?.lower === particle) k++;
    for (let j = k; j < sentence.last && j <= k + OBJECT_REACH; j++) {
      const tj = tokens[j]!;
      if (tj.lower === 'that' && j + 1 < sentence.last) {
        contentFirst = j + 1;
        cue = j - v <= 4 ? textSpan(text, t, tj) : `${t.text} ... that`;
        break;
      }
      if (breaksClause(tj) && !/^,\s*$/.test(tj.post)) break;
      if (tj.tags.has('Verb') && !tj.tags.has('Gerund')) break;
    }
    if (contentFirst === undefined && speech && !chain && !['told', 'tells', 'tell', 'asked'].includes(t.lower) && k < sentence.last && !breaksClause(tokens[k - 1]!)) {
      const next = tokens[k]!;
      const relative = v >= 2 && ['which', 'that', 'what'].includes(tokens[v - 2]!.lower);
      if (!NOT_CLAUSE_START.has(next.lower) && (relative || isCapitalized(next) || next.tags.has('Noun') || next.tags.has('Pronoun') || next.tags.has('Determiner') || next.tags.has('Value') || next.tags.has('Adjective'))) {
        contentFirst = k;
      }
    }
    if (contentFirst !== undefined && speaker !== undefined) {
      const end = clauseEnd(lex, tokens, contentFirst, sentence.last);
      const span = contentSpan(text, tokens, contentFirst, end);
      if (span !== undefined && !directOverlaps(span.start, span.end) && hasVerb(tokens, contentFirst, end)) {
        indirect.push({ kind: 'indirect', ...span, cue, speaker, sentence: t.sentence, rules: [chain ? 'en-quote-chain' : 'en-quote-indirect'] });
        sentenceSpeaker.set(t.sentence, speaker);
        speakers.spoke(t.start, speaker);
        continue;
      }
    }
    if (!(speech || thatOnly) || chain) continue;
    // Inverted: `CLAUSE, X said ...` or `CLAUSE, said X.`
    let subjectFirst: number | undefined;
    let inverted: Speaker | undefined;
    if (v > sentence.first && /,/.test(tokens[v - 1]!.post) && !/[”"]/.test(tokens[v - 1]!.post)) {
      const a = speakers.after(v);
      if (a !== undefined) {
        inverted = a.speaker;
        subjectFirst = v;
      }
    } else if (speaker !== undefined) {
      // find where the subject starts: the token after the last comma before the verb
      for (let j = v - 1; j > sentence.first; j--) {
        if (/,/.test(tokens[j - 1]!.post)) {
          if (/[”"]/.test(tokens[j - 1]!.post)) break;
          subjectFirst = j;
          break;
        }
        if (v - j > 6) break;
      }
      inverted = speaker;
    }
    if (subjectFirst === undefined || inverted === undefined) continue;
    const span = contentSpan(text, tokens, sentence.first, subjectFirst - 1);
    if (span === undefined || directOverlaps(span.start, span.end) || !hasVerb(tokens, sentence.first, subjectFirst - 1)) continue;
    if (tokens.slice(sentence.first, subjectFirst).some((tk) => tk.lower === 'according')) continue;
    indirect.push({ kind: 'indirect', ...span, cue: t.text, speaker: inverted, sentence: t.sentence, rules: ['en-quote-inverted'] });
    sentenceSpeaker.set(t.sentence, inverted);
    speakers.spoke(t.start, inverted);
  }
  return [...direct, ...indirect].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Most paragraphs a quote may run across without a closing mark. */
const MAX_QUOTE_PARAGRAPHS = 5;

/**
 * Pairs quotation marks: “ with ”, straight " marks in turn. A quote may run across paragraphs
 * (English news closes it only at the end of the last one); an opening mark at the start of a
 * continued paragraph is a continuation, not a close. A mark left open for more than
 * MAX_QUOTE_PARAGRAPHS paragraphs is dropped.
 */
export function pairMarks(text: string): Marks[] {
  const out: Marks[] = [];
  let open = -1;
  let curly = false;
  let openLine = 0;
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      line++;
      lineStart = i + 1;
      if (open >= 0 && line - openLine > MAX_QUOTE_PARAGRAPHS) open = -1;
      continue;
    }
    if (c !== 0x22 && c !== 0x201c && c !== 0x201d) continue;
    if (open < 0) {
      if (c !== 0x201d) {
        open = i;
        curly = c === 0x201c;
        openLine = line;
      }
      continue;
    }
    const atLineStart = text.slice(lineStart, i).trim() === '';
    if (atLineStart && openLine < line && c !== 0x201d) continue; // a continued paragraph's opening mark
    if ((c === 0x201d && curly) || (c === 0x22 && !curly)) {
      out.push({ open, close: i });
      open = -1;
    } else if (c !== 0x201d) {
      // an unmatched earlier mark: start again here
      open = i;
      curly = c === 0x201c;
      openLine = line;
    }
  }
  return out;
}

function trimContent(text: string, start: number, end: number): { start: number; end: number } | undefined {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,;:.]/.test(text[end - 1]!)) end--;
  return end - start >= 2 ? { start, end } : undefined;
}


interface Cue {
  readonly speaker: Speaker;
  readonly verb: number;
  readonly cue: string;
  readonly rule: string;
}

function cueAfter(lex: PreparedLexicon, tokens: readonly Token[], text: string, m: Marks, speakers: SpeakerResolver): Cue | undefined {
  const k = lowerBoundStart(tokens, m.close + 1);
  const t = tokens[k];
  if (t === undefined || !AFTER_GAP.test(text.slice(m.close + 1, t.start)) || text.slice(m.close + 1, t.start).includes('\n')) return undefined;
  // `... captive." Moscow has stressed`: after a full stop inside the marks, a capital starts a new sentence.
  if (/[.!?]/.test(text[m.close - 1] ?? '') && /^[A-Z]/.test(t.text) && !lex.sets.speechVerbs.has(t.lower)) return undefined;
  if (lex.sets.speechVerbs.has(t.lower)) {
    const a = speakers.after(k);
    if (a !== undefined) return { speaker: a.speaker, verb: k, cue: t.text, rule: 'en-quote-direct-verb-speaker' };
  }
  if (t.lower === 'according' && tokens[k + 1]?.lower === 'to') {
    const a = speakers.after(k + 1);
    if (a !== undefined) return { speaker: a.speaker, verb: k, cue: 'according to', rule: 'en-quote-direct-according' };
  }
  for (let v = k; v < tokens.length && v <= k + 14; v++) {
    const tv = tokens[v]!;
    if (tv.sentence !== t.sentence) break;
    if (!lex.sets.speechVerbs.has(tv.lower) && !speakerish(lex, tv)) break;
    if (lex.sets.speechVerbs.has(tv.lower)) {
      const s = speakers.before(v);
      if (s !== undefined) return { speaker: s, verb: v, cue: tv.text, rule: 'en-quote-direct-speaker-verb' };
      break;
    }
    if (tv.tags.has('Verb') && !['has', 'have', 'had', 'is', 'was'].includes(tv.lower)) break;
    if (/[.!?]/.test(tv.post) && !/^[A-Z]\.?$|^[A-Z]{2,}$/.test(tv.text)) break;
  }
  return undefined;
}

function cueBefore(
  lex: PreparedLexicon,
  tokens: readonly Token[],
  text: string,
  m: Marks,
  speakers: SpeakerResolver,
  sentenceSpeaker: ReadonlyMap<number, Speaker>,
  marks: readonly Marks[],
): Cue | undefined {
  const k = lowerBoundStart(tokens, m.open) - 1;
  const b = tokens[k];
  const inner = tokens[k + 1];
  if (b === undefined || inner === undefined || inner.sentence !== b.sentence) return undefined;
  if (!BEFORE_GAP.test(text.slice(b.end, m.open))) return undefined;
  const sentence = b.sentence;
  for (let v = k; v >= 0 && v >= k - 10; v--) {
    const tv = tokens[v]!;
    if (tv.sentence !== sentence) break;
    if (v < k && marks.some((o) => o.close > tv.end && o.close < m.open && o.open > tv.start)) break;
    const w = tv.lower;
    if (w === 'according' && tokens[v + 1]?.lower === 'to') {
      const a = speakers.after(v + 1);
      if (a !== undefined) return { speaker: a.speaker, verb: v, cue: 'according to', rule: 'en-quote-direct-according' };
    }
    if (lex.sets.chainParticiples.has(w) && v > 0 && /,/.test(tokens[v - 1]!.post)) {
      const s = sentenceSpeaker.get(sentence);
      if (s !== undefined) return { speaker: s, verb: v, cue: tv.text, rule: 'en-quote-direct-chain' };
    }
    if (lex.sets.speechVerbs.has(w) || lex.sets.viewVerbs.has(w) || lex.sets.thatOnlyVerbs.has(w)) {
      const s = speakers.before(v) ?? (v === k ? speakers.after(v)?.speaker : undefined);
      if (s !== undefined) return { speaker: s, verb: v, cue: tv.text, rule: lex.sets.viewVerbs.has(w) ? 'en-quote-direct-view' : 'en-quote-direct-before' };
    }
  }
  return undefined;
}

/** A word that can stand in a speaker's noun phrase (`Mr Clark`, `the company`, `Meta's chief executive`). */
function speakerish(lex: PreparedLexicon, t: Token): boolean {
  const bare = t.lower.replace(/['’]s$/, '');
  return isCapitalized(t) || t.tags.has('Adverb') || lex.sets.personPronouns.has(t.lower) || lex.raw.groupSpeakers[t.lower] !== undefined ||
    lex.raw.roleWords[bare] !== undefined || ['the', 'its', 'also', 'has', 'have', 'had', 'later', 'company', 'firm', 'group', 'financial', 'operating', 'executive', 'chief', 'of', 'at'].includes(bare);
}

/** The last token of an indirect quote's clause: the sentence end, or before `, adding that`/`, X said`. */
function clauseEnd(lex: PreparedLexicon, tokens: readonly Token[], first: number, last: number): number {
  for (let j = first; j < last - 1; j++) {
    const tj = tokens[j]!;
    if (!/,/.test(tj.post)) continue;
    const next = tokens[j + 1]!;
    if (lex.sets.chainParticiples.has(next.lower) || next.lower === 'according') return j;
    // `, and noted that ...`, `, though critics argue ...`: another speech clause starts.
    if (SUBORDINATORS.has(next.lower)) {
      for (let n = j + 2; n <= j + 4 && n < last; n++) {
        const w = tokens[n]!.lower;
        if (lex.sets.speechVerbs.has(w) || lex.sets.thatOnlyVerbs.has(w)) return j;
      }
    }
    if (/;/.test(tj.post)) return j;
  }
  return last - 1;
}

function contentSpan(text: string, tokens: readonly Token[], first: number, last: number): { start: number; end: number } | undefined {
  if (last < first) return undefined;
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  return end > start ? { start, end } : undefined;
}

function hasVerb(tokens: readonly Token[], first: number, last: number): boolean {
  for (let j = first; j <= last; j++) if (tokens[j]!.tags.has('Verb')) return true;
  return false;
}

function textSpan(text: string, a: Token, b: Token): string {
  return text.slice(a.start, b.end);
}
