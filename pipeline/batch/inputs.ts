import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError, type InputFormat } from './options.js';

/** Extensions read inside a directory (and the ones `auto` recognises). */
export const TEXT_EXTENSIONS: readonly string[] = ['.txt', '.md'];
export const JSONL_EXTENSIONS: readonly string[] = ['.jsonl'];

/** One input the reader will open: a file (plain text or JSONL), standard input, or a path that could not be listed. */
export type InputSource =
  | { readonly kind: 'file'; readonly path: string; readonly name: string; readonly id: string; readonly format: 'text' | 'jsonl' }
  | { readonly kind: 'stdin'; readonly name: string; readonly id: string; readonly format: 'text' | 'jsonl' }
  | { readonly kind: 'unreadable'; readonly name: string; readonly id: string; readonly message: string };

export const STDIN_NAME = '-';
export const STDIN_ID = 'stdin';

export interface ListOptions {
  readonly format: InputFormat;
  /** Absolute paths never read as inputs (the run's own output, partial and sidecar files). */
  readonly exclude?: ReadonlySet<string>;
}

/**
 * Fails with a UsageError (exit 2) when a named path does not exist, before anything is read or
 * written. Other problems with a path (permissions, a dangling link inside a directory) become
 * `unreadable` error records instead.
 */
export async function checkInputPaths(inputs: readonly string[]): Promise<void> {
  if (inputs.length === 0) throw new UsageError('missing input: give files, directories or - for standard input');
  if (inputs.filter((i) => i === STDIN_NAME).length > 1) throw new UsageError('`-` (standard input) can be given only once');
  for (const input of inputs) {
    if (input === STDIN_NAME) continue;
    try {
      await stat(input);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') throw new UsageError(`no such file or directory: ${input}`);
    }
  }
}

/**
 * The inputs in the order they are read: each named path in turn; a directory's `.txt`, `.md`
 * and `.jsonl` files recursively, entries sorted by name (code-unit order, the same on every
 * machine), hidden entries skipped. A file's article id is its path relative to the directory
 * named (or its base name when named directly), without the extension, with `/` separators.
 */
export async function* listInputs(inputs: readonly string[], options: ListOptions): AsyncGenerator<InputSource> {
  for (const input of inputs) {
    if (input === STDIN_NAME) {
      yield { kind: 'stdin', name: STDIN_NAME, id: STDIN_ID, format: options.format === 'jsonl' ? 'jsonl' : 'text' };
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch (err) {
      yield { kind: 'unreadable', name: input, id: stripExtension(path.basename(input)), message: errnoMessage(err) };
      continue;
    }
    if (info.isDirectory()) {
      yield* walk(input, '', options, new Set([await realpath(input)]));
      continue;
    }
    const format = options.format === 'auto' ? formatOf(input) ?? 'text' : options.format;
    yield { kind: 'file', path: input, name: input, id: stripExtension(path.basename(input)), format };
  }
}

async function* walk(dir: string, rel: string, options: ListOptions, seen: Set<string>): AsyncGenerator<InputSource> {
  const here = rel === '' ? dir : path.join(dir, ...rel.split('/'));
  let entries;
  try {
    entries = await readdir(here, { withFileTypes: true });
  } catch (err) {
    yield { kind: 'unreadable', name: here, id: rel, message: errnoMessage(err) };
    return;
  }
  const names = entries.filter((e) => !e.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of names) {
    const childRel = rel === '' ? entry.name : `${rel}/${entry.name}`;
    const full = path.join(here, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = await stat(full);
        isDir = target.isDirectory();
        isFile = target.isFile();
      } catch (err) {
        if (formatOf(entry.name)) yield { kind: 'unreadable', name: full, id: stripExtension(childRel), message: errnoMessage(err) };
        continue;
      }
    }
    if (isDir) {
      const real = await realpath(full).catch(() => full);
      if (seen.has(real)) continue;
      seen.add(real);
      yield* walk(dir, childRel, options, seen);
      continue;
    }
    const format = formatOf(entry.name);
    if (!format) continue;
    if (options.exclude?.has(path.resolve(full))) continue;
    if (!isFile) {
      yield { kind: 'unreadable', name: full, id: stripExtension(childRel), message: 'not a regular file' };
      continue;
    }
    yield { kind: 'file', path: full, name: full, id: stripExtension(childRel), format };
  }
}

/** `jsonl` for `.jsonl`, `text` for `.txt`/`.md`, otherwise undefined (case-insensitive). */
export function formatOf(file: string): 'text' | 'jsonl' | undefined {
  const ext = path.extname(file).toLowerCase();
  if (JSONL_EXTENSIONS.includes(ext)) return 'jsonl';
  if (TEXT_EXTENSIONS.includes(ext)) return 'text';
  return undefined;
}

export function stripExtension(name: string): string {
  return name.replace(/\.[^./]*$/, '');
}

/** The total size of the named inputs in bytes (for the progress bar's ETA); standard input counts 0. */
export async function totalInputBytes(inputs: readonly string[], options: ListOptions): Promise<number> {
  let total = 0;
  for await (const source of listInputs(inputs, options)) {
    if (source.kind !== 'file') continue;
    total += await stat(source.path).then((s) => s.size, () => 0);
  }
  return total;
}

export function errnoMessage(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  const reasons: Record<string, string> = {
    ENOENT: 'no such file (or a dangling link)',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EISDIR: 'is a directory',
    ELOOP: 'too many levels of symbolic links',
    EIO: 'input/output error',
  };
  return (e.code && reasons[e.code]) ?? (e.code ? `cannot read (${e.code})` : `cannot read: ${String(e.message ?? err)}`);
}
