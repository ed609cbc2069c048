import type { ClaimRecord, ClaimType } from '../../schemas/claim.js';
import { comparableFields, fieldAgreement, type ComparableFields } from './compare-fields.js';
import { jaccard, keyTokens, maskedTokens, squashKey } from './tokens.js';

/** One outcome of pairing: both sides (a pair), or one side (removed / added). */
export interface ClaimPair {
  readonly before?: ClaimRecord;
  readonly after?: ClaimRecord;
  /** How the pair was found: same claim id, or by context (type, sentence, surface, fields, position). */
  readonly by?: 'id' | 'context';
}

/** The claims of one article on one side, with its text when known (article inputs). */
export interface ArticleClaims {
  readonly id: string;
  readonly claims: readonly ClaimRecord[];
  /** The article text the claims' spans point into; without it, pairing by context cannot read sentences. */
  readonly text?: string;
}

/** Tuning of pairing by context, as data. Weights of each score sum to 1. */
export const CONTEXT_PAIRING = {
  /** With both article texts: sentence token-set Jaccard leads. */
  withSentences: { sentence: 0.4, surface: 0.25, fields: 0.2, position: 0.1, slot: 0.05, accept: 0.5, minSentence: 0.3 },
  /** From claim files alone: surface, fields, position, and the sentence's length and the claim's offset in it. */
  withoutSentences: { surface: 0.35, fields: 0.3, position: 0.15, geometry: 0.15, slot: 0.05, accept: 0.55, minSurface: 0.3 },
  /** Above this many candidate pairs in one (article, type) bucket, each claim is only scored against a window of neighbours. */
  maxCandidates: 200_000,
} as const;

interface View {
  readonly claim: ClaimRecord;
  /** Index in the side's claim list (ties in the greedy matching break on it). */
  readonly index: number;
  /** Rank by position among the article's claims on this side, scaled to 0..1. */
  readonly rel: number;
  /** Index among claims of the same type in the same sentence. */
  readonly slot: number;
  readonly sentence: ReadonlySet<string> | undefined;
  readonly surfaceKey: string;
  readonly surface: ReadonlySet<string>;
  readonly fields: ComparableFields;
}

/**
 * Pairs the claims of two versions of one article: first by claim id, then the rest by context
 * within each claim type, greedily from the best-scoring candidate. Deterministic: ties break on
 * list order. Returns the pairs in no particular order; callers sort.
 */
export function pairClaims(before: ArticleClaims, after: ArticleClaims): ClaimPair[] {
  const out: ClaimPair[] = [];
  const afterById = new Map<string, number[]>();
  after.claims.forEach((c, j) => {
    const list = afterById.get(c.id);
    if (list) list.push(j);
    else afterById.set(c.id, [j]);
  });
  const usedBefore = new Uint8Array(before.claims.length);
  const usedAfter = new Uint8Array(after.claims.length);
  const restBefore: number[] = [];
  before.claims.forEach((c, i) => {
    const list = afterById.get(c.id);
    const j = list?.find((k) => usedAfter[k] === 0 && after.claims[k]!.type === c.type);
    if (j === undefined) {
      restBefore.push(i);
      return;
    }
    usedBefore[i] = 1;
    usedAfter[j] = 1;
    out.push({ before: c, after: after.claims[j]!, by: 'id' });
  });
  const restAfter: number[] = [];
  for (let j = 0; j < after.claims.length; j++) if (usedAfter[j] === 0) restAfter.push(j);

  if (restBefore.length > 0 && restAfter.length > 0) {
    const viewsBefore = makeViews(before, restBefore);
    const viewsAfter = makeViews(after, restAfter);
    for (const type of ['numeric', 'quote'] as const satisfies readonly ClaimType[]) {
      const b = viewsBefore.filter((v) => v.claim.type === type);
      const a = viewsAfter.filter((v) => v.claim.type === type);
      for (const [i, j] of matchByContext(b, a)) {
        usedBefore[b[i]!.index] = 1;
        usedAfter[a[j]!.index] = 1;
        out.push({ before: b[i]!.claim, after: a[j]!.claim, by: 'context' });
      }
    }
  }
  for (const i of restBefore) if (usedBefore[i] === 0) out.push({ before: before.claims[i]! });
  for (let j = 0; j < after.claims.length; j++) if (usedAfter[j] === 0) out.push({ after: after.claims[j]! });
  return out;
}

