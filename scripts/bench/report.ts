/**
 * The bench's result: the JSON object `--json` prints, the targets checked against it, and the
 * table printed otherwise. Pure functions of the measurements.
 */
import { STAGE_LABELS, STAGES, type StageName } from './in-process.js';
import type { Sample } from './measure.js';

/** A throughput by wall-clock time and by the CPU time spent (what it would be on an idle machine). */
export interface Rate {
  readonly mb_s: number;
  /** null when the CPU time is unknown (a child process without GNU time). */
  readonly cpu_mb_s: number | null;
}

export interface StageFigure extends Rate {
  /** mb_s / baseline_scan_mb_s. */
  readonly ratio: number;
  /** cpu_mb_s / baseline_scan_cpu_mb_s. */
  readonly cpu_ratio: number | null;
}

export type TargetStatus = 'PASS' | 'MISS' | 'n/a';

export interface TargetCheck {
  readonly status: TargetStatus;
  /** What must hold, in words. */
  readonly target: string;
  /** The measured value the target is about (wall-clock figures). */
  readonly value: number | null;
  /** The same check on CPU-time figures, which a busy machine disturbs less; absent when it does not apply. */
  readonly cpu_status?: TargetStatus;
  readonly cpu_value?: number | null;
}

export interface Measurements {
  readonly quick: boolean;
  readonly runs: number;
  readonly corpus: { readonly source: string; readonly bytes: number; readonly articles: number };
  readonly corpus_big: { readonly bytes: number; readonly articles: number } | null;
  readonly machine: { readonly node: string; readonly cpus: number; readonly loadavg_start: number; readonly loadavg_end: number; readonly rss_source: string };
  readonly baseline_read: Rate;
  readonly baseline_parse: Rate;
  readonly baseline_scan: Rate;
  readonly baseline_regex: Rate;
  readonly stages: Readonly<Record<StageName, Rate>>;
  readonly pipeline_1w: Rate;
  readonly pipeline_nw: Rate;
  /** One 1-worker process per core at once, each on its share of the corpus (null on one core). */
  readonly pipeline_procs?: Rate | null;
  /** The pipeline in threads of the bench (warm-scaling.ts), 1 and `workers`, a cold then a warm pass over the first `bytes` of the corpus (null: not measured). */
  readonly warm_scaling?: {
    readonly bytes: number;
    readonly one: { readonly cold: Sample; readonly warm: Sample; readonly steady?: Sample };
    readonly all: { readonly cold: Sample; readonly warm: Sample; readonly steady?: Sample };
    /** Articles each thread had run before its steady pass (the fewer of the two thread counts'). */
    readonly articles_before_steady?: number;
  } | null;
  readonly workers: number;
  readonly claims: number;
  /** Records the pipeline rejected (error records), out of corpus.articles. */
  readonly rejected: number;
  readonly peak_rss_mb_100mb: number | null;
  readonly peak_rss_mb_100mb_1w: number | null;
  readonly peak_rss_mb_1gb: number | null;
  /**
   * Start-up, each spawn without `NODE_EXTRA_CA_CERTS` (the `*_ms` figures, which the target is
   * checked on) and with the environment as inherited (`*_env_ms`): with that variable set, Node
   * parses the CA bundle it names in every process it starts, before any of isnad's code runs,
   * though isnad never opens a TLS connection.
   */
  readonly startup: {
    /** Whether the bench's own environment had `NODE_EXTRA_CA_CERTS` (else both figures measure the same). */
    readonly extra_ca_set: boolean;
    /** `node -e 0`: the floor any CLI pays. */
    readonly node_ms: number;
    readonly node_cpu_ms: number | null;
    /** `isnad --version`. */
    readonly version_ms: number;
    readonly version_cpu_ms: number | null;
    /** `isnad run ARTICLE` (default workers) and `isnad run ARTICLE --workers 1`. */
    readonly run_ms: number;
    readonly run_1w_ms: number;
    /** The same as inherited. */
    readonly node_env_ms: number;
    readonly node_env_cpu_ms: number | null;
    readonly version_env_ms: number;
    readonly version_env_cpu_ms: number | null;
    readonly run_env_ms: number;
    readonly run_1w_env_ms: number;
  };
}

export type TargetName = 'normalize' | 'pipeline_1w' | 'scaling' | 'memory_1gb' | 'startup';

