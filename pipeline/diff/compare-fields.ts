import type { ClaimRecord, ClaimType } from '../../schemas/claim.js';
import type { ChangeFieldName, FieldChange, FieldValue } from '../../schemas/change.js';
import { squashKey } from './tokens.js';

/** How two values of a field are compared. */
type Equality = 'exact' | 'key' | 'list';

interface FieldRule {
  readonly name: ChangeFieldName;
  /** Claim types the field is compared on. */
  readonly types: readonly ClaimType[];
  /** `key`: on the matching key, so diacritics, tatweel, digit script and whitespace don't count. */
  readonly equality: Equality;
  readonly get: (claim: ClaimRecord) => FieldValue;
}

const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

/**
 * The fields a change record reports, as data. A numeric claim's surface is not compared as
 * `text`: its value, unit and item already say what it states, and a reworded number
 * (`600 مليار` → `600 بليون`) is no change for a fact-checker. A quote's wording is its `text`.
 */
export const FIELD_RULES: readonly FieldRule[] = [
  { name: 'value', types: ['numeric'], equality: 'exact', get: (c) => orNull(c.numeric?.value) },
  { name: 'valueMax', types: ['numeric'], equality: 'exact', get: (c) => orNull(c.numeric?.valueMax) },
  { name: 'unit', types: ['numeric'], equality: 'exact', get: (c) => orNull(c.numeric?.unit) },
  { name: 'item', types: ['numeric'], equality: 'key', get: (c) => orNull(c.numeric?.item) },
  { name: 'qualifier', types: ['numeric'], equality: 'exact', get: (c) => orNull(c.numeric?.qualifier) },
  { name: 'change', types: ['numeric'], equality: 'exact', get: (c) => orNull(c.numeric?.change) },
  { name: 'period', types: ['numeric'], equality: 'key', get: (c) => orNull(c.numeric?.period?.text) },
  { name: 'time', types: ['numeric'], equality: 'key', get: (c) => orNull(c.numeric?.time?.text) },
  { name: 'text', types: ['quote'], equality: 'key', get: (c) => c.text },
  { name: 'speaker', types: ['numeric', 'quote'], equality: 'key', get: (c) => orNull(c.attribution.speaker) },
  { name: 'source', types: ['numeric', 'quote'], equality: 'exact', get: (c) => c.attribution.source },
  { name: 'chain', types: ['numeric', 'quote'], equality: 'list', get: (c) => c.attribution.chain },
];

function same(equality: Equality, a: FieldValue, b: FieldValue): boolean {
  if (a === null || b === null || a === b) return a === b;
  switch (equality) {
    case 'exact':
      return a === b;
    case 'key':
      return typeof a === 'string' && typeof b === 'string' ? squashKey(a) === squashKey(b) : a === b;
    case 'list':
      return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => x === b[i]);
  }
}

/** The fields that differ between two claims of the same type, in `FIELD_RULES` order. */
export function compareFields(before: ClaimRecord, after: ClaimRecord): FieldChange[] {
  const out: FieldChange[] = [];
  for (const rule of FIELD_RULES) {
    if (!rule.types.includes(after.type)) continue;
    const b = rule.get(before);
    const a = rule.get(after);
    if (!same(rule.equality, b, a)) out.push({ name: rule.name, before: b, after: a });
  }
  return out;
}

/** A claim's compared fields in a form compared with `===` (keys for `key` fields), `null` when absent. */
export type ComparableFields = readonly (string | number | null)[];

/** Precomputes what `fieldAgreement` compares, once per claim (pairing scores many candidates). */
export function comparableFields(claim: ClaimRecord): ComparableFields {
  return FIELD_RULES.map((rule) => {
    if (!rule.types.includes(claim.type)) return null;
    const v = rule.get(claim);
    if (v === null || typeof v === 'number') return v;
    if (Array.isArray(v)) return v.join('\u0000');
    return rule.equality === 'key' ? squashKey(v) : v;
  });
}

/**
 * How much two claims agree, 0..1: the share of compared fields that are equal, counting only
 * fields at least one side has (two absent qualifiers are no evidence of anything).
 */
export function fieldAgreement(before: ComparableFields, after: ComparableFields): number {
  let present = 0;
  let equal = 0;
  for (let i = 0; i < before.length; i++) {
    const b = before[i];
    const a = after[i];
    if (b === null && a === null) continue;
    present++;
    if (b === a) equal++;
  }
  return present === 0 ? 0 : equal / present;
}
