/**
 * normalize-text: one pass over the original text that produces
 *  - `text`: the display level (presentation forms unfolded, diacritics, tatweel and
 *    invisible controls removed, Arabic-Indic and Persian digits and separators to ASCII,
 *    every space variant to U+0020), and
 *  - `key`: the matching level, the display text with letter variants folded
 *    (alef forms to ا, ى to ي, ة to ه, hamza carriers to their base letter, ASCII lowercased).
 *    `key` has exactly the length of `text`, so one offset map serves both.
 *  - `map`: `Int32Array` of length `text.length + 1`; `map[i]` is the index in the original of
 *    the character that produced `text[i]`, and `map[text.length]` is the original length.
 */

export interface NormalizedText {
  readonly text: string;
  readonly key: string;
  readonly map: Int32Array;
}

const enum Action {
  Keep = 0,
  Drop = 1,
  Replace = 2,
  Unfold = 3,
}

// Dispatch table for the BMP: what to do with each code unit, and its replacement.
const ACTION = new Uint8Array(0x10000);
const REPLACEMENT = new Uint16Array(0x10000);

function replace(code: number, by: number): void {
  ACTION[code] = Action.Replace;
  REPLACEMENT[code] = by;
}
function dropRange(from: number, to: number): void {
  for (let c = from; c <= to; c++) ACTION[c] = Action.Drop;
}

// Presentation forms A and B (and their ligatures): unfolded with NFKC.
for (let c = 0xfb50; c <= 0xfdff; c++) ACTION[c] = Action.Unfold;
for (let c = 0xfe70; c <= 0xfeff; c++) ACTION[c] = Action.Unfold;
// Diacritics (harakat, shadda, sukun, maddah/hamza marks, superscript alef, Quranic marks) and tatweel.
dropRange(0x064b, 0x065f);
ACTION[0x0670] = Action.Drop;
dropRange(0x06d6, 0x06ed);
ACTION[0x0640] = Action.Drop;
// Invisible controls: zero-width, bidi marks, embeddings, isolates, BOM, soft hyphen, Arabic letter mark, word joiner, variation selectors.
dropRange(0x200b, 0x200f);
dropRange(0x202a, 0x202e);
dropRange(0x2060, 0x2064);
dropRange(0x2066, 0x2069);
dropRange(0xfe00, 0xfe0f);
ACTION[0xfeff] = Action.Drop;
ACTION[0x00ad] = Action.Drop;
ACTION[0x061c] = Action.Drop;
// Digits: Arabic-Indic U+0660-0669 and Eastern (Persian) U+06F0-06F9.
for (let d = 0; d <= 9; d++) {
  replace(0x0660 + d, 0x30 + d);
  replace(0x06f0 + d, 0x30 + d);
}
replace(0x066b, 0x2e); // ٫ Arabic decimal separator
replace(0x066c, 0x2c); // ٬ Arabic thousands separator
replace(0x066a, 0x25); // ٪ Arabic percent sign
// Space variants: tab, NBSP, en/em/thin/hair spaces, narrow NBSP, medium mathematical space, ideographic space.
for (const c of [0x09, 0x00a0, 0x1680, 0x202f, 0x205f, 0x3000]) replace(c, 0x20);
for (let c = 0x2000; c <= 0x200a; c++) replace(c, 0x20);

// Matching level: letter variants folded, same length.
const KEY = new Uint16Array(0x10000);
for (let c = 0; c < 0x10000; c++) KEY[c] = c;
for (const c of [0x0623, 0x0625, 0x0622, 0x0671, 0x0672, 0x0673]) KEY[c] = 0x0627; // أ إ آ ٱ → ا
KEY[0x0649] = 0x064a; // ى → ي
KEY[0x06cc] = 0x064a; // Persian yeh → ي
KEY[0x0629] = 0x0647; // ة → ه
KEY[0x0624] = 0x0648; // ؤ → و
KEY[0x0626] = 0x064a; // ئ → ي
KEY[0x06a9] = 0x0643; // Persian kaf → ك
for (let c = 0x41; c <= 0x5a; c++) KEY[c] = c + 0x20; // ASCII lowercase

/**
 * Normalizes `original` in one pass, keeping every offset mappable back to it. The display text
 * and the key are written as UTF-16 code units side by side and decoded once each.
 */
