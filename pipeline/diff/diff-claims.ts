import type { ClaimRecord } from '../../schemas/claim.js';
import { CHANGE_SCHEMA_ID, type ChangeOp, type ChangeRecord } from '../../schemas/change.js';
import { compareFields } from './compare-fields.js';
import { pairClaims, type ArticleClaims, type ClaimPair } from './pair-claims.js';

export interface DiffOptions {
  /** Also return `unchanged` records (the CLI's `--all`). Default `false`. */
  readonly unchanged?: boolean;
}

export interface DiffClaimsOptions extends DiffOptions {
  /**
   * Article texts by article id, per side. With them, claims whose id changed are paired on the
   * words of their sentence; without them, on their own wording, fields and position only.
   */
  readonly texts?: {
    readonly before?: ReadonlyMap<string, string>;
    readonly after?: ReadonlyMap<string, string>;
  };
}

/** Two versions of one article, as paired for a diff. */
export interface ArticlePair {
  /** The new version's id (the old one's when the article is gone). */
  readonly articleId: string;
  readonly before?: ArticleClaims;
  readonly after?: ArticleClaims;
}

/** Groups claims by `article.id`, in order of first appearance. */
export function groupByArticle(claims: readonly ClaimRecord[], texts?: ReadonlyMap<string, string>): ArticleClaims[] {
  const groups = new Map<string, ClaimRecord[]>();
  for (const c of claims) {
    const list = groups.get(c.article.id);
    if (list) list.push(c);
    else groups.set(c.article.id, [c]);
  }
  return [...groups].map(([id, list]) => {
    const text = texts?.get(id);
    return text === undefined ? { id, claims: list } : { id, claims: list, text };
  });
}

/**
 * Pairs the articles of two sides: when each side holds exactly one article, those two (whatever
 * their ids: `v1.txt` against `v2.txt`); otherwise by id. Order: the new side's order, then the
 * articles only the old side has.
 */
export function pairArticles(before: readonly ArticleClaims[], after: readonly ArticleClaims[]): ArticlePair[] {
  if (before.length === 1 && after.length === 1) {
    return [{ articleId: after[0]!.id, before: before[0]!, after: after[0]! }];
  }
  const old = new Map(before.map((a) => [a.id, a]));
  const out: ArticlePair[] = [];
  const seen = new Set<string>();
  for (const a of after) {
    if (seen.has(a.id)) continue;
    seen.add(a.id);
    const b = old.get(a.id);
    out.push(b ? { articleId: a.id, before: b, after: a } : { articleId: a.id, after: a });
  }
  for (const b of before) {
    if (seen.has(b.id)) continue;
    seen.add(b.id);
    out.push({ articleId: b.id, before: b });
  }
  return out;
}

const OP_RANK: Record<ChangeOp, number> = { removed: 0, changed: 1, added: 2, unchanged: 3 };

/** The change record of one pairing outcome. */
export function toChangeRecord(articleId: string, pair: ClaimPair): ChangeRecord {
  const { before, after } = pair;
  if (before && after) {
    const fields = compareFields(before, after);
    return fields.length > 0
      ? { schema: CHANGE_SCHEMA_ID, op: 'changed', articleId, before, after, fields }
      : { schema: CHANGE_SCHEMA_ID, op: 'unchanged', articleId, before, after };
  }
  if (after) return { schema: CHANGE_SCHEMA_ID, op: 'added', articleId, after };
  if (before) return { schema: CHANGE_SCHEMA_ID, op: 'removed', articleId, before };
  throw new Error('a claim pair needs at least one side');
}

/** The changes in one article, ordered by the claim's position (new position, or old for removed). */
export function diffArticle(pair: ArticlePair, options: DiffOptions = {}): ChangeRecord[] {
  const empty = (id: string): ArticleClaims => ({ id, claims: [] });
  const records = pairClaims(pair.before ?? empty(pair.articleId), pair.after ?? empty(pair.articleId))
    .map((p) => toChangeRecord(pair.articleId, p))
    .filter((r) => options.unchanged === true || r.op !== 'unchanged');
  const position = (r: ChangeRecord): number => (r.after ?? r.before)!.span.start;
  const claimId = (r: ChangeRecord): string => (r.after ?? r.before)!.id;
  return records.sort(
    (x, y) =>
      position(x) - position(y) ||
      OP_RANK[x.op] - OP_RANK[y.op] ||
      (claimId(x) < claimId(y) ? -1 : claimId(x) > claimId(y) ? 1 : 0),
  );
}

/** The changes between two versions of a set of articles, article by article. */
export function diffArticles(
  before: readonly ArticleClaims[],
  after: readonly ArticleClaims[],
  options: DiffOptions = {},
): ChangeRecord[] {
  return pairArticles(before, after).flatMap((pair) => diffArticle(pair, options));
}

/** The changes between two claim lists (e.g. two `isnad run` outputs). */
export function diffClaims(
  before: readonly ClaimRecord[],
  after: readonly ClaimRecord[],
  options: DiffClaimsOptions = {},
): ChangeRecord[] {
  return diffArticles(groupByArticle(before, options.texts?.before), groupByArticle(after, options.texts?.after), options);
}
