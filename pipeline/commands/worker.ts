import type { Command } from 'commander';

/** `isnad worker`: serves `isnad run --queue` jobs from Redis (pipeline/queue), imported only when the command runs. */
export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('process the jobs of `isnad run --queue` from a Redis queue, until SIGINT or SIGTERM (start one or more on any machine)')
    .requiredOption('--queue <url>', `Redis URL: redis://[[user]:password@]host[:port][/db], or rediss://... for TLS; the password may come from ISNAD_REDIS_PASSWORD instead`)
    .option('--concurrency <n>', 'jobs processed at once, each on its own worker thread (default: one per core)')
    .option('--lock-seconds <n>', 'a job held by a worker that stops answering (killed, frozen, cut off) goes to another worker after about N to 2N seconds (default: 30)')
    .option('--queue-timeout <seconds>', 'exit (code 3) when Redis stays unreachable this long (default: 600)')
    .addHelpText(
      'after',
      `
A worker takes only jobs of its own pipeline version (workers of another version use another
queue, and refuse a stray job by putting it back). A job is validated before anything runs;
an invalid one fails at once and its articles become job-failed error records in the run.

Exit codes: 0 stopped by SIGINT/SIGTERM after finishing the jobs in hand; 2 usage error;
3 could not connect to Redis, or it stayed unreachable longer than --queue-timeout.`,
    )
    .action(async (flags: Record<string, unknown>) => {
      const { workerCommand } = await import('../queue/worker-command.js');
      process.exitCode = await workerCommand(flags);
    });
}
