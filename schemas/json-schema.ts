import { z } from 'zod';
import { ClaimRecordSchema } from './claim.js';

/** The published JSON Schema of a claim record (`isnad schema`); a committed copy is checked by a test. */
export function claimJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://isnad.dev/schemas/claim-1.json',
    title: 'isnad/claim@1',
    ...z.toJSONSchema(ClaimRecordSchema),
  };
}
