import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseSourceRegistry, type SourceEntry } from '../../schemas/source.js';
import { applyCarryOver } from './carry-over.js';
import { diffArticles } from './diff-claims.js';
import { formatChangesText } from './format-text.js';
import { DiffInputError, loadSide } from './load-inputs.js';

export interface DiffCommandOptions {
  /** `jsonl` (default): change records; `text`: a readable report. */
  readonly format?: 'jsonl' | 'text';
  /** Also write `unchanged` records. */
  readonly all?: boolean;
  /** Exit 1 when anything changed. */
  readonly exitCode?: boolean;
  /** A reviewed claim JSONL: write the new queue with its verdicts carried over. */
  readonly carry?: string;
  /** Write here instead of standard output. */
  readonly output?: string;
  /** A source registry file for the pipeline (article inputs). */
  readonly sources?: string;
}

/** What the command writes and its exit code; the caller does the writing. */
export interface DiffCommandResult {
  readonly exitCode: 0 | 1 | 2;
  readonly stdout: string;
  readonly stderr: string;
}

const usage = (message: string): DiffCommandResult => ({ exitCode: 2, stdout: '', stderr: `isnad: ${message}\n` });

/** `isnad diff OLD NEW` and `isnad diff --carry REVIEWED NEW`, minus the process plumbing. */
export async function diffCommand(args: readonly string[], opts: DiffCommandOptions): Promise<DiffCommandResult> {
  const carry = opts.carry;
  if (carry !== undefined) {
    if (args.length !== 1) return usage(`diff --carry takes one input (NEW), got ${args.length}`);
    if (opts.format === 'text') return usage('diff --carry writes a claim queue (JSONL); --format text does not apply');
    if (opts.all) return usage('diff --carry writes the new queue; --all does not apply');
  } else if (args.length !== 2) {
    return usage(`diff takes two inputs (OLD NEW), got ${args.length}`);
  }
  try {
    const sources = opts.sources === undefined ? undefined : await readSources(opts.sources);
    const loadOptions = sources ? { sources } : {};
    const oldPath = carry ?? args[0]!;
    const newPath = carry === undefined ? args[1]! : args[0]!;
    const before = await loadSide(oldPath, loadOptions);
    if (carry !== undefined && before.kind !== 'claim-jsonl') {
      return usage(`--carry expects a claim JSONL (isnad/claim@1), got ${before.kind.replace('-', ' ')} ${carry}`);
    }
    const after = await loadSide(newPath, loadOptions);
    const changes = diffArticles(before.articles, after.articles, { unchanged: true });
    const changed = changes.some((ch) => ch.op !== 'unchanged');
    let out: string;
    if (carry !== undefined) {
      out = toJsonl(applyCarryOver(changes, after.articles.flatMap((a) => a.claims)));
    } else if (opts.format === 'text') {
      out = formatChangesText(changes, { texts: { before: before.texts, after: after.texts }, showUnchanged: opts.all === true });
    } else {
      out = toJsonl(opts.all ? changes : changes.filter((ch) => ch.op !== 'unchanged'));
    }
    const exitCode = opts.exitCode && changed ? 1 : 0;
    if (opts.output !== undefined) {
      await mkdir(path.dirname(opts.output), { recursive: true });
      await writeFile(opts.output, out);
      return { exitCode, stdout: '', stderr: '' };
    }
    return { exitCode, stdout: out, stderr: '' };
  } catch (err) {
    if (err instanceof DiffInputError) return usage(err.message);
    throw err;
  }
}

function toJsonl(records: readonly unknown[]): string {
  let s = '';
  for (const r of records) s += `${JSON.stringify(r)}\n`;
  return s;
}

async function readSources(file: string): Promise<SourceEntry[]> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    throw new DiffInputError(`cannot read source registry ${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
  try {
    return parseSourceRegistry(json);
  } catch (err) {
    throw new DiffInputError(`${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
}
