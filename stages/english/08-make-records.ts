import { CLAIM_SCHEMA_ID, type ArticleRef, type ClaimRecord } from '../../schemas/claim.js';
import { claimId } from '../../pipeline/claim-id.js';
import { matchKey } from '../normalize-text/index.js';
import type { ArticleDoc } from '../types.js';
import type { NumericDraft, QuoteDraft, Speaker, Tokenized } from './types.js';
import { scoreEnglishClaim } from './priority.js';

export interface AttributedNumeric {
  readonly draft: NumericDraft;
  readonly speaker: Speaker;
  readonly rule: string;
  readonly cue?: string;
}

/** Turns drafts into claim records: spans into the original text, stable ids, chain, priority. */
export function makeRecords(
  doc: ArticleDoc,
  tokenized: Tokenized,
  numerics: readonly AttributedNumeric[],
  quotes: readonly QuoteDraft[],
  publisherTag: string,
  outletIds: ReadonlySet<string>,
): ClaimRecord[] {
  const { text } = doc;
  const article: ArticleRef = {
    id: doc.id,
    lang: 'en',
    ...(doc.meta.outlet !== undefined ? { outlet: doc.meta.outlet } : {}),
    ...(doc.meta.version !== undefined ? { version: doc.meta.version } : {}),
  };
  const sentenceOf = (start: number, end: number): { start: number; end: number } => {
    let s = -1;
    let e = -1;
    for (const sen of tokenized.sentences) {
      if (sen.end > start && sen.start < end) {
        if (s < 0) s = sen.start;
        e = sen.end;
      }
    }
    return s < 0 ? { start, end } : { start: Math.min(s, start), end: Math.max(e, end) };
  };
  const chainOf = (source: string): string[] =>
    outletIds.has(source) && outletIds.has(publisherTag) && source !== publisherTag ? [source, publisherTag] : [source];

  const drafts: Array<Omit<ClaimRecord, 'id' | 'priority' | 'reasons'>> = [];
  for (const n of numerics) {
    const d = n.draft;
    const speaker = n.speaker;
    drafts.push({
      schema: CLAIM_SCHEMA_ID,
      article,
      type: 'numeric',
      text: text.slice(d.start, d.end),
      span: { start: d.start, end: d.end },
      sentence: sentenceOf(d.start, d.end),
      numeric: {
        value: d.value,
        ...(d.valueMax !== undefined ? { valueMax: d.valueMax } : {}),
        unit: d.unit,
        ...(d.item !== undefined ? { item: d.item } : {}),
        ...(d.qualifier !== undefined ? { qualifier: d.qualifier } : {}),
        ...(d.change !== undefined ? { change: d.change } : {}),
        ...(d.period !== undefined ? { period: { text: text.slice(d.period.start, d.period.end), start: d.period.start, end: d.period.end } } : {}),
      },
      attribution: {
        source: speaker.source,
        label: speaker.label,
        ...(speaker.name !== undefined ? { speaker: speaker.name } : {}),
        ...(speaker.role !== undefined ? { role: speaker.role } : {}),
        ...(n.cue !== undefined ? { cue: n.cue } : {}),
        chain: chainOf(speaker.source),
      },
      rules: [...d.rules, n.rule],
      status: 'pending',
    });
  }
  for (const q of quotes) {
    drafts.push({
      schema: CLAIM_SCHEMA_ID,
      article,
      type: 'quote',
      text: text.slice(q.start, q.end),
      span: { start: q.start, end: q.end },
      sentence: sentenceOf(q.start, q.end),
      quote: { kind: q.kind, cue: q.cue },
      attribution: {
        source: q.speaker.source,
        label: q.speaker.label,
        ...(q.speaker.name !== undefined ? { speaker: q.speaker.name } : q.speaker.source !== 'company' ? { speaker: q.speaker.label } : {}),
        ...(q.speaker.role !== undefined ? { role: q.speaker.role } : {}),
        cue: q.cue,
        chain: chainOf(q.speaker.source),
      },
      rules: [...q.rules, `en-source-${q.speaker.source === publisherTag ? 'publisher' : 'speaker'}`],
      status: 'pending',
    });
  }
  drafts.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || (a.type === b.type ? 0 : a.type === 'numeric' ? -1 : 1));
  const seen = new Map<string, number>();
  return drafts.map((d) => {
    const sentenceText = text.slice(d.sentence.start, d.sentence.end);
    const key = `${d.type}\u0000${squash(sentenceText)}\u0000${squash(d.text)}`;
    const ordinal = seen.get(key) ?? 0;
    seen.set(key, ordinal + 1);
    const { priority, reasons } = scoreEnglishClaim(d, publisherTag);
    return { ...d, id: claimId(d.type, sentenceText, d.text, ordinal), priority, reasons };
  });
}

function squash(s: string): string {
  return matchKey(s).replace(/\s+/g, ' ').trim();
}
