import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { SourceEntry } from '../../schemas/source.js';
import type { Executor } from './executor.js';
import { checkInputPaths } from './inputs.js';
import { BATCH_DEFAULTS, defaultWorkers, firstLine, loadSourcesFile, parseFormatFlag, parseIntegerFlag, UsageError } from './options.js';
import { createProgressBar, type ProgressBar } from './progress.js';
import { runBatch } from './run-batch.js';
import { summaryLine } from './stats.js';
import { applyInterruptBudget } from './v8-flags.js';
import { endStream } from './write-stream.js';

/** Exit codes of `isnad run`. */
export const EXIT = {
  /** Every input processed (or the rejected ones within `--max-errors`). */
  ok: 0,
  /** More inputs rejected than `--max-errors` allows (their error records were written). */
  rejected: 1,
  /** Usage error: a bad flag, a missing path, a bad `--sources` file. Nothing was processed. */
  usage: 2,
  /** The run itself failed (e.g. the output could not be written); a `-o` run can be `--resume`d. */
  failed: 3,
  /** `--fail-on-claims` and the queue is not empty. */
  claims: 4,
} as const;

/** The flags as commander parses them (strings; checked here). */
export interface RunFlags {
  readonly output?: string;
  readonly errors?: string;
  readonly stats?: string;
  readonly workers?: string;
  readonly format?: string;
  readonly maxBytes?: string;
  readonly maxErrors?: string;
  readonly sources?: string;
  readonly resume?: boolean;
  readonly failOnClaims?: boolean;
  readonly batchSize?: string;
  /** False with `--no-progress`. */
  readonly progress?: boolean;
}

/** What an executor factory is told about the run (see `RunHooks`). */
export interface ExecutorContext {
  readonly output?: string;
  readonly resume: boolean;
  readonly sources?: readonly SourceEntry[];
  /** Prints `isnad: MESSAGE` on standard error (clearing the progress bar). */
  readonly notice: (message: string) => void;
}

/** Makes the executor instead of the local pool (`--queue`); a UsageError from it exits 2. runCommand closes it. */
export type ExecutorFactory = (context: ExecutorContext) => Promise<Executor>;

export interface RunHooks {
  readonly executor?: ExecutorFactory;
}

/** `isnad run`: checks the flags, runs the batch, prints the summary; resolves with the exit code. */
export async function runCommand(inputs: readonly string[], flags: RunFlags, hooks: RunHooks = {}): Promise<number> {
  let progress: ProgressBar | null = null;
  const say = (line: string): void => {
    progress?.clear();
    process.stderr.write(`${line}\n`);
  };
  let errorsFile: WriteStream | null = null;
  let executor: Executor | undefined;
  try {
    const workers = flags.workers !== undefined ? parseIntegerFlag('--workers', flags.workers, 1) : undefined;
    const maxBytes = parseIntegerFlag('--max-bytes', flags.maxBytes ?? BATCH_DEFAULTS.maxBytes, 1);
    const maxErrors = parseIntegerFlag('--max-errors', flags.maxErrors ?? BATCH_DEFAULTS.maxErrors, 0);
    const batchSize = parseIntegerFlag('--batch-size', flags.batchSize ?? BATCH_DEFAULTS.batchSize, 1);
    const format = parseFormatFlag(flags.format ?? BATCH_DEFAULTS.format);
    if (flags.resume && !flags.output) throw new UsageError('`--resume` needs `-o FILE`: the partial output is kept beside FILE');
    const sources = flags.sources !== undefined ? await loadSourcesFile(flags.sources) : undefined;
    await checkInputPaths(inputs);

    if (flags.progress !== false && process.stderr.isTTY) progress = createProgressBar(process.stderr);
    let errorsStream: Writable;
    if (flags.errors !== undefined) {
      await mkdir(path.dirname(path.resolve(flags.errors)), { recursive: true });
      errorsFile = createWriteStream(flags.errors);
      errorsStream = errorsFile;
    } else {
      const bar = progress;
      errorsStream = new Writable({
        write(chunk: Buffer | string, _encoding, callback) {
          bar?.clear();
          process.stderr.write(chunk, callback);
        },
      });
    }

    // the pipeline's threads here (none when a queue's workers do the work): with a core to spare,
    // V8's own interrupt budget (see v8-flags.ts)
    if (!hooks.executor) applyInterruptBudget(workers ?? defaultWorkers());
    if (hooks.executor) {
      executor = await hooks.executor({
        ...(flags.output !== undefined ? { output: flags.output } : {}),
        resume: flags.resume ?? false,
        ...(sources ? { sources } : {}),
        notice: (message) => say(`isnad: ${message}`),
      });
    }
    const stats = await runBatch({
      inputs,
      ...(executor ? { executor } : {}),
      format,
      ...(workers !== undefined ? { workers } : {}),
      maxBytes,
      batchSize,
      resume: flags.resume ?? false,
      errorsStream,
      exclude: [flags.errors, flags.stats].filter((f): f is string => f !== undefined),
      ...(flags.output !== undefined ? { output: flags.output } : {}),
      ...(sources ? { sources } : {}),
      ...(progress ? { onProgress: (s) => progress?.update(s) } : {}),
      onNotice: (message) => say(`isnad: ${message}`),
    });
    if (errorsFile) await endStream(errorsFile);
    progress?.stop();
    say(summaryLine(stats));
    if (flags.stats !== undefined) {
      await mkdir(path.dirname(path.resolve(flags.stats)), { recursive: true });
      await writeFile(flags.stats, `${JSON.stringify(stats, null, 2)}\n`);
    }
    if (stats.errors > maxErrors) return EXIT.rejected;
    if (flags.failOnClaims && stats.claims.total > 0) return EXIT.claims;
    return EXIT.ok;
  } catch (err) {
    progress?.stop();
    if (errorsFile) await endStream(errorsFile).catch(() => undefined);
    if (err instanceof UsageError) {
      say(`isnad: ${err.message}`);
      return EXIT.usage;
    }
    const keep = flags.output !== undefined ? ' (the partial output is kept: rerun with --resume)' : '';
    say(`isnad: run failed: ${firstLine(err)}${keep}`);
    return EXIT.failed;
  } finally {
    await executor?.close().catch(() => undefined);
  }
}
