// Uzbek Cyrillic ⇄ Latin by the 1995 rules and the context rules of LINGUISTICS §1.

import { digraphIsAllCaps } from './casing.js';
import {
  TUTUQ,
  isApostropheCode,
  isCasedCode,
  isCyrillicLetterCode,
  isLetterCode,
  isUpperCode,
  lowerCode,
} from './chars.js';
import { repairLatinHomoglyphs } from './homoglyph.js';
import { normalizeUzbekPart } from './normalize.js';
import { mapUnprotected } from './protected-spans.js';
import { matchLoanwordStem } from './uz-loanwords.js';

function codeMap(table: Record<string, string>): Map<number, string> {
  return new Map(Object.entries(table).map(([from, to]) => [from.charCodeAt(0), to]));
}

// ---------------------------------------------------------------- Cyrillic → Latin

/** Letters without context rules; е ц ъ ь с are decided in cyrillicLetterToLatin. */
const CYRILLIC_TO_LATIN = codeMap({
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  ё: 'yo',
  ж: 'j',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'x',
  ч: 'ch',
  ш: 'sh',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ў: 'oʻ',
  қ: 'q',
  ғ: 'gʻ',
  ҳ: 'h',
  // Russian and other letters met in quoted names
  ы: 'i',
  щ: 'sh',
  і: 'i',
  ї: 'yi',
  є: 'ye',
  ґ: 'g',
});

const C = (ch: string): number => ch.charCodeAt(0);
const CYR_E = C('е');
const CYR_TS = C('ц');
const CYR_HARD = C('ъ');
const CYR_SOFT = C('ь');
const CYR_S = C('с');
const CYR_H = C('ҳ');
const CYR_U_SHORT = C('ў');
const CYRILLIC_VOWELS = new Set([...'аеёиоуўэюяы'].map(C));
const IOTATED = new Set([...'еёюя'].map(C));

/** Words whose Latin spelling is fixed by the rules rather than letter by letter. */
const FIXED_SPELLINGS: ReadonlyArray<readonly [string, string]> = [
  ['сентябр', 'sentabr'],
  ['октябр', 'oktabr'],
];

function lowerSlice(text: string, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i++) s += String.fromCharCode(lowerCode(text.charCodeAt(i)));
  return s;
}

function cyrillicLetterToLatin(text: string, i: number, start: number, end: number) {
  const lower = lowerCode(text.charCodeAt(i));
  const prev = i > start ? lowerCode(text.charCodeAt(i - 1)) : -1;
  const next = i + 1 < end ? lowerCode(text.charCodeAt(i + 1)) : -1;
  switch (lower) {
    case CYR_E:
      return prev < 0 || CYRILLIC_VOWELS.has(prev) || prev === CYR_HARD || prev === CYR_SOFT
        ? 'ye'
        : 'e';
    case CYR_TS:
      return CYRILLIC_VOWELS.has(prev) ? 'ts' : 's';
    case CYR_HARD:
      return prev === CYR_U_SHORT || IOTATED.has(next) ? '' : TUTUQ;
    case CYR_SOFT:
      return '';
    case CYR_S:
      // сҳ is s + h, written sʼh so that it is not read as sh
      return next === CYR_H ? 's' + TUTUQ : 's';
    default:
      return CYRILLIC_TO_LATIN.get(lower);
  }
}

/** A word written in the case of its source: lower, Title or UPPER by the first two letters. */
function inCaseOf(source: string, start: number, word: string): string {
  if (!isUpperCode(source.charCodeAt(start))) return word;
  if (isUpperCode(source.charCodeAt(start + 1))) return word.toUpperCase();
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function fixedSpellingAt(text: string, start: number, end: number) {
  const first = lowerCode(text.charCodeAt(start));
  for (const [cyrillic, latin] of FIXED_SPELLINGS) {
    if (first !== cyrillic.charCodeAt(0) || end - start < cyrillic.length) continue;
    if (lowerSlice(text, start, start + cyrillic.length) === cyrillic) return { cyrillic, latin };
  }
  return null;
}

function cyrillicWordToLatin(text: string, start: number, end: number): string {
  let out = '';
  let i = start;
  const fixed = fixedSpellingAt(text, start, end);
  if (fixed !== null) {
    out = inCaseOf(text, start, fixed.latin);
    i = start + fixed.cyrillic.length;
  }
  for (; i < end; i++) {
    const code = text.charCodeAt(i);
    const latin = cyrillicLetterToLatin(text, i, start, end);
    if (latin === undefined) {
      out += text.charAt(i);
    } else if (latin.length === 0 || !isUpperCode(code)) {
      out += latin;
    } else if (latin.length === 1 || digraphIsAllCaps(text, i, start, end)) {
      out += latin.toUpperCase();
    } else {
      out += latin.charAt(0).toUpperCase() + latin.slice(1);
    }
  }
  return out;
}

function isCyrillicAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isCyrillicLetterCode(text.charCodeAt(i));
}

