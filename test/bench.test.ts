// The bench's helpers on tiny inputs: corpus building, the in-process passes, the report. No timings are asserted.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BENCH_USAGE, defaultInput, parseBenchArgs } from '../scripts/bench/args.js';
import { articleChunks, buildCorpus, describeCorpus, fileLines, loadArticles, splitCorpus, withFreshId } from '../scripts/bench/corpus.js';
import { topSelfTime, type CpuProfile } from '../scripts/bench/cpu-profile.js';
import { normalizePass, pipelineTexts, regexPass, scanPass, stagePass, STAGES } from '../scripts/bench/in-process.js';
import { median, medianOrNull } from '../scripts/bench/measure.js';
import { evaluate, formatTable, type Measurements } from '../scripts/bench/report.js';
// (compiled: its worker threads load the compiled pipeline, as the bench runs it; `npm test` builds first)
import { settlePasses, warmScalingRun } from '../dist/scripts/bench/warm-scaling.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const SEED = path.join(ROOT, 'corpus/articles/000_8ddf4c3f2885fd6e.txt');

let tmp: string;
let source: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'isnad-bench-test-'));
  source = path.join(tmp, 'source.jsonl');
  const text = readFileSync(SEED, 'utf8');
  const records = [
    { id: 'a', lang: 'ar', outlet: 'al-arabiya', text },
    { id: 'b\\"q', text: 'ارتفعت الأرباح 12% في 2023، وقال المدير: «نتوقع نموا».' },
  ];
  writeFileSync(source, `${records.map((r) => JSON.stringify(r)).join('\n')}\n\n`);
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('parseBenchArgs', () => {
  it.each<[string, string[], Partial<ReturnType<typeof parseBenchArgs>>]>([
    ['defaults: the whole corpus, 3 runs, the 1 GB run', [], { help: false, runs: 3, sizeMb: 0, bigMb: 1000, startupSpawns: 10 }],
    ['--quick: 5 MB, 1 run, no big run', ['--quick'], { quick: true, runs: 1, sizeMb: 5, bigMb: 0, startupSpawns: 5 }],
    ['the 1 GB run alone', ['--json', '--size-mb', '2', '--runs', '1'], { json: true, sizeMb: 2, runs: 1, bigMb: 1000 }],
    ['warm scaling on 20 MB by default, skipped with 0', ['--warm-mb', '0'], { warmMb: 0 }],
    ['--help', ['--help'], { help: true }],
    ['-h, whatever follows', ['-h', '--bogus'], { help: true }],
  ])('%s', (_name, argv, expected) => {
    expect(parseBenchArgs(argv, '/repo')).toMatchObject(expected);
  });

  it('reads the corpus beside the repository by default', () => {
    expect(parseBenchArgs([], '/work/repo').input).toBe(defaultInput('/work/repo'));
  });

  it.each<[string[], string]>([
    [['--bogus'], 'unknown argument `--bogus` (see --help)'],
    [['--runs', '0'], 'Expected `--runs` to be a number >= 1, got `0`'],
    [['--size-mb'], 'Expected `--size-mb` to be a number >= 0, got `undefined`'],
  ])('rejects %j', (argv, message) => {
    expect(() => parseBenchArgs(argv, '/repo')).toThrow(message);
  });

  it('the usage names every flag', () => {
    for (const flag of ['--quick', '--json', '--runs', '--size-mb', '--big-mb', '--profile', '--profile-mb', '--warm-mb', '--input', '--keep', '--help']) expect(BENCH_USAGE).toContain(flag);
  });
});

describe('withFreshId', () => {
  it.each<[string, string, number, string]>([
    ['round 1 keeps the line', '{"id": "x", "text": "t"}', 1, '{"id": "x", "text": "t"}'],
    ['the id is replaced in place', '{"id": "x", "text": "t"}', 3, '{"id": "x~3", "text": "t"}'],
    ['escapes in the id survive', '{"id":"a\\"b","text":"t"}', 2, '{"id": "a\\"b~2","text":"t"}'],
    ['an id not first is found by parsing', '{"text":"t","id":"x"}', 2, '{"text":"t","id":"x~2"}'],
  ])('%s', (_name, line, round, expected) => {
    expect(withFreshId(line, round)).toBe(expected);
  });
});

