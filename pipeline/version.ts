/** The package version (kept equal to package.json's by test/api.test.ts). */
export const VERSION = '0.2.0';

/**
 * The extraction revision: bump it whenever a stage or lexicon change can change output, so that
 * `--resume` never mixes old and new output and distributed workers of different revisions refuse
 * each other's jobs.
 */
export const EXTRACTION_REVISION = 5;

/** What `--resume` and queue workers compare: package version and extraction revision. */
export const PIPELINE_VERSION = `isnad-pipeline@${VERSION}+x${EXTRACTION_REVISION}`;
