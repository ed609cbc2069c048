import type { PreparedLexicon } from './lexicon/index.js';
import type { NumericDraft, QuoteDraft, Speaker, Tokenized } from './types.js';
import { tagOf, type SpeakerResolver } from './speakers.js';

const DOCUMENT_NOUNS = new Set(['results', 'filing', 'earnings', 'figures', 'statement', 'guidance', 'accounts']);
const DOCUMENT_VERBS = new Set(['showed', 'show', 'shows', 'revealed', 'reveal', 'reveals', 'indicated', 'indicate']);

/**
 * Who vouches for each quantity: the speaker of the quote it stands in; else the sentence's
 * `according to X`, an outlet that `reported` it, a company document (`results showed`) or a
 * speaker of the same sentence; else the publisher.
 */
export function attribute(
  lex: PreparedLexicon,
  doc: Tokenized,
  drafts: readonly NumericDraft[],
  quotes: readonly QuoteDraft[],
  speakers: SpeakerResolver,
  publisher: Speaker,
): Array<{ draft: NumericDraft; speaker: Speaker; rule: string }> {
  const { tokens } = doc;
  const sentenceSources = new Map<number, { speaker: Speaker; rule: string }>();
  for (const s of doc.sentences) {
    for (let k = s.first; k < s.last; k++) {
      const t = tokens[k]!;
      if (t.lower === 'according' && tokens[k + 1]?.lower === 'to') {
        const a = speakers.after(k + 1);
        if (a !== undefined) {
          sentenceSources.set(s.index, { speaker: a.speaker, rule: 'en-source-according-to' });
          break;
        }
      }
      const outlet = speakers.outletAt(k);
      if (outlet !== undefined) {
        const next = tokens[outlet.last + 1];
        const prev = tokens[k - 1];
        const prev2 = tokens[k - 2];
        const reported = (next !== undefined && next.sentence === s.index && (lex.sets.reportVerbs.has(next.lower) || lex.sets.speechVerbs.has(next.lower))) ||
          (prev?.lower === 'by' && prev2 !== undefined && lex.sets.reportVerbs.has(prev2.lower));
        if (reported) {
          sentenceSources.set(s.index, { speaker: { source: tagOf(outlet.entry), label: textLabel(doc, k, outlet.last) }, rule: 'en-source-outlet-reported' });
          break;
        }
      }
      if (DOCUMENT_NOUNS.has(t.lower) && tokens[k + 1] !== undefined && DOCUMENT_VERBS.has(tokens[k + 1]!.lower) && !sentenceSources.has(s.index)) {
        const company = speakers.company;
        sentenceSources.set(s.index, {
          speaker: company !== undefined ? { source: 'company', label: company, name: company } : { source: 'company', label: t.text },
          rule: 'en-source-company-document',
        });
      }
    }
  }
  // A sentence whose subject speaks (`The Treasury expects the move to raise ...`) vouches for its figures.
  for (const s of doc.sentences) {
    if (sentenceSources.has(s.index)) continue;
    for (let k = s.first; k < s.last; k++) {
      const t = tokens[k]!;
      if (!(lex.sets.speechVerbs.has(t.lower) || lex.sets.thatOnlyVerbs.has(t.lower)) || !t.tags.has('Verb')) continue;
      if (quotes.some((q) => t.start >= q.start && t.end <= q.end)) continue;
      const speaker = speakers.before(k);
      if (speaker !== undefined) {
        sentenceSources.set(s.index, { speaker, rule: 'en-source-sentence-speaker' });
        break;
      }
    }
  }
  return drafts.map((draft) => {
    const inQuote = quotes.find((q) => draft.start >= q.start && draft.end <= q.end);
    if (inQuote !== undefined) return { draft, speaker: inQuote.speaker, rule: `en-source-${inQuote.kind}-quote` };
    const sentence = tokens[draft.first]!.sentence;
    const own = sentenceSources.get(sentence);
    if (own !== undefined) return { draft, speaker: own.speaker, rule: own.rule };
    return { draft, speaker: publisher, rule: 'en-source-publisher' };
  });
}

function textLabel(doc: Tokenized, first: number, last: number): string {
  const { tokens } = doc;
  let out = tokens[first]!.text;
  for (let k = first + 1; k <= last; k++) out += tokens[k - 1]!.post + tokens[k]!.text;
  return out;
}