describe('buildCorpus', () => {
  it('repeats the source with fresh ids up to the size, whole records only', async () => {
    const { bytes } = await describeCorpus(source);
    const built = await buildCorpus(source, bytes * 2.5, path.join(tmp, 'big.jsonl'));
    const ids = (await loadArticles(built.file)).map((a) => a.id);
    expect(ids).toEqual(['a', 'b\\"q', 'a~2', 'b\\"q~2', 'a~3']);
    expect(built.articles).toBe(5);
    expect(built.bytes).toBe(readFileSync(built.file).length);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('takes a prefix when the size is below the source', async () => {
    const built = await buildCorpus(source, 10, path.join(tmp, 'small.jsonl'));
    expect((await loadArticles(built.file)).map((a) => a.id)).toEqual(['a']);
  });

  it('streams records in chunks of a size, the last one shorter', async () => {
    const { bytes } = await describeCorpus(source);
    const built = await buildCorpus(source, bytes * 2.5, path.join(tmp, 'chunks.jsonl'));
    const sizes: number[] = [];
    for await (const chunk of articleChunks(built.file, 2)) sizes.push(chunk.length);
    expect(sizes).toEqual([2, 2, 1]);
  });

  it.each([1, 2, 3])('splits a corpus into %i parts of contiguous records, each record once, in order', async (parts) => {
    const { bytes } = await describeCorpus(source);
    const built = await buildCorpus(source, bytes * 6, path.join(tmp, `whole-${parts}.jsonl`));
    const split = await splitCorpus(built, parts, path.join(tmp, `split-${parts}`));
    expect(split).toHaveLength(parts);
    const ids = (await Promise.all(split.map((p) => loadArticles(p.file)))).flatMap((a) => a.map((x) => x.id));
    expect(ids).toEqual((await loadArticles(built.file)).map((a) => a.id));
    expect(split.reduce((n, p) => n + p.bytes, 0)).toBe(built.bytes);
    for (const p of split) expect(p.bytes).toBe(readFileSync(p.file).length);
  });

  it('streams lines without their breaks, across chunk boundaries', async () => {
    const lines: string[] = [];
    for await (const line of fileLines(source, 7)) lines.push(line);
    expect(lines).toEqual(readFileSync(source, 'utf8').split('\n').slice(0, -1));
  });
});

describe('in-process passes', () => {
  it('run every stage on every Arabic article and find its claims', async () => {
    const articles = await loadArticles(source);
    expect(scanPass(articles)).toEqual(expect.any(Number));
    expect(normalizePass(pipelineTexts(articles))).toBeGreaterThan(0);
    expect(regexPass(articles)).toBeLessThanOrEqual(articles.reduce((n, a) => n + a.text.length, 0));
    const pass = stagePass(articles, 1);
    expect(pass.articles).toBe(2);
    expect(pass.numbers).toBeGreaterThan(0);
    expect(pass.quotes).toBeGreaterThan(0);
    expect(Object.keys(pass.stages)).toEqual([...STAGES]);
  });
});

describe('median', () => {
  it.each<[number[], number]>([
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[7], 7],
  ])('of %j is %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
  it('is unknown when a value is', () => {
    expect(medianOrNull([1, null, 3])).toBeNull();
    expect(medianOrNull([1, 3])).toBe(2);
  });
});

const STARTUP: Measurements['startup'] = {
  extra_ca_set: true,
  node_ms: 40,
  node_cpu_ms: 40,
  version_ms: 60,
  version_cpu_ms: 55,
  run_ms: 300,
  run_1w_ms: 200,
  node_env_ms: 140,
  node_env_cpu_ms: 130,
  version_env_ms: 160,
  version_env_cpu_ms: 150,
  run_env_ms: 400,
  run_1w_env_ms: 300,
};
const rate = (mb_s: number, cpu_mb_s: number | null = mb_s) => ({ mb_s, cpu_mb_s });
const measurements = (over: Partial<Measurements> = {}): Measurements => ({
  quick: false,
  runs: 3,
  corpus: { source: 'x.jsonl', bytes: 100e6, articles: 30_000 },
  corpus_big: { bytes: 1e9, articles: 300_000 },
  machine: { node: 'v20', cpus: 2, loadavg_start: 0.5, loadavg_end: 0.7, rss_source: 'gnu-time' },
  baseline_read: rate(500, null),
  baseline_parse: rate(300, null),
  baseline_scan: rate(1000),
  baseline_regex: rate(800),
  stages: { normalize: rate(200), tokenize_segment: rate(100), numbers: rate(80), quotes: rate(60), sources: rate(90) },
  pipeline_1w: rate(25),
  pipeline_nw: rate(46, 24),
  workers: 2,
  claims: 1000,
  rejected: 0,
  peak_rss_mb_100mb: 200,
  peak_rss_mb_100mb_1w: 120,
  peak_rss_mb_1gb: 220,
  startup: STARTUP,
  ...over,
});

describe('evaluate', () => {
  it('gives the keys the issue asks for, and PASS when every target holds', () => {
    const r = evaluate(measurements());
    for (const key of ['baseline_scan_mb_s', 'baseline_regex_mb_s', 'normalize_mb_s', 'pipeline_1w_mb_s', 'pipeline_nw_mb_s', 'workers', 'articles_per_s_1w', 'peak_rss_mb_100mb', 'peak_rss_mb_1gb', 'startup_ms']) {
      expect(r).toHaveProperty(key);
    }
    expect(r.slowest_stage).toBe('quotes');
    expect(r.articles_per_s_1w).toBe(7500);
    expect(Object.fromEntries(Object.entries(r.targets).map(([k, t]) => [k, t.status]))).toEqual({
      normalize: 'PASS',
      pipeline_1w: 'PASS',
      scaling: 'PASS',
      memory_1gb: 'PASS',
      startup: 'PASS',
    });
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it.each<[string, Partial<Measurements>, string, 'MISS' | 'n/a']>([
    ['slow normalize', { stages: { normalize: rate(100), tokenize_segment: rate(100), numbers: rate(80), quotes: rate(60), sources: rate(90) } }, 'normalize', 'MISS'],
    ['slow pipeline', { pipeline_1w: rate(10) }, 'pipeline_1w', 'MISS'],
    ['poor scaling', { pipeline_nw: rate(30) }, 'scaling', 'MISS'],
    ['one core', { workers: 1 }, 'scaling', 'n/a'],
    ['memory grows with the input', { peak_rss_mb_1gb: 260 }, 'memory_1gb', 'MISS'],
    ['memory over 300 MB', { peak_rss_mb_100mb: 290, peak_rss_mb_1gb: 310 }, 'memory_1gb', 'MISS'],
    ['no 1 GB run', { peak_rss_mb_1gb: null, corpus_big: null }, 'memory_1gb', 'n/a'],
    ['slow start-up', { startup: { ...STARTUP, version_ms: 160 } }, 'startup', 'MISS'],
  ])('%s', (_name, over, target, status) => {
    const r = evaluate(measurements(over));
    expect(r.targets[target as keyof typeof r.targets].status).toBe(status);
  });

  it('prints a markdown table and a PASS/MISS line per target', () => {
    const text = formatTable(evaluate(measurements({ pipeline_1w: rate(10) })));
    expect(text).toContain('| measurement | MB/s | articles/s |');
    expect(text).toContain('| `charCodeAt` pass (**baseline**) | 1000.0 |');
    expect(text).toMatch(/^ {2}MISS pipeline, 1 worker/m);
    expect(text.match(/^ {2}(PASS|MISS|n\/a) /gm)).toHaveLength(5);
  });
});

describe('separate processes against the pool', () => {
  it('is separate processes against one, reported beside the scaling of threads', () => {
    const r = evaluate(measurements({ pipeline_procs: rate(40, 20) }));
    expect([r.pipeline_procs_mb_s, r.machine_scaling, r.scaling]).toEqual([40, 1.6, 1.84]);
    expect(formatTable(r)).toContain('| scaling of 2 separate processes / 1 (no shared pool, a warm-up each) | 1.60 x |');
    expect(evaluate(measurements()).machine_scaling).toBeNull();
  });
});

describe('warm scaling', () => {
  it('tells the cold pass, the warm pass and the JIT warm-up apart', () => {
    const sample = (wallMs: number, cpuMs: number) => ({ wallMs, cpuMs });
    const r = evaluate(measurements({ warm_scaling: { bytes: 20e6, one: { cold: sample(10_000, 14_000), warm: sample(5_000, 5_200) }, all: { cold: sample(8_000, 16_000), warm: sample(2_700, 5_400) } } }));
    expect(r.warm_scaling).toEqual({ mb: 20, cold_1t_mb_s: 2, cold_nt_mb_s: 2.5, warm_1t_mb_s: 4, warm_nt_mb_s: 7.41, scaling_cold: 1.25, scaling_warm: 1.85, warmup_cpu_s: 8.8 });
    const text = formatTable(r);
    expect(text).toContain('| the same, warm pass (the same articles again, the code compiled) | 4.0 / 7.4 MB/s (1.85 x) |');
    expect(text).toContain('| JIT warm-up: CPU of a 1-thread cold pass beyond its warm pass | 8.80 s |');
    expect(text).not.toContain('steady pass');
    expect(evaluate(measurements()).warm_scaling).toBeNull();
  });

  it('reports the steady pass, after the threads settled, beside the warm one', () => {
    const sample = (wallMs: number, cpuMs: number) => ({ wallMs, cpuMs });
    const r = evaluate(measurements({ warm_scaling: { bytes: 20e6, one: { cold: sample(10_000, 14_000), warm: sample(5_000, 5_200), steady: sample(4_000, 4_100) }, all: { cold: sample(8_000, 16_000), warm: sample(2_700, 5_400), steady: sample(2_200, 4_400) }, articles_before_steady: 20_500 } }));
    expect(r.warm_scaling).toMatchObject({ steady_1t_mb_s: 5, steady_nt_mb_s: 9.09, scaling_steady: 1.82, articles_before_steady: 20_500 });
    expect(formatTable(r)).toContain('| the same, steady pass (after 20500 articles a thread: the code compiled as far as it will be) | 5.0 / 9.1 MB/s (1.82 x) |');
  });

  it('settles a thread with passes over all the articles until it has run 20,000, at most 8', () => {
    expect(settlePasses(13_000, 6_500)).toBe(2);
    expect(settlePasses(20_000, 6_500)).toBe(0);
    expect(settlePasses(9_900, 6_600)).toBe(2);
    expect(settlePasses(3, 2)).toBe(8);
    expect(settlePasses(0, 0)).toBe(0);
  });

  it('runs the pipeline in threads of its own, the same output in every pass and with every thread count', async () => {
    const [one, two] = [await warmScalingRun(source, 1e9, 1), await warmScalingRun(source, 1e9, 2)];
    expect(one.chars[0]).toBeGreaterThan(0);
    expect(one.chars).toEqual([one.chars[0], one.chars[0], one.chars[0]]);
    expect(two.chars).toEqual(one.chars);
    // a tiny corpus: the most settle passes, and the articles each thread ran before its steady pass counted
    expect(one.settle).toBe(8);
    const n = readFileSync(source, 'utf8').split('\n').filter((l) => l.trim() !== '').length;
    // one thread: its share (all) twice, then 8 passes over all; two: all, the smaller share, then 8 over all
    expect(one.articlesBeforeSteady).toBe(10 * n);
    expect(two.articlesBeforeSteady).toBe(n + Math.floor(n / 2) + 8 * n);
    expect(one.steady.wallMs).toBeGreaterThan(0);
    // a byte limit below the second record leaves it out
    const firstLine = readFileSync(source, 'utf8').split('\n')[0]!;
    const first = (await warmScalingRun(source, Buffer.byteLength(firstLine) + 1, 1)).chars[0];
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(one.chars[0]);
  });
});

describe('start-up figures', () => {
  it('keeps startup_ms without NODE_EXTRA_CA_CERTS and reports the inherited environment beside it', () => {
    const r = evaluate(measurements());
    expect([r.startup_ms, r.startup_env_ms, r.startup_node_ms, r.startup_node_env_ms, r.startup_run_ms, r.startup_run_env_ms]).toEqual([60, 160, 40, 140, 300, 400]);
    expect(r.targets.startup).toMatchObject({ status: 'PASS', value: 60 });
    const text = formatTable(r);
    expect(text).toContain('| start-up, `isnad --version` | 60.0 ms (CPU 55 ms); as inherited 160.0 ms (CPU 150 ms) |');
    expect(text).toContain('NODE_EXTRA_CA_CERTS');
  });

  it.each<[string, boolean, string]>([
    ['variable set', true, 'Node parses the CA bundle'],
    ['variable not set', false, 'was not set'],
  ])('says why there are two figures: %s', (_name, set, phrase) => {
    expect(formatTable(evaluate(measurements({ startup: { ...STARTUP, extra_ca_set: set } })))).toContain(phrase);
  });
});

describe('topSelfTime', () => {
  it('adds up self time per function, most first, with its source place', () => {
    const frame = (functionName: string, url: string, lineNumber: number) => ({ functionName, url, lineNumber, columnNumber: 0 });
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: frame('(root)', '', -1), children: [2, 3] },
        { id: 2, callFrame: frame('normalizeText', `file://${ROOT}/dist/stages/normalize-text/index.js`, 70) },
        { id: 3, callFrame: frame('(garbage collector)', '', -1) },
      ],
      samples: [2, 2, 3, 2],
      timeDeltas: [1000, 1000, 1000, 1000],
      startTime: 0,
      endTime: 4000,
    };
    const top = topSelfTime(profile, ROOT);
    expect(top.map((h) => [h.name, h.selfPct])).toEqual([
      ['normalizeText', 75],
      ['(garbage collector)', 25],
    ]);
    expect(top[0]!.place).toMatch(/^stages\/normalize-text\/index\.ts:\d+$/);
  });
});