function cyrillicPartToLatin(part: string): string {
  const text = repairLatinHomoglyphs(part, 'uz');
  let out = '';
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (isLetterCode(code)) {
      const start = i;
      while (i < text.length && isLetterCode(text.charCodeAt(i))) i++;
      out += cyrillicWordToLatin(text, start, i);
      continue;
    }
    // ма'но: an apostrophe typed for ъ between Cyrillic letters
    const isHardSign =
      isApostropheCode(code) && isCyrillicAt(text, i - 1) && isCyrillicAt(text, i + 1);
    out += isHardSign ? TUTUQ : text.charAt(i);
    i++;
  }
  return out;
}

/** Uzbek Cyrillic → canonical Uzbek Latin (oʻ gʻ with U+02BB, tutuq U+02BC). */
export function uzCyrlToLatn(text: string): string {
  return mapUnprotected(text.normalize('NFC'), cyrillicPartToLatin);
}

// ---------------------------------------------------------------- Latin → Cyrillic

const LATIN_TO_CYRILLIC = codeMap({
  a: 'а',
  b: 'б',
  d: 'д',
  f: 'ф',
  h: 'ҳ',
  i: 'и',
  j: 'ж',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  p: 'п',
  q: 'қ',
  r: 'р',
  u: 'у',
  v: 'в',
  w: 'в',
  x: 'х',
  z: 'з',
  ʼ: 'ъ',
});

const LAT_VOWELS = new Set([...'aeiou'].map(C));
const LAT_CONSONANTS = new Set([...'bcdfghjklmnpqrstvwxz'].map(C));
const OKINA_C = C('ʻ');
const TUTUQ_C = C('ʼ');
const a = C('a');
const b = C('b');
const c = C('c');
const d = C('d');
const e = C('e');
const g = C('g');
const h = C('h');
const i_ = C('i');
const k = C('k');
const l = C('l');
const n = C('n');
const o = C('o');
const s = C('s');
const t = C('t');
const u = C('u');
const y = C('y');
const z = C('z');

interface Match {
  cyrillic: string;
  length: number;
}

const one = (cyrillic: string): Match => ({ cyrillic, length: 1 });

/**
 * ts → ц in loans (militsiya, dotsent, abzats); native t + s across a morpheme boundary stays
 * тс, and Uzbek s-suffixes start sa-/si+consonant (aytsa, ketsin, otsiz).
 */
function isLoanTs(w: string, i: number): boolean {
  if (i === 0) return true;
  const after = w.charCodeAt(i + 2);
  if (after === a) return false;
  if (after === i_) {
    const next = w.charCodeAt(i + 3);
    return LAT_VOWELS.has(next) || next === y;
  }
  return true;
}

/** ye/yo/yu/ya after a consonant come from Cyrillic ъе/ье, ьо, ю, я (объект, пьеса, бульон). */
function iotatedAfterConsonant(w: string, i: number, vowel: number, base: string): string {
  const prev = w.charCodeAt(i - 1);
  if (!LAT_CONSONANTS.has(prev)) return base;
  if (vowel === e) return (prev === b || prev === d || prev === z || prev === s ? 'ъ' : 'ь') + base;
  if (vowel === o && (prev === l || prev === n) && w.charCodeAt(i + 2) === n) return 'ьо';
  return base;
}

const IOTATED_VOWELS = new Map([
  [o, 'ё'],
  [u, 'ю'],
  [a, 'я'],
  [e, 'е'],
]);

