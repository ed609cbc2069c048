import { z } from 'zod';
import { ArticleInputSchema } from './article.js';
import { ErrorCodeSchema } from './error.js';
import { SourceEntrySchema } from './source.js';

/**
 * The two payloads of a distributed run (`isnad run --queue`, `isnad worker`): the job a
 * coordinator puts on the queue, and the result a worker returns. Both ends parse what they get
 * with these schemas: a worker never trusts a job, a coordinator never trusts a result.
 */
export const JOB_SCHEMA_ID = 'isnad/job@1';
export const JOB_RESULT_SCHEMA_ID = 'isnad/job-result@1';

/** Most articles one job may carry (the runner's batches are far smaller: `--batch-size`, default 64). */
export const MAX_JOB_ARTICLES = 4096;
/** Largest article text a worker accepts, in UTF-16 code units (the coordinator's `--max-bytes` is 5 MB by default). */
export const MAX_JOB_TEXT = 64 * 1024 * 1024;

/**
 * What a worker reads first, before anything else: the pipeline version decides whether it may
 * take the job at all (a worker of another version gives the job back untouched).
 */
export const JobEnvelopeSchema = z.object({
  schema: z.literal(JOB_SCHEMA_ID),
  pipeline: z.string().min(1).max(200),
});

/** One batch of articles to run through the pipeline. */
export const JobDataSchema = z
  .object({
    schema: z.literal(JOB_SCHEMA_ID),
    /** `PIPELINE_VERSION` of the coordinator: only a worker running the same version may process the job. */
    pipeline: z.string().min(1).max(200),
    /** The run that enqueued the job (for operators; results are matched by job id). */
    run: z.string().regex(/^[a-z0-9]{1,64}$/, 'run id must be 1-64 lowercase letters and digits'),
    /** The `--sources` registry of the run, when one was given. */
    sources: z.array(SourceEntrySchema).max(100_000).optional(),
    articles: z
      .array(ArticleInputSchema.extend({ text: z.string().max(MAX_JOB_TEXT, `article text must be at most ${MAX_JOB_TEXT} characters`) }).strict())
      .min(1)
      .max(MAX_JOB_ARTICLES),
  })
  .strict();
export type JobData = z.infer<typeof JobDataSchema>;

/** What the pipeline made of one article, as `ArticleOutcome` in pipeline/batch/outcome.ts. */
export const JobOutcomeSchema = z
  .object({
    articleId: z.string().min(1),
    /** Claim records, one JSON object a line, each line ending in `\n`; empty on error. */
    jsonl: z.string(),
    numeric: z.number().int().min(0),
    quote: z.number().int().min(0),
    error: z.object({ code: ErrorCodeSchema, message: z.string() }).strict().optional(),
  })
  .strict();
export type JobOutcome = z.infer<typeof JobOutcomeSchema>;

/** A worker's answer to a job: one outcome per article, in the job's order. */
export const JobResultSchema = z
  .object({
    schema: z.literal(JOB_RESULT_SCHEMA_ID),
    pipeline: z.string().min(1).max(200),
    /** Who did the work (`host:pid`), for the run's stats. */
    worker: z.string().min(1).max(300),
    outcomes: z.array(JobOutcomeSchema).max(MAX_JOB_ARTICLES),
  })
  .strict();
export type JobResult = z.infer<typeof JobResultSchema>;
