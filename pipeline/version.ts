/** The package version, and the pipeline version that distributed workers compare before taking a job. */
export const VERSION = '0.1.0';
export const PIPELINE_VERSION = `isnad-pipeline@${VERSION}`;
