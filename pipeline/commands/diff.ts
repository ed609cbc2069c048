import type { Command } from 'commander';

// Placeholder registration; the issue that owns `isnad diff` replaces this file.
export function registerDiff(program: Command): void {
  program
    .command('diff')
    .description('(not built yet)')
    .allowUnknownOption()
    .action(() => {
      process.stderr.write('isnad: `diff` is not built yet\n');
      process.exitCode = 2;
    });
}
