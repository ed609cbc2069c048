import { z } from 'zod';

export const ERROR_SCHEMA_ID = 'isnad/error@1';

export const ErrorCodeSchema = z.enum([
  'invalid-utf8',
  'binary-file',
  'empty-input',
  'too-large',
  'malformed-jsonl',
  'invalid-record',
  'duplicate-id',
  'unreadable',
  'stage-failed',
  'job-failed',
]);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

/** One rejected input: written to `--errors FILE` (default standard error), never dropped silently. */
export const ErrorRecordSchema = z
  .object({
    schema: z.literal(ERROR_SCHEMA_ID),
    input: z.string(),
    line: z.number().int().positive().optional(),
    articleId: z.string().optional(),
    code: ErrorCodeSchema,
    message: z.string(),
  })
  .strict();
export type ErrorRecord = z.infer<typeof ErrorRecordSchema>;
