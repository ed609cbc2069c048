import { z } from 'zod';

/** Half-open UTF-16 span into the ORIGINAL article text. */
export const SpanSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .strict()
  .refine((s) => s.end >= s.start, { message: 'span end must not precede start' });
export type Span = z.infer<typeof SpanSchema>;

/** A piece of text attached to a claim (its period or time), with its span. */
export const AnchoredTextSchema = z
  .object({
    text: z.string(),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .strict();
export type AnchoredText = z.infer<typeof AnchoredTextSchema>;

export const QualifierSchema = z.enum(['approx', 'upTo', 'moreThan', 'lessThan', 'atLeast']);
export type Qualifier = z.infer<typeof QualifierSchema>;

export const ChangeSchema = z.enum(['increase', 'decrease']);
export type Change = z.infer<typeof ChangeSchema>;

export const NumericSchema = z
  .object({
    value: z.number().finite(),
    valueMax: z.number().finite().optional(),
    /** ISO 4217 code, `percent`, `percentage_point`, `count`, `point`, `multiple`, a measure unit, or a generic currency name. */
    unit: z.string().min(1),
    item: z.string().optional(),
    qualifier: QualifierSchema.optional(),
    change: ChangeSchema.optional(),
    period: AnchoredTextSchema.optional(),
    time: AnchoredTextSchema.optional(),
  })
  .strict();
export type Numeric = z.infer<typeof NumericSchema>;

export const QuoteSchema = z
  .object({
    kind: z.enum(['direct', 'indirect']),
    /** The attribution cue as written (`قائلاً`, `يشير ... إلى أن`). */
    cue: z.string(),
  })
  .strict();
export type Quote = z.infer<typeof QuoteSchema>;

export const AttributionSchema = z
  .object({
    /** Source tag: an outlet id from the registry or a generic tag (`company`, `analysts`, ..., `publisher`). */
    source: z.string().min(1),
    label: z.string(),
    speaker: z.string().optional(),
    role: z.string().optional(),
    cue: z.string().optional(),
    /** Relay chain, innermost first; `chain[0] === source` when non-empty. */
    chain: z.array(z.string()),
  })
  .strict();
export type Attribution = z.infer<typeof AttributionSchema>;

export const ArticleRefSchema = z
  .object({
    id: z.string().min(1),
    lang: z.enum(['ar', 'en']),
    outlet: z.string().optional(),
    version: z.string().optional(),
  })
  .strict();
export type ArticleRef = z.infer<typeof ArticleRefSchema>;

export const CLAIM_SCHEMA_ID = 'isnad/claim@1';

export const ClaimRecordSchema = z
  .object({
    schema: z.literal(CLAIM_SCHEMA_ID),
    /** Stable id: same across runs and machines, unchanged by edits to whitespace, diacritics, tatweel, digit script or other paragraphs. */
    id: z.string().min(1),
    article: ArticleRefSchema,
    type: z.enum(['numeric', 'quote']),
    /** Equals `articleText.slice(span.start, span.end)`. */
    text: z.string(),
    span: SpanSchema,
    sentence: SpanSchema,
    numeric: NumericSchema.optional(),
    quote: QuoteSchema.optional(),
    attribution: AttributionSchema,
    priority: z.number().min(0).max(1),
    reasons: z.array(z.string()),
    /** Ids of the extraction rules that produced this claim. */
    rules: z.array(z.string()),
    status: z.string().min(1),
    /** Free-form review fields added by editorial tools; carried over by `isnad diff --carry`. */
    review: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();
export type ClaimRecord = z.infer<typeof ClaimRecordSchema>;
export type ClaimType = ClaimRecord['type'];
