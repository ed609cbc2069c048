#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { VERSION } from './version.js';
import { registerRun } from './commands/run.js';
import { registerSchema } from './commands/schema.js';
import { registerDiff } from './commands/diff.js';
import { registerCheck } from './commands/check.js';
import { registerWorker } from './commands/worker.js';

/** Exit codes every command shares. */
export const EXIT_USAGE = 2;

const program = new Command('isnad')
  .description('Turns Arabic news articles into a verification queue of checkable claims (JSONL).')
  .version(VERSION, '-V, --version')
  .exitOverride()
  .showHelpAfterError(false)
  .configureOutput({
    outputError: (str, write) => write(`isnad: ${str.replace(/^error: /, '').trim()}\n`),
  });

registerRun(program);
registerSchema(program);
registerDiff(program);
registerCheck(program);
registerWorker(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    process.exitCode = err.exitCode === 0 ? 0 : EXIT_USAGE;
  } else {
    process.stderr.write(`isnad: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = EXIT_USAGE;
  }
}
