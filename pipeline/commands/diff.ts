import { Option, type Command } from 'commander';

export function registerDiff(program: Command): void {
  program
    .command('diff')
    .description(
      'what changed in the claims between two versions of an article: OLD and NEW are article files (.txt, .md), ' +
        'directories of them, article JSONL corpora, or claim JSONL files from `isnad run`',
    )
    .usage('[options] OLD NEW | --carry REVIEWED NEW')
    .argument('[inputs...]', 'OLD NEW (or only NEW with --carry)')
    .addOption(new Option('--format <format>', 'jsonl: change records (isnad/change@1); text: a readable report').choices(['jsonl', 'text']).default('jsonl'))
    .option('--all', 'also write unchanged claims')
    .option('--exit-code', 'exit 1 when anything changed (for CI gates)')
    .option('--carry <reviewed>', 'write the NEW claim queue, keeping status and review of unchanged claims from REVIEWED (a claim JSONL)')
    .option('-o, --output <file>', 'write here instead of standard output')
    .option('--sources <file>', 'source registry (JSON) for articles run through the pipeline')
    .action(async (inputs: string[], opts: Record<string, unknown>) => {
      const { diffCommand } = await import('../diff/run-diff.js');
      const result = await diffCommand(inputs, {
        format: opts.format as 'jsonl' | 'text',
        all: opts.all === true,
        exitCode: opts.exitCode === true,
        ...(typeof opts.carry === 'string' ? { carry: opts.carry } : {}),
        ...(typeof opts.output === 'string' ? { output: opts.output } : {}),
        ...(typeof opts.sources === 'string' ? { sources: opts.sources } : {}),
      });
      if (result.stdout) process.stdout.write(result.stdout);
      if (result.stderr) process.stderr.write(result.stderr);
      process.exitCode = result.exitCode;
    });
}