export interface BenchResult {
  readonly quick: boolean;
  readonly runs: number;
  readonly corpus: Measurements['corpus'];
  readonly corpus_big: Measurements['corpus_big'];
  readonly machine: Measurements['machine'];
  readonly baseline_read_mb_s: number;
  readonly baseline_parse_mb_s: number;
  readonly baseline_scan_mb_s: number;
  readonly baseline_scan_cpu_mb_s: number | null;
  readonly baseline_regex_mb_s: number;
  readonly baseline_regex_cpu_mb_s: number | null;
  readonly normalize_mb_s: number;
  readonly normalize_cpu_mb_s: number | null;
  readonly stages: Readonly<Record<StageName, StageFigure>>;
  readonly slowest_stage: StageName;
  readonly pipeline_1w_mb_s: number;
  readonly pipeline_1w_cpu_mb_s: number | null;
  readonly pipeline_nw_mb_s: number;
  readonly pipeline_nw_cpu_mb_s: number | null;
  readonly workers: number;
  readonly articles_per_s_1w: number;
  readonly articles_per_s_nw: number;
  /** pipeline_nw_mb_s / pipeline_1w_mb_s. */
  readonly scaling: number;
  /** One 1-worker process per core at once (separate processes share nothing but the machine). */
  readonly pipeline_procs_mb_s: number | null;
  readonly pipeline_procs_cpu_mb_s: number | null;
  /** pipeline_procs_mb_s / pipeline_1w_mb_s: the scaling separate processes get, each paying its own JIT warm-up as each worker thread does (`warm_scaling` parts the two). */
  readonly machine_scaling: number | null;
  /**
   * The pipeline in threads of the bench over the first `mb` MB: each thread's cold pass (the JIT
   * compiling as it goes) and warm pass (the same articles again), with 1 thread and `workers`;
   * `warmup_cpu_s`: the CPU a 1-thread cold pass spent beyond its warm pass (the JIT's warm-up,
   * which every worker pays); the steady pass, after every thread has run `articles_before_steady`
   * articles (the code compiled as far as it will be: how the work itself scales); null when not measured.
   */
  readonly warm_scaling: {
    readonly mb: number;
    readonly cold_1t_mb_s: number;
    readonly cold_nt_mb_s: number;
    readonly warm_1t_mb_s: number;
    readonly warm_nt_mb_s: number;
    readonly scaling_cold: number;
    readonly scaling_warm: number;
    readonly warmup_cpu_s: number;
    readonly steady_1t_mb_s?: number;
    readonly steady_nt_mb_s?: number;
    readonly scaling_steady?: number;
    readonly articles_before_steady?: number;
  } | null;
  readonly claims: number;
  readonly rejected: number;
  readonly peak_rss_mb_100mb: number | null;
  readonly peak_rss_mb_100mb_1w: number | null;
  readonly peak_rss_mb_1gb: number | null;
  readonly startup_ms: number;
  readonly startup_cpu_ms: number | null;
  readonly startup_node_ms: number;
  readonly startup_node_cpu_ms: number | null;
  readonly startup_run_ms: number;
  readonly startup_run_1w_ms: number;
  /** Whether `NODE_EXTRA_CA_CERTS` was set for the `*_env_*` figures. */
  readonly startup_extra_ca_set: boolean;
  /** The start-up figures with the environment as inherited (NODE_EXTRA_CA_CERTS kept when set). */
  readonly startup_env_ms: number;
  readonly startup_env_cpu_ms: number | null;
  readonly startup_node_env_ms: number;
  readonly startup_node_env_cpu_ms: number | null;
  readonly startup_run_env_ms: number;
  readonly startup_run_1w_env_ms: number;
  readonly targets: Readonly<Record<TargetName, TargetCheck>>;
  readonly profile?: readonly { readonly name: string; readonly place: string; readonly selfMs: number; readonly selfPct: number }[];
}

/** The issue's targets. */
export const TARGETS = {
  normalizeRatio: 0.15,
  pipelineRatio: 0.02,
  scaling: 1.8,
  memoryGrowth: 1.2,
  memoryMb: 300,
  startupMs: 150,
} as const;

