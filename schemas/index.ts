export * from './article.js';
export * from './claim.js';
export * from './error.js';
export * from './message.js';
export * from './source.js';
export * from './change.js';
export * from './check.js';
