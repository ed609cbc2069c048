import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { partialPath } from '../batch/resume.js';

/**
 * A distributed run's id, kept beside the partial output (`FILE.partial.queue`) so that
 * `isnad run --queue ... -o FILE --resume` finds the jobs its previous coordinator enqueued
 * (finished ones are taken as they are; waiting ones are not enqueued twice).
 */
export const QUEUE_RUN_SCHEMA = 'isnad/queue-run@1';

const QueueRunSchema = z
  .object({
    schema: z.literal(QUEUE_RUN_SCHEMA),
    run: z.string().regex(/^[a-z0-9]{1,64}$/),
    pipeline: z.string(),
    queue: z.string(),
  })
  .strict();
export type QueueRun = z.infer<typeof QueueRunSchema>;

export function runStatePath(output: string): string {
  return `${partialPath(output)}.queue`;
}

export function newRunId(): string {
  return randomBytes(8).toString('hex');
}

export interface ChooseRunOptions {
  readonly output?: string;
  readonly resume: boolean;
  readonly pipeline: string;
  /** The queue URL as displayed (password hidden): a resumed run must use the same queue. */
  readonly queue: string;
  readonly onNotice?: (message: string) => void;
}

/**
 * The run id: the previous one on `--resume` when its state file matches this pipeline and queue,
 * a new one otherwise. With `-o FILE` the id is written to the state file before any job exists.
 */
export async function chooseRun(options: ChooseRunOptions): Promise<QueueRun & { readonly resumed: boolean }> {
  const fresh: QueueRun = { schema: QUEUE_RUN_SCHEMA, run: newRunId(), pipeline: options.pipeline, queue: options.queue };
  if (options.output === undefined) return { ...fresh, resumed: false };
  const file = runStatePath(options.output);
  if (options.resume) {
    const previous = await readRunState(file);
    if (previous && previous.pipeline === options.pipeline && previous.queue === options.queue) return { ...previous, resumed: true };
    options.onNotice?.(
      previous
        ? `--resume: the previous run used another pipeline version or queue; its finished jobs are not reused (run ${fresh.run})`
        : `--resume: no previous queue run recorded in ${file}; new run ${fresh.run}`,
    );
  }
  const temporary = `${file}.tmp`;
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await writeFile(temporary, `${JSON.stringify(fresh)}\n`);
  await rename(temporary, file);
  return { ...fresh, resumed: false };
}

async function readRunState(file: string): Promise<QueueRun | null> {
  try {
    const parsed = QueueRunSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Removes the state file once the run's output is in place (no `FILE.partial` left). */
export async function forgetRunIfDone(output: string): Promise<void> {
  const partialLeft = await stat(partialPath(output)).then(() => true, () => false);
  if (!partialLeft) await unlink(runStatePath(output)).catch(() => undefined);
}
