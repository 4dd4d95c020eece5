// Character classes shared by the script modules. Everything works on UTF-16 code units so
// that a scan over a 1 MB string stays a tight loop; results for non-ASCII units are cached.

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const letterCache = new Uint8Array(0x10000); // 0 unknown, 1 letter, 2 not a letter
const lowerCache = new Uint16Array(0x10000); // 0 unknown, else the lower-case code unit
const casedCache = new Uint8Array(0x10000); // 0 unknown, 1 cased, 2 caseless

/** False for anything that is not a code unit, such as charCodeAt past the end (NaN). */
function isCodeUnit(code: number): boolean {
  return code >= 0 && code <= 0xffff;
}

/** A letter or a combining mark (so that i + U+0307 stays one word). Surrogates are not. */
export function isLetterCode(code: number): boolean {
  if (!isCodeUnit(code)) return false;
  if (code < 0x80) {
    const folded = code | 0x20;
    return folded >= 0x61 && folded <= 0x7a;
  }
  if (code >= 0xd800 && code <= 0xdfff) return false;
  let known = letterCache[code] ?? 0;
  if (known === 0) {
    known = LETTER_OR_MARK.test(String.fromCharCode(code)) ? 1 : 2;
    letterCache[code] = known;
  }
  return known === 1;
}

/**
 * The lower-case form of a code unit when it is a single code unit, else the unit itself.
 * U+0130 İ maps to plain i: its Unicode lower case is i + U+0307, which we never want.
 */
export function lowerCode(code: number): number {
  if (!isCodeUnit(code)) return code;
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 32 : code;
  if (code === 0x130) return 0x69;
  if (code >= 0xd800 && code <= 0xdfff) return code;
  let lower = lowerCache[code] ?? 0;
  if (lower === 0) {
    const s = String.fromCharCode(code).toLowerCase();
    lower = s.length === 1 ? s.charCodeAt(0) : code;
    lowerCache[code] = lower;
  }
  return lower;
}

export function isUpperCode(code: number): boolean {
  return isCodeUnit(code) && lowerCode(code) !== code;
}

/** Has an upper/lower distinction (ʻ, digits and CJK do not). */
export function isCasedCode(code: number): boolean {
  if (!isCodeUnit(code)) return false;
  if (code < 0x80) return isLetterCode(code);
  if (code >= 0xd800 && code <= 0xdfff) return false;
  let known = casedCache[code] ?? 0;
  if (known === 0) {
    const s = String.fromCharCode(code);
    known = lowerCode(code) !== code || s.toUpperCase() !== s ? 1 : 2;
    casedCache[code] = known;
  }
  return known === 1;
}

export function isLatinLetterCode(code: number): boolean {
  if (code < 0x80) return isLetterCode(code);
  return (
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x250 && code <= 0x2af) ||
    (code >= 0x1e00 && code <= 0x1eff) ||
    (code >= 0x2c60 && code <= 0x2c7f) ||
    (code >= 0xa720 && code <= 0xa7ff) ||
    (code >= 0xff21 && code <= 0xff3a) ||
    (code >= 0xff41 && code <= 0xff5a)
  );
}

export function isCyrillicLetterCode(code: number): boolean {
  return (
    (code >= 0x400 && code <= 0x52f && !(code >= 0x482 && code <= 0x489)) ||
    (code >= 0x1c80 && code <= 0x1c8f) ||
    (code >= 0xa640 && code <= 0xa69f)
  );
}

/** The apostrophe-like characters writers use for oʻ, gʻ and the tutuq (LINGUISTICS §1). */
export const APOSTROPHES: ReadonlySet<number> = new Set([
  0x27, // '
  0x60, // `
  0xb4, // ´
  0x2018, // ‘
  0x2019, // ’
  0x201b, // ‛
  0x2b9, // ʹ
  0x2bb, // ʻ
  0x2bc, // ʼ
  0x2bd, // ʽ
]);

export function isApostropheCode(code: number): boolean {
  return APOSTROPHES.has(code);
}

export const OKINA = '\u02bb'; // ʻ in oʻ and gʻ
export const TUTUQ = '\u02bc'; // ʼ, the Uzbek glottal stop
export const OKINA_CODE = 0x2bb;
export const TUTUQ_CODE = 0x2bc;
