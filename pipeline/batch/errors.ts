import { ERROR_SCHEMA_ID, type ErrorCode, type ErrorRecord } from '../../schemas/error.js';

export interface ErrorPlace {
  /** 1-based line of a JSONL input. */
  readonly line?: number;
  readonly articleId?: string;
}

/** One rejected input, with its fields always in the same order (the error stream is deterministic). */
export function errorRecord(code: ErrorCode, input: string, message: string, place: ErrorPlace = {}): ErrorRecord {
  return {
    schema: ERROR_SCHEMA_ID,
    input,
    ...(place.line !== undefined ? { line: place.line } : {}),
    ...(place.articleId !== undefined ? { articleId: place.articleId } : {}),
    code,
    message,
  };
}

export function errorLine(record: ErrorRecord): string {
  return `${JSON.stringify(record)}\n`;
}
