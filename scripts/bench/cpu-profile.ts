/**
 * Reads a V8 `.cpuprofile` (from `node --cpu-prof`) and lists the functions with the most self
 * time, each with its place in the TypeScript source when the compiled file has one beside it
 * (`dist/stages/x/index.js` → `stages/x/index.ts`, found by the function's name; the compiled
 * line otherwise).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  /** 0-based. */
  readonly lineNumber: number;
  readonly columnNumber: number;
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: CallFrame;
  readonly children?: readonly number[];
}

export interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
  readonly startTime: number;
  readonly endTime: number;
}

export interface HotFunction {
  readonly name: string;
  /** `path:line` (1-based), relative to the repository when inside it. */
  readonly place: string;
  readonly selfMs: number;
  /** Share of all sampled time, in percent. */
  readonly selfPct: number;
}

/** The functions with the most self time, most first; ties by place, so the list is stable. */
export function topSelfTime(profile: CpuProfile, repoRoot: string, limit = 15): HotFunction[] {
  const byNode = new Map<number, ProfileNode>();
  for (const n of profile.nodes) byNode.set(n.id, n);
  const selfUs = new Map<number, number>();
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i]!;
    const dt = Math.max(0, profile.timeDeltas[i] ?? 0);
    selfUs.set(id, (selfUs.get(id) ?? 0) + dt);
    total += dt;
  }
  const byPlace = new Map<string, { name: string; place: string; us: number }>();
  const places = new Map<string, string>();
  for (const [id, us] of selfUs) {
    const frame = byNode.get(id)?.callFrame;
    if (!frame) continue;
    const name = frame.functionName || (frame.url ? '(anonymous)' : frame.functionName || '(vm)');
    const key = `${name}\u0000${frame.url}\u0000${frame.lineNumber}`;
    let place = places.get(key);
    if (place === undefined) {
      place = sourcePlace(frame, name, repoRoot);
      places.set(key, place);
    }
    const label = frame.url ? name : `(${frame.functionName.replace(/^\(|\)$/g, '') || 'vm'})`;
    const entry = byPlace.get(`${label}\u0000${place}`) ?? { name: label, place, us: 0 };
    entry.us += us;
    byPlace.set(`${label}\u0000${place}`, entry);
  }
  return [...byPlace.values()]
    .sort((a, b) => b.us - a.us || (a.place < b.place ? -1 : a.place > b.place ? 1 : 0))
    .slice(0, limit)
    .map((e) => ({ name: e.name, place: e.place, selfMs: Math.round(e.us / 100) / 10, selfPct: total > 0 ? Math.round((1000 * e.us) / total) / 10 : 0 }));
}

/** Reads a `.cpuprofile` file. */
export function readCpuProfile(file: string): CpuProfile {
  return JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `stages/x/index.ts:42` for a frame in `dist/stages/x/index.js`, else the frame's own file and line. */
function sourcePlace(frame: CallFrame, name: string, repoRoot: string): string {
  if (!frame.url) return '(native)';
  let file: string;
  try {
    file = frame.url.startsWith('file:') ? fileURLToPath(frame.url) : frame.url;
  } catch {
    return `${frame.url}:${frame.lineNumber + 1}`;
  }
  const rel = path.relative(repoRoot, file);
  const inside = !rel.startsWith('..') && !path.isAbsolute(rel);
  const shown = inside ? rel.split(path.sep).join('/') : file;
  const jsLine = frame.lineNumber + 1;
  if (!inside || !rel.startsWith(`dist${path.sep}`) || !rel.endsWith('.js')) return `${shown}:${jsLine}`;
  const tsRel = rel.slice('dist/'.length, -'.js'.length) + '.ts';
  const tsFile = path.join(repoRoot, tsRel);
  const tsShown = tsRel.split(path.sep).join('/');
  if (!existsSync(tsFile)) return `${shown}:${jsLine}`;
  const lines = readFileSync(tsFile, 'utf8').split('\n');
  const bare = name.replace(/^(get|set) /, '').replace(/^#/, '');
  if (bare && bare !== '(anonymous)' && /^[\w$#]+$/.test(bare)) {
    const n = escapeRegExp(bare);
    // declarations only, most specific first: a function, a const holding one, a method, a class (its constructor)
    const kinds = [
      new RegExp(`\\bfunction\\*?\\s+${n}\\b`),
      new RegExp(`\\b(?:const|let|var)\\s+${n}\\s*=`),
      new RegExp(`^\\s*(?:(?:public|private|protected|static|async|readonly|override|get|set)\\s+)*#?${n}\\s*(?:<[^>]*>)?\\(.*(?:\\{|\\()\\s*$`),
      new RegExp(`\\bclass\\s+${n}\\b`),
    ];
    for (const decl of kinds) {
      // the declaration nearest the compiled line (type-only lines shift it a little)
      let best = -1;
      for (let i = 0; i < lines.length; i++) {
        if (decl.test(lines[i]!) && (best < 0 || Math.abs(i + 1 - jsLine) < Math.abs(best + 1 - jsLine))) best = i;
      }
      if (best >= 0) return `${tsShown}:${best + 1}`;
    }
  }
  return `${tsShown}:~${jsLine}`;
}
