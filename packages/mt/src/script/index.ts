// Alphabets, Unicode and apostrophe normalisation, Cyrillic ⇄ Latin transliteration.

export type { Lang, CasePattern } from './casing.js';
export { toUpper, toLower, toTitle, casePattern, applyCase } from './casing.js';
export type { ApostropheStyle } from './apostrophe.js';
export { setApostropheStyle } from './apostrophe.js';
export { normalizeUzbek, normalizeAzerbaijani, normalizeText } from './normalize.js';
export type { ScriptCode } from './script-code.js';
export { parseScriptCode, transliterate } from './script-code.js';
export { uzCyrlToLatn, uzLatnToCyrl } from './uz-cyrillic.js';
export { azCyrlToLatn, azLatnToCyrl } from './az-cyrillic.js';
export { detectScript } from './detect-script.js';
/** Apostrophe canonicalisation only (oʻ gʻ ʼ), for scoring texts that mix ' ‘ ’ ʻ ʼ. */
export { canonicalizeUzbekApostrophes as normalizeApostrophes } from './apostrophe.js';
