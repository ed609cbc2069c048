import type { ClaimRecord } from '../../schemas/claim.js';
import type { ChangeRecord } from '../../schemas/change.js';
import { diffClaims, type DiffClaimsOptions } from './diff-claims.js';

/** Appended to `reasons` of a reviewed claim that changed: its verdict was dropped and it waits again. */
export const CHANGED_SINCE_REVIEW = 'changed-since-review';
export const PENDING = 'pending';

/** Was any editorial work done on this claim? */
function wasReviewed(c: ClaimRecord): boolean {
  return c.status !== PENDING || c.review !== undefined;
}

/** A claim without its `review` field (the key removed, not set to undefined, so JSON stays the same). */
function withoutReview(c: ClaimRecord): ClaimRecord {
  const { review: _review, ...rest } = c;
  return rest;
}

const keyOf = (c: ClaimRecord): string => `${c.article.id}\u0000${c.id}`;

/**
 * The new queue with verdicts carried over, given the changes from the reviewed queue to it
 * (`unchanged` ones included) and the new claims in queue order:
 * - unchanged: keeps `status` and `review` of the reviewed claim (and its `changed-since-review`
 *   reason while it is still pending, so a reset claim stays marked until someone looks at it);
 * - changed: `pending`, no `review`, and `changed-since-review` appended to `reasons` when the old
 *   claim had been reviewed;
 * - added: as the pipeline made it, `pending`.
 * Removed claims are not in the new queue. The input records are not modified.
 */
export function applyCarryOver(changes: readonly ChangeRecord[], next: readonly ClaimRecord[]): ClaimRecord[] {
  const byAfter = new Map<string, ChangeRecord[]>();
  for (const ch of changes) {
    if (!ch.after) continue;
    const list = byAfter.get(keyOf(ch.after));
    if (list) list.push(ch);
    else byAfter.set(keyOf(ch.after), [ch]);
  }
  return next.map((claim) => {
    const ch = byAfter.get(keyOf(claim))?.shift();
    const fresh = { ...withoutReview(claim), status: PENDING };
    if (!ch?.before || ch.op === 'added') return fresh;
    const old = ch.before;
    if (ch.op === 'unchanged') {
      const keepMark = old.status === PENDING && old.reasons.includes(CHANGED_SINCE_REVIEW);
      const reasons = keepMark && !claim.reasons.includes(CHANGED_SINCE_REVIEW) ? [...claim.reasons, CHANGED_SINCE_REVIEW] : claim.reasons;
      const carried: ClaimRecord = { ...withoutReview(claim), reasons, status: old.status };
      return old.review === undefined ? carried : { ...carried, review: old.review };
    }
    const mark = wasReviewed(old) || old.reasons.includes(CHANGED_SINCE_REVIEW);
    return mark && !claim.reasons.includes(CHANGED_SINCE_REVIEW)
      ? { ...fresh, reasons: [...claim.reasons, CHANGED_SINCE_REVIEW] }
      : fresh;
  });
}

/** `isnad diff --carry` as a function: the `next` queue with verdicts carried over from `reviewed`. */
export function carryVerdicts(
  reviewed: readonly ClaimRecord[],
  next: readonly ClaimRecord[],
  options: Pick<DiffClaimsOptions, 'texts'> = {},
): ClaimRecord[] {
  return applyCarryOver(diffClaims(reviewed, next, { ...options, unchanged: true }), next);
}