export function normalizeText(original: string): NormalizedText {
  const n = original.length;
  let first = 0;
  while (first < n && ACTION[original.charCodeAt(first)] === Action.Keep) first++;
  if (first === n) {
    // Nothing to change: the original is the display text.
    const map = new Int32Array(n + 1);
    for (let i = 0; i <= n; i++) map[i] = i;
    return { text: original, key: toKey(original), map };
  }

  let capacity = n;
  let text = scratchUnits(0, capacity);
  let key = scratchUnits(1, capacity);
  let map = new Int32Array(capacity + 1);
  let folded = 0; // non-zero once a key unit differs from its text unit
  let out = 0; // length of the normalized text so far
  for (let i = 0; i < first; i++) {
    const code = original.charCodeAt(i);
    const k = KEY[code]!;
    text[i] = code;
    key[i] = k;
    map[i] = i;
    folded |= k ^ code;
  }
  out = first;

  for (let i = first; i < n; i++) {
    const code = original.charCodeAt(i);
    const action = ACTION[code];
    if (action === Action.Keep || action === Action.Replace) {
      const c = action === Action.Keep ? code : REPLACEMENT[code]!;
      const k = KEY[c]!;
      text[out] = c;
      key[out] = k;
      map[out++] = i;
      folded |= k ^ c;
    } else if (action === Action.Unfold) {
      // NFKC of one presentation form; its result goes through the same rules (it may hold diacritics).
      const unfolded = original[i]!.normalize('NFKC');
      const needed = out + unfolded.length + (n - i - 1);
      if (needed > capacity) {
        capacity = Math.max(capacity * 2, needed);
        text = grown(0, text, capacity, out);
        key = grown(1, key, capacity, out);
        const bigger = new Int32Array(capacity + 1);
        bigger.set(map.subarray(0, out));
        map = bigger;
      }
      for (let j = 0; j < unfolded.length; j++) {
        const u = unfolded.charCodeAt(j);
        const a = ACTION[u];
        if (a === Action.Drop || a === Action.Unfold) continue;
        const c = a === Action.Replace ? REPLACEMENT[u]! : u;
        const k = KEY[c]!;
        text[out] = c;
        key[out] = k;
        map[out++] = i;
        folded |= k ^ c;
      }
    }
    // Action.Drop: nothing to emit.
  }
  map[out] = n;
  const display = decodeUnits(text, out);
  return {
    text: display,
    key: folded === 0 ? display : decodeUnits(key, out),
    map: out + 1 === map.length ? map : map.slice(0, out + 1),
  };
}

// Two scratch buffers (display text, key) reused from call to call: the units are decoded into
// strings before normalizeText returns, so nothing the caller holds points into them. Reuse
// spares allocating and zero-filling 4 bytes a character on every article.
const scratch: Uint16Array<ArrayBuffer>[] = [new Uint16Array(1 << 14), new Uint16Array(1 << 14)];
/** Largest scratch kept between calls (a huge article's buffers are dropped after it). */
const SCRATCH_KEEP = 1 << 22;

function scratchUnits(which: 0 | 1, capacity: number): Uint16Array<ArrayBuffer> {
  const have = scratch[which]!;
  if (have.length >= capacity) return have;
  const fresh = new Uint16Array(Math.max(capacity, have.length * 2));
  if (fresh.length <= SCRATCH_KEEP) scratch[which] = fresh;
  return fresh;
}

function grown(which: 0 | 1, units: Uint16Array, capacity: number, used: number): Uint16Array<ArrayBuffer> {
  const bigger = scratchUnits(which, capacity);
  if (bigger !== units) bigger.set(units.subarray(0, used));
  return bigger;
}

/** The matching key of already display-normalized text: same length, letter variants folded. */
export function toKey(text: string): string {
  const n = text.length;
  let firstChange = -1;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (KEY[c] !== c) {
      firstChange = i;
      break;
    }
  }
  if (firstChange < 0) return text;
  if (keyScratch.length < n) keyScratch = new Uint16Array(Math.max(n, keyScratch.length * 2));
  const buf = keyScratch;
  for (let i = 0; i < n; i++) buf[i] = KEY[text.charCodeAt(i)]!;
  const key = decodeUnits(buf, n);
  if (keyScratch.length > SCRATCH_KEEP) keyScratch = new Uint16Array(1 << 10);
  return key;
}
// toKey's units, reused from call to call (decoded into a string before it returns).
let keyScratch = new Uint16Array(1 << 10);

