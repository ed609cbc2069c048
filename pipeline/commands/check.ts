import { InvalidArgumentError, Option, type Command } from 'commander';

const EXIT_FAIL = 1;
const EXIT_USAGE = 2;

function lang(value: string): 'ar' | 'en' {
  if (value !== 'ar' && value !== 'en') throw new InvalidArgumentError(`expected ar or en, got \`${value}\``);
  return value;
}

interface CheckOptions {
  against: string[];
  format: 'jsonl' | 'text';
  exitCode?: boolean;
  lang?: 'ar' | 'en';
  sourceLang?: 'ar' | 'en';
  sources?: string;
}

/** `isnad check ARTICLE --against SOURCE...`: are the article's figures in its sources? */
export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('check the figures of an article against its source texts (Arabic or English .txt), and pair quotes for comparison')
    .argument('<article>', 'the article (.txt); language from its script unless --lang')
    .requiredOption('--against <source...>', 'source texts (.txt) the article relies on')
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl', 'text']).default('jsonl'))
    .option('--exit-code', 'exit 1 when a figure is a mismatch or not found in the sources')
    .option('--lang <lang>', 'language of the article (ar|en), instead of detecting it', lang)
    .option('--source-lang <lang>', 'language of the sources (ar|en), instead of detecting it', lang)
    .option('--sources <file>', 'extra source registry entries (JSON), merged over the built-in registry')
    .action(async (article: string, opts: CheckOptions) => {
      const { checkFiles } = await import('../check/run-check.js');
      const { failsCheck } = await import('../check/check-article.js');
      const { formatCheckText } = await import('../check/format-text.js');
      let sources;
      if (opts.sources !== undefined) {
        const { readFile } = await import('node:fs/promises');
        const { parseSourceRegistry } = await import('../../schemas/source.js');
        try {
          sources = parseSourceRegistry(JSON.parse(await readFile(opts.sources, 'utf8')));
        } catch (err) {
          process.stderr.write(`isnad: --sources ${opts.sources}: ${err instanceof Error ? err.message : String(err)}\n`);
          process.exitCode = EXIT_USAGE;
          return;
        }
      }
      let records;
      try {
        records = await checkFiles(article, opts.against, {
          ...(opts.lang ? { lang: opts.lang } : {}),
          ...(opts.sourceLang ? { sourceLang: opts.sourceLang } : {}),
          ...(sources ? { sources } : {}),
        });
      } catch (err) {
        process.stderr.write(`isnad: ${err instanceof Error ? err.message : String(err)}\n`);
        process.exitCode = EXIT_USAGE;
        return;
      }
      const out = opts.format === 'text' ? formatCheckText(records) : records.map((r) => `${JSON.stringify(r)}\n`).join('');
      process.stdout.write(out);
      if (opts.exitCode && records.some(failsCheck)) process.exitCode = EXIT_FAIL;
    });
}
