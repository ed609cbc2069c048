import { defaultWorkers, firstLine, parseIntegerFlag, UsageError } from '../batch/options.js';
import { startQueueWorker } from './queue-worker.js';
import { parseRedisUrl } from './redis-url.js';

/** Exit codes of `isnad worker`. */
export const WORKER_EXIT = {
  /** Stopped by SIGINT or SIGTERM after finishing the jobs in hand. */
  ok: 0,
  /** Usage error: a bad flag or URL. */
  usage: 2,
  /** Could not connect to Redis, or Redis stayed unreachable longer than `--queue-timeout`. */
  failed: 3,
} as const;

/** The flags as commander parses them (strings; checked here). */
export interface WorkerFlags {
  readonly queue?: string;
  readonly concurrency?: string;
  readonly lockSeconds?: string;
  readonly queueTimeout?: string;
}

export const WORKER_DEFAULTS = {
  lockSeconds: 30,
  queueTimeout: 600,
} as const;

/** `isnad worker`: serves the queue until SIGINT/SIGTERM; resolves with the exit code. */
export async function workerCommand(flags: WorkerFlags): Promise<number> {
  const say = (line: string): void => {
    process.stderr.write(`isnad worker: ${line}\n`);
  };
  let target;
  let concurrency: number;
  let lockSeconds: number;
  let timeoutSeconds: number;
  try {
    if (flags.queue === undefined) throw new UsageError('`worker` needs `--queue redis://HOST:PORT[/DB]`');
    target = parseRedisUrl(flags.queue, process.env);
    concurrency = flags.concurrency !== undefined ? parseIntegerFlag('--concurrency', flags.concurrency, 1) : defaultWorkers();
    lockSeconds = parseIntegerFlag('--lock-seconds', flags.lockSeconds ?? WORKER_DEFAULTS.lockSeconds, 1);
    timeoutSeconds = parseIntegerFlag('--queue-timeout', flags.queueTimeout ?? WORKER_DEFAULTS.queueTimeout, 1);
  } catch (err) {
    process.stderr.write(`isnad: ${firstLine(err)}\n`);
    return err instanceof UsageError ? WORKER_EXIT.usage : WORKER_EXIT.failed;
  }

  let worker;
  try {
    worker = await startQueueWorker({ target, concurrency, lockSeconds, timeoutSeconds, onLog: say });
  } catch (err) {
    say(firstLine(err));
    return WORKER_EXIT.failed;
  }
  const running = worker;
  let signals = 0;
  const onSignal = (signal: NodeJS.Signals): void => {
    signals += 1;
    if (signals > 1) {
      say(`${signal} again: exiting now (jobs in hand are delivered again to another worker)`);
      process.exit(130);
    }
    say(`${signal}: finishing the jobs in hand, then stopping (${signal} again to stop now)`);
    void running.close();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    await running.stopped;
    const cpu = process.cpuUsage();
    say(`stopped after ${running.completed} job${running.completed === 1 ? '' : 's'} (${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU, all threads)`);
    return WORKER_EXIT.ok;
  } catch (err) {
    say(firstLine(err));
    return WORKER_EXIT.failed;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
