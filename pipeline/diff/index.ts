/**
 * `isnad diff`: what changed in the claims between two versions of an article, and carrying
 * editors' verdicts over to the new version's queue.
 */
export { diffClaims, diffArticles, diffArticle, groupByArticle, pairArticles, toChangeRecord } from './diff-claims.js';
export type { ArticlePair, DiffClaimsOptions, DiffOptions } from './diff-claims.js';
export { pairClaims, CONTEXT_PAIRING } from './pair-claims.js';
export type { ArticleClaims, ClaimPair } from './pair-claims.js';
export { compareFields, comparableFields, fieldAgreement, FIELD_RULES } from './compare-fields.js';
export { applyCarryOver, carryVerdicts, CHANGED_SINCE_REVIEW } from './carry-over.js';
export { formatChangesText } from './format-text.js';
export type { FormatTextOptions } from './format-text.js';
export { diffWords, renderWordDiff } from './word-diff.js';
export type { WordRun } from './word-diff.js';
export { loadSide, compareVersions, DiffInputError } from './load-inputs.js';
export type { InputKind, LoadedSide, LoadOptions } from './load-inputs.js';
export { diffCommand } from './run-diff.js';
export type { DiffCommandOptions, DiffCommandResult } from './run-diff.js';
export {
  ChangeRecordSchema,
  FieldChangeSchema,
  ChangeFieldNameSchema,
  CHANGE_SCHEMA_ID,
  CHANGE_FIELD_NAMES,
} from '../../schemas/change.js';
export type { ChangeRecord, FieldChange, ChangeFieldName, ChangeOp, FieldValue } from '../../schemas/change.js';
