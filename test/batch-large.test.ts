import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Worker threads run with a bounded young generation (worker-pool.ts): an article at the size
// limit must still go through a worker. Runs the built CLI (`npm test` builds first).
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = path.resolve(ROOT, process.env.ISNAD_CLI ?? 'dist/pipeline/cli.js');
const MAX_BYTES = 5 * 1024 * 1024;

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'isnad-large-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('a 5 MB article', () => {
  it('goes through a worker thread (--workers 2) and gives its claims', () => {
    const sentence = 'ارتفعت أرباح الشركة بنسبة 5 في المئة خلال الربع الأول من العام، وبلغت الإيرادات 3 مليارات دولار.\n';
    const copies = Math.floor(MAX_BYTES / Buffer.byteLength(sentence));
    const file = path.join(tmp, 'large.txt');
    writeFileSync(file, sentence.repeat(copies));
    const small = path.join(tmp, 'small.txt');
    writeFileSync(small, sentence);
    const out = path.join(tmp, 'large.jsonl');
    const run = spawnSync(process.execPath, [CLI, 'run', file, small, '-o', out, '--workers', '2', '--no-progress'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).toMatch(/^isnad: 2 inputs = 2 articles \+ 0 errors; \d+ claims/);
    expect(run.status).toBe(0);
    const claims = Number(/; (\d+) claims/.exec(run.stderr)![1]);
    // two numeric claims a sentence (5 في المئة, 3 مليارات دولار), in both articles
    expect(claims).toBe(2 * (copies + 1));
  }, 120_000);
});
