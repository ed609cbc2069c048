import { squashKey } from './tokens.js';

/** A run of words that both texts share, or that only the old (`-`) or the new (`+`) has. */
export interface WordRun {
  readonly op: '=' | '-' | '+';
  readonly words: readonly string[];
}

/** Above this many cells the middle of two texts is shown as one replacement instead of an LCS. */
const MAX_LCS_CELLS = 1_000_000;

const words = (text: string): string[] => text.split(/\s+/).filter((w) => w.length > 0);

/**
 * Word-level diff of two texts. Words are compared on their matching key, so a change of
 * diacritics, tatweel or digit script is no change; shared words are shown as the new text has them.
 */
export function diffWords(before: string, after: string): WordRun[] {
  const b = words(before);
  const a = words(after);
  const kb = b.map(squashKey);
  const ka = a.map(squashKey);
  let head = 0;
  while (head < b.length && head < a.length && kb[head] === ka[head]) head++;
  let tail = 0;
  while (tail < b.length - head && tail < a.length - head && kb[b.length - 1 - tail] === ka[a.length - 1 - tail]) tail++;

  const ops: Array<{ op: WordRun['op']; word: string }> = [];
  for (let i = 0; i < head; i++) ops.push({ op: '=', word: a[i]! });
  const bm = b.slice(head, b.length - tail);
  const am = a.slice(head, a.length - tail);
  const kbm = kb.slice(head, b.length - tail);
  const kam = ka.slice(head, a.length - tail);
  if (bm.length * am.length > MAX_LCS_CELLS) {
    for (const w of bm) ops.push({ op: '-', word: w });
    for (const w of am) ops.push({ op: '+', word: w });
  } else {
    ops.push(...lcsOps(bm, am, kbm, kam));
  }
  for (let i = a.length - tail; i < a.length; i++) ops.push({ op: '=', word: a[i]! });

  const runs: Array<{ op: WordRun['op']; words: string[] }> = [];
  for (const { op, word } of ops) {
    const last = runs[runs.length - 1];
    if (last && last.op === op) last.words.push(word);
    else runs.push({ op, words: [word] });
  }
  return runs;
}

/** Classic LCS table; deletions are emitted before insertions at each point of difference. */
function lcsOps(b: string[], a: string[], kb: string[], ka: string[]): Array<{ op: WordRun['op']; word: string }> {
  const n = b.length;
  const m = a.length;
  const width = m + 1;
  const len = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      len[i * width + j] = kb[i] === ka[j] ? len[(i + 1) * width + j + 1]! + 1 : Math.max(len[(i + 1) * width + j]!, len[i * width + j + 1]!);
    }
  }
  const out: Array<{ op: WordRun['op']; word: string }> = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && kb[i] === ka[j]) {
      out.push({ op: '=', word: a[j]! });
      i++;
      j++;
    } else if (j >= m || (i < n && len[(i + 1) * width + j]! >= len[i * width + j + 1]!)) {
      out.push({ op: '-', word: b[i]! });
      i++;
    } else {
      out.push({ op: '+', word: a[j]! });
      j++;
    }
  }
  return out;
}

/** Runs as one line, `git diff --word-diff=plain` style: `نحو [-600-]{+650+} مليار`. */
export function renderWordDiff(runs: readonly WordRun[]): string {
  let out = '';
  runs.forEach((r, i) => {
    const text = r.words.join(' ');
    // A replacement reads as one unit: `[-old-]{+new+}`, no space between.
    if (i > 0) out += r.op === '+' && runs[i - 1]!.op === '-' ? '' : ' ';
    out += r.op === '=' ? text : r.op === '-' ? `[-${text}-]` : `{+${text}+}`;
  });
  return out;
}
