import { z } from 'zod';

/** An article as it enters the pipeline: from a file, standard input or a JSONL record. */
export const ArticleInputSchema = z
  .object({
    id: z.string().min(1, 'article id must not be empty'),
    text: z.string(),
    title: z.string().optional(),
    url: z.string().optional(),
    /** Publisher: a source id or name; feeds the `publisher` source tag. */
    outlet: z.string().optional(),
    lang: z.string().optional(),
    version: z.string().optional(),
    publishedAt: z.string().optional(),
  })
  .strict();
export type ArticleInput = z.infer<typeof ArticleInputSchema>;