/** The matching key of any text (a lexicon entry, a user's registry alias): display level, then folded. */
export function matchKey(text: string): string {
  // text already at display level (a sentence of a normalized article): fold it, no offset map
  const n = text.length;
  let i = 0;
  while (i < n && ACTION[text.charCodeAt(i)] === Action.Keep) i++;
  return i === n ? toKey(text) : normalizeText(text).key;
}

// Exactly the code units `/\s/` matches (and `String.prototype.trim` removes).
const SPACE = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (/\s/.test(String.fromCharCode(c))) SPACE[c] = 1;
let squashScratch = new Uint16Array(1 << 10);

/**
 * `squashedKey(norm.text.slice(start, end))` from the article's key, which already holds the
 * folded units (display text has nothing left to drop or unfold): whitespace runs made one space,
 * none at either end. A slice with single spaces only (most sentences and claims) is returned as
 * it is, without building a string.
 */
export function squashedKeySlice(key: string, start: number, end: number): string {
  let from = start;
  let to = end;
  while (from < to && SPACE[key.charCodeAt(from)] === 1) from++;
  while (to > from && SPACE[key.charCodeAt(to - 1)] === 1) to--;
  let clean = true;
  for (let i = from; i < to; i++) {
    const c = key.charCodeAt(i);
    if (SPACE[c] === 1 && (c !== 0x20 || SPACE[key.charCodeAt(i + 1)] === 1)) {
      clean = false;
      break;
    }
  }
  return clean ? key.slice(from, to) : key.slice(from, to).replace(/\s+/g, ' ');
}

/**
 * The matching key with every whitespace run made one space and none at either end:
 * `matchKey(text).replace(/\s+/g, ' ').trim()`, in one pass for display-level text.
 */
export function squashedKey(text: string): string {
  const n = text.length;
  if (squashScratch.length < n) squashScratch = new Uint16Array(Math.max(n, squashScratch.length * 2));
  const out = squashScratch;
  let length = 0;
  let space = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (ACTION[c] !== Action.Keep) return matchKey(text).replace(/\s+/g, ' ').trim();
    if (SPACE[c] === 1) {
      space = length > 0;
      continue;
    }
    if (space) {
      out[length++] = 0x20;
      space = false;
    }
    out[length++] = KEY[c]!;
  }
  const squashed = decodeUnits(out, length);
  if (squashScratch.length > SCRATCH_KEEP) squashScratch = new Uint16Array(1 << 10);
  return squashed;
}

/**
 * The first `length` code units as a string, lone surrogates kept as they are (Node's UTF-16LE
 * decoding copies code units; TextDecoder would replace them).
 */
function decodeUnits(units: Uint16Array, length: number): string {
  // a short string (a word, a name) is cheaper made from its code units than through a Buffer
  if (length <= SHORT_UNITS) return String.fromCharCode.apply(null, units.subarray(0, length) as unknown as number[]);
  return Buffer.from(units.buffer, units.byteOffset, length * 2).toString('utf16le');
}
const SHORT_UNITS = 64;

/** Original offset of a normalized start offset. */
export function toOriginalStart(norm: NormalizedText, start: number): number {
  return norm.map[start]!;
}

/**
 * Original offset of a normalized end offset (exclusive). Marks dropped right after the last
 * character (its diacritics, a tatweel) belong to it; dropped invisible controls do not.
 */
export function toOriginalEnd(norm: NormalizedText, end: number, original: string): number {
  if (end <= 0) return 0;
  const { map } = norm;
  const last = map[end - 1]!;
  let k = end;
  while (k < map.length - 1 && map[k] === last) k++; // the rest of an unfolded ligature
  let origEnd = map[k]!;
  while (origEnd > last + 1 && isInvisibleControl(original.charCodeAt(origEnd - 1))) origEnd--;
  return origEnd;
}

export function toOriginalSpan(
  norm: NormalizedText,
  start: number,
  end: number,
  original: string,
): { start: number; end: number } {
  const s = toOriginalStart(norm, start);
  return { start: s, end: Math.max(s, toOriginalEnd(norm, end, original)) };
}

function isInvisibleControl(code: number): boolean {
  return ACTION[code] === Action.Drop && !(code >= 0x064b && code <= 0x065f) && code !== 0x0670 && code !== 0x0640 && !(code >= 0x06d6 && code <= 0x06ed);
}