const round = (x: number, digits = 2): number => (Number.isFinite(x) ? Math.round(x * 10 ** digits) / 10 ** digits : x);
const roundOrNull = (x: number | null, digits = 2): number | null => (x === null ? null : round(x, digits));
const pass = (ok: boolean): TargetStatus => (ok ? 'PASS' : 'MISS');
const div = (a: number | null, b: number | null): number | null => (a === null || b === null || b <= 0 ? null : a / b);

/** Adds ratios, the slowest stage and the target checks to the measurements, figures rounded. */
export function evaluate(m: Measurements): BenchResult {
  const scan = m.baseline_scan;
  const stages = Object.fromEntries(
    STAGES.map((s) => {
      const r = m.stages[s];
      return [s, { mb_s: round(r.mb_s), cpu_mb_s: roundOrNull(r.cpu_mb_s), ratio: round(div(r.mb_s, scan.mb_s) ?? 0, 4), cpu_ratio: roundOrNull(div(r.cpu_mb_s, scan.cpu_mb_s), 4) }];
    }),
  ) as Record<StageName, StageFigure>;
  const slowest = [...STAGES].sort((a, b) => m.stages[a].mb_s - m.stages[b].mb_s)[0]!;
  const scaling = div(m.pipeline_nw.mb_s, m.pipeline_1w.mb_s) ?? 0;
  const small = m.peak_rss_mb_100mb;
  const big = m.peak_rss_mb_1gb;
  const normalizeRatio = div(m.stages.normalize.mb_s, scan.mb_s) ?? 0;
  const normalizeCpuRatio = div(m.stages.normalize.cpu_mb_s, scan.cpu_mb_s);
  const pipelineRatio = div(m.pipeline_1w.mb_s, scan.mb_s) ?? 0;
  const pipelineCpuRatio = div(m.pipeline_1w.cpu_mb_s, scan.cpu_mb_s);
  const cpuCheck = (value: number | null, ok: (v: number) => boolean, digits: number): Pick<TargetCheck, 'cpu_status' | 'cpu_value'> =>
    value === null ? {} : { cpu_status: pass(ok(value)), cpu_value: round(value, digits) };
  const targets: Record<TargetName, TargetCheck> = {
    normalize: {
      status: pass(normalizeRatio >= TARGETS.normalizeRatio),
      target: `normalize >= ${TARGETS.normalizeRatio} x charCodeAt baseline`,
      value: round(normalizeRatio, 4),
      ...cpuCheck(normalizeCpuRatio, (v) => v >= TARGETS.normalizeRatio, 4),
    },
    pipeline_1w: {
      status: pass(pipelineRatio >= TARGETS.pipelineRatio),
      target: `pipeline, 1 worker >= ${TARGETS.pipelineRatio} x charCodeAt baseline (${round(TARGETS.pipelineRatio * scan.mb_s, 1)} MB/s here)`,
      value: round(pipelineRatio, 4),
      ...cpuCheck(pipelineCpuRatio, (v) => v >= TARGETS.pipelineRatio, 4),
    },
    scaling: {
      status: m.workers < 2 ? 'n/a' : pass(scaling >= TARGETS.scaling),
      target: `pipeline, ${m.workers} workers >= ${TARGETS.scaling} x 1 worker`,
      value: round(scaling),
    },
    memory_1gb: {
      status: big === null || small === null ? 'n/a' : pass(big <= TARGETS.memoryGrowth * small && big < TARGETS.memoryMb),
      target: `peak RSS on 1 GB <= ${TARGETS.memoryGrowth} x peak on ~100 MB and < ${TARGETS.memoryMb} MB`,
      value: roundOrNull(big, 1),
    },
    startup: {
      status: pass(m.startup.version_ms < TARGETS.startupMs),
      target: `isnad --version < ${TARGETS.startupMs} ms (without NODE_EXTRA_CA_CERTS)`,
      value: round(m.startup.version_ms, 1),
      ...cpuCheck(m.startup.version_cpu_ms, (v) => v < TARGETS.startupMs, 1),
    },
  };
  const perSecond = (rate: Rate): number => (m.corpus.bytes > 0 ? (rate.mb_s * 1e6 * m.corpus.articles) / m.corpus.bytes : 0);
  return {
    quick: m.quick,
    runs: m.runs,
    corpus: m.corpus,
    corpus_big: m.corpus_big,
    machine: m.machine,
    baseline_read_mb_s: round(m.baseline_read.mb_s),
    baseline_parse_mb_s: round(m.baseline_parse.mb_s),
    baseline_scan_mb_s: round(scan.mb_s),
    baseline_scan_cpu_mb_s: roundOrNull(scan.cpu_mb_s),
    baseline_regex_mb_s: round(m.baseline_regex.mb_s),
    baseline_regex_cpu_mb_s: roundOrNull(m.baseline_regex.cpu_mb_s),
    normalize_mb_s: stages.normalize.mb_s,
    normalize_cpu_mb_s: stages.normalize.cpu_mb_s,
    stages,
    slowest_stage: slowest,
    pipeline_1w_mb_s: round(m.pipeline_1w.mb_s),
    pipeline_1w_cpu_mb_s: roundOrNull(m.pipeline_1w.cpu_mb_s),
    pipeline_nw_mb_s: round(m.pipeline_nw.mb_s),
    pipeline_nw_cpu_mb_s: roundOrNull(m.pipeline_nw.cpu_mb_s),
    workers: m.workers,
    articles_per_s_1w: round(perSecond(m.pipeline_1w), 1),
    articles_per_s_nw: round(perSecond(m.pipeline_nw), 1),
    scaling: round(scaling),
    pipeline_procs_mb_s: m.pipeline_procs ? round(m.pipeline_procs.mb_s) : null,
    pipeline_procs_cpu_mb_s: m.pipeline_procs ? roundOrNull(m.pipeline_procs.cpu_mb_s) : null,
    machine_scaling: m.pipeline_procs ? roundOrNull(div(m.pipeline_procs.mb_s, m.pipeline_1w.mb_s)) : null,
    warm_scaling: warmScaling(m.warm_scaling),
    claims: m.claims,
    rejected: m.rejected,
    peak_rss_mb_100mb: roundOrNull(small, 1),
    peak_rss_mb_100mb_1w: roundOrNull(m.peak_rss_mb_100mb_1w, 1),
    peak_rss_mb_1gb: roundOrNull(big, 1),
    startup_ms: round(m.startup.version_ms, 1),
    startup_cpu_ms: roundOrNull(m.startup.version_cpu_ms, 1),
    startup_node_ms: round(m.startup.node_ms, 1),
    startup_node_cpu_ms: roundOrNull(m.startup.node_cpu_ms, 1),
    startup_run_ms: round(m.startup.run_ms, 1),
    startup_run_1w_ms: round(m.startup.run_1w_ms, 1),
    startup_extra_ca_set: m.startup.extra_ca_set,
    startup_env_ms: round(m.startup.version_env_ms, 1),
    startup_env_cpu_ms: roundOrNull(m.startup.version_env_cpu_ms, 1),
    startup_node_env_ms: round(m.startup.node_env_ms, 1),
    startup_node_env_cpu_ms: roundOrNull(m.startup.node_env_cpu_ms, 1),
    startup_run_env_ms: round(m.startup.run_env_ms, 1),
    startup_run_1w_env_ms: round(m.startup.run_1w_env_ms, 1),
    targets,
  };
}

