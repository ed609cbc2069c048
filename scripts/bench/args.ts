/**
 * The bench's command line: its flags, their defaults (`--quick` changes three of them), and the
 * usage `--help` prints.
 */
import path from 'node:path';

export interface BenchArgs {
  /** `--help`: print the usage and exit. */
  readonly help: boolean;
  readonly quick: boolean;
  readonly json: boolean;
  readonly runs: number;
  /** Size of the main corpus in MB; 0: the whole input file. */
  readonly sizeMb: number;
  /** Size of the big corpus in MB; 0: no big run. */
  readonly bigMb: number;
  readonly startupSpawns: number;
  readonly profile: boolean;
  readonly profileMb: number;
  /** Size in MB of the warm-scaling corpus (the first MB of the main one); 0: not measured. */
  readonly warmMb: number;
  readonly input: string;
  readonly keep: boolean;
}

/** The bench corpus, read by path from the shared folder beside the repository. */
export function defaultInput(root: string): string {
  return path.join(root, '../shared/corpus-ar/bench/ant-multisource.jsonl');
}

export const BENCH_USAGE = `Usage: node dist/scripts/bench.js [options]   (or: npm run bench -- [options])

Measures isnad's throughput, scaling, peak memory and start-up against in-process baselines.

Options:
  --quick          a reduced run for development: 5 MB corpus, 1 run, no 1 GB run, 5 start-up spawns
  --json           print one JSON object instead of the table
  --runs N         runs of each measurement, the median kept (default 3; --quick: 1)
  --size-mb N      main corpus: a prefix of the input of N MB; 0 = the whole input (default 0; --quick: 5)
  --big-mb N       streamed big corpus for peak memory, in MB; 0 = none (default 1000; --quick: 0)
  --profile        also profile a 1-worker run (node --cpu-prof) and list its top self-time functions
  --profile-mb N   size of the profiled corpus in MB (default 5)
  --warm-mb N      warm scaling: the pipeline in 1 and in one-per-core threads of the bench, a cold,
                   a warm and (after every thread has run 20,000 articles) a steady pass each, over
                   the first N MB of the corpus; 0 = skip (default 20)
  --input FILE     the source corpus, JSONL (default ../shared/corpus-ar/bench/ant-multisource.jsonl)
  --keep           keep the temporary folder (corpora, outputs) and print where it is
  -h, --help       print this help and exit

Example: the 1 GB memory run alone: node dist/scripts/bench.js --json --size-mb 2 --runs 1
`;

/** Parses the bench's arguments; an unknown one or a bad number throws with a message naming it. */
export function parseBenchArgs(argv: readonly string[], root: string): BenchArgs {
  const help = argv.includes('--help') || argv.includes('-h');
  const quick = argv.includes('--quick');
  let json = false;
  let runs = quick ? 1 : 3;
  let sizeMb = quick ? 5 : 0;
  let bigMb = quick ? 0 : 1000;
  let profile = false;
  let profileMb = 5;
  let warmMb = 20;
  let input = defaultInput(root);
  let keep = false;
  const number = (flag: string, raw: string | undefined, min: number): number => {
    const v = Number(raw);
    if (raw === undefined || !Number.isFinite(v) || v < min) throw new Error(`Expected \`${flag}\` to be a number >= ${min}, got \`${raw}\``);
    return v;
  };
  for (let i = 0; i < argv.length && !help; i++) {
    const a = argv[i]!;
    if (a === '--quick') continue;
    else if (a === '--json') json = true;
    else if (a === '--runs') runs = Math.round(number(a, argv[++i], 1));
    else if (a === '--size-mb') sizeMb = number(a, argv[++i], 0);
    else if (a === '--big-mb') bigMb = number(a, argv[++i], 0);
    else if (a === '--profile') profile = true;
    else if (a === '--profile-mb') profileMb = number(a, argv[++i], 0.1);
    else if (a === '--warm-mb') warmMb = number(a, argv[++i], 0);
    else if (a === '--input') input = argv[++i] ?? '';
    else if (a === '--keep') keep = true;
    else throw new Error(`unknown argument \`${a}\` (see --help)`);
  }
  return { help, quick, json, runs, sizeMb, bigMb, startupSpawns: quick ? 5 : 10, profile, profileMb, warmMb, input, keep };
}
