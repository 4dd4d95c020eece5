/**
 * @korpu/mt — Körpü's Azerbaijani⇄Uzbek engine. Pure TypeScript: no I/O, no runtime
 * dependencies; the host passes the lexicon text in (see `@korpu/mt/node` for Node).
 */

export type { LexiconData, LanguageData } from './data.js';
export * from './script/index.js';
export * from './segment/index.js';
export * from './detect/index.js';
export * from './metrics/index.js';
export * from './morph/index.js';
export * from './engine.js';
export { parseBidix, Bidix, type BidixEntry, type Direction } from './transfer/bidix.js';
export { azToUzSpelling, uzToAzSpelling } from './transfer/cognate.js';
