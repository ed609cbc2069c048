import { createHash } from 'node:crypto';
import type { ArticleInput } from '../../schemas/article.js';
import { ClaimRecordSchema } from '../../schemas/claim.js';
import { JOB_SCHEMA_ID, JobDataSchema, JobResultSchema, type JobData, type JobOutcome } from '../../schemas/job.js';
import type { SourceEntry } from '../../schemas/source.js';
import { articleHash } from '../batch/resume.js';

/** A check's verdict: the value, or what is wrong with it (one line). */
export type Checked<T> = { readonly success: true; readonly data: T } | { readonly success: false; readonly error: string };

/** Fingerprint of a source registry, part of every job id (the same articles with another registry are another job). */
export function sourcesHash(sources: readonly SourceEntry[] | undefined): string {
  return createHash('sha256').update(JSON.stringify(sources ?? [])).digest('hex').slice(0, 16);
}

/**
 * A job's id: the run, then a hash of what the job's result depends on (every article's content
 * and the registry). The same batch enqueued again (a resumed coordinator, Redis losing the job)
 * gets the same id, so BullMQ never holds it twice and a finished result is found again.
 */
export function jobIdFor(run: string, articles: readonly ArticleInput[], registryHash: string): string {
  const h = createHash('sha256');
  h.update(registryHash);
  for (const article of articles) h.update(`\n${articleHash(article)}`);
  return `${run}-${h.digest('hex').slice(0, 32)}`;
}

/** Builds and validates a job payload (the coordinator checks what it sends, too). */
export function buildJob(pipeline: string, run: string, articles: readonly ArticleInput[], sources: readonly SourceEntry[] | undefined): Checked<JobData> {
  const parsed = JobDataSchema.safeParse({
    schema: JOB_SCHEMA_ID,
    pipeline,
    run,
    ...(sources ? { sources } : {}),
    articles,
  });
  return parsed.success ? { success: true, data: parsed.data } : { success: false, error: describeIssue(parsed.error.issues[0]) };
}

/** Parses a job as a worker gets it. */
export function parseJob(data: unknown): Checked<JobData> {
  const parsed = JobDataSchema.safeParse(data);
  return parsed.success ? { success: true, data: parsed.data } : { success: false, error: describeIssue(parsed.error.issues[0]) };
}

/**
 * Checks a worker's result against the job it answers: same pipeline version, one outcome per
 * article in order, and every claim line a valid claim record of that article, counted right.
 */
export function checkResult(raw: string, pipeline: string, articles: readonly ArticleInput[]): Checked<{ outcomes: JobOutcome[]; worker: string }> {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { success: false, error: 'the result is not JSON' };
  }
  const parsed = JobResultSchema.safeParse(json);
  if (!parsed.success) return { success: false, error: `invalid result: ${describeIssue(parsed.error.issues[0])}` };
  const result = parsed.data;
  if (result.pipeline !== pipeline) return { success: false, error: `the result was made by pipeline ${result.pipeline}, not ${pipeline}` };
  if (result.outcomes.length !== articles.length) return { success: false, error: `the result has ${result.outcomes.length} outcomes for ${articles.length} articles` };
  for (let i = 0; i < articles.length; i++) {
    const problem = checkOutcome(result.outcomes[i]!, articles[i]!.id);
    if (problem) return { success: false, error: `outcome ${i} (${articles[i]!.id}): ${problem}` };
  }
  return { success: true, data: { outcomes: result.outcomes, worker: result.worker } };
}

function checkOutcome(outcome: JobOutcome, articleId: string): string | null {
  if (outcome.articleId !== articleId) return `answers article ${outcome.articleId}`;
  if (outcome.error) return outcome.jsonl === '' && outcome.numeric === 0 && outcome.quote === 0 ? null : 'an error outcome carries claims';
  if (outcome.jsonl !== '' && !outcome.jsonl.endsWith('\n')) return 'the claim lines do not end with a newline';
  let numeric = 0;
  let quote = 0;
  let start = 0;
  while (start < outcome.jsonl.length) {
    const end = outcome.jsonl.indexOf('\n', start);
    let record: unknown;
    try {
      record = JSON.parse(outcome.jsonl.slice(start, end));
    } catch {
      return 'a claim line is not JSON';
    }
    const claim = ClaimRecordSchema.safeParse(record);
    if (!claim.success) return `a claim line is not a claim record: ${describeIssue(claim.error.issues[0])}`;
    if (claim.data.article.id !== articleId) return `a claim belongs to article ${claim.data.article.id}`;
    if (claim.data.type === 'numeric') numeric += 1;
    else quote += 1;
    start = end + 1;
  }
  if (numeric !== outcome.numeric || quote !== outcome.quote) return 'the claim counts do not match the claim lines';
  return null;
}

function describeIssue(issue: { path: readonly PropertyKey[]; message: string } | undefined): string {
  if (!issue) return 'invalid';
  const where = issue.path.map(String).join('.');
  return where ? `${where}: ${issue.message}` : issue.message;
}
