import { describe, expect, it } from 'vitest';
import type { ArticleInput } from '../schemas/article.js';
import { JOB_RESULT_SCHEMA_ID, JOB_SCHEMA_ID, MAX_JOB_ARTICLES } from '../schemas/job.js';
import { processBatch } from '../pipeline/batch/process-batch.js';
import { buildJob, checkResult, jobIdFor, parseJob, sourcesHash } from '../pipeline/queue/job-payload.js';
import { queueNameFor } from '../pipeline/queue/connection.js';

const PIPELINE = 'isnad-pipeline@test';
const ARTICLES: ArticleInput[] = [
  { id: 'a/1', text: 'قال وزير المالية إن العجز بلغ 3.5% من الناتج المحلي في عام 2023.', outlet: 'al-arabiya', lang: 'ar' },
  { id: 'a/2', text: 'أعلنت الشركة أرباحاً بقيمة 12 مليون دولار.' },
];
const SOURCE = { id: 'test-outlet', label: 'Test outlet', kind: 'outlet' as const, aliases: ['تست'] };

/** A result as a worker of PIPELINE would return it for ARTICLES (the real pipeline's claims). */
function goodResult(): Record<string, unknown> & { outcomes: { articleId: string; jsonl: string; numeric: number; quote: number }[] } {
  return { schema: JOB_RESULT_SCHEMA_ID, pipeline: PIPELINE, worker: 'host:1', outcomes: processBatch(ARTICLES).map((o) => ({ ...o })) };
}

describe('parseJob: a worker never trusts a job', () => {
  const valid = { schema: JOB_SCHEMA_ID, pipeline: PIPELINE, run: 'abc123', articles: ARTICLES };
  const cases: [string, unknown, string | null][] = [
    ['a valid job', valid, null],
    ['a valid job with a source registry', { ...valid, sources: [SOURCE] }, null],
    ['not an object', 'articles', 'expected object'],
    ['another schema', { ...valid, schema: 'isnad/job@2' }, 'schema'],
    ['no articles', { ...valid, articles: [] }, 'articles'],
    ['too many articles', { ...valid, articles: Array.from({ length: MAX_JOB_ARTICLES + 1 }, (_, i) => ({ id: `x${i}`, text: 'نص' })) }, 'articles'],
    ['an article without text', { ...valid, articles: [{ id: 'x' }] }, 'articles.0.text'],
    ['an article with an unknown field', { ...valid, articles: [{ id: 'x', text: 'نص', script: 'rm -rf /' }] }, 'articles.0'],
    ['an empty article id', { ...valid, articles: [{ id: '', text: 'نص' }] }, 'articles.0.id'],
    ['an unknown top-level field', { ...valid, eval: '1' }, 'eval'],
    ['a bad run id', { ...valid, run: '../../etc' }, 'run'],
    ['a bad source entry', { ...valid, sources: [{ ...SOURCE, id: 'Not Kebab' }] }, 'sources.0.id'],
  ];
  it.each(cases)('%s', (_name, data, problem) => {
    const parsed = parseJob(data);
    if (problem === null) expect(parsed.success).toBe(true);
    else {
      expect(parsed.success).toBe(false);
      if (!parsed.success) expect(parsed.error).toContain(problem);
    }
  });
});

describe('buildJob', () => {
  it('builds the payload a worker accepts', () => {
    const built = buildJob(PIPELINE, 'abc123', ARTICLES, [SOURCE]);
    expect(built.success).toBe(true);
    if (built.success) expect(parseJob(JSON.parse(JSON.stringify(built.data)) as unknown)).toEqual({ success: true, data: built.data });
  });

  it('refuses what a worker would refuse, instead of enqueuing it', () => {
    const built = buildJob(PIPELINE, 'abc123', [{ id: 'x', text: 'نص', extra: 1 } as unknown as ArticleInput], undefined);
    expect(built.success).toBe(false);
  });
});

describe('jobIdFor', () => {
  const registry = sourcesHash(undefined);
  const cases: [string, string, boolean][] = [
    ['the same batch again', jobIdFor('run1', ARTICLES.map((a) => ({ ...a })), registry), true],
    ['another run', jobIdFor('run2', ARTICLES, registry), false],
    ['another order', jobIdFor('run1', [...ARTICLES].reverse(), registry), false],
    ['one article edited', jobIdFor('run1', [ARTICLES[0]!, { ...ARTICLES[1]!, text: `${ARTICLES[1]!.text} ` }], registry), false],
    ['another field of an article', jobIdFor('run1', [ARTICLES[0]!, { ...ARTICLES[1]!, outlet: 'bbc-arabic' }], registry), false],
    ['another source registry', jobIdFor('run1', ARTICLES, sourcesHash([SOURCE])), false],
  ];
  const base = jobIdFor('run1', ARTICLES, registry);
  it.each(cases)('%s', (_name, id, same) => {
    expect(id === base).toBe(same);
  });

  it('is a BullMQ custom id: not an integer, no colon, starts with the run', () => {
    expect(base).toMatch(/^run1-[0-9a-f]{32}$/);
  });
});

