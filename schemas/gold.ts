import { z } from 'zod';
import { GENERIC_SOURCE_TAGS } from './source.js';
import { QualifierSchema, ChangeSchema } from './claim.js';
import { matchKey, normalizeText, toOriginalSpan } from '../stages/normalize-text/index.js';

/**
 * Gold annotations of one article (`corpus/gold/<id>.gold.json`), as ANNOTATION.md defines them.
 * Spans are half-open UTF-16 offsets into the article text as read (leading BOM dropped).
 */

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const GENERIC_TAGS: readonly string[] = GENERIC_SOURCE_TAGS;

/** A source tag: one of GENERIC_SOURCE_TAGS or a kebab-case outlet id (`techcrunch`, `al-arabiya-business`). */
export const GoldSourceTagSchema = z
  .string()
  .refine((tag) => GENERIC_TAGS.includes(tag) || KEBAB_CASE.test(tag), {
    message: 'source tag must be a generic tag (company, analysts, ...) or a kebab-case outlet id',
  });

const surface = z.string().min(1, 'surface must not be empty');
const occurrence = z.number().int().min(1, 'occurrence counts from 1');
const offset = z.number().int().nonnegative();
const sources = z.array(GoldSourceTagSchema).min(1, 'source must list at least one accepted tag');

export const GoldNumericSchema = z
  .object({
    surface,
    occurrence,
    value: z.number().finite(),
    valueMax: z.number().finite().optional(),
    unit: z.string().min(1),
    item: z.string().min(1).optional(),
    qualifier: QualifierSchema.optional(),
    change: ChangeSchema.optional(),
    /** The period phrase as written in the article (`خلال السنوات الثلاث المقبلة`). */
    period: z.string().min(1).optional(),
    /** The date or year phrase as written (`في عام 2025`). */
    time: z.string().min(1).optional(),
    /** Accepted source tags: a prediction's `attribution.source` is right when it is one of them. */
    source: sources,
    chain: z.array(GoldSourceTagSchema).min(1).optional(),
    speaker: z.string().min(1).optional(),
    /** The part of the speaker a prediction must contain (matching key); defaults to `speaker`. */
    speakerKey: z.string().min(1).optional(),
    start: offset.optional(),
    end: offset.optional(),
  })
  .strict()
  .refine((n) => n.valueMax === undefined || n.valueMax >= n.value, {
    message: 'valueMax must not be below value',
    path: ['valueMax'],
  });
export type GoldNumeric = z.infer<typeof GoldNumericSchema>;

export const GoldQuoteSchema = z
  .object({
    kind: z.enum(['direct', 'indirect']),
    surface,
    occurrence,
    speaker: z.string().min(1),
    speakerKey: z.string().min(1),
    source: sources,
    chain: z.array(GoldSourceTagSchema).min(1).optional(),
    start: offset,
    end: offset,
  })
  .strict();
export type GoldQuote = z.infer<typeof GoldQuoteSchema>;

/** An `optional` (neither required nor wrong) or `notClaims` (wrong if emitted) item. */
export const GoldMarkSchema = z
  .object({
    surface,
    occurrence,
    why: z.string().min(1),
    start: offset,
    end: offset,
  })
  .strict();
export type GoldMark = z.infer<typeof GoldMarkSchema>;

export const GoldFileSchema = z
  .object({
    article: z.string().min(1),
    lang: z.enum(['ar', 'en']).default('ar'),
    /** The article's outlet id; feeds `outlet` of the pipeline input. */
    publisher: GoldSourceTagSchema,
    /** Article path relative to the repo root; default `corpus/articles/<article>.txt`. */
    path: z.string().min(1).optional(),
    /** When `path` is a JSONL file of article records (`{id, text, ...}`): the id of the article's record. */
    record: z.string().min(1).optional(),
    /** The article's row of PROVENANCE.tsv. */
    provenance: z.record(z.string(), z.unknown()).optional(),
    title: z.string().optional(),
    url: z.string().optional(),
    notes: z.string().optional(),
    /** A held-out article: the eval reports it separately and rules must not be tuned on it. */
    heldOut: z.boolean().optional(),
    numeric: z.array(GoldNumericSchema).default([]),
    quotes: z.array(GoldQuoteSchema).default([]),
    optional: z.array(GoldMarkSchema).default([]),
    notClaims: z.array(GoldMarkSchema).default([]),
  })
  .strict();
export type GoldFile = z.infer<typeof GoldFileSchema>;

export interface GoldSpan {
  readonly start: number;
  readonly end: number;
}
export type ResolvedGoldNumeric = GoldNumeric & GoldSpan;
/** A gold file whose every item has a checked span. */
export interface ResolvedGold extends Omit<GoldFile, 'numeric'> {
  numeric: ResolvedGoldNumeric[];
}