function warmScaling(w: Measurements['warm_scaling']): BenchResult['warm_scaling'] {
  if (!w) return null;
  const rate = (s: Sample): number => (s.wallMs > 0 ? w.bytes / 1e6 / (s.wallMs / 1000) : 0);
  return {
    mb: round(w.bytes / 1e6, 1),
    cold_1t_mb_s: round(rate(w.one.cold)),
    cold_nt_mb_s: round(rate(w.all.cold)),
    warm_1t_mb_s: round(rate(w.one.warm)),
    warm_nt_mb_s: round(rate(w.all.warm)),
    scaling_cold: round(div(rate(w.all.cold), rate(w.one.cold)) ?? 0),
    scaling_warm: round(div(rate(w.all.warm), rate(w.one.warm)) ?? 0),
    warmup_cpu_s: round((w.one.cold.cpuMs - w.one.warm.cpuMs) / 1000),
    ...(w.one.steady && w.all.steady
      ? {
          steady_1t_mb_s: round(rate(w.one.steady)),
          steady_nt_mb_s: round(rate(w.all.steady)),
          scaling_steady: round(div(rate(w.all.steady), rate(w.one.steady)) ?? 0),
          articles_before_steady: w.articles_before_steady ?? 0,
        }
      : {}),
  };
}

