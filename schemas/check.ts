import { z } from 'zod';
import { ClaimRecordSchema } from './claim.js';

export const CHECK_SCHEMA_ID = 'isnad/check@1';

/**
 * - `supported`: a source claim states the same quantity (value within the qualifier's tolerance,
 *   same unit, compatible qualifier, change and period).
 * - `mismatch`: a source claim states the same measure (same unit and kind, same context) with a
 *   different value, qualifier, direction of change or period; `fields` says which.
 * - `not-found`: no source claim states this measure.
 * - `quote-compare`: a direct quote whose speaker also speaks in the source, shown beside the
 *   closest quote of that speaker so an editor can compare translation and original.
 */
export const CheckVerdictSchema = z.enum(['supported', 'mismatch', 'not-found', 'quote-compare']);
export type CheckVerdict = z.infer<typeof CheckVerdictSchema>;

export const CheckFieldSchema = z.enum(['value', 'qualifier', 'change', 'period']);
export type CheckField = z.infer<typeof CheckFieldSchema>;

/** One line of `isnad check` output: a claim of the article, its verdict and the source claims behind it. */
export const CheckRecordSchema = z
  .object({
    schema: z.literal(CHECK_SCHEMA_ID),
    claim: ClaimRecordSchema,
    verdict: CheckVerdictSchema,
    /** For `mismatch`: the fields that differ from the closest source claim (`evidence[0]`). */
    fields: z.array(CheckFieldSchema).min(1).optional(),
    /** Source claims, best first: the matching ones, the closest mismatching one, or the speaker's closest quote. */
    evidence: z.array(ClaimRecordSchema),
  })
  .strict()
  .refine((r) => (r.verdict === 'mismatch') === (r.fields !== undefined), {
    message: '`fields` is given exactly when the verdict is `mismatch`',
    path: ['fields'],
  });
export type CheckRecord = z.infer<typeof CheckRecordSchema>;
