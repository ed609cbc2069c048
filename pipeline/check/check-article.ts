import type { ClaimRecord } from '../../schemas/claim.js';
import { CHECK_SCHEMA_ID, type CheckRecord } from '../../schemas/check.js';
import { conceptOf } from './concepts.js';
import { judgeNumeric, type CheckableClaim } from './match.js';
import { closestQuote } from './quotes.js';

/** An extracted article: its text (for the context of each figure) and its claims. */
export interface CheckDocument {
  readonly text: string;
  readonly claims: readonly ClaimRecord[];
}

function checkable(doc: CheckDocument): CheckableClaim[] {
  return doc.claims
    .filter((c) => c.type === 'numeric' && c.numeric !== undefined)
    .map((claim) => {
      const concept = conceptOf(claim, doc.text, doc.claims);
      return concept === undefined ? { claim } : { claim, concept };
    });
}

/**
 * Checks an article against its sources: one record per numeric claim (supported, mismatch with
 * the differing fields, or not-found), and one `quote-compare` record per direct quote whose
 * speaker also speaks in a source. Records follow the article's claim order. Pure.
 */
export function checkArticle(article: CheckDocument, sources: readonly CheckDocument[]): CheckRecord[] {
  const sourceNumbers = sources.flatMap(checkable);
  const sourceQuotes = sources.flatMap((s) => s.claims.filter((c) => c.type === 'quote'));
  const numbers = new Map(checkable(article).map((c) => [c.claim, c]));
  const records: CheckRecord[] = [];
  for (const claim of article.claims) {
    const numeric = numbers.get(claim);
    if (numeric !== undefined) {
      const v = judgeNumeric(numeric, sourceNumbers);
      const evidence = v.evidence.map((e) => e.claim);
      records.push(
        v.verdict === 'mismatch'
          ? { schema: CHECK_SCHEMA_ID, claim, verdict: 'mismatch', fields: [...v.fields], evidence }
          : { schema: CHECK_SCHEMA_ID, claim, verdict: v.verdict, evidence },
      );
    } else if (claim.type === 'quote' && claim.quote?.kind === 'direct') {
      const match = closestQuote(claim, sourceQuotes);
      if (match !== undefined) records.push({ schema: CHECK_SCHEMA_ID, claim, verdict: 'quote-compare', evidence: [match] });
    }
  }
  return records;
}

/** True when a record should fail `--exit-code`: a figure the sources contradict or do not state. */
export function failsCheck(record: CheckRecord): boolean {
  return record.verdict === 'mismatch' || record.verdict === 'not-found';
}
