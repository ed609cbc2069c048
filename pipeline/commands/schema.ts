import type { Command } from 'commander';

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema of a claim record (isnad/claim@1)')
    .action(async () => {
      const { claimJsonSchema } = await import('../../schemas/json-schema.js');
      process.stdout.write(`${JSON.stringify(claimJsonSchema(), null, 2)}\n`);
    });
}
