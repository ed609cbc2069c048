/**
 * `npm run bench`: throughput, scaling, memory and start-up of isnad against in-process baselines.
 *
 *   npm run bench [-- --quick] [-- --json] [--runs N] [--size-mb N] [--big-mb N] [--profile] [--input FILE] [--keep] [--help]
 *   (the flags and defaults: scripts/bench/args.ts, printed by `--help`)
 *
 * Corpus: `../shared/corpus-ar/bench/ant-multisource.jsonl` (31,525 articles, ~99 MB; read by path,
 * never copied into the repository); `--size-mb` below its size takes a prefix of it, and the
 * 1 GB corpus repeats it with fresh ids, generated into a temporary folder and streamed.
 * Measured, each the median of `--runs` runs (in-process passes stream the corpus 500 articles at a
 * time, reading untimed, so the heap stays pipeline-sized):
 *  - baselines: reading and decoding the corpus (and JSON.parse of its lines), one `charCodeAt`
 *    pass over all article text, one regex pass stripping diacritics;
 *  - normalize alone (a pass of its own), then each later stage alone (tokenize + split-sentences,
 *    extract-numbers, extract-quotes, tag-sources), called directly on what the stages before it
 *    produced;
 *  - the whole pipeline to JSONL through the compiled CLI (`isnad run FILE -o OUT --workers N`)
 *    with 1 worker and with one per core, with its peak resident memory; and, beside the pool, one
 *    `--workers 1` process per core at once, each on its share of the corpus;
 *  - warm scaling (`--warm-mb`, first 20 MB): the pipeline in 1 and in one-per-core threads of the
 *    bench, a cold then a warm pass each, which parts the JIT's warm-up (every worker pays it) from
 *    how the work itself scales once compiled;
 *  - peak memory of the same run on the 1 GB corpus (once);
 *  - start-up: `isnad --version` and `isnad run` on one small article (median of 10 spawns),
 *    next to `node -e 0`, the floor any Node CLI pays; each without `NODE_EXTRA_CA_CERTS` (the
 *    figure the target is checked on) and with the environment as inherited, spawns alternating.
 * Prints a markdown table and PASS/MISS per target, or with `--json` one JSON object.
 * `--quick`: 5 MB, one run, no 1 GB run (under a minute on an idle machine). `--profile`: also a CPU profile of a
 * 1-worker run on the first 5 MB (`node --cpu-prof`), its top self-time functions listed.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { articleChunks, buildCorpus, describeCorpus, fileLines, splitCorpus, type CorpusFile } from './bench/corpus.js';
import { readCpuProfile, topSelfTime, type HotFunction } from './bench/cpu-profile.js';
import { EXTRA_CA_VARIABLE, existsOrThrow, rssSource, runNode, runPipeline, runPipelinesInParallel, spawnTimesBothEnvs, stopChildren, type ChildRun, type PipelineRun } from './bench/cli-runs.js';
import { normalizePass, pipelineTexts, regexPass, scanPass, stagePass, STAGES, type StageName } from './bench/in-process.js';
import { addSamples, mbPerSecond, median, medianOrNull, medianSample, measure, stopwatch, type Sample } from './bench/measure.js';
import { evaluate, formatTable, type Measurements, type Rate } from './bench/report.js';
import { applyV8Flags } from '../pipeline/batch/v8-flags.js';
import { BENCH_USAGE, parseBenchArgs, type BenchArgs } from './bench/args.js';
import { warmScalingRun, type WarmScalingRun } from './bench/warm-scaling.js';
import { repoRoot } from './repo-root.js';

const log = (line: string): void => {
  process.stderr.write(`bench: ${line}\n`);
};

/** Articles per in-process chunk: big enough for the timers, small enough for a pipeline-sized heap. */
const CHUNK_ARTICLES = 500;

async function readMedian(file: string, runs: number, parse: boolean): Promise<Sample> {
  const samples: Sample[] = [];
  for (let i = 0; i < Math.max(3, runs); i++) {
    samples.push(
      await measure(async () => {
        let n = 0;
        for await (const line of fileLines(file)) {
          if (parse && line.trim() !== '') n += (JSON.parse(line) as { text: string }).text.length;
          else n += line.length;
        }
        return n;
      }),
    );
  }
  return medianSample(samples);
}

