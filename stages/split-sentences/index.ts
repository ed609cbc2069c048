/**
 * split-sentences: paragraphs, sentences and quotation spans over the normalized text.
 * Sentences end at `.` `؟` `?` `!` `؛` and line breaks; never inside a number (`47.5`),
 * never inside quotation marks that open and close within the paragraph.
 */
import type { Token } from '../tokenize/index.js';

export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

export interface QuoteMarks {
  /** Span of the content, inside the marks. */
  readonly start: number;
  readonly end: number;
  /** Offset of the opening mark; the closing mark is at `end` when `closed`. */
  readonly open: number;
  readonly closed: boolean;
}

export interface Segmentation {
  readonly paragraphs: TextSpan[];
  readonly sentences: TextSpan[];
  readonly quotes: QuoteMarks[];
}

// Code units the scanners below look at, one table lookup each (no one-character strings made).
const QUOTE = 0x22; // "
const GUILLEMET_OPEN = 0xab; // «
const GUILLEMET_CLOSE = 0xbb; // »
const CURLY_OPEN = 0x201c; // “
const CURLY_CLOSE = 0x201d; // ”
/** The closing mark of each opening one. */
const CLOSER_OF = new Map<number, number>([
  [GUILLEMET_OPEN, GUILLEMET_CLOSE],
  [CURLY_OPEN, CURLY_CLOSE],
  [QUOTE, QUOTE],
]);
/** The quotation marks `findQuoteMarks` pairs, so its scan turns every other code unit away with one lookup. */
const MARK = new Uint8Array(0x10000);
for (const c of [QUOTE, GUILLEMET_OPEN, GUILLEMET_CLOSE, CURLY_OPEN, CURLY_CLOSE]) MARK[c] = 1;
/** Exactly the code units `/\s/` matches (and `String.prototype.trim` removes). */
const SPACE = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (/\s/.test(String.fromCharCode(c))) SPACE[c] = 1;
const isSpace = (c: number): boolean => SPACE[c] === 1;
/** What ends a sentence: `.` `؟` `?` `!` `؛`. */
const TERMINATOR = new Uint8Array(0x10000);
for (const ch of '.؟?!؛') TERMINATOR[ch.charCodeAt(0)] = 1;
/** What a sentence end absorbs after it: more terminators and a closing quotation mark (`/[.؟?!؛»”"]/`). */
const ABSORBED = new Uint8Array(0x10000);
for (const ch of '.؟?!؛»”"') ABSORBED[ch.charCodeAt(0)] = 1;
const isArabicLetter = (c: number): boolean => c >= 0x0621 && c <= 0x064a;

/**
 * Where `scanParagraph` puts the offsets of a paragraph's quotation marks (`marks`) and sentence
 * terminators (`stops`), in text order, and how many of each; reused from paragraph to paragraph.
 * The paragraph's code units are looked at once for both: pairing the marks and splitting the
 * sentences each scanned every code unit of it before.
 */
const offsets: { marks: Int32Array; markCount: number; stops: Int32Array; stopCount: number } = { marks: new Int32Array(64), markCount: 0, stops: new Int32Array(256), stopCount: 0 };
/** `MARK` and `TERMINATOR` in one table, for `scanParagraph`. */
const SCANNED = new Uint8Array(0x10000);
const IS_MARK = 1;
const IS_STOP = 2;
for (let c = 0; c < 0x10000; c++) SCANNED[c] = MARK[c] === 1 ? IS_MARK : TERMINATOR[c] === 1 ? IS_STOP : 0;

/** Fills `offsets` with the paragraph's marks and terminators. */
function scanParagraph(text: string, from: number, to: number): void {
  let marks = offsets.marks;
  let stops = offsets.stops;
  let markCount = 0;
  let stopCount = 0;
  for (let i = from; i < to; i++) {
    const seen = SCANNED[text.charCodeAt(i)]!;
    if (seen === 0) continue;
    if (seen === IS_MARK) {
      if (markCount === marks.length) marks = grownOffsets(marks);
      marks[markCount++] = i;
    } else {
      if (stopCount === stops.length) stops = grownOffsets(stops);
      stops[stopCount++] = i;
    }
  }
  offsets.marks = marks;
  offsets.stops = stops;
  offsets.markCount = markCount;
  offsets.stopCount = stopCount;
}

function grownOffsets(offsets: Int32Array): Int32Array {
  const bigger = new Int32Array(offsets.length * 2);
  bigger.set(offsets);
  return bigger;
}

