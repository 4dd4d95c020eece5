// Scanners for ordinary text. Each takes the position of a character it accepts and returns
// where its token ends; none ever looks back more than one character or ahead more than a few,
// which keeps tokenising linear whatever the input.
import {
  APOSTROPHE,
  DIGIT,
  JOINER,
  LETTER,
  MARK,
  OTHER,
  SPACE,
  SYMBOL,
  charClass,
  codePointAt,
  widthOf,
} from './chars.js';

const HYPHENS = new Set([0x2d, 0x2010, 0x2011]);
const OKINA = 0x2bb; // ʻ in oʻ, gʻ
const TUTUQ = 0x2bc; // ʼ in taʼlim

/** Sentence-final punctuation; a run of it (?!, ..., !!!) is one token. */
export const TERMINATORS = new Set([
  0x2e, 0x21, 0x3f, 0x2026, 0x203c, 0x2047, 0x2048, 0x2049, 0x203d, 0x61f, 0x3002, 0xff01, 0xff1f,
]);

export function scanSpace(text: string, start: number): number {
  let i = start;
  for (let cp = codePointAt(text, i); charClass(cp) === SPACE; cp = codePointAt(text, i)) {
    i += widthOf(cp);
  }
  return i;
}

function isLetterCp(cp: number): boolean {
  return charClass(cp) === LETTER;
}

function lower(cp: number): number {
  return cp >= 0x41 && cp <= 0x5a ? cp + 0x20 : cp;
}

/**
 * An apostrophe with no letter after it still belongs to the word when it is the letter gʻ
 * (togʻ, bogʻ — but not a quote after -ng: "keling'"), an initial Oʻ./Gʻ., or one of the
 * modifier letters ʻ ʼ, which nobody types as a quotation mark.
 */
function endsWordWithApostrophe(text: string, start: number, at: number): boolean {
  const apostrophe = text.charCodeAt(at);
  if (apostrophe === OKINA || apostrophe === TUTUQ) return true;
  const letter = lower(text.charCodeAt(at - 1));
  if (at - 1 === start) return (letter === 0x67 || letter === 0x6f) && text[at + 1] === '.';
  if (letter !== 0x67) return false;
  const before = codePointAt(text, at - 2);
  return isLetterCp(before) && lower(before) !== 0x6e;
}

/**
 * A word: letters, then letters, digits, marks and joiners; an apostrophe between letters
 * (oʻzbek, O'zbekiston, taʼlim, mə'lumat); a hyphen followed by a letter or digit (BMT-nin,
 * NATO-ya, ictimai-siyasi, COVID-19).
 */
export function scanWord(text: string, start: number): number {
  let i = start;
  for (;;) {
    const cp = codePointAt(text, i);
    const c = charClass(cp);
    if (c === LETTER || c === DIGIT || c === MARK || c === JOINER) {
      i += widthOf(cp);
    } else if (c === APOSTROPHE) {
      const next = codePointAt(text, i + 1);
      if (isLetterCp(next)) {
        i += 1;
        continue;
      }
      // o'' / g'' is oʻ followed by a tutuq (mo''jiza)
      if (charClass(next) === APOSTROPHE && isLetterCp(codePointAt(text, i + 2))) {
        const letter = lower(text.charCodeAt(i - 1));
        if (letter === 0x6f || letter === 0x67) {
          i += 2;
          continue;
        }
      }
      return endsWordWithApostrophe(text, start, i) ? i + 1 : i;
    } else if (HYPHENS.has(cp)) {
      const next = charClass(codePointAt(text, i + 1));
      if (next !== LETTER && next !== DIGIT) return i;
      i += 1;
    } else {
      return i;
    }
  }
}

function scanDigits(text: string, start: number): number {
  let i = start;
  while (charClass(codePointAt(text, i)) === DIGIT) i += widthOf(codePointAt(text, i));
  return i;
}

function isDigitAt(text: string, i: number): boolean {
  return charClass(codePointAt(text, i)) === DIGIT;
}

