// Azerbaijani Cyrillic (1958–91, still used in Dagestan) ⇄ Latin, LINGUISTICS §1.
// г is q and ҝ is g: the classic trap when a Russian table is reused.

import { digraphIsAllCaps, toUpper } from './casing.js';
import { isApostropheCode, isLetterCode, lowerCode } from './chars.js';
import { repairLatinHomoglyphs } from './homoglyph.js';
import { composeAzerbaijani, normalizeAzerbaijaniPart } from './normalize.js';
import { mapUnprotected } from './protected-spans.js';

const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'q',
  ғ: 'ğ',
  д: 'd',
  е: 'e',
  ә: 'ə',
  ж: 'j',
  з: 'z',
  и: 'i',
  ы: 'ı',
  ј: 'y',
  к: 'k',
  ҝ: 'g',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  ө: 'ö',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ү: 'ü',
  ф: 'f',
  х: 'x',
  һ: 'h',
  ч: 'ç',
  ҹ: 'c',
  ш: 'ş',
  // obsolete letters of the earlier Cyrillic spelling
  я: 'ya',
  ю: 'yu',
  ё: 'yo',
  й: 'y',
  э: 'e',
  // Russian-only letters; ц is decided by context
  щ: 'şç',
  ь: '',
  ъ: '',
  // look-alikes typed on Russian, Ukrainian or Macedonian keyboards
  ќ: 'g',
  ґ: 'g',
  ӧ: 'ö',
  ӱ: 'ü',
  і: 'i',
};

const LATIN_TO_CYRILLIC: Record<string, string> = {
  a: 'а',
  b: 'б',
  c: 'ҹ',
  ç: 'ч',
  d: 'д',
  e: 'е',
  ə: 'ә',
  f: 'ф',
  g: 'ҝ',
  ğ: 'ғ',
  h: 'һ',
  x: 'х',
  ı: 'ы',
  i: 'и',
  j: 'ж',
  k: 'к',
  q: 'г',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  ö: 'ө',
  p: 'п',
  r: 'р',
  s: 'с',
  ş: 'ш',
  t: 'т',
  u: 'у',
  ü: 'ү',
  v: 'в',
  w: 'в',
  y: 'ј',
  z: 'з',
};

function codeMap(table: Record<string, string>): Map<number, string> {
  return new Map(Object.entries(table).map(([from, to]) => [from.charCodeAt(0), to]));
}

const TO_LATIN = codeMap(CYRILLIC_TO_LATIN);
// Lower-case keys for Cyrillic; the Latin side needs explicit upper case for İ and I.
const TO_CYRILLIC = new Map<number, string>();
for (const [latin, cyrillic] of Object.entries(LATIN_TO_CYRILLIC)) {
  TO_CYRILLIC.set(latin.charCodeAt(0), cyrillic);
  TO_CYRILLIC.set(toUpper(latin, 'az').charCodeAt(0), cyrillic.toUpperCase());
}

const CYR_TS = 'ц'.charCodeAt(0);
const CYRILLIC_VOWELS = new Set([...'аеәиыоөуүэяюё'].map((ch) => ch.charCodeAt(0)));

function cyrillicWordToLatin(text: string, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const lower = lowerCode(code);
    let latin: string | undefined;
    if (lower === CYR_TS) {
      const prev = i > start ? lowerCode(text.charCodeAt(i - 1)) : -1;
      latin = CYRILLIC_VOWELS.has(prev) ? 'ts' : 's';
    } else {
      latin = TO_LATIN.get(lower);
    }
    if (latin === undefined) out += text.charAt(i);
    else if (latin.length === 0 || lower === code) out += latin;
    else if (latin.length === 1 || digraphIsAllCaps(text, i, start, end)) {
      out += toUpper(latin, 'az');
    } else out += toUpper(latin.charAt(0), 'az') + latin.slice(1);
  }
  return out;
}

function cyrillicPartToLatin(part: string): string {
  const text = repairLatinHomoglyphs(part, 'az');
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
    // мә’лумат: the apostrophe of the old spelling is dropped between letters
    const dropped =
      isApostropheCode(code) &&
      i > 0 &&
      isLetterCode(text.charCodeAt(i - 1)) &&
      isLetterCode(text.charCodeAt(i + 1));
    if (!dropped) out += text.charAt(i);
    i++;
  }
  return out;
}

/** Azerbaijani Cyrillic → Latin. */
export function azCyrlToLatn(text: string): string {
  return mapUnprotected(composeAzerbaijani(text), cyrillicPartToLatin);
}

function latinPartToCyrillic(part: string): string {
  const text = normalizeAzerbaijaniPart(part);
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += TO_CYRILLIC.get(code) ?? text.charAt(i);
  }
  return out;
}

/** Azerbaijani Latin → Cyrillic (ya/yu/yo become ја/ју/јо). */
export function azLatnToCyrl(text: string): string {
  return mapUnprotected(composeAzerbaijani(text), latinPartToCyrillic);
}
