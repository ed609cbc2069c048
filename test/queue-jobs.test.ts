import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { Job, Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleInput } from '../schemas/article.js';
import { JOB_RESULT_SCHEMA_ID, JOB_SCHEMA_ID } from '../schemas/job.js';
import { processBatch } from '../pipeline/batch/process-batch.js';
import { runBatch } from '../pipeline/batch/run-batch.js';
import { processArticle } from '../pipeline/process-article.js';
import { queueNameFor } from '../pipeline/queue/connection.js';
import { hasRedisServer, startLocalRedis, type LocalRedis } from '../pipeline/queue/local-redis.js';
import { createQueueExecutor, type QueueExecutorOptions } from '../pipeline/queue/queue-executor.js';
import { startQueueWorker, type QueueWorker } from '../pipeline/queue/queue-worker.js';
import { parseRedisUrl, type RedisTarget } from '../pipeline/queue/redis-url.js';

// The coordinator's executor and the worker, in this process, against a real redis-server that
// this file starts on a free loopback port. Each test uses its own pipeline version, hence its
// own queue. Without redis-server on PATH the tests are skipped, and say so.
// With ISNAD_TEST_REDIS set (.ci/run), Redis was promised: the tests run, and fail without it.
const CI_REDIS = process.env.ISNAD_TEST_REDIS;
const HAVE_REDIS = hasRedisServer() || CI_REDIS !== undefined;
if (!HAVE_REDIS) process.stderr.write('queue-jobs.test.ts: SKIPPED: redis-server is not on PATH (apt-get install redis-server)\n');

const PASSWORD = `pw-${randomBytes(6).toString('hex')}`;
const ARTICLES: ArticleInput[] = [
  { id: 'a/1', text: 'قال وزير المالية إن العجز بلغ 3.5% من الناتج المحلي في عام 2023.', lang: 'ar' },
  { id: 'a/2', text: 'أعلنت الشركة أرباحاً بقيمة 12 مليون دولار.' },
  { id: 'a/3', text: '' },
];

let redis: LocalRedis;
let target: RedisTarget;
const cleanup: (() => Promise<unknown>)[] = [];

beforeAll(async () => {
  if (!HAVE_REDIS) return;
  redis = await startLocalRedis({ password: PASSWORD });
  target = parseRedisUrl(redis.url);
});
afterAll(async () => {
  for (const step of cleanup.reverse()) await step().catch(() => undefined);
  await redis?.dispose();
});

let versions = 0;
/** A pipeline version (so a queue) of its own for each test. */
function version(): string {
  versions += 1;
  return `isnad-pipeline@test-${process.pid}-${versions}`;
}

function rawConnection(): Redis {
  const client = new Redis({ host: '127.0.0.1', port: redis.port, password: PASSWORD, maxRetriesPerRequest: null });
  client.on('error', () => undefined);
  cleanup.push(() => client.quit());
  return client;
}

async function executor(options: Omit<QueueExecutorOptions, 'target' | 'run'> & { run?: string }) {
  const ex = await createQueueExecutor({ target, run: 'testrun', pollMs: 20, ...options });
  cleanup.push(() => ex.close());
  return ex;
}

async function worker(pipelineVersion: string): Promise<QueueWorker> {
  // In-process (the thread pool needs the built dist/; the CLI tests in queue.test.ts use it).
  const w = await startQueueWorker({ target, pipelineVersion, concurrency: 1, lockSeconds: 5, process: processArticle });
  cleanup.push(() => w.close());
  return w;
}

/** A plain BullMQ worker on a version's queue, answering every job with `answer`. */
function rogueWorker(pipelineVersion: string, answer: (job: Job) => Promise<unknown>): Worker {
  const w = new Worker(queueNameFor(pipelineVersion), answer, { connection: rawConnection(), concurrency: 1 });
  w.on('error', () => undefined);
  cleanup.push(() => w.close());
  return w;
}

/** Polls a job's state until it is `wanted` (at most 20 s). */
async function stateOf(queue: Queue, id: string, wanted: string): Promise<string> {
  let state = 'unknown';
  for (let i = 0; i < 400 && state !== wanted; i++) {
    state = await queue.getJobState(id);
    if (state !== wanted) await new Promise((r) => setTimeout(r, 50));
  }
  return state;
}

