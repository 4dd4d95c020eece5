import {
  isApostropheCode,
  isCyrillicLetterCode,
  isLatinLetterCode,
  isLetterCode,
} from './chars.js';
import type { Lang } from './casing.js';

/** Cyrillic letters that look like a Latin letter, with that letter. */
const CYRILLIC_LOOKALIKES: Record<string, string> = {
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  х: 'x',
  у: 'y',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  һ: 'h',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  У: 'Y',
  І: 'I',
  Ј: 'J',
  Ѕ: 'S',
  Һ: 'H',
  Ԛ: 'Q',
  Ԝ: 'W',
};

// Cyrillic ә is the same glyph as Latin ə and turns up in Azerbaijani Latin text.
const AZ_CYRILLIC_LOOKALIKES: Record<string, string> = { ...CYRILLIC_LOOKALIKES, ә: 'ə', Ә: 'Ə' };

/** Latin letters that look like a Cyrillic letter, with that letter. */
const LATIN_LOOKALIKES: Record<string, string> = {
  a: 'а',
  c: 'с',
  e: 'е',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
  Y: 'У',
};

const AZ_LATIN_LOOKALIKES: Record<string, string> = {
  ...LATIN_LOOKALIKES,
  j: 'ј',
  J: 'Ј',
  h: 'һ',
  ə: 'ә',
  Ə: 'Ә',
};

function toMap(table: Record<string, string>): Map<number, string> {
  return new Map(Object.entries(table).map(([from, to]) => [from.charCodeAt(0), to]));
}

const TO_LATIN = { uz: toMap(CYRILLIC_LOOKALIKES), az: toMap(AZ_CYRILLIC_LOOKALIKES) };
const TO_CYRILLIC = { uz: toMap(LATIN_LOOKALIKES), az: toMap(AZ_LATIN_LOOKALIKES) };

/** A token here is a run of letters and apostrophes, so that о'zbek (Cyrillic о) is one token. */
function isTokenCode(code: number): boolean {
  return isLetterCode(code) || isApostropheCode(code);
}

/**
 * Rewrites one script's look-alike letters inside tokens written mostly in the other script.
 * `toLatin`: Cyrillic а/е/о/р/с/х/у… inside Latin tokens (Toshkеnt with Cyrillic е). Otherwise
 * the reverse, for Cyrillic input that a Latin keyboard touched (Тoшкент with Latin T, o).
 */
function repairTokens(text: string, lookalikes: Map<number, string>, toLatin: boolean): string {
  let out = '';
  let copiedUpTo = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (!isTokenCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let latin = 0;
    let cyrillic = 0;
    let foreignAllMapped = true;
    for (; i < n; i++) {
      const code = text.charCodeAt(i);
      if (!isTokenCode(code)) break;
      const isLatin = isLatinLetterCode(code);
      const isCyrillic = !isLatin && isCyrillicLetterCode(code);
      if (isLatin) latin++;
      if (isCyrillic) cyrillic++;
      const isForeign = toLatin ? isCyrillic : isLatin;
      if (isForeign && !lookalikes.has(code)) foreignAllMapped = false;
    }
    const needsRepair = toLatin
      ? cyrillic > 0 && latin > 0 && latin >= cyrillic
      : latin > 0 && cyrillic > latin;
    if (!needsRepair || !foreignAllMapped) continue;
    out += text.slice(copiedUpTo, start);
    for (let k = start; k < i; k++) {
      const ch = text.charAt(k);
      out += lookalikes.get(text.charCodeAt(k)) ?? ch;
    }
    copiedUpTo = i;
  }
  return copiedUpTo === 0 ? text : out + text.slice(copiedUpTo);
}

/** Cyrillic look-alikes inside Latin tokens → Latin letters. */
export function repairCyrillicHomoglyphs(text: string, lang: Lang): string {
  return repairTokens(text, TO_LATIN[lang], true);
}

/** Latin look-alikes inside Cyrillic tokens → Cyrillic letters (before Cyrillic → Latin). */
export function repairLatinHomoglyphs(text: string, lang: Lang): string {
  return repairTokens(text, TO_CYRILLIC[lang], false);
}
