import type { ExecutorContext, ExecutorFactory } from '../batch/run-command.js';
import { parseIntegerFlag } from '../batch/options.js';
import { PIPELINE_VERSION } from '../version.js';
import { queueNameFor } from './connection.js';
import { createQueueExecutor, type QueueExecutor } from './queue-executor.js';
import { parseRedisUrl } from './redis-url.js';
import { chooseRun, forgetRunIfDone } from './run-state.js';

/** The `isnad run` flags of a distributed run (strings, as commander parses them). */
export interface QueueRunFlags {
  readonly queue?: string;
  readonly queueTimeout?: string;
}

export const QUEUE_RUN_DEFAULTS = {
  /** Seconds without Redis, or without a finished job, before the run fails (resumable). */
  queueTimeout: 600,
} as const;

/**
 * The executor of `isnad run --queue URL`: checks the flags (a UsageError for a bad URL, with
 * its password hidden), picks the run id (the previous one on `--resume`), connects, and on
 * close forgets the run id once the output is in place.
 */
export function queueExecutorFactory(flags: QueueRunFlags, env: Readonly<Record<string, string | undefined>> = process.env): ExecutorFactory {
  return async (context: ExecutorContext): Promise<QueueExecutor> => {
    const target = parseRedisUrl(flags.queue ?? '', env);
    const timeoutSeconds = parseIntegerFlag('--queue-timeout', flags.queueTimeout ?? QUEUE_RUN_DEFAULTS.queueTimeout, 1);
    const run = await chooseRun({
      ...(context.output !== undefined ? { output: context.output } : {}),
      resume: context.resume,
      pipeline: PIPELINE_VERSION,
      queue: `${target.display} ${queueNameFor(PIPELINE_VERSION)}`,
      onNotice: context.notice,
    });
    const executor = await createQueueExecutor({
      target,
      run: run.run,
      timeoutSeconds,
      // Without -o nothing can be resumed: a failed run takes its waiting jobs away.
      keepUnfinished: context.output !== undefined,
      onNotice: context.notice,
      ...(context.sources ? { sources: context.sources } : {}),
    });
    context.notice(`${run.resumed ? 'resuming' : 'starting'} run ${run.run} on queue ${executor.queueName} at ${executor.display}`);
    // Not a spread: `workers` is a getter that grows as results arrive.
    return {
      concurrency: executor.concurrency,
      get workers() {
        return executor.workers;
      },
      queueName: executor.queueName,
      display: executor.display,
      counts: executor.counts,
      process: (batch) => executor.process(batch),
      async close() {
        await executor.close();
        context.notice(describeCounts(executor));
        if (context.output !== undefined) await forgetRunIfDone(context.output);
      },
    };
  };
}

/** One line about the queue side of a run: `queue NAME at URL: 24 jobs, 24 finished (10 before this coordinator started), 1 delivered again ...`. */
export function describeCounts(executor: Pick<QueueExecutor, 'queueName' | 'display' | 'counts'>): string {
  const c = executor.counts;
  const parts = [`${c.enqueued} job${c.enqueued === 1 ? '' : 's'}`, `${c.completed} finished${c.reused > 0 ? ` (${c.reused} before this coordinator started)` : ''}`];
  if (c.failed > 0) parts.push(`${c.failed} failed (their articles are job-failed errors)`);
  if (c.redelivered > 0) parts.push(`${c.redelivered} delivered again after a worker stopped`);
  if (c.requeued > 0) parts.push(`${c.requeued} enqueued again after Redis lost them`);
  return `queue ${executor.queueName} at ${executor.display}: ${parts.join(', ')}`;
}
