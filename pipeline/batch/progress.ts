import type { Writable } from 'node:stream';

/** What the progress bar shows. */
export interface ProgressSnapshot {
  readonly articles: number;
  readonly claims: number;
  readonly errors: number;
  /** Bytes of the inputs done so far. */
  readonly bytes: number;
  /** Total input bytes when known (files), for the percentage and ETA. */
  readonly totalBytes?: number;
  readonly seconds: number;
}

export interface ProgressBar {
  update(snapshot: ProgressSnapshot): void;
  /** Erases the bar (before other text is written to the same terminal). */
  clear(): void;
  /** Erases the bar for good. */
  stop(): void;
}

/** A one-line bar redrawn at most every `intervalMs` on a TTY: `[####------------] 25% ETA 0:12 · 1234 articles · 5678 claims · 2 errors · 3.4 MB/s`. */
export function createProgressBar(stream: Writable & { columns?: number }, intervalMs = 150): ProgressBar {
  let last = 0;
  let shown = false;
  let latest: ProgressSnapshot | null = null;
  const draw = (): void => {
    if (!latest) return;
    const width = Math.max(40, (stream.columns || 80) - 1);
    const line = formatProgress(latest, width);
    stream.write(`\r\u001b[2K${line}`);
    shown = true;
  };
  return {
    update(snapshot) {
      latest = snapshot;
      const now = Date.now();
      if (now - last < intervalMs) return;
      last = now;
      draw();
    },
    clear() {
      if (shown) stream.write('\r\u001b[2K');
      shown = false;
      last = 0;
    },
    stop() {
      if (shown) stream.write('\r\u001b[2K');
      shown = false;
      latest = null;
    },
  };
}

export function formatProgress(s: ProgressSnapshot, width: number): string {
  const rate = s.seconds > 0 ? s.bytes / 1e6 / s.seconds : 0;
  const parts = [`${s.articles} articles`, `${s.claims} claims`, `${s.errors} errors`, `${rate.toFixed(1)} MB/s`];
  if (s.totalBytes && s.totalBytes > 0) {
    const done = Math.min(1, s.bytes / s.totalBytes);
    const eta = rate > 0 ? (s.totalBytes - s.bytes) / 1e6 / rate : Number.NaN;
    const cells = 16;
    const full = Math.round(done * cells);
    parts.unshift(`[${'#'.repeat(full)}${'-'.repeat(cells - full)}] ${Math.floor(done * 100)}% ETA ${Number.isFinite(eta) ? clock(eta) : '?'}`);
  }
  const line = parts.join(' · ');
  return line.length > width ? line.slice(0, width) : line;
}

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}