/** Pairs quotation marks inside one paragraph. `«»` and `“”` nest; `"` alternates. An unclosed mark runs to the paragraph's end. */
export function findQuoteMarks(text: string, from: number, to: number): QuoteMarks[] {
  scanParagraph(text, from, to);
  return pairQuoteMarks(text, from, to);
}

/** `findQuoteMarks` on the marks `scanParagraph` found between `from` and `to`. */
function pairQuoteMarks(text: string, from: number, to: number): QuoteMarks[] {
  const found: QuoteMarks[] = [];
  const stack: { mark: number; at: number }[] = [];
  const { marks, markCount } = offsets;
  for (let m = 0; m < markCount; m++) {
    const i = marks[m]!;
    const ch = text.charCodeAt(i);
    if (ch === QUOTE) {
      const top = stack[stack.length - 1];
      if (top && top.mark === QUOTE && opensQuote(text, i, from) && afterSentenceEnd(text, i, top.at + 1)) {
        // `"250 جهة ... الالكترونية. "لدينا 50 محلا ..."`: a quotation never closed, then a new one;
        // the first ends with its last sentence, and the new mark opens (not closes) a quotation
        stack.pop();
        found.push({ start: top.at + 1, end: lastSentenceEnd(text, top.at + 1, i), open: top.at, closed: false });
        stack.push({ mark: QUOTE, at: i });
      } else if (top && top.mark === QUOTE) {
        stack.pop();
        found.push({ start: top.at + 1, end: i, open: top.at, closed: true });
      } else stack.push({ mark: QUOTE, at: i });
    } else if (ch === GUILLEMET_OPEN || ch === CURLY_OPEN) {
      stack.push({ mark: ch, at: i });
    } else if (ch === GUILLEMET_CLOSE || ch === CURLY_CLOSE) {
      // close the nearest matching opener; marks opened inside it and left open are dropped
      for (let k = stack.length - 1; k >= 0; k--) {
        if (CLOSER_OF.get(stack[k]!.mark) === ch) {
          const opener = stack[k]!;
          stack.length = k;
          found.push({ start: opener.at + 1, end: i, open: opener.at, closed: true });
          break;
        }
      }
    }
  }
  // Unclosed: the outermost one runs to the end of the paragraph.
  const outer = stack[0];
  if (outer) {
    let end = to;
    while (end > outer.at + 1 && isSpace(text.charCodeAt(end - 1))) end--;
    found.push({ start: outer.at + 1, end, open: outer.at, closed: false });
  }
  // most paragraphs have no mark or marks already in order; sort (a call that costs more than the
  // scan of a short paragraph) only when a nested quotation closed before the one around it
  return inOrder(found) ? found : found.sort((a, b) => a.open - b.open);
}