export type GoldProblemCode =
  | 'invalid-json'
  | 'invalid-field'
  | 'surface-not-found'
  | 'span-mismatch'
  | 'occurrence-mismatch'
  | 'incomplete-span'
  | 'duplicate-item'
  | 'conflicting-items'
  | 'period-not-found'
  | 'time-not-found'
  | 'speaker-key-mismatch'
  | 'chain-source-mismatch'
  | 'gold-missing'
  | 'article-missing'
  | 'duplicate-article';

/** One problem in a gold file. Errors make the file unusable for evaluation; warnings do not. */
export interface GoldProblem {
  readonly code: GoldProblemCode;
  readonly severity: 'error' | 'warning';
  /** Where: `numeric[3].start`, `quotes[0]`, or `(root)`. */
  readonly path: string;
  readonly message: string;
}

export type GoldCheck =
  | { success: true; data: ResolvedGold; problems: GoldProblem[] }
  | { success: false; problems: GoldProblem[] };

const LISTS = ['numeric', 'quotes', 'optional', 'notClaims'] as const;
type ListName = (typeof LISTS)[number];

/** Start offsets of every occurrence of `needle` in `text` (overlapping ones too), in order. */
export function occurrencesOf(text: string, needle: string): number[] {
  const found: number[] = [];
  if (needle.length === 0) return found;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) found.push(i);
  return found;
}

const squeeze = (s: string): string => s.replace(/\s+/g, ' ').trim();
const short = (s: string): string => JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);

/**
 * Locates a phrase of the article (a period or time) at the matching level (diacritics, letter
 * variants and whitespace runs ignored); returns the occurrence nearest `near`, or undefined.
 */
export function locatePhrase(text: string, phrase: string, near: GoldSpan): GoldSpan | undefined {
  const exact = occurrencesOf(text, phrase).map((start) => ({ start, end: start + phrase.length }));
  const spans = exact.length > 0 ? exact : locateByKey(text, phrase);
  let best: GoldSpan | undefined;
  let bestDistance = Infinity;
  for (const span of spans) {
    const distance = span.end <= near.start ? near.start - span.end : span.start >= near.end ? span.start - near.end : 0;
    if (distance < bestDistance) {
      best = span;
      bestDistance = distance;
    }
  }
  return best;
}

function locateByKey(text: string, phrase: string): GoldSpan[] {
  const needle = squeeze(matchKey(phrase));
  if (needle.length === 0) return [];
  // The text's matching key with whitespace runs squeezed, and the key index of each character.
  const norm = normalizeText(text);
  const chars: string[] = [];
  const from: number[] = [];
  let lastSpace = false;
  for (let i = 0; i < norm.key.length; i++) {
    const ch = norm.key[i]!;
    const space = ch === ' ' || ch === '\n' || ch === '\r';
    if (space && lastSpace) continue;
    chars.push(space ? ' ' : ch);
    from.push(i);
    lastSpace = space;
  }
  const hay = chars.join('');
  return occurrencesOf(hay, needle).map((k) =>
    toOriginalSpan(norm, from[k]!, from[k + needle.length - 1]! + 1, text),
  );
}

/**
 * Checks a gold file against its article text: the schema, then every item's span
 * (`text.slice(start, end) === surface`, `start` at the given occurrence), duplicates and
 * contradictions between lists. Returns every problem found; an empty list means the file is sound.
 */
export function validateGold(gold: unknown, articleText: string): GoldProblem[] {
  return checkGold(gold, articleText).problems;
}

