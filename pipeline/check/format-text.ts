import type { ClaimRecord } from '../../schemas/claim.js';
import type { CheckRecord } from '../../schemas/check.js';

function describe(c: ClaimRecord): string {
  if (c.type === 'quote') {
    const who = c.attribution.speaker ?? c.attribution.label;
    return `«${short(c.text, 70)}» (${who})`;
  }
  const n = c.numeric!;
  const parts = [`«${c.text}»`, `${n.valueMax !== undefined ? `${n.value}-${n.valueMax}` : n.value} ${n.unit}`];
  if (n.item !== undefined) parts.push(n.item);
  if (n.qualifier !== undefined) parts.push(n.qualifier);
  if (n.change !== undefined) parts.push(n.change);
  if (n.period !== undefined) parts.push(`[${n.period.text}]`);
  return parts.join(' ');
}

function short(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** `--format text`: one line per record, evidence indented under it, then a summary line. */
export function formatCheckText(records: readonly CheckRecord[]): string {
  const lines: string[] = [];
  const counts = { supported: 0, mismatch: 0, 'not-found': 0, 'quote-compare': 0 };
  for (const r of records) {
    counts[r.verdict]++;
    const label = r.verdict === 'mismatch' ? `mismatch (${r.fields!.join(', ')})` : r.verdict;
    lines.push(`${label.padEnd(16)} ${describe(r.claim)}`);
    for (const e of r.evidence.slice(0, 3)) lines.push(`${''.padEnd(16)}   ${r.verdict === 'quote-compare' ? '↔' : '←'} ${describe(e)}  [${e.article.id}]`);
  }
  lines.push(
    `${counts.supported + counts.mismatch + counts['not-found']} figures: ${counts.supported} supported, ${counts.mismatch} mismatch, ${counts['not-found']} not found; ${counts['quote-compare']} quotes to compare`,
  );
  return `${lines.join('\n')}\n`;
}