function inOrder(found: readonly QuoteMarks[]): boolean {
  for (let k = 1; k < found.length; k++) if (found[k - 1]!.open > found[k]!.open) return false;
  return true;
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** A straight mark that can only open: after a space (or the paragraph's start), before a word. */
function opensQuote(text: string, i: number, from: number): boolean {
  const next = text.charCodeAt(i + 1);
  return (i === from || isSpace(text.charCodeAt(i - 1))) && !Number.isNaN(next) && !isSpace(next) && TERMINATOR[next] !== 1 && next !== 0x2c && next !== 0x60c;
}

/** The mark at `i` stands right after a sentence end and a space (`الالكترونية. "لدينا`), not after a word (`إذا قلنا "`). */
function afterSentenceEnd(text: string, i: number, from: number): boolean {
  let k = i - 1;
  while (k >= from && isSpace(text.charCodeAt(k))) k--;
  return k >= from && k < i - 1 && TERMINATOR[text.charCodeAt(k)] === 1;
}

/** Just past the last sentence end before `to` (the end of an unclosed quotation's words). */
function lastSentenceEnd(text: string, from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if (TERMINATOR[text.charCodeAt(k)] === 1) return k + 1;
  return to;
}

export function splitSentences(text: string): Segmentation {
  const paragraphs: TextSpan[] = [];
  const sentences: TextSpan[] = [];
  const quotes: QuoteMarks[] = [];
  const n = text.length;
  let p = 0;
  while (p < n) {
    let e = text.indexOf('\n', p);
    if (e < 0) e = n;
    const para = trim(text, p, e);
    if (para.end > para.start) {
      paragraphs.push(para);
      scanParagraph(text, para.start, para.end);
      const marks = pairQuoteMarks(text, para.start, para.end);
      quotes.push(...marks);
      splitParagraph(text, para, marks.filter((m) => m.closed), sentences);
    }
    p = e + 1;
  }
  return { paragraphs, sentences, quotes };
}

function splitParagraph(text: string, para: TextSpan, closedMarks: QuoteMarks[], out: TextSpan[]): void {
  let start = para.start;
  const end = para.end;
  // the closed quotation mark ahead (or around): no sentence ends inside one
  let q = 0;
  let i = para.start;
  // the paragraph's terminators, as scanParagraph found them (`stop` indexes the first at or after i)
  const { stops, stopCount } = offsets;
  let stop = 0;
  while (i < end) {
    while (q < closedMarks.length && closedMarks[q]!.end < i) q++;
    const mark = closedMarks[q];
    if (mark && i >= mark.start && i < mark.end) {
      i = mark.end;
      continue;
    }
    // up to the next mark's start the mark ahead stays the same, so the scan only looks for a
    // terminator there (a mark ending at i is passed after one code unit)
    const limit = !mark ? end : mark.start > i ? Math.min(mark.start, end) : i + 1;
    while (stop < stopCount && stops[stop]! < i) stop++;
    if (stop === stopCount || stops[stop]! >= limit) {
      i = Math.max(i, limit);
      continue;
    }
    i = stops[stop]!;
    const c = text.charCodeAt(i);
    // `.` inside a number (47.5) or after a one-letter abbreviation (د.) is not an end
    if (c === 0x2e) {
      if (
        (isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) ||
        (i - 2 >= para.start && isSpace(text.charCodeAt(i - 2)) && isArabicLetter(text.charCodeAt(i - 1))) ||
        // (nor between two letters when a side is short: a domain or a dotted name, `ممزورلد.كوم`,
        // `العربية.نت`, `سي.بي.إس`; `أشخاص.وقال` is a missing space after a sentence's end)
        innerDotAt(text, i)
      ) {
        i++;
        continue;
      }
    }
    // absorb runs of terminators and a closing quote mark right after
    let j = i + 1;
    while (j < end && ABSORBED[text.charCodeAt(j)] === 1) {
      if (text.charCodeAt(j) === QUOTE && !closedMarks.some((mk) => mk.end === j)) break;
      j++;
    }
    const s = trim(text, start, j);
    if (s.end > s.start) out.push(s);
    start = j;
    i = j;
  }
  const s = trim(text, start, end);
  if (s.end > s.start) out.push(s);
}

const isLetter = (c: number): boolean => isArabicLetter(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
/** The longest side of a dotted name or domain that counts as short (`نت`, `كوم`, `إن`). */
const SHORT_SIDE = 3;

/** A `.` at `i` between two letters with a short word on one side: inside a domain or a dotted name. */
export function innerDotAt(text: string, i: number): boolean {
  if (!isLetter(text.charCodeAt(i - 1)) || !isLetter(text.charCodeAt(i + 1))) return false;
  let b = i - 1;
  while (b > 0 && i - b <= SHORT_SIDE && isLetter(text.charCodeAt(b - 1))) b--;
  let a = i + 1;
  while (a < text.length && a - i <= SHORT_SIDE + 1 && isLetter(text.charCodeAt(a))) a++;
  return i - b <= SHORT_SIDE || a - i - 1 <= SHORT_SIDE;
}

function trim(text: string, start: number, end: number): TextSpan {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/**
 * The number of words in `text.slice(start, end)`: runs of code units other than whitespace, so
 * `text.slice(start, end).trim().split(/\s+/).filter(Boolean).length` without making the strings.
 */
export function wordCount(text: string, start: number, end: number): number {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** Index of the sentence that holds `offset` (sentences sorted by start; binary search). */
export function sentenceIndex(sentences: readonly TextSpan[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}

/** For each sentence, the half-open range of token indexes that fall inside it. */
export function sentenceTokenRanges(tokens: readonly Token[], sentences: readonly TextSpan[]): [number, number][] {
  const out: [number, number][] = [];
  let t = 0;
  for (const s of sentences) {
    while (t < tokens.length && tokens[t]!.start < s.start) t++;
    let e = t;
    while (e < tokens.length && tokens[e]!.start < s.end) e++;
    out.push([t, e]);
    t = e;
  }
  return out;
}
