import { z } from 'zod';
import { ClaimRecordSchema } from './claim.js';

export const CHANGE_SCHEMA_ID = 'isnad/change@1';

/** The claim fields `isnad diff` compares, in report order. */
export const CHANGE_FIELD_NAMES = [
  'value',
  'valueMax',
  'unit',
  'item',
  'qualifier',
  'change',
  'period',
  'time',
  'text',
  'speaker',
  'source',
  'chain',
] as const;
export const ChangeFieldNameSchema = z.enum(CHANGE_FIELD_NAMES);
export type ChangeFieldName = z.infer<typeof ChangeFieldNameSchema>;

/** A field's value on one side; `null` when the claim does not have it. `period` and `time` give their text. */
export const FieldValueSchema = z.union([z.number(), z.string(), z.array(z.string()), z.null()]);
export type FieldValue = z.infer<typeof FieldValueSchema>;

export const FieldChangeSchema = z
  .object({
    name: ChangeFieldNameSchema,
    before: FieldValueSchema,
    after: FieldValueSchema,
  })
  .strict();
export type FieldChange = z.infer<typeof FieldChangeSchema>;

export const ChangeOpSchema = z.enum(['added', 'removed', 'changed', 'unchanged']);
export type ChangeOp = z.infer<typeof ChangeOpSchema>;

/**
 * One line of `isnad diff`: what happened to one claim between two versions of an article.
 * `added` has only `after`, `removed` only `before`, `changed` both and a non-empty `fields`,
 * `unchanged` (written only with `--all`) both and no `fields`.
 */
export const ChangeRecordSchema = z
  .object({
    schema: z.literal(CHANGE_SCHEMA_ID),
    op: ChangeOpSchema,
    /** The article's id in the new version (the old one's when the article is gone). */
    articleId: z.string().min(1),
    before: ClaimRecordSchema.optional(),
    after: ClaimRecordSchema.optional(),
    fields: z.array(FieldChangeSchema).min(1).optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    const want = {
      added: [false, true, false],
      removed: [true, false, false],
      changed: [true, true, true],
      unchanged: [true, true, false],
    }[r.op];
    const have = [r.before !== undefined, r.after !== undefined, r.fields !== undefined];
    const names = ['before', 'after', 'fields'] as const;
    for (let i = 0; i < 3; i++) {
      if (want[i] !== have[i]) {
        ctx.addIssue({
          code: 'custom',
          path: [names[i]!],
          message: `\`${r.op}\` ${want[i] ? 'needs' : 'must not have'} \`${names[i]}\``,
        });
      }
    }
  });
export type ChangeRecord = z.infer<typeof ChangeRecordSchema>;
