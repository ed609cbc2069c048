import type { Command } from 'commander';

// Temporary: the batch runner (issue 3) replaces this with the full `run` command.
export function registerRun(program: Command): void {
  program
    .command('run')
    .description('extract claims from articles (.txt files, directories, or - for standard input) to JSONL')
    .argument('<input...>', 'files, directories, or - for standard input')
    .option('-o, --output <file>', 'write JSONL here instead of standard output')
    .action(async (inputs: string[], opts: { output?: string }) => {
      const { readFile, writeFile, mkdir } = await import('node:fs/promises');
      const path = await import('node:path');
      const { processArticle } = await import('../process-article.js');
      const lines: string[] = [];
      for (const input of inputs) {
        const text = (await readFile(input, 'utf8')).replace(/^\uFEFF/, '');
        const id = path.basename(input).replace(/\.[^.]+$/, '');
        for (const claim of processArticle({ id, text }).claims) lines.push(JSON.stringify(claim));
      }
      const out = lines.map((l) => `${l}\n`).join('');
      if (opts.output) {
        await mkdir(path.dirname(opts.output), { recursive: true });
        await writeFile(opts.output, out);
      } else process.stdout.write(out);
    });
}
