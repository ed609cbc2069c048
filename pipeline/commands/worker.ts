import type { Command } from 'commander';

// Placeholder registration; the issue that owns `isnad worker` replaces this file.
export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('(not built yet)')
    .allowUnknownOption()
    .action(() => {
      process.stderr.write('isnad: `worker` is not built yet\n');
      process.exitCode = 2;
    });
}