function makeViews(side: ArticleClaims, indexes: readonly number[]): View[] {
  const claims = side.claims;
  // Rank of every claim by position (span start, then list order), over the whole article.
  const order = claims.map((_, i) => i).sort((x, y) => claims[x]!.span.start - claims[y]!.span.start || x - y);
  const rank = new Int32Array(claims.length);
  order.forEach((i, r) => (rank[i] = r));
  const scale = Math.max(1, claims.length - 1);
  // Slot of every claim within its sentence and type, in position order.
  const slot = new Int32Array(claims.length);
  const seen = new Map<string, number>();
  for (const i of order) {
    const c = claims[i]!;
    const k = `${c.type}:${c.sentence.start}:${c.sentence.end}`;
    const n = seen.get(k) ?? 0;
    slot[i] = n;
    seen.set(k, n + 1);
  }
  const sentenceCache = new Map<string, ReadonlySet<string> | undefined>();
  const sentenceTokens = (c: ClaimRecord): ReadonlySet<string> | undefined => {
    const text = side.text;
    if (text === undefined || c.sentence.end > text.length) return undefined;
    const k = `${c.sentence.start}:${c.sentence.end}`;
    if (!sentenceCache.has(k)) sentenceCache.set(k, new Set(keyTokens(text.slice(c.sentence.start, c.sentence.end))));
    return sentenceCache.get(k);
  };
  return indexes.map((i) => {
    const c = claims[i]!;
    return {
      claim: c,
      index: i,
      rel: rank[i]! / scale,
      slot: slot[i]!,
      sentence: sentenceTokens(c),
      surfaceKey: squashKey(c.text),
      surface: new Set(c.type === 'numeric' ? maskedTokens(c.text) : keyTokens(c.text)),
      fields: comparableFields(c),
    };
  });
}

/** Greedy one-to-one matching of the best-scoring acceptable candidates. Returns index pairs into `b` and `a`. */
function matchByContext(b: readonly View[], a: readonly View[]): Array<[number, number]> {
  if (b.length === 0 || a.length === 0) return [];
  const candidates: Array<{ s: number; i: number; j: number }> = [];
  const all = b.length * a.length <= CONTEXT_PAIRING.maxCandidates;
  const half = Math.max(50, Math.floor(CONTEXT_PAIRING.maxCandidates / b.length / 2));
  for (let i = 0; i < b.length; i++) {
    let from = 0;
    let to = a.length;
    if (!all) {
      const centre = Math.round((i * (a.length - 1)) / Math.max(1, b.length - 1));
      from = Math.max(0, centre - half);
      to = Math.min(a.length, centre + half + 1);
    }
    for (let j = from; j < to; j++) {
      const s = contextScore(b[i]!, a[j]!);
      if (s !== undefined) candidates.push({ s, i, j });
    }
  }
  candidates.sort((x, y) => y.s - x.s || x.i - y.i || x.j - y.j);
  const takenB = new Uint8Array(b.length);
  const takenA = new Uint8Array(a.length);
  const pairs: Array<[number, number]> = [];
  for (const { i, j } of candidates) {
    if (takenB[i] || takenA[j]) continue;
    takenB[i] = 1;
    takenA[j] = 1;
    pairs.push([i, j]);
  }
  return pairs;
}

/** The score of pairing two claims of the same type, or `undefined` when they are not an acceptable pair. */
function contextScore(b: View, a: View): number | undefined {
  const surface = surfaceSimilarity(b, a);
  const fields = fieldAgreement(b.fields, a.fields);
  const position = 1 - Math.abs(b.rel - a.rel);
  const slot = b.slot === a.slot ? 1 : 0;
  if (b.sentence !== undefined && a.sentence !== undefined) {
    const w = CONTEXT_PAIRING.withSentences;
    const sentence = jaccard(b.sentence, a.sentence);
    if (sentence < w.minSentence) return undefined;
    const s = w.sentence * sentence + w.surface * surface + w.fields * fields + w.position * position + w.slot * slot;
    return s >= w.accept ? s : undefined;
  }
  const w = CONTEXT_PAIRING.withoutSentences;
  if (surface < w.minSurface) return undefined;
  const s = w.surface * surface + w.fields * fields + w.position * position + w.geometry * geometry(b.claim, a.claim) + w.slot * slot;
  return s >= w.accept ? s : undefined;
}

/** Numeric: same wording once numbers are masked, plus the same value; quote: token overlap of the wording. */
function surfaceSimilarity(b: View, a: View): number {
  if (b.surfaceKey === a.surfaceKey) return 1;
  const overlap = jaccard(b.surface, a.surface);
  if (b.claim.type !== 'numeric') return overlap;
  const sameValue = b.claim.numeric?.value === a.claim.numeric?.value ? 1 : 0;
  return 0.7 * overlap + 0.3 * sameValue;
}

/** Without sentence text: does the claim sit at the same offset of a sentence of the same length? */
function geometry(b: ClaimRecord, a: ClaimRecord): number {
  const lb = b.sentence.end - b.sentence.start;
  const la = a.sentence.end - a.sentence.start;
  const longest = Math.max(lb, la, 1);
  const length = Math.min(lb, la) / longest;
  const offset = 1 - Math.min(1, Math.abs(b.span.start - b.sentence.start - (a.span.start - a.sentence.start)) / longest);
  return 0.5 * length + 0.5 * offset;
}