async function profileRun(cli: string, args: BenchArgs, root: string, tmp: string): Promise<HotFunction[]> {
  const corpus = await buildCorpus(args.input, args.profileMb * 1e6, path.join(tmp, 'profile.jsonl'));
  const dir = path.join(tmp, 'cpu-profile');
  log(`profiling isnad run --workers 1 on ${(corpus.bytes / 1e6).toFixed(1)} MB`);
  const run = await runNode(['--cpu-prof', '--cpu-prof-dir', dir, cli, 'run', corpus.file, '-o', path.join(tmp, 'profile-out.jsonl'), '--workers', '1', '--no-progress'], {
    cwd: root,
    tmp,
    gnuTime: false,
  });
  if (run.exitCode !== 0) throw new Error(`profiled run exited ${run.exitCode}: ${run.stderr.trim()}`);
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error('node --cpu-prof wrote no profile');
  rmSync(path.join(tmp, 'profile-out.jsonl'), { force: true });
  rmSync(corpus.file, { force: true });
  return topSelfTime(readCpuProfile(path.join(dir, file)), root, 15);
}

async function main(): Promise<void> {
  // the V8 settings `isnad` runs with (pipeline/batch/v8-flags.ts), so stages alone are timed as the CLI runs them
  applyV8Flags();
  const root = repoRoot();
  const args = parseBenchArgs(process.argv.slice(2), root);
  if (args.help) {
    process.stdout.write(BENCH_USAGE);
    return;
  }
  const cli = path.join(root, 'dist/pipeline/cli.js');
  existsOrThrow(cli, 'run `npm run build` first (npm run bench does)');
  existsOrThrow(args.input, 'the bench corpus is read from ../shared beside the repository');
  const workers = Math.max(1, availableParallelism());
  const loadStart = loadavg()[0]!;
  const tmp = mkdtempSync(path.join(tmpdir(), 'isnad-bench-'));
  // Interrupted: remove the temporary corpora (up to 1 GB) before going.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      interrupted = true;
      stopChildren();
      // give the stopped children a moment to go, so none writes into the folder after it is removed
      setTimeout(() => {
        if (!args.keep) rmSync(tmp, { recursive: true, force: true });
        process.exit(130);
      }, 500);
    });
  }
  try {
    // The main corpus: the input file itself, or a prefix of it.
    const inputSize = (await stat(args.input)).size;
    let corpus: CorpusFile;
    if (args.sizeMb === 0 || args.sizeMb * 1e6 >= inputSize) corpus = await describeCorpus(args.input);
    else corpus = await buildCorpus(args.input, args.sizeMb * 1e6, path.join(tmp, 'corpus.jsonl'));
    log(`corpus: ${corpus.articles} articles, ${(corpus.bytes / 1e6).toFixed(1)} MB; ${args.runs} run(s) each; ${workers} cores; load ${loadStart.toFixed(1)}`);
    const rate = (s: Sample, cpu = true): Rate => ({ mb_s: mbPerSecond(corpus.bytes, s.wallMs), cpu_mb_s: cpu ? mbPerSecond(corpus.bytes, s.cpuMs) : null });

    // Baselines and stages, in-process.
    log('baselines: read + decode, JSON.parse, charCodeAt, regex; normalize alone');
    const read = await readMedian(corpus.file, args.runs, false);
    const parse = await readMedian(corpus.file, args.runs, true);
    // In-process passes stream the corpus a chunk of articles at a time (reading untimed), so the
    // live heap stays as small as the pipeline's: a corpus held whole would make every garbage
    // collection mark it, and charge that to the stages that allocate.
    const simple: Record<'scan' | 'regex' | 'normalize', Sample[]> = { scan: [], regex: [], normalize: [] };
    for (let r = 0; r <= Math.max(3, args.runs); r++) {
      // run 0 warms up (compiles the passes) and is not kept
      const watch = { scan: stopwatch(), regex: stopwatch(), normalize: stopwatch() };
      for await (const chunk of articleChunks(corpus.file, CHUNK_ARTICLES)) {
        watch.scan.start();
        scanPass(chunk);
        watch.scan.stop();
        watch.regex.start();
        regexPass(chunk);
        watch.regex.stop();
        const texts = pipelineTexts(chunk);
        watch.normalize.start();
        normalizePass(texts);
        watch.normalize.stop();
        if (r === 0) break;
      }
      if (r > 0) for (const k of ['scan', 'regex', 'normalize'] as const) simple[k].push(watch[k].sample);
    }
    const stageRuns: Record<StageName, Sample[]> = Object.fromEntries(STAGES.map((s) => [s, []])) as unknown as Record<StageName, Sample[]>;
    for (let r = 0; r <= args.runs; r++) {
      if (r > 0) log(`stages alone, run ${r}/${args.runs}`);
      const totals = Object.fromEntries(STAGES.map((s) => [s, { wallMs: 0, cpuMs: 0 }])) as Record<StageName, Sample>;
      for await (const chunk of articleChunks(corpus.file, CHUNK_ARTICLES)) {
        const pass = stagePass(chunk);
        for (const s of STAGES) totals[s] = addSamples(totals[s], pass.stages[s]);
        if (r === 0) break; // warm-up
      }
      if (r > 0) for (const s of STAGES) stageRuns[s].push(totals[s]);
    }
    const scan = medianSample(simple.scan);
    const regex = medianSample(simple.regex);
    const normalize = medianSample(simple.normalize);
    const stages = Object.fromEntries(STAGES.map((s) => [s, rate(s === 'normalize' ? normalize : medianSample(stageRuns[s]))])) as Record<StageName, Rate>;

    // Warm scaling: the pipeline in threads of this process, 1 and one per core, cold then warm.
    const warmRuns: { one: WarmScalingRun[]; all: WarmScalingRun[]; bytes: number } | null =
      args.warmMb > 0 && workers > 1 ? { one: [], all: [], bytes: Math.min(corpus.bytes, args.warmMb * 1e6) } : null;
    if (warmRuns) {
      for (let r = 0; r < args.runs; r++) {
        log(`warm scaling on ${(warmRuns.bytes / 1e6).toFixed(1)} MB: 1 thread, then ${workers}, run ${r + 1}/${args.runs}`);
        warmRuns.one.push(await warmScalingRun(corpus.file, warmRuns.bytes, 1));
        warmRuns.all.push(await warmScalingRun(corpus.file, warmRuns.bytes, workers));
        const [one, all] = [warmRuns.one.at(-1)!, warmRuns.all.at(-1)!];
        if (one.chars[0] !== all.chars[0]) throw new Error(`warm scaling: ${workers} threads wrote ${all.chars[0]} characters, 1 thread ${one.chars[0]}`);
      }
    }

    // The whole pipeline through the CLI, 1 worker and all cores, alternating; and one 1-worker
    // process per core at once, each on its part of the corpus (no pool, a warm-up each).
    const parts = workers > 1 ? await splitCorpus(corpus, workers, path.join(tmp, 'part')) : [];
    const one: PipelineRun[] = [];
    const all: PipelineRun[] = [];
    const procs: ChildRun[] = [];
    for (let r = 0; r < args.runs; r++) {
      log(`isnad run --workers 1, run ${r + 1}/${args.runs}`);
      one.push(await runPipeline(cli, corpus.file, 1, { cwd: root, tmp }));
      log(`isnad run --workers ${workers}, run ${r + 1}/${args.runs}`);
      all.push(await runPipeline(cli, corpus.file, workers, { cwd: root, tmp }));
      if (parts.length > 1) {
        log(`${parts.length} processes of isnad run --workers 1 at once, one per part, run ${r + 1}/${args.runs}`);
        procs.push(await runPipelinesInParallel(cli, parts.map((p) => p.file), { cwd: root, tmp }));
      }
    }
    for (const p of parts) rmSync(p.file, { force: true });
    const pipelineRate = (runs: readonly ChildRun[]): Rate => {
      const cpu = medianOrNull(runs.map((x) => x.cpuMs));
      return { mb_s: mbPerSecond(corpus.bytes, median(runs.map((x) => x.wallMs))), cpu_mb_s: cpu === null ? null : mbPerSecond(corpus.bytes, cpu) };
    };

    // Start-up.
    log(`start-up: ${args.startupSpawns} spawns each`);
    const article = path.join(root, 'corpus/articles/000_8ddf4c3f2885fd6e.txt');
    existsOrThrow(article, 'the seed article is part of the repository');
    // Each with NODE_EXTRA_CA_CERTS removed and as inherited: Node parses that CA bundle in every
    // process it starts, though isnad never opens a TLS connection (worker threads do not parse it again).
    const spawnOptions = { cwd: root, tmp };
    const nodeOnly = await spawnTimesBothEnvs(['-e', '0'], args.startupSpawns, spawnOptions);
    const version = await spawnTimesBothEnvs([cli, '--version'], args.startupSpawns, spawnOptions);
    const runOne = await spawnTimesBothEnvs([cli, 'run', article, '--no-progress'], args.startupSpawns, spawnOptions);
    const runOne1w = await spawnTimesBothEnvs([cli, 'run', article, '--no-progress', '--workers', '1'], args.startupSpawns, spawnOptions);
    const wall = (runs: readonly ChildRun[]): number => median(runs.map((x) => x.wallMs));
    const cpu = (runs: readonly ChildRun[]): number | null => medianOrNull(runs.map((x) => x.cpuMs));

    // Peak memory on the big corpus, once.
    let big: { corpus: CorpusFile; run: PipelineRun } | null = null;
    if (args.bigMb > 0) {
      log(`building the ${args.bigMb} MB corpus`);
      const bigCorpus = await buildCorpus(args.input, args.bigMb * 1e6, path.join(tmp, 'corpus-big.jsonl'));
      log(`isnad run --workers ${workers} on ${(bigCorpus.bytes / 1e6).toFixed(0)} MB (${bigCorpus.articles} articles)`);
      try {
        big = { corpus: bigCorpus, run: await runPipeline(cli, bigCorpus.file, workers, { cwd: root, tmp }) };
      } finally {
        if (!args.keep) rmSync(bigCorpus.file, { force: true });
      }
    }

    const profile = args.profile ? await profileRun(cli, args, root, tmp) : undefined;

    const measurements: Measurements = {
      quick: args.quick,
      runs: args.runs,
      corpus: { source: path.basename(args.input), bytes: corpus.bytes, articles: corpus.articles },
      corpus_big: big ? { bytes: big.corpus.bytes, articles: big.corpus.articles } : null,
      machine: { node: process.version, cpus: workers, loadavg_start: Math.round(loadStart * 100) / 100, loadavg_end: Math.round(loadavg()[0]! * 100) / 100, rss_source: rssSource() },
      baseline_read: rate(read, false),
      baseline_parse: rate(parse, false),
      baseline_scan: rate(scan),
      baseline_regex: rate(regex),
      stages,
      pipeline_1w: pipelineRate(one),
      pipeline_nw: pipelineRate(all),
      pipeline_procs: procs.length > 0 ? pipelineRate(procs) : null,
      warm_scaling: warmRuns
        ? {
            bytes: warmRuns.bytes,
            one: { cold: medianSample(warmRuns.one.map((x) => x.cold)), warm: medianSample(warmRuns.one.map((x) => x.warm)), steady: medianSample(warmRuns.one.map((x) => x.steady)) },
            all: { cold: medianSample(warmRuns.all.map((x) => x.cold)), warm: medianSample(warmRuns.all.map((x) => x.warm)), steady: medianSample(warmRuns.all.map((x) => x.steady)) },
            articles_before_steady: Math.min(...warmRuns.one.map((x) => x.articlesBeforeSteady), ...warmRuns.all.map((x) => x.articlesBeforeSteady)),
          }
        : null,
      workers,
      claims: one[0]?.claims ?? 0,
      rejected: one[0]?.errors ?? 0,
      peak_rss_mb_100mb: medianOrNull(all.map((x) => x.peakRssMb)),
      peak_rss_mb_100mb_1w: medianOrNull(one.map((x) => x.peakRssMb)),
      peak_rss_mb_1gb: big?.run.peakRssMb ?? null,
      startup: {
        extra_ca_set: process.env[EXTRA_CA_VARIABLE] !== undefined,
        node_ms: wall(nodeOnly.clean),
        node_cpu_ms: cpu(nodeOnly.clean),
        version_ms: wall(version.clean),
        version_cpu_ms: cpu(version.clean),
        run_ms: wall(runOne.clean),
        run_1w_ms: wall(runOne1w.clean),
        node_env_ms: wall(nodeOnly.inherited),
        node_env_cpu_ms: cpu(nodeOnly.inherited),
        version_env_ms: wall(version.inherited),
        version_env_cpu_ms: cpu(version.inherited),
        run_env_ms: wall(runOne.inherited),
        run_1w_env_ms: wall(runOne1w.inherited),
      },
    };
    const result = { ...evaluate(measurements), ...(profile ? { profile } : {}) };
    process.stdout.write(args.json ? `${JSON.stringify(result, null, 2)}\n` : formatTable(result));
  } finally {
    if (args.keep) log(`temporary files kept in ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
}

/** Set by SIGINT/SIGTERM: the failures that follow are the children being stopped. */
let interrupted = false;

main().catch((err: unknown) => {
  process.stderr.write(interrupted ? 'bench: interrupted\n' : `bench: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
