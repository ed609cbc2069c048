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

const OPENERS: Record<string, string> = { '«': '»', '“': '”', '"': '"' };

/** Pairs quotation marks inside one paragraph. `«»` and `“”` nest; `"` alternates. An unclosed mark runs to the paragraph's end. */
export function findQuoteMarks(text: string, from: number, to: number): QuoteMarks[] {
  const found: QuoteMarks[] = [];
  const stack: { mark: string; at: number }[] = [];
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (ch === '"') {
      const top = stack[stack.length - 1];
      if (top && top.mark === '"') {
        stack.pop();
        found.push({ start: top.at + 1, end: i, open: top.at, closed: true });
      } else stack.push({ mark: '"', at: i });
    } else if (ch === '«' || ch === '“') {
      stack.push({ mark: ch, at: i });
    } else if (ch === '»' || ch === '”') {
      // close the nearest matching opener; marks opened inside it and left open are dropped
      for (let k = stack.length - 1; k >= 0; k--) {
        if (OPENERS[stack[k]!.mark] === ch) {
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
    while (end > outer.at + 1 && /\s/.test(text[end - 1]!)) end--;
    found.push({ start: outer.at + 1, end, open: outer.at, closed: false });
  }
  return found.sort((a, b) => a.open - b.open);
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

export function splitSentences(text: string): Segmentation {
  const paragraphs: TextSpan[] = [];
  const sentences: TextSpan[] = [];
  const quotes: QuoteMarks[] = [];
  const n = text.length;
  let p = 0;
  while (p < n) {
    let e = text.indexOf('\n', p);
    if (e < 0) e = n;
    if (text.slice(p, e).trim() !== '') {
      const para = trim(text, p, e);
      paragraphs.push(para);
      const marks = findQuoteMarks(text, para.start, para.end);
      quotes.push(...marks);
      splitParagraph(text, para, marks.filter((m) => m.closed), sentences);
    }
    p = e + 1;
  }
  return { paragraphs, sentences, quotes };
}

function splitParagraph(text: string, para: TextSpan, closedMarks: QuoteMarks[], out: TextSpan[]): void {
  let start = para.start;
  let q = 0;
  for (let i = para.start; i < para.end; i++) {
    // skip over closed quotations: no sentence ends inside them
    while (q < closedMarks.length && closedMarks[q]!.end < i) q++;
    const m = closedMarks[q];
    if (m && i >= m.start && i < m.end) {
      i = m.end - 1;
      continue;
    }
    const c = text.charCodeAt(i);
    let boundary = false;
    if (c === 0x2e) {
      // `.` inside a number (47.5) or after a one-letter abbreviation (د.) is not an end
      const prev = text.charCodeAt(i - 1);
      const next = text.charCodeAt(i + 1);
      if (isDigit(prev) && isDigit(next)) boundary = false;
      else if (i - 2 >= para.start && /\s/.test(text[i - 2]!) && /[\u0621-\u064a]/.test(text[i - 1]!)) boundary = false;
      else boundary = true;
    } else if (c === 0x061f || c === 0x3f || c === 0x21 || c === 0x061b) boundary = true;
    if (boundary) {
      // absorb runs of terminators and a closing quote mark right after
      let j = i + 1;
      while (j < para.end && /[.؟?!؛»”"]/.test(text[j]!)) {
        if (text[j] === '"' && !closedMarks.some((mk) => mk.end === j)) break;
        j++;
      }
      const s = trim(text, start, j);
      if (s.end > s.start) out.push(s);
      start = j;
      i = j - 1;
    }
  }
  const s = trim(text, start, para.end);
  if (s.end > s.start) out.push(s);
}

function trim(text: string, start: number, end: number): TextSpan {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
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
