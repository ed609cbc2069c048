import type { Command } from 'commander';

/** `isnad run`: the batch runner (pipeline/batch), imported only when the command runs. */
export function registerRun(program: Command): void {
  program
    .command('run')
    .description('extract checkable claims from articles into a verification queue (JSONL, one claim a line, in input order)')
    .argument(
      '<input...>',
      'files (.txt, .md: one article each; .jsonl: one article record a line), directories (their .txt, .md and .jsonl files, recursively, in sorted order; hidden entries skipped), or - for standard input',
    )
    .option('-o, --output <file>', 'write the queue to FILE, atomically: FILE.partial is renamed into place when the run completes (default: standard output)')
    .option('--errors <file>', 'write error records (isnad/error@1, one a line) to FILE (default: standard error)')
    .option('--stats <file>', 'write the run summary as JSON to FILE (default: none)')
    .option('-w, --workers <n>', 'worker threads; 1 runs in-process (default: one per core; in-process when the whole input fits in one batch)')
    .option('--format <format>', 'how to read - and files named directly: auto (by extension; - is text), text or jsonl (default: auto)')
    .option('--max-bytes <n>', `largest article accepted, in bytes: a file's size or a JSONL line's length (default: ${5 * 1024 * 1024}, 5 MB)`)
    .option('--max-errors <n>', 'rejected inputs allowed before the exit code is 1 (default: 0)')
    .option('--sources <file>', 'JSON source registry merged over the built-in one (default: built-in only)')
    .option('--resume', 'continue an interrupted `-o FILE` run from FILE.partial, skipping articles already done (default: off, start over)')
    .option('--fail-on-claims', 'exit 4 when the queue is not empty (default: off)')
    .option('--batch-size <n>', 'articles sent to a worker in one message (default: 64)')
    .option('--queue <url>', 'process on `isnad worker`s through Redis instead of local threads: redis://[[user]:password@]host[:port][/db], or rediss://... for TLS; the password may come from ISNAD_REDIS_PASSWORD instead (default: local threads, no Redis)')
    .option('--queue-timeout <seconds>', 'with --queue: fail the run (exit 3, resumable) when Redis is unreachable, or no job finishes, for this long (default: 600)')
    .option('--no-progress', 'never draw the progress bar (default: drawn on standard error when it is a terminal)')
    .addHelpText(
      'after',
      `
An article's id is its file's path relative to the directory named (or its base name when the
file is named directly), without the extension, with / separators; a JSONL record carries its own
id; standard input as text is "stdin". Every rejected input (invalid-utf8, binary-file,
empty-input, too-large, malformed-jsonl, invalid-record, duplicate-id, unreadable, stage-failed)
gets one error record and the run goes on; the summary on standard error reconciles
inputs = articles + errors.

Exit codes: 0 all inputs processed; 1 more inputs rejected than --max-errors allows;
2 usage error; 3 the run failed (a -o run can then be --resume'd); 4 --fail-on-claims and the
queue is not empty (1 takes precedence over 4).`,
    )
    .action(async (inputs: string[], flags: Record<string, unknown>) => {
      const { runCommand } = await import('../batch/run-command.js');
      // bullmq is loaded only for a distributed run.
      const hooks = flags.queue !== undefined ? { executor: (await import('../queue/run-executor.js')).queueExecutorFactory(flags) } : {};
      process.exitCode = await runCommand(inputs, flags, hooks);
    });
}