// Spaces that group thousands: 12 345 678 with a space, NBSP, narrow NBSP or thin space.
const THOUSANDS_SPACES = new Set([0x20, 0xa0, 0x202f, 0x2009]);

/** Exactly `count` ASCII-width digits at `i`, and no digit right after them. */
function hasDigitGroup(text: string, i: number, count: number): boolean {
  for (let k = 0; k < count; k++) if (!isDigitAt(text, i + k)) return false;
  return !isDigitAt(text, i + count);
}

/**
 * A number: digits joined by . , / (3.14, 1,5, 1.000.000, 15.05.2024, 2023/2024), times
 * (14:30), ISO dates (2024-05-15), space-grouped thousands (12 345 678), and a hyphenated
 * suffix (2024-cü, 15-də, 2024-yil, 5-sinf, 3.14-dür). Percent signs and signs stay outside.
 */
export function scanNumber(text: string, start: number): number {
  let i = scanDigits(text, start);
  let group = i - start; // digits in the last group
  let spaceGrouped = group <= 3; // still of the form 1 000 000
  for (;;) {
    const cp = codePointAt(text, i);
    if ((cp === 0x2e || cp === 0x2c || cp === 0x2f) && isDigitAt(text, i + 1)) {
      const end = scanDigits(text, i + 1);
      group = end - i - 1;
      spaceGrouped = false;
      i = end;
    } else if (cp === 0x3a && group <= 2 && hasDigitGroup(text, i + 1, 2)) {
      i += 3;
      group = 2;
      spaceGrouped = false;
    } else if (THOUSANDS_SPACES.has(cp) && spaceGrouped && hasDigitGroup(text, i + 1, 3)) {
      i += 4;
      group = 3;
    } else if (cp === 0x2d) {
      const isIsoDate =
        i - start === 4 &&
        group === 4 &&
        hasDigitGroup(text, i + 1, 2) &&
        text.charCodeAt(i + 3) === 0x2d &&
        hasDigitGroup(text, i + 4, 2);
      if (isIsoDate) return i + 6;
      if (isLetterCp(codePointAt(text, i + 1))) return scanWord(text, i + 1);
      return i;
    } else {
      return i;
    }
  }
}

/** One punctuation character, or a whole run of sentence-final ones. */
export function scanPunct(text: string, start: number): number {
  const first = codePointAt(text, start);
  let i = start + widthOf(first);
  if (!TERMINATORS.has(first)) return i;
  for (let cp = codePointAt(text, i); TERMINATORS.has(cp); cp = codePointAt(text, i)) {
    i += widthOf(cp);
  }
  return i;
}

const VARIATION_SELECTOR_16 = 0xfe0f;
const ZWJ = 0x200d;

function isRegionalIndicator(cp: number): boolean {
  return cp >= 0x1f1e6 && cp <= 0x1f1ff;
}

function isSkinTone(cp: number): boolean {
  return cp >= 0x1f3fb && cp <= 0x1f3ff;
}

/** A symbol with what clings to it: marks, emoji modifiers, ZWJ sequences, flag pairs. */
export function scanSymbol(text: string, start: number): number {
  const first = codePointAt(text, start);
  let i = start + widthOf(first);
  if (isRegionalIndicator(first) && isRegionalIndicator(codePointAt(text, i))) i += 2;
  for (;;) {
    const cp = codePointAt(text, i);
    if (charClass(cp) === MARK || cp === VARIATION_SELECTOR_16 || isSkinTone(cp)) {
      i += widthOf(cp);
    } else if (cp === ZWJ && charClass(codePointAt(text, i + 1)) === SYMBOL) {
      i += 1 + widthOf(codePointAt(text, i + 1));
    } else {
      return i;
    }
  }
}

/** Controls, private use, lone surrogates, stray marks and joiners: kept, never interpreted. */
export function scanOther(text: string, start: number): number {
  let i = start + widthOf(codePointAt(text, start));
  for (;;) {
    const cp = codePointAt(text, i);
    const c = charClass(cp);
    if (cp < 0 || (c !== OTHER && c !== MARK && c !== JOINER)) return i;
    i += widthOf(cp);
  }
}