describe.skipIf(!HAVE_REDIS)('queue executor and worker on a real Redis', () => {
  it('returns exactly what processBatch returns locally', async () => {
    const v = version();
    await worker(v);
    const ex = await executor({ pipelineVersion: v });
    const outcomes = await ex.process(ARTICLES);
    expect(outcomes).toEqual(processBatch(ARTICLES));
    expect(ex.workers).toBe(1);
    expect(ex.counts).toMatchObject({ enqueued: 1, completed: 1, failed: 0 });
  });

  it('retries a failing job with backoff, then turns its articles into job-failed outcomes', async () => {
    const v = version();
    const attempts: number[] = [];
    rogueWorker(v, async (job) => {
      attempts.push(job.attemptsMade);
      throw new Error('boom');
    });
    const ex = await executor({ pipelineVersion: v, attempts: 3, backoffMs: 20 });
    const outcomes = await ex.process(ARTICLES);
    expect(attempts).toEqual([0, 1, 2]);
    expect(outcomes).toEqual(
      ARTICLES.map((a) => ({ articleId: a.id, jsonl: '', numeric: 0, quote: 0, error: { code: 'job-failed', message: expect.stringMatching(/failed after 3 attempts: boom$/) as unknown } })),
    );
    expect(ex.counts.failed).toBe(1);
  });

  const tampered: [string, (job: Job) => unknown, string][] = [
    ['a result of another pipeline version', (job) => ({ schema: JOB_RESULT_SCHEMA_ID, pipeline: 'isnad-pipeline@0.0.0', worker: 'w', outcomes: processBatch(job.data.articles as ArticleInput[]) }), 'made by pipeline isnad-pipeline@0.0.0'],
    ['a result missing an article', (job) => ({ schema: JOB_RESULT_SCHEMA_ID, pipeline: job.data.pipeline as string, worker: 'w', outcomes: processBatch((job.data.articles as ArticleInput[]).slice(1)) }), '2 outcomes for 3 articles'],
    ['no result at all', () => 'done', 'invalid result'],
  ];
  it.each(tampered)('rejects %s: its articles become job-failed outcomes', async (_name, answer, problem) => {
    const v = version();
    rogueWorker(v, async (job) => answer(job));
    const ex = await executor({ pipelineVersion: v });
    const outcomes = await ex.process(ARTICLES);
    expect(outcomes.map((o) => o.error?.code)).toEqual(['job-failed', 'job-failed', 'job-failed']);
    expect(outcomes[0]!.error!.message).toContain(problem);
  });

  it('fails an invalid job at once (no retries), naming what is wrong', async () => {
    const v = version();
    await worker(v);
    const queue = new Queue(queueNameFor(v), { connection: rawConnection() });
    cleanup.push(() => queue.close());
    const job = await queue.add('articles', { schema: JOB_SCHEMA_ID, pipeline: v, run: 'x', articles: [{ id: 'a', text: 'نص', shell: 'rm -rf /' }] }, { attempts: 3 });
    expect(await stateOf(queue, job.id!, 'failed')).toBe('failed');
    const failed = await Job.fromId(queue, job.id!);
    expect(failed?.attemptsMade).toBe(1);
    expect(failed?.failedReason).toMatch(/^invalid job: articles\.0/);
  });

  it('refuses a job of another pipeline version by putting it back, without using an attempt', async () => {
    const v = version();
    await worker(v);
    const queue = new Queue(queueNameFor(v), { connection: rawConnection() });
    cleanup.push(() => queue.close());
    const job = await queue.add('articles', { schema: JOB_SCHEMA_ID, pipeline: 'isnad-pipeline@9.9.9', run: 'x', articles: ARTICLES }, { attempts: 3 });
    expect(await stateOf(queue, job.id!, 'delayed')).toBe('delayed');
    const refused = await Job.fromId(queue, job.id!);
    expect(refused?.attemptsMade).toBe(0);
    expect(refused?.finishedOn).toBeUndefined();
  });

  it('does not enqueue a batch the schema rejects: its articles become job-failed outcomes', async () => {
    const ex = await executor({ pipelineVersion: version() });
    const outcomes = await ex.process([{ id: 'x', text: 'نص', extra: true } as unknown as ArticleInput]);
    expect(outcomes[0]!.error).toEqual({ code: 'job-failed', message: expect.stringContaining('could not be enqueued') as unknown });
    expect(ex.counts.enqueued).toBe(0);
  });

  it('takes a job an earlier coordinator enqueued and a worker finished, instead of running it again', async () => {
    const v = version();
    const queue = new Queue(queueNameFor(v), { connection: rawConnection() });
    cleanup.push(() => queue.close());
    // A coordinator enqueues the batch, then dies before any worker answers.
    const first = await executor({ pipelineVersion: v, run: 'samerun' });
    const lost = first.process(ARTICLES).catch((err: Error) => err);
    for (let i = 0; i < 200 && (await queue.getJobCounts('waiting')).waiting === 0; i++) await new Promise((r) => setTimeout(r, 20));
    await first.close();
    expect(await lost).toBeInstanceOf(Error);
    // A worker finishes the job meanwhile, then goes away.
    const w = await worker(v);
    const [id] = (await queue.getJobs(['waiting', 'active', 'completed'])).map((j) => j.id!);
    expect(await stateOf(queue, id!, 'completed')).toBe('completed');
    await w.close();
    // The restarted coordinator (same run) gets the result without a worker.
    const second = await executor({ pipelineVersion: v, run: 'samerun' });
    expect(await second.process(ARTICLES)).toEqual(processBatch(ARTICLES));
    expect(second.counts).toMatchObject({ completed: 1, reused: 1 });
  });
});