/** `validateGold` that also returns the file with every numeric span filled in, when it has no errors. */
export function checkGold(gold: unknown, articleText: string): GoldCheck {
  const parsed = GoldFileSchema.safeParse(gold);
  if (!parsed.success) {
    return {
      success: false,
      problems: parsed.error.issues.map((issue) => ({
        code: 'invalid-field' as const,
        severity: 'error' as const,
        path: formatPath(issue.path),
        message: issue.message,
      })),
    };
  }
  const file = parsed.data;
  const problems: GoldProblem[] = [];
  const spans = new Map<ListName, (GoldSpan | undefined)[]>();
  for (const list of LISTS) {
    const items = file[list] as ReadonlyArray<{ surface: string; occurrence: number; start?: number; end?: number }>;
    spans.set(
      list,
      items.map((item, i) => checkSpan(item, articleText, `${list}[${i}]`, problems)),
    );
  }
  checkDuplicates(spans, problems);
  file.numeric.forEach((n, i) => {
    const span = spans.get('numeric')![i];
    if (!span) return;
    for (const field of ['period', 'time'] as const) {
      const phrase = n[field];
      if (phrase !== undefined && locatePhrase(articleText, phrase, span) === undefined) {
        problems.push({
          code: field === 'period' ? 'period-not-found' : 'time-not-found',
          severity: 'warning',
          path: `numeric[${i}].${field}`,
          message: `${field} ${short(phrase)} is not in the article text, so only an exact text match can count`,
        });
      }
    }
  });
  const speakerItems: Array<[string, { speaker?: string; speakerKey?: string; source: string[]; chain?: string[] }]> = [
    ...file.numeric.map((n, i): [string, typeof n] => [`numeric[${i}]`, n]),
    ...file.quotes.map((q, i): [string, typeof q] => [`quotes[${i}]`, q]),
  ];
  for (const [path, item] of speakerItems) {
    if (item.speaker !== undefined && item.speakerKey !== undefined && !matchKey(item.speaker).includes(matchKey(item.speakerKey))) {
      problems.push({
        code: 'speaker-key-mismatch',
        severity: 'warning',
        path: `${path}.speakerKey`,
        message: `speakerKey ${short(item.speakerKey)} is not part of speaker ${short(item.speaker)}`,
      });
    }
    if (item.chain !== undefined && !item.source.includes(item.chain[0]!)) {
      problems.push({
        code: 'chain-source-mismatch',
        severity: 'warning',
        path: `${path}.chain`,
        message: `chain starts with \`${item.chain[0]}\`, which is not an accepted source (${item.source.join(', ')})`,
      });
    }
  }
  if (problems.some((p) => p.severity === 'error')) return { success: false, problems };
  const numeric = file.numeric.map((n, i) => ({ ...n, ...spans.get('numeric')![i]! }));
  return { success: true, data: { ...file, numeric }, problems };
}

function checkSpan(
  item: { surface: string; occurrence: number; start?: number; end?: number },
  text: string,
  path: string,
  problems: GoldProblem[],
): GoldSpan | undefined {
  const found = occurrencesOf(text, item.surface);
  const expected = found[item.occurrence - 1];
  if (expected === undefined) {
    problems.push({
      code: 'surface-not-found',
      severity: 'error',
      path: `${path}.surface`,
      message: `surface ${short(item.surface)} occurs ${found.length} time(s) in the article, not ${item.occurrence}`,
    });
    return undefined;
  }
  const { start, end } = item;
  if (start === undefined && end === undefined) return { start: expected, end: expected + item.surface.length };
  if (start === undefined || end === undefined) {
    problems.push({
      code: 'incomplete-span',
      severity: 'error',
      path,
      message: `give both start and end, or neither (occurrence ${item.occurrence} is at ${expected}-${expected + item.surface.length})`,
    });
    return undefined;
  }
  if (text.slice(start, end) !== item.surface) {
    problems.push({
      code: 'span-mismatch',
      severity: 'error',
      path: `${path}.start`,
      message: `text.slice(${start}, ${end}) is ${short(text.slice(start, end))}, not the surface; occurrence ${item.occurrence} is at ${expected}-${expected + item.surface.length}`,
    });
    return undefined;
  }
  if (start !== expected) {
    problems.push({
      code: 'occurrence-mismatch',
      severity: 'error',
      path: `${path}.occurrence`,
      message: `start ${start} is occurrence ${found.indexOf(start) + 1} of the surface, not ${item.occurrence} (which is at ${expected})`,
    });
    return undefined;
  }
  return { start, end };
}

function checkDuplicates(spans: Map<ListName, (GoldSpan | undefined)[]>, problems: GoldProblem[]): void {
  const seen = new Map<string, string>(); // `${list}:${start}-${end}` → first path
  const key = (list: string, s: GoldSpan): string => `${list}:${s.start}-${s.end}`;
  for (const list of LISTS) {
    spans.get(list)!.forEach((span, i) => {
      if (!span) return;
      const path = `${list}[${i}]`;
      const first = seen.get(key(list, span));
      if (first !== undefined) {
        problems.push({
          code: 'duplicate-item',
          severity: 'error',
          path,
          message: `same span ${span.start}-${span.end} as ${first}`,
        });
      } else seen.set(key(list, span), path);
    });
  }
  // A claim cannot also be optional or not a claim.
  for (const claimList of ['numeric', 'quotes'] as const) {
    for (const markList of ['optional', 'notClaims'] as const) {
      spans.get(markList)!.forEach((span, i) => {
        if (!span) return;
        const other = seen.get(key(claimList, span));
        if (other !== undefined) {
          problems.push({
            code: 'conflicting-items',
            severity: 'error',
            path: `${markList}[${i}]`,
            message: `same span ${span.start}-${span.end} as the claim ${other}`,
          });
        }
      });
    }
  }
}

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(root)' : out;
}
