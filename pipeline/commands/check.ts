import type { Command } from 'commander';

// Placeholder registration; the issue that owns `isnad check` replaces this file.
export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('(not built yet)')
    .allowUnknownOption()
    .action(() => {
      process.stderr.write('isnad: `check` is not built yet\n');
      process.exitCode = 2;
    });
}