describe.skipIf(!HAVE_REDIS)('the batch runner on the queue executor', () => {
  it('turns a failed job into one job-failed error record per article; the counts reconcile', async () => {
    const v = version();
    // A worker that fails every job holding article b/3, and answers the others as isnad would.
    rogueWorker(v, async (job) => {
      const articles = job.data.articles as ArticleInput[];
      if (articles.some((a) => a.id === 'b/3')) throw new Error('disk full');
      return { schema: JOB_RESULT_SCHEMA_ID, pipeline: v, worker: 'rogue', outcomes: processBatch(articles) };
    });
    const dir = mkdtempSync(path.join(tmpdir(), 'isnad-queue-jobs-'));
    cleanup.push(async () => rmSync(dir, { recursive: true, force: true }));
    const input = path.join(dir, 'in.jsonl');
    const articles = Array.from({ length: 6 }, (_, i) => ({ id: `b/${i + 1}`, text: ARTICLES[i % 2]!.text }));
    writeFileSync(input, `${articles.map((a) => JSON.stringify(a)).join('\n')}\n`);
    const ex = await executor({ pipelineVersion: v, attempts: 2, backoffMs: 10 });
    let claims = '';
    let errors = '';
    const stats = await runBatch({
      inputs: [input],
      executor: ex,
      batchSize: 2,
      outputStream: new Writable({ write: (chunk: Buffer, _e, cb) => ((claims += chunk.toString()), cb()) }),
      errorsStream: new Writable({ write: (chunk: Buffer, _e, cb) => ((errors += chunk.toString()), cb()) }),
    });
    const records = errors.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { code: string; articleId: string; line: number; message: string });
    expect(records.map((r) => [r.code, r.articleId, r.line])).toEqual([
      ['job-failed', 'b/3', 3],
      ['job-failed', 'b/4', 4],
    ]);
    expect(records[0]!.message).toMatch(/failed after 2 attempts: disk full$/);
    expect(stats).toMatchObject({ inputs: 6, articles: 4, errors: 2, errorsByCode: { 'job-failed': 2 }, reconciled: true });
    expect(claims).toBe(processBatch(articles.filter((a) => a.id !== 'b/3' && a.id !== 'b/4')).map((o) => o.jsonl).join(''));
  });
});

describe.skipIf(!HAVE_REDIS)('queue executor when Redis is unreachable', () => {
  it('waits up to the timeout, then fails the batches in flight, never showing the password', async () => {
    const own = await startLocalRedis({ password: PASSWORD });
    cleanup.push(() => own.dispose());
    const notices: string[] = [];
    const ex = await createQueueExecutor({ target: parseRedisUrl(own.url), run: 'gone', pollMs: 20, timeoutSeconds: 1, pipelineVersion: version(), onNotice: (m) => notices.push(m) });
    cleanup.push(() => ex.close());
    const pending = ex.process(ARTICLES).catch((err: Error) => err);
    await own.stop();
    const err = await pending;
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toMatch(/^Redis at redis:\/\/:\*\*\*@127\.0\.0\.1:\d+\/0 was unreachable for 1 s/);
    expect(notices.join('\n')).toMatch(/lost Redis at redis:\/\/:\*\*\*@127\.0\.0\.1/);
    for (const text of [(err as Error).message, ...notices]) expect(text).not.toContain(PASSWORD);
  });

  it('reports a wrong password without showing it', async () => {
    const wrong = parseRedisUrl(`redis://:not-${PASSWORD}@127.0.0.1:${redis.port}`);
    const err = await createQueueExecutor({ target: wrong, run: 'x' }).then(
      async (ex) => {
        await ex.close();
        return null;
      },
      (e: Error) => e,
    );
    expect(err?.message).toMatch(/^cannot connect to Redis at redis:\/\/:\*\*\*@127\.0\.0\.1:\d+\/0: .*WRONGPASS/);
    expect(err?.message).not.toContain(PASSWORD);
  });

  it('fails to start when nothing listens, naming the address', async () => {
    const own = await startLocalRedis();
    const url = own.url;
    await own.dispose();
    await expect(createQueueExecutor({ target: parseRedisUrl(url), run: 'x' })).rejects.toThrow(/^cannot connect to Redis at redis:\/\/127\.0\.0\.1:\d+\/0: .*ECONNREFUSED/);
  });
});

describe.skipIf(CI_REDIS === undefined)('the Redis that .ci/run provides (ISNAD_TEST_REDIS)', () => {
  it('serves a coordinator and a worker', async () => {
    const ci = parseRedisUrl(CI_REDIS!);
    const v = version();
    const w = await startQueueWorker({ target: ci, pipelineVersion: v, concurrency: 1, process: processArticle });
    cleanup.push(() => w.close());
    const ex = await createQueueExecutor({ target: ci, run: 'ci', pollMs: 20, pipelineVersion: v });
    cleanup.push(() => ex.close());
    expect(await ex.process(ARTICLES)).toEqual(processBatch(ARTICLES));
  });
});
