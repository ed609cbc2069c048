import { availableParallelism } from 'node:os';
import { readFile } from 'node:fs/promises';
import { parseSourceRegistry, type SourceEntry } from '../../schemas/source.js';

/** How an input is read: by its extension (`auto`), as one plain-text article, or as JSONL article records. */
export type InputFormat = 'auto' | 'text' | 'jsonl';
export const INPUT_FORMATS: readonly InputFormat[] = ['auto', 'text', 'jsonl'];

/** Defaults of `isnad run` / `runBatch`, merged once. */
export const BATCH_DEFAULTS = {
  format: 'auto' as InputFormat,
  /** Largest article accepted: a file's size, or a JSONL line's length, in bytes (5 MB). */
  maxBytes: 5 * 1024 * 1024,
  /** Rejected inputs tolerated before the exit code becomes 1. */
  maxErrors: 0,
  /** Articles sent to a worker in one message. */
  batchSize: 64,
  /** A batch is also closed once its article texts reach this many bytes (1 MB). */
  batchBytes: 1024 * 1024,
} as const;

/** One thread per core. */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

/** A bad flag, path or option value: the CLI prints the message on one line and exits 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Parses an integer flag value, p-queue style: ``Expected `--workers` to be an integer >= 1, got `0` ``. */
export function parseIntegerFlag(flag: string, raw: string | number, min: number): number {
  const text = String(raw).trim();
  const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min) {
    throw new UsageError(`Expected \`${flag}\` to be an integer >= ${min}, got \`${String(raw)}\``);
  }
  return value;
}

export function parseFormatFlag(raw: string): InputFormat {
  if ((INPUT_FORMATS as readonly string[]).includes(raw)) return raw as InputFormat;
  throw new UsageError(`Expected \`--format\` to be one of ${INPUT_FORMATS.join(', ')}, got \`${raw}\``);
}

/** Reads and validates a `--sources FILE` registry; any problem is a UsageError naming the file. */
export async function loadSourcesFile(file: string): Promise<SourceEntry[]> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : firstLine(err);
    throw new UsageError(`--sources ${file}: ${reason}`);
  }
  try {
    return parseSourceRegistry(json);
  } catch (err) {
    throw new UsageError(`--sources ${file}: ${firstLine(err)}`);
  }
}

export function firstLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n', 1)[0] ?? '';
}
