import { z } from 'zod';

/** A problem a stage reports on a document instead of throwing (vfile-style). Only `fatal` stops an article. */
export const MessageSchema = z
  .object({
    severity: z.enum(['info', 'warning', 'fatal']),
    code: z.string().min(1),
    reason: z.string(),
    stage: z.string(),
    span: z.object({ start: z.number().int(), end: z.number().int() }).optional(),
  })
  .strict();
export type Message = z.infer<typeof MessageSchema>;
