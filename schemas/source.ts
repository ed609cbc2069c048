import { z } from 'zod';

/** Generic source tags of ANNOTATION.md, used when no outlet is named. */
export const GENERIC_SOURCE_TAGS = [
  'company',
  'analysts',
  'investors',
  'observers',
  'experts',
  'officials',
  'people',
  'anonymous',
  'reports',
  'publisher',
] as const;
export type GenericSourceTag = (typeof GENERIC_SOURCE_TAGS)[number];

/** One entry of the source registry (built-in, or a user's `--sources FILE`). */
export const SourceEntrySchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'source id must be kebab-case ASCII, e.g. `al-arabiya-business`'),
    label: z.string().min(1),
    kind: z.enum(['outlet', 'agency', 'company', 'officials', 'experts']),
    /** Names as they appear in text: Arabic, English and common transliterations. Matched on the normalized key. */
    aliases: z.array(z.string().min(1)).min(1),
    country: z.string().optional(),
  })
  .strict();
export type SourceEntry = z.infer<typeof SourceEntrySchema>;

export const SourceRegistryFileSchema = z.union([
  z.array(SourceEntrySchema),
  z.object({ sources: z.array(SourceEntrySchema) }).strict(),
]);

/** Validates a user's registry file contents; throws an Error whose message names the bad entry. */
export function parseSourceRegistry(json: unknown): SourceEntry[] {
  const parsed = SourceRegistryFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`invalid source registry at ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return Array.isArray(parsed.data) ? parsed.data : parsed.data.sources;
}
