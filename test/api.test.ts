import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../pipeline/index.js';

// The public API, pinned: adding or removing an export is a decision, made here on purpose.
describe('the package entry', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "AnchoredTextSchema",
        "ArticleInputSchema",
        "ArticleRefSchema",
        "AttributionSchema",
        "CHANGE_FIELD_NAMES",
        "CHANGE_SCHEMA_ID",
        "CHECK_SCHEMA_ID",
        "CLAIM_SCHEMA_ID",
        "ChangeFieldNameSchema",
        "ChangeOpSchema",
        "ChangeRecordSchema",
        "ChangeSchema",
        "CheckFieldSchema",
        "CheckRecordSchema",
        "CheckVerdictSchema",
        "ClaimRecordSchema",
        "ERROR_SCHEMA_ID",
        "ErrorCodeSchema",
        "ErrorRecordSchema",
        "FieldChangeSchema",
        "FieldValueSchema",
        "GENERIC_SOURCE_TAGS",
        "MessageSchema",
        "NumericSchema",
        "PIPELINE_VERSION",
        "QualifierSchema",
        "QuoteSchema",
        "SourceEntrySchema",
        "SourceRegistry",
        "SourceRegistryFileSchema",
        "SpanSchema",
        "VERSION",
        "carryVerdicts",
        "checkArticle",
        "claimId",
        "detectLang",
        "diffArticles",
        "diffClaims",
        "extractNumbers",
        "extractQuotes",
        "formatChangesText",
        "matchKey",
        "normalizeText",
        "parseSourceRegistry",
        "processArticle",
        "runBatch",
        "sourceRegistry",
        "splitSentences",
        "toOriginalSpan",
      ]
    `);
  });

  it('reports the package version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(api.VERSION).toBe(pkg.version);
    expect(api.PIPELINE_VERSION).toMatch(new RegExp(`^isnad-pipeline@${pkg.version}\\+x\\d+$`));
  });

  it('runs the pipeline from the entry', () => {
    const { claims } = api.processArticle({ id: 'a', text: 'قال الوزير محمد علي إن الإيرادات بلغت 5 مليارات دولار.' });
    expect(claims.map((c) => [c.type, c.text])).toEqual([
      ['quote', 'الإيرادات بلغت 5 مليارات دولار'],
      ['numeric', '5 مليارات دولار'],
    ]);
    expect(claims[1]!.attribution.speaker).toBe('محمد علي');
  });
});
