// Code point classes for the tokenizer. Every decision the scanners make is a lookup in one
// lazily filled table, so tokenising stays a single linear pass with no regex backtracking.

export const SPACE = 1;
export const LETTER = 2;
export const MARK = 3;
export const DIGIT = 4;
export const PUNCT = 5;
export const SYMBOL = 6;
/** ZWJ, ZWNJ, soft hyphen, word joiner: invisible, and they belong inside words. */
export const JOINER = 7;
/** ' ` ´ ‘ ’ ʻ ʼ ʹ: Uzbek oʻ/gʻ and the tutuq inside words, quotation marks at their edges. */
export const APOSTROPHE = 8;
export const OTHER = 9;

const CLASS_MASK = 0x0f;
const LOWER_FLAG = 0x10;
const UPPER_FLAG = 0x20;

const APOSTROPHES = new Set([0x27, 0x60, 0xb4, 0x2018, 0x2019, 0x2bb, 0x2bc, 0x2b9]);
const JOINERS = new Set([0x200c, 0x200d, 0xad, 0x2060]);

const IS_SPACE = /^\s$/u;
const IS_LETTER = /^\p{L}$/u;
const IS_LOWER = /^\p{Ll}$/u;
const IS_UPPER = /^[\p{Lu}\p{Lt}]$/u;
const IS_MARK = /^\p{M}$/u;
const IS_DECIMAL_DIGIT = /^\p{Nd}$/u;
const IS_PUNCT = /^\p{P}$/u;
const IS_SYMBOL_OR_NUMBER = /^[\p{S}\p{N}]$/u;

function computeClass(cp: number): number {
  if (APOSTROPHES.has(cp)) return APOSTROPHE;
  if (JOINERS.has(cp)) return JOINER;
  if (cp >= 0xd800 && cp <= 0xdfff) return OTHER; // a lone surrogate
  const ch = String.fromCodePoint(cp);
  if (cp === 0x85 || IS_SPACE.test(ch)) return SPACE;
  if (IS_LETTER.test(ch)) {
    if (IS_LOWER.test(ch)) return LETTER | LOWER_FLAG;
    return IS_UPPER.test(ch) ? LETTER | UPPER_FLAG : LETTER;
  }
  if (IS_MARK.test(ch)) return MARK;
  if (IS_DECIMAL_DIGIT.test(ch)) return DIGIT;
  if (IS_PUNCT.test(ch)) return PUNCT;
  if (IS_SYMBOL_OR_NUMBER.test(ch)) return SYMBOL;
  return OTHER;
}

let table: Uint8Array | undefined;

function entry(cp: number): number {
  table ??= new Uint8Array(0x110000);
  let value = table[cp]!;
  if (value === 0) {
    value = computeClass(cp);
    table[cp] = value;
  }
  return value;
}

/** The class of a code point; -1 (past the end of the text) is OTHER. */
export function charClass(cp: number): number {
  return cp < 0 ? OTHER : entry(cp) & CLASS_MASK;
}

export function isLowercase(cp: number): boolean {
  return cp >= 0 && (entry(cp) & LOWER_FLAG) !== 0;
}

export function isUppercase(cp: number): boolean {
  return cp >= 0 && (entry(cp) & UPPER_FLAG) !== 0;
}

/** The code point starting at `i`, or -1 past the end. Lone surrogates come back as themselves. */
export function codePointAt(text: string, i: number): number {
  return i < text.length ? text.codePointAt(i)! : -1;
}

export function widthOf(cp: number): number {
  return cp > 0xffff ? 2 : 1;
}

export function isAsciiLetter(cp: number): boolean {
  return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
}

export function isAsciiDigit(cp: number): boolean {
  return cp >= 0x30 && cp <= 0x39;
}

export function isAsciiAlnum(cp: number): boolean {
  return isAsciiLetter(cp) || isAsciiDigit(cp);
}

/** Letters, digits and marks: what makes a neighbouring character part of a word. */
export function isWordChar(cp: number): boolean {
  const c = charClass(cp);
  return c === LETTER || c === DIGIT || c === MARK;
}

/** The code point that ends just before `i` (handles surrogate pairs), or -1 at the start. */
export function codePointBefore(text: string, i: number): number {
  if (i <= 0) return -1;
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(i - 2)!;
  }
  return low;
}
