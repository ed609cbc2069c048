import type { ClaimRecord } from '../../schemas/claim.js';
import type { ChangeOp, ChangeRecord, FieldValue } from '../../schemas/change.js';
import { diffWords, renderWordDiff } from './word-diff.js';

export interface FormatTextOptions {
  /** Article texts by article id, per side, to show each claim's sentence. Without them only the claim's text is shown. */
  readonly texts?: {
    readonly before?: ReadonlyMap<string, string>;
    readonly after?: ReadonlyMap<string, string>;
  };
  /** List `unchanged` records too (they are always counted). Default `false`. */
  readonly showUnchanged?: boolean;
}

const MARK: Record<ChangeOp, string> = { changed: '~', added: '+', removed: '-', unchanged: '=' };
const ORDER: readonly ChangeOp[] = ['changed', 'added', 'removed', 'unchanged'];

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * A readable report, grouped by article. Arabic stays in logical order, as plain text (no bidi
 * controls), so the report reads the same in a file, a pager or a review comment. Changed words
 * are marked `[-old-]{+new+}` (git's `--word-diff=plain` style); field changes are listed as
 * `name: before → after`.
 */
export function formatChangesText(changes: readonly ChangeRecord[], options: FormatTextOptions = {}): string {
  const lines: string[] = [];
  const articles = new Map<string, ChangeRecord[]>();
  for (const ch of changes) {
    const list = articles.get(ch.articleId);
    if (list) list.push(ch);
    else articles.set(ch.articleId, [ch]);
  }
  let changedArticles = 0;
  for (const [articleId, list] of articles) {
    const shown = list.filter((ch) => ch.op !== 'unchanged' || options.showUnchanged === true);
    if (list.some((ch) => ch.op !== 'unchanged')) changedArticles++;
    if (shown.length === 0) continue;
    lines.push(`== ${articleId}: ${summary(list)}`, '');
    for (const ch of shown) lines.push(...formatChange(ch, options), '');
  }
  const total = summary(changes);
  lines.push(
    changedArticles === 0
      ? `no changes (${articles.size} article${articles.size === 1 ? '' : 's'}${total ? `, ${total}` : ''})`
      : `${changedArticles} of ${articles.size} article${articles.size === 1 ? '' : 's'} changed: ${total}`,
  );
  return `${lines.join('\n')}\n`;
}

function summary(changes: readonly ChangeRecord[]): string {
  const counts = new Map<ChangeOp, number>();
  for (const ch of changes) counts.set(ch.op, (counts.get(ch.op) ?? 0) + 1);
  return ORDER.filter((op) => counts.has(op))
    .map((op) => `${counts.get(op)} ${op}`)
    .join(', ');
}

function formatChange(ch: ChangeRecord, options: FormatTextOptions): string[] {
  const claim = (ch.after ?? ch.before)!;
  const fieldNames = ch.fields ? `: ${ch.fields.map((f) => f.name).join(', ')}` : '';
  const out = [`${MARK[ch.op]} ${ch.op} ${claim.type} ${claim.id}${fieldNames}`];
  const beforeText = ch.before && options.texts?.before?.get(ch.before.article.id);
  const afterText = ch.after && options.texts?.after?.get(ch.after.article.id);
  const beforeSentence = ch.before && beforeText !== undefined ? sentenceOf(ch.before, beforeText) : undefined;
  const afterSentence = ch.after && afterText !== undefined ? sentenceOf(ch.after, afterText) : undefined;

  if (ch.before && ch.after) {
    out.push(`  claim: ${renderWordDiff(diffWords(ch.before.text, ch.after.text))}`);
    if (beforeSentence !== undefined && afterSentence !== undefined) {
      out.push(`  sentence: ${renderWordDiff(diffWords(beforeSentence.plain, afterSentence.plain))}`);
    } else if (afterSentence !== undefined) out.push(`  sentence: ${afterSentence.plain}`);
  } else if (ch.after) {
    out.push(`  claim: ${oneLine(ch.after.text)}`);
    if (afterSentence !== undefined) out.push(`  sentence: ${afterSentence.marked('{+', '+}')}`);
  } else if (ch.before) {
    out.push(`  claim: ${oneLine(ch.before.text)}`);
    if (beforeSentence !== undefined) out.push(`  sentence: ${beforeSentence.marked('[-', '-]')}`);
  }
  if (ch.fields) {
    for (const f of ch.fields) out.push(`  ${f.name}: ${showValue(f.before)} → ${showValue(f.after)}`);
  } else if (ch.op !== 'unchanged') {
    out.push(`  ${describe(claim)}`);
  }
  return out;
}

/** The claim's sentence, plain and with the claim's surface marked. */
function sentenceOf(c: ClaimRecord, text: string): { plain: string; marked: (open: string, close: string) => string } | undefined {
  const { start, end } = c.sentence;
  if (end > text.length || c.span.start < start || c.span.end > end) return undefined;
  return {
    plain: oneLine(text.slice(start, end)),
    marked: (open, close) =>
      oneLine(`${text.slice(start, c.span.start)}${open}${text.slice(c.span.start, c.span.end)}${close}${text.slice(c.span.end, end)}`),
  };
}

function showValue(v: FieldValue): string {
  if (v === null) return '(none)';
  if (Array.isArray(v)) return v.length === 0 ? '(none)' : v.join(' -> ');
  return typeof v === 'number' ? String(v) : oneLine(v);
}

/** One line on an added or removed claim: what it states and who vouches for it. */
function describe(c: ClaimRecord): string {
  const parts: string[] = [];
  if (c.numeric) {
    const n = c.numeric;
    const range = n.valueMax === undefined ? String(n.value) : `${n.value}..${n.valueMax}`;
    parts.push(`value: ${range} ${n.unit}${n.item ? ` (${n.item})` : ''}`);
    if (n.qualifier) parts.push(`qualifier: ${n.qualifier}`);
    if (n.change) parts.push(`change: ${n.change}`);
  }
  if (c.attribution.speaker) parts.push(`speaker: ${oneLine(c.attribution.speaker)}`);
  parts.push(`source: ${c.attribution.chain.length > 0 ? c.attribution.chain.join(' -> ') : c.attribution.source}`);
  return parts.join(' · ');
}