describe('checkResult: a coordinator never trusts a result', () => {
  it('accepts the real pipeline output', () => {
    const checked = checkResult(JSON.stringify(goodResult()), PIPELINE, ARTICLES);
    expect(checked.success).toBe(true);
    if (checked.success) expect(checked.data.outcomes).toEqual(processBatch(ARTICLES));
  });

  it('accepts error outcomes', () => {
    const result = { ...goodResult(), outcomes: ARTICLES.map((a) => ({ articleId: a.id, jsonl: '', numeric: 0, quote: 0, error: { code: 'stage-failed', message: 'x' } })) };
    expect(checkResult(JSON.stringify(result), PIPELINE, ARTICLES).success).toBe(true);
  });

  const tamper: [string, (r: ReturnType<typeof goodResult>) => unknown, string][] = [
    ['not JSON', () => '{', 'not JSON'],
    ['another schema', (r) => ({ ...r, schema: 'x' }), 'invalid result'],
    ['another pipeline', (r) => ({ ...r, pipeline: 'isnad-pipeline@0.0.1' }), 'made by pipeline isnad-pipeline@0.0.1'],
    ['one outcome missing', (r) => ({ ...r, outcomes: r.outcomes.slice(1) }), '1 outcomes for 2 articles'],
    ['outcomes swapped', (r) => ({ ...r, outcomes: [...r.outcomes].reverse() }), 'answers article'],
    ['a claim line cut', (r) => ({ ...r, outcomes: [{ ...r.outcomes[0]!, jsonl: r.outcomes[0]!.jsonl.slice(0, 40) }, r.outcomes[1]] }), 'outcome 0'],
    ['a claim of another article', (r) => ({ ...r, outcomes: [r.outcomes[0], { ...r.outcomes[1]!, jsonl: r.outcomes[0]!.jsonl, numeric: r.outcomes[0]!.numeric, quote: r.outcomes[0]!.quote }] }), 'belongs to article a/1'],
    ['a wrong count', (r) => ({ ...r, outcomes: [{ ...r.outcomes[0]!, numeric: r.outcomes[0]!.numeric + 1 }, r.outcomes[1]] }), 'counts do not match'],
    ['a line that is not a claim', (r) => ({ ...r, outcomes: [{ ...r.outcomes[0]!, jsonl: '{"schema":"isnad/claim@1"}\n', numeric: 1, quote: 0 }, r.outcomes[1]] }), 'not a claim record'],
    ['an error with claims', (r) => ({ ...r, outcomes: [{ ...r.outcomes[0]!, error: { code: 'stage-failed', message: 'x' } }, r.outcomes[1]] }), 'error outcome carries claims'],
    ['an unknown error code', (r) => ({ ...r, outcomes: [{ ...r.outcomes[0]!, jsonl: '', numeric: 0, quote: 0, error: { code: 'oops', message: 'x' } }, r.outcomes[1]] }), 'invalid result'],
  ];
  it.each(tamper)('rejects %s', (_name, change, problem) => {
    const changed = change(goodResult());
    const checked = checkResult(typeof changed === 'string' ? changed : JSON.stringify(changed), PIPELINE, ARTICLES);
    expect(checked.success).toBe(false);
    if (!checked.success) expect(checked.error).toContain(problem);
  });

  it('needs claims in the fixture, or the tampering tests prove nothing', () => {
    expect(goodResult().outcomes[0]!.numeric + goodResult().outcomes[0]!.quote).toBeGreaterThan(0);
  });
});

describe('queueNameFor', () => {
  it.each([
    ['isnad-pipeline@0.1.0', 'isnad-pipeline@0.1.0'],
    ['isnad-pipeline@0.2.0-rc.1', 'isnad-pipeline@0.2.0-rc.1'],
    ['isnad-pipeline@0.2.0+x3', 'isnad-pipeline@0.2.0+x3'],
    ['a:b c', 'a-b-c'],
  ])('%s', (version, name) => {
    expect(queueNameFor(version)).toBe(name);
  });
});