function latinLetterToCyrillic(w: string, i: number): Match | undefined {
  const ch = w.charCodeAt(i);
  const next = w.charCodeAt(i + 1);
  const after = w.charCodeAt(i + 2);
  switch (ch) {
    case y: {
      if (next === o && after === OKINA_C) return { cyrillic: 'йў', length: 3 };
      const base = IOTATED_VOWELS.get(next);
      if (base === undefined) return one('й');
      return { cyrillic: iotatedAfterConsonant(w, i, next, base), length: 2 };
    }
    case o:
      return next === OKINA_C ? { cyrillic: 'ў', length: 2 } : one('о');
    case g:
      return next === OKINA_C ? { cyrillic: 'ғ', length: 2 } : one('г');
    case s:
      if (next === TUTUQ_C && after === h) return { cyrillic: 'сҳ', length: 3 };
      if (next === h) return { cyrillic: 'ш', length: 2 };
      // -ksiya, -nsiya: акция, станция, Франция (пенсия is in the loanword list)
      if (w.startsWith('iya', i + 1) && (w.charCodeAt(i - 1) === k || w.charCodeAt(i - 1) === n)) {
        return one('ц');
      }
      return one('с');
    case c:
      if (next === h) return { cyrillic: 'ч', length: 2 };
      return one(next === e || next === i_ || next === y ? 'с' : 'к');
    case t:
      if (next === s && after !== h && after !== TUTUQ_C && isLoanTs(w, i)) {
        return { cyrillic: 'ц', length: 2 };
      }
      return one('т');
    case e: {
      const prev = i > 0 ? w.charCodeAt(i - 1) : -1;
      const afterVowel =
        prev < 0 ||
        LAT_VOWELS.has(prev) ||
        prev === TUTUQ_C ||
        (prev === OKINA_C && w.charCodeAt(i - 2) === o);
      return one(afterVowel ? 'э' : 'е');
    }
    default: {
      const cyrillic = LATIN_TO_CYRILLIC.get(ch);
      return cyrillic === undefined ? undefined : one(cyrillic);
    }
  }
}

/** Gives the k-th Cyrillic letter the case of the k-th cased Latin letter of the match. */
function caseLike(word: string, start: number, length: number, cyrillic: string): string {
  if (cyrillic.length === 1 && length === 1) {
    return isUpperCode(word.charCodeAt(start)) ? cyrillic.toUpperCase() : cyrillic;
  }
  let out = '';
  let src = start;
  let lastCased = start;
  for (let index = 0; index < cyrillic.length; index++) {
    while (src < start + length && !isCasedCode(word.charCodeAt(src))) src++;
    if (src < start + length) lastCased = src++;
    const letter = cyrillic.charAt(index);
    out += isUpperCode(word.charCodeAt(lastCased)) ? letter.toUpperCase() : letter;
  }
  return out;
}

function latinWordToCyrillic(word: string): string {
  let w = word.toLowerCase();
  if (w.length !== word.length) w = word.replace(/[A-Z]/g, (ch) => ch.toLowerCase());
  let out = '';
  let i = 0;
  const stem = matchLoanwordStem(w);
  if (stem !== null) {
    i = stem.latin.length;
    let cyrillic = stem.cyrillic;
    // the soft sign before a vowel would read as й: автомобиль, but автомобили
    if (cyrillic.endsWith('ь') && LAT_VOWELS.has(w.charCodeAt(i))) cyrillic = cyrillic.slice(0, -1);
    out = inCaseOf(word, 0, cyrillic);
  }
  while (i < w.length) {
    const match = latinLetterToCyrillic(w, i);
    if (match === undefined) {
      out += word.charAt(i);
      i++;
      continue;
    }
    out += caseLike(word, i, match.length, match.cyrillic);
    i += match.length;
  }
  return out;
}

function latinPartToCyrillic(part: string): string {
  const text = normalizeUzbekPart(part);
  let out = '';
  let i = 0;
  while (i < text.length) {
    if (!isLetterCode(text.charCodeAt(i))) {
      const start = i;
      while (i < text.length && !isLetterCode(text.charCodeAt(i))) i++;
      out += text.slice(start, i);
      continue;
    }
    const start = i;
    while (i < text.length && isLetterCode(text.charCodeAt(i))) i++;
    out += latinWordToCyrillic(text.slice(start, i));
  }
  return out;
}

/** Uzbek Latin (any apostrophe variant) → Uzbek Cyrillic. */
export function uzLatnToCyrl(text: string): string {
  return mapUnprotected(text.normalize('NFC'), latinPartToCyrillic);
}
