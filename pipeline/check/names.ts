import { ARABIC_LETTERS, LATIN_DIGRAPHS, LATIN_LETTERS } from './lexicon/transliteration.js';

/** The consonant skeleton of one word in Latin or Arabic script (`Zuckerberg`, `زوكربيرج` → `zkrbrg`). */
export function nameSkeleton(word: string): string {
  const w = word.normalize('NFKD').replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, '').toLowerCase().replace(/['’]s$/, '');
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const c = w[i]!;
    const triple = w.slice(i, i + 3);
    const pair = w.slice(i, i + 2);
    if (LATIN_DIGRAPHS[triple] !== undefined) {
      out += LATIN_DIGRAPHS[triple];
      i += 2;
      continue;
    }
    if (LATIN_DIGRAPHS[pair] !== undefined) {
      out += LATIN_DIGRAPHS[pair];
      i++;
      continue;
    }
    if (i === 0 && (c === 'y' || c === 'w' || c === 'ي' || c === 'و')) {
      out += c === 'y' || c === 'ي' ? 'y' : 'w';
      continue;
    }
    if (i === w.length - 1 && (c === 'ه' || c === 'h')) continue;
    const mapped = LATIN_LETTERS[c] ?? ARABIC_LETTERS[c];
    if (mapped !== undefined) out += mapped;
  }
  return out.replace(/(.)\1+/g, '$1');
}

/** The family name of a speaker (its last word). */
export function familyName(speaker: string): string {
  const words = speaker.trim().split(/\s+/);
  return words[words.length - 1] ?? '';
}

/** True when two speaker names share a family name, across scripts (one letter of slack from 4 letters). */
export function sameFamilyName(a: string, b: string): boolean {
  const sa = nameSkeleton(familyName(a));
  const sb = nameSkeleton(familyName(b));
  if (sa.length === 0 || sb.length === 0) return false;
  if (sa === sb) return true;
  return Math.min(sa.length, sb.length) >= 4 && editDistance(sa, sb) <= 1;
}

function editDistance(a: string, b: string): number {
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}
