#!/usr/bin/env node
import { VERSION } from './version.js';

/** Exit codes every command shares. */
export const EXIT_USAGE = 2;

// `isnad --version` alone answers before commander and the commands are loaded (start-up time).
const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) process.stdout.write(`${VERSION}\n`);
else await main();

async function main(): Promise<void> {
  // before any pipeline module is compiled (see v8-flags.ts: less optimizing-compiler work)
  (await import('./batch/v8-flags.js')).applyV8Flags();
  const [{ Command, CommanderError }, { registerRun }, { registerSchema }, { registerDiff }, { registerCheck }, { registerWorker }] = await Promise.all([
    import('commander'),
    import('./commands/run.js'),
    import('./commands/schema.js'),
    import('./commands/diff.js'),
    import('./commands/check.js'),
    import('./commands/worker.js'),
  ]);

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
}
