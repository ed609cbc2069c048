import type { Change, Qualifier } from '../../schemas/claim.js';
import type { PreparedLexicon } from './lexicon/index.js';
import type { NumericDraft, Quantity, Token, Tokenized } from './types.js';
import { breaksClause } from './01-tokenize.js';
import { phraseEndingBefore, phraseStartingAt } from './words.js';

const AUXILIARIES = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'did', 'does', 'do',
]);
const CLAUSE_WORDS = new Set(['and', 'but', 'while', 'that', 'which', 'who', 'whereas', 'although', 'though', 'because', 'after', 'before', 'when', 'as', 'than']);

/**
 * Adds to each quantity its qualifier (`up to`, `about`, `more than`, `or more` ...) and its change
 * (`rose 5%`, `fell by 12%`, `lost $200 billion`, `a 12% drop`; none for a level: `rose to $20 billion`).
 */
export function qualify(lex: PreparedLexicon, doc: Tokenized, quantities: readonly Quantity[]): NumericDraft[] {
  const { tokens } = doc;
  const starts = new Set<number>();
  const ends = new Set<number>();
  for (const q of quantities) {
    starts.add(q.first);
    ends.add(q.last);
  }
  return quantities.map((q) => {
    const sentence = tokens[q.first]!.sentence;
    const rules = [...q.rules];
    let qualifier: Qualifier | undefined;
    let before = q.first;
    const pre = phraseEndingBefore(tokens, q.first, lex.raw.qualifiersBefore, sentence);
    if (pre !== undefined && !breaksClause(tokens[q.first - 1]!)) {
      qualifier = pre.qualifier;
      before = q.first - pre.words.length;
      rules.push(`en-qualifier-${pre.qualifier}`);
    } else {
      const post = tokens[q.last + 1] !== undefined && !breaksClause(tokens[q.last]!)
        ? phraseStartingAt(tokens, q.last + 1, lex.raw.qualifiersAfter, sentence)
        : undefined;
      if (post !== undefined) {
        qualifier = post.qualifier;
        rules.push(`en-qualifier-${post.qualifier}-after`);
      }
    }
    const change = changeOf(lex, tokens, q, before, ends);
    if (change !== undefined) rules.push(`en-change-${change.rule}`);
    return {
      ...q,
      rules,
      ...(qualifier !== undefined ? { qualifier } : {}),
      ...(change !== undefined ? { change: change.change } : {}),
    };
  });
}

function changeOf(
  lex: PreparedLexicon,
  tokens: readonly Token[],
  q: Quantity,
  before: number,
  quantityEnds: ReadonlySet<number>,
): { change: Change; rule: string } | undefined {
  const sentence = tokens[q.first]!.sentence;
  // After the quantity: `a 12% drop`, `5% higher`.
  const next = tokens[q.last + 1];
  if (next !== undefined && next.sentence === sentence && !breaksClause(tokens[q.last]!)) {
    const c = lex.raw.changeWordsAfter[next.lower];
    if (c !== undefined && !(next.lower === 'more' && q.kind === 'count')) return { change: c, rule: 'after' };
  }
  // Before: a change verb within a few words, with no level preposition, verb or clause break between;
  // after `by`, its object may stand between (`cut rates by 25 basis points`).
  let sawBy = false;
  for (let k = before - 1, gap = 0; k >= 0 && gap <= lex.raw.changeMaxGap; k--, gap++) {
    const t = tokens[k]!;
    if (t.sentence !== sentence || breaksClause(t) || quantityEnds.has(k)) return undefined;
    const verb = lex.raw.changeVerbs[t.lower];
    if (verb !== undefined && !(t.lower === 'up' && tokens[k + 1]?.lower === 'to')) return { change: verb, rule: 'verb' };
    if (t.lower === 'of' && k > 0) {
      const noun = lex.raw.changeNounsBefore[tokens[k - 1]!.lower];
      if (noun !== undefined) return { change: noun, rule: 'noun' };
    }
    if (lex.sets.levelPrepositions.has(t.lower)) return undefined;
    if (AUXILIARIES.has(t.lower) || CLAUSE_WORDS.has(t.lower)) return undefined;
    if (t.lower === 'by') sawBy = true;
    else if (t.tags.has('Verb') && !t.tags.has('Gerund') && !sawBy) return undefined;
  }
  return undefined;
}
