import {
  OKINA,
  OKINA_CODE,
  TUTUQ,
  TUTUQ_CODE,
  isApostropheCode,
  isLatinLetterCode,
  isLetterCode,
  lowerCode,
} from './chars.js';

export type ApostropheStyle = 'official' | 'press' | 'ascii';

const O = 0x6f;
const G = 0x67;
const N = 0x6e;

function isLetterAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isLetterCode(text.charCodeAt(i));
}

/**
 * Whether o/g + apostrophe at the end of a token is the letter oʻ/gʻ rather than a closing
 * quote. Uzbek words end in gʻ (togʻ, bogʻ, sogʻ) but not in oʻ or ngʻ, while words ending in
 * -o and -ng (bobo, keling) are common inside quotes. A modifier letter typed on purpose wins.
 */
function isFinalOkina(text: string, letterAt: number, apostrophe: number): boolean {
  if (apostrophe === OKINA_CODE || apostrophe === TUTUQ_CODE) return true;
  const letter = lowerCode(text.charCodeAt(letterAt));
  if (letter !== G) return false;
  if (letterAt < 1) return false;
  const before = text.charCodeAt(letterAt - 1);
  // An apostrophe before g (even one that is now ʼ) means g is not inside a word.
  return lowerCode(before) !== N && isLetterCode(before) && !isApostropheCode(before);
}

/**
 * LINGUISTICS §1 rules 1–4: o/g + APOS → ʻ; a double APOS after o/g → ʻʼ; letter + APOS +
 * letter → ʼ; an APOS at a token edge stays what it is (a quotation mark).
 */
export function canonicalizeUzbekApostrophes(text: string): string {
  let out = '';
  let copiedUpTo = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isApostropheCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isApostropheCode(text.charCodeAt(i))) i++;
    const run = i - start;
    const prevCode = start > 0 ? text.charCodeAt(start - 1) : 0;
    const prev = lowerCode(prevCode);
    const letterFollows = isLetterAt(text, i);
    let replacement: string | undefined;
    if ((prev === O || prev === G) && isLatinLetterCode(prevCode)) {
      if (letterFollows) {
        if (run === 1) replacement = OKINA;
        else if (run === 2) replacement = OKINA + TUTUQ;
      } else if (isFinalOkina(text, start - 1, text.charCodeAt(start))) {
        replacement = OKINA + text.slice(start + 1, i);
      }
    } else if (run === 1 && letterFollows && isLetterAt(text, start - 1)) {
      replacement = TUTUQ;
    }
    if (replacement === undefined || replacement === text.slice(start, i)) continue;
    out += text.slice(copiedUpTo, start) + replacement;
    copiedUpTo = i;
  }
  return copiedUpTo === 0 ? text : out + text.slice(copiedUpTo);
}

const STYLE_MARKS: Record<ApostropheStyle, { okina: string; tutuq: string }> = {
  official: { okina: OKINA, tutuq: TUTUQ },
  press: { okina: '\u2018', tutuq: '\u2019' },
  ascii: { okina: "'", tutuq: "'" },
};

/** Rewrites canonical ʻ (U+02BB) and ʼ (U+02BC) in the chosen output style. */
export function setApostropheStyle(text: string, style: ApostropheStyle): string {
  const marks = STYLE_MARKS[style] ?? STYLE_MARKS.official;
  if (marks.okina === OKINA && marks.tutuq === TUTUQ) return text;
  return text.replace(/[\u02bb\u02bc]/g, (mark) => (mark === OKINA ? marks.okina : marks.tutuq));
}
