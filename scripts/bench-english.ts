/**
 * What compromise costs the English stage (issue 6):
 *  - start-up: the time to `require('compromise')` in a fresh Node process (median of --runs);
 *  - throughput: English MB/s of `processEnglishArticle` on ../shared/corpus-ar/pairs/en-00*.txt,
 *    each file an article, repeated --repeat times, against compromise's own parse of the same text.
 *
 *   npm run -s build && node dist/scripts/bench-english.js [--runs 5] [--repeat 10] [--json]
 *
 * Wall times on a shared machine are noisy; CPU time (user + system) is reported beside them.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findRepoRoot } from './gold.js';
import { processEnglishArticle } from '../stages/english/index.js';

interface Args {
  runs: number;
  repeat: number;
  json: boolean;
}

function parseArgs(argv: readonly string[]): Args | string {
  const args: Args = { runs: 5, repeat: 10, json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') args.json = true;
    else if (a === '--runs' || a === '--repeat') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1) return `expected \`${a}\` to be an integer >= 1, got \`${argv[i] ?? ''}\``;
      args[a === '--runs' ? 'runs' : 'repeat'] = n;
    } else return `unknown argument \`${a}\` (usage: bench-english [--runs N] [--repeat N] [--json])`;
  }
  return args;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

/** Milliseconds to require compromise in a fresh process, measured inside it. */
function requireTime(root: string): number {
  const script = `const t=performance.now();require('compromise');process.stdout.write(String(performance.now()-t))`;
  return Number(execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' }));
}

function timed(fn: () => void): { wallMs: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const t = performance.now();
  fn();
  const wallMs = performance.now() - t;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000 };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    process.stderr.write(`bench-english: ${args}\n`);
    process.exitCode = 2;
    return;
  }
  const root = findRepoRoot();
  const dir = join(root, '..', 'shared', 'corpus-ar', 'pairs');
  const files = readdirSync(dir).filter((f) => /^en-00\d\.txt$/.test(f)).sort();
  const texts = files.map((f) => readFileSync(join(dir, f), 'utf8'));
  const bytesOnce = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);

  const startup = Array.from({ length: args.runs }, () => requireTime(root));
  const inProcessLoad = timed(() => createRequire(import.meta.url)('compromise'));
  const nlp = createRequire(import.meta.url)('compromise') as (text: string) => { compute(m: string): unknown };

  // Warm up once, then measure.
  for (const [n, text] of texts.entries()) processEnglishArticle({ id: `warm-${n}`, text });
  let claims = 0;
  const extract = timed(() => {
    for (let r = 0; r < args.repeat; r++) {
      for (const [n, text] of texts.entries()) claims += processEnglishArticle({ id: `${r}-${n}`, text }).claims.length;
    }
  });
  const parse = timed(() => {
    for (let r = 0; r < args.repeat; r++) for (const text of texts) nlp(text).compute('offset');
  });
  const mb = (bytesOnce * args.repeat) / 1e6;
  const report = {
    input: { files, bytesPerRepeat: bytesOnce, repeat: args.repeat, mb: Number(mb.toFixed(3)) },
    startup: {
      requireMsMedian: Number(median(startup).toFixed(1)),
      requireMsRuns: startup.map((x) => Number(x.toFixed(1))),
      inProcessRequireMs: Number(inProcessLoad.wallMs.toFixed(1)),
    },
    extraction: {
      wallMs: Math.round(extract.wallMs),
      cpuMs: Math.round(extract.cpuMs),
      mbPerSecondWall: Number((mb / (extract.wallMs / 1000)).toFixed(3)),
      mbPerSecondCpu: Number((mb / (extract.cpuMs / 1000)).toFixed(3)),
      claims,
    },
    compromiseParseOnly: {
      wallMs: Math.round(parse.wallMs),
      mbPerSecondWall: Number((mb / (parse.wallMs / 1000)).toFixed(3)),
      shareOfExtraction: Number((parse.wallMs / extract.wallMs).toFixed(2)),
    },
    heapUsedMb: Math.round(process.memoryUsage().heapUsed / 1e6),
  };
  if (args.json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  const lines = [
    `input: ${files.length} English articles (${bytesOnce} bytes) x ${args.repeat} = ${report.input.mb} MB`,
    `start-up: require('compromise') ${report.startup.requireMsMedian} ms median of ${args.runs} fresh processes (${report.startup.requireMsRuns.join(', ')})`,
    `extraction: ${report.extraction.mbPerSecondWall} MB/s wall, ${report.extraction.mbPerSecondCpu} MB/s CPU (${report.extraction.wallMs} ms, ${claims} claims)`,
    `compromise parse alone: ${report.compromiseParseOnly.mbPerSecondWall} MB/s (${Math.round(report.compromiseParseOnly.shareOfExtraction * 100)}% of extraction time)`,
    `heap used: ${report.heapUsedMb} MB`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main();
