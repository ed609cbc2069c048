/**
 * Timing helpers: one measurement is wall time and the CPU time this process spent (user +
 * system, all threads), so a reader can tell a slow stage from a busy machine.
 */
import { performance } from 'node:perf_hooks';

export interface Sample {
  readonly wallMs: number;
  readonly cpuMs: number;
}

/** Runs `fn` once and measures it. */
export async function measure(fn: () => unknown): Promise<Sample> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await fn();
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

/** A stopwatch that adds up many short intervals (one stage over many article chunks). */
export interface Stopwatch {
  start(): void;
  stop(): void;
  readonly sample: Sample;
}

export function stopwatch(): Stopwatch {
  let wall = 0;
  let cpu = 0;
  let t0 = 0;
  let c0: NodeJS.CpuUsage | null = null;
  return {
    start() {
      c0 = process.cpuUsage();
      t0 = performance.now();
    },
    stop() {
      wall += performance.now() - t0;
      const c = process.cpuUsage(c0 ?? undefined);
      cpu += (c.user + c.system) / 1000;
      c0 = null;
    },
    get sample() {
      return { wallMs: wall, cpuMs: cpu };
    },
  };
}

/** Two samples added up. */
export function addSamples(a: Sample, b: Sample): Sample {
  return { wallMs: a.wallMs + b.wallMs, cpuMs: a.cpuMs + b.cpuMs };
}

/** The median of numbers (the mean of the middle two for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The median of the values, or null when any is null (unknown). */
export function medianOrNull(values: readonly (number | null)[]): number | null {
  return values.length > 0 && values.every((v) => v !== null) ? median(values as number[]) : null;
}

/** The median sample: median wall time and median CPU time, each over the runs. */
export function medianSample(samples: readonly Sample[]): Sample {
  return { wallMs: median(samples.map((s) => s.wallMs)), cpuMs: median(samples.map((s) => s.cpuMs)) };
}

/** MB (10^6 bytes) per second; 0 when no time was measured. */
export function mbPerSecond(bytes: number, ms: number): number {
  return ms > 0 ? bytes / 1e6 / (ms / 1000) : 0;
}