const fixed = (x: number | null, digits = 1): string => (x === null || !Number.isFinite(x) ? '-' : x.toFixed(digits));
const ratioText = (x: number | null): string => (x === null || !Number.isFinite(x) ? '-' : x >= 0.1 ? x.toFixed(2) : x >= 0.001 ? x.toFixed(4) : x.toExponential(1));

/** A start-up cell: without NODE_EXTRA_CA_CERTS, then as inherited; CPU time in brackets when known. */
function startup(ms: number, cpuMs: number | null, envMs: number, envCpuMs: number | null): string {
  const one = (wall: number, cpu: number | null): string => `${fixed(wall)} ms${cpu === null ? '' : ` (CPU ${fixed(cpu, 0)} ms)`}`;
  return `${one(ms, cpuMs)}; as inherited ${one(envMs, envCpuMs)}`;
}

/** The throughput table (markdown, so it can go into the README as it is), the other figures, the targets. */
export function formatTable(r: BenchResult): string {
  const perSecond = (mbs: number): string => fixed(r.corpus.bytes > 0 ? (mbs * 1e6 * r.corpus.articles) / r.corpus.bytes : 0, 0);
  const rows: [string, number, number | null][] = [
    ['read + decode (stream, UTF-8, split lines)', r.baseline_read_mb_s, null],
    ['read + decode + `JSON.parse`', r.baseline_parse_mb_s, null],
    ['`charCodeAt` pass (**baseline**)', r.baseline_scan_mb_s, r.baseline_scan_cpu_mb_s],
    ['regex pass stripping diacritics', r.baseline_regex_mb_s, r.baseline_regex_cpu_mb_s],
    ...STAGES.map((s): [string, number, number | null] => [`stage: ${STAGE_LABELS[s]}${s === r.slowest_stage ? ' (slowest)' : ''}`, r.stages[s].mb_s, r.stages[s].cpu_mb_s]),
    ['whole pipeline to JSONL, 1 worker (`isnad run`)', r.pipeline_1w_mb_s, r.pipeline_1w_cpu_mb_s],
    [`whole pipeline to JSONL, ${r.workers} workers (\`isnad run\`)`, r.pipeline_nw_mb_s, r.pipeline_nw_cpu_mb_s],
    ...(r.pipeline_procs_mb_s !== null
      ? [[`${r.workers} separate 1-worker processes at once, one per share of the corpus (each with its own JIT warm-up)`, r.pipeline_procs_mb_s, r.pipeline_procs_cpu_mb_s] as [string, number, number | null]]
      : []),
  ];
  const scanCpu = r.baseline_scan_cpu_mb_s;
  const load = r.machine.loadavg_start > r.machine.cpus || r.machine.loadavg_end > r.machine.cpus;
  const lines = [
    `isnad bench: ${r.corpus.articles} articles, ${(r.corpus.bytes / 1e6).toFixed(1)} MB (${r.corpus.source}), ${r.quick ? 'quick, ' : ''}median of ${r.runs} run${r.runs === 1 ? '' : 's'}; node ${r.machine.node}, ${r.machine.cpus} cores, load average ${r.machine.loadavg_start.toFixed(1)} -> ${r.machine.loadavg_end.toFixed(1)}`,
    ...(load ? [`warning: the machine was busy (load average above ${r.machine.cpus}): wall-clock figures are low and noisy; the CPU-time columns are steadier`] : []),
    '',
    '| measurement | MB/s | articles/s | x `charCodeAt` | MB/s by CPU time | x `charCodeAt` by CPU time |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows.map(
      ([name, mbs, cpu]) =>
        `| ${name} | ${fixed(mbs)} | ${perSecond(mbs)} | ${ratioText(r.baseline_scan_mb_s > 0 ? mbs / r.baseline_scan_mb_s : null)} | ${fixed(cpu)} | ${ratioText(cpu !== null && scanCpu ? cpu / scanCpu : null)} |`,
    ),
    '',
    '| other | value |',
    '|---|---:|',
    `| claims written (1 worker run) | ${r.claims} (${r.rejected} records rejected) |`,
    `| scaling, ${r.workers} workers / 1 worker | ${fixed(r.scaling, 2)} x |`,
    `| scaling of ${r.workers} separate processes / 1 (no shared pool, a warm-up each) | ${r.machine_scaling === null ? '-' : `${fixed(r.machine_scaling, 2)} x`} |`,
    ...(r.warm_scaling
      ? [
          `| pipeline in threads of the bench, first ${fixed(r.warm_scaling.mb)} MB: cold pass, 1 / ${r.workers} threads | ${fixed(r.warm_scaling.cold_1t_mb_s)} / ${fixed(r.warm_scaling.cold_nt_mb_s)} MB/s (${fixed(r.warm_scaling.scaling_cold, 2)} x) |`,
          `| the same, warm pass (the same articles again, the code compiled) | ${fixed(r.warm_scaling.warm_1t_mb_s)} / ${fixed(r.warm_scaling.warm_nt_mb_s)} MB/s (${fixed(r.warm_scaling.scaling_warm, 2)} x) |`,
          ...(r.warm_scaling.scaling_steady !== undefined
            ? [`| the same, steady pass (after ${r.warm_scaling.articles_before_steady} articles a thread: the code compiled as far as it will be) | ${fixed(r.warm_scaling.steady_1t_mb_s ?? 0)} / ${fixed(r.warm_scaling.steady_nt_mb_s ?? 0)} MB/s (${fixed(r.warm_scaling.scaling_steady, 2)} x) |`]
            : []),
          `| JIT warm-up: CPU of a 1-thread cold pass beyond its warm pass | ${fixed(r.warm_scaling.warmup_cpu_s, 2)} s |`,
        ]
      : []),
    `| peak RSS, ${(r.corpus.bytes / 1e6).toFixed(0)} MB corpus, ${r.workers} workers | ${fixed(r.peak_rss_mb_100mb)} MB |`,
    `| peak RSS, ${(r.corpus.bytes / 1e6).toFixed(0)} MB corpus, 1 worker | ${fixed(r.peak_rss_mb_100mb_1w)} MB |`,
    `| peak RSS, ${r.corpus_big ? `${(r.corpus_big.bytes / 1e6).toFixed(0)} MB` : '1 GB'} corpus, ${r.workers} workers | ${r.peak_rss_mb_1gb === null ? 'not run' : `${fixed(r.peak_rss_mb_1gb)} MB`} |`,
    `| start-up, \`node -e 0\` (floor) | ${startup(r.startup_node_ms, r.startup_node_cpu_ms, r.startup_node_env_ms, r.startup_node_env_cpu_ms)} |`,
    `| start-up, \`isnad --version\` | ${startup(r.startup_ms, r.startup_cpu_ms, r.startup_env_ms, r.startup_env_cpu_ms)} |`,
    `| start-up, \`isnad run\` on one article, ${r.workers} workers | ${startup(r.startup_run_ms, null, r.startup_run_env_ms, null)} |`,
    `| start-up, \`isnad run\` on one article, 1 worker | ${startup(r.startup_run_1w_ms, null, r.startup_run_1w_env_ms, null)} |`,
    '',
    r.startup_extra_ca_set
      ? 'Start-up: first without NODE_EXTRA_CA_CERTS (the target is checked on this), then "as inherited" with it: Node parses the CA bundle that variable names in every process it starts, before any isnad code runs, though isnad never opens a TLS connection (worker threads do not parse it again).'
      : 'Start-up: NODE_EXTRA_CA_CERTS was not set, so both figures are the plain environment.',
    '',
    `MB/s: corpus JSONL bytes (10^6) per second of wall-clock time; "by CPU time": per second of CPU time spent (user + system, all threads). Peak RSS in MiB, from ${r.machine.rss_source === 'gnu-time' ? 'GNU time' : "the run's --stats maxRssBytes"}.`,
    '',
    'targets (wall clock; by CPU time in brackets):',
    ...Object.values(r.targets).map(
      (t) => `  ${t.status.padEnd(4)} ${t.target}: ${t.value === null ? '-' : t.value}${t.cpu_status ? ` [${t.cpu_status} ${t.cpu_value ?? '-'}]` : ''}`,
    ),
  ];
  if (r.profile && r.profile.length > 0) {
    lines.push('', 'CPU profile of `isnad run --workers 1` (top self time):');
    for (const p of r.profile) lines.push(`  ${p.selfPct.toFixed(1).padStart(5)}%  ${p.name}  ${p.place}`);
  }
  return `${lines.join('\n')}\n`;
}
