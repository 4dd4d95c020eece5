import { canonicalizeUzbekApostrophes } from './apostrophe.js';
import { digraphIsAllCaps, type Lang } from './casing.js';
import { OKINA, isApostropheCode } from './chars.js';
import { repairCyrillicHomoglyphs } from './homoglyph.js';
import { mapUnprotected } from './protected-spans.js';

const UZ_LEGACY: Record<string, string> = {
  ŏ: 'o' + OKINA,
  ǒ: 'o' + OKINA,
  Ŏ: 'O' + OKINA,
  Ǒ: 'O' + OKINA,
  ğ: 'g' + OKINA,
  Ğ: 'G' + OKINA,
  ş: 'sh',
  Ş: 'Sh',
  ç: 'ch',
  Ç: 'Ch',
};
const UZ_LEGACY_RE = /[ŏǒŎǑğĞşŞçÇ]/g;

/** Rule 5: the 1990s letters ŏ ǒ ğ ş ç → oʻ gʻ sh ch. */
function replaceUzbekLegacyLetters(text: string): string {
  return text.replace(UZ_LEGACY_RE, (ch, at: number) => {
    const out = UZ_LEGACY[ch] ?? ch;
    if ((ch === 'Ş' || ch === 'Ç') && digraphIsAllCaps(text, at, 0, text.length)) {
      return out.toUpperCase();
    }
    return out;
  });
}

/** Legacy letters, homoglyph repair and apostrophes for text outside protected spans. */
export function normalizeUzbekPart(part: string): string {
  // Legacy letters first, since ş → sh changes the letter counts that homoglyph repair weighs;
  // and again after a repair, where a Cyrillic о + U+0306 has become a Latin ŏ.
  const legacy = replaceUzbekLegacyLetters(part);
  let letters = repairCyrillicHomoglyphs(legacy, 'uz');
  if (letters !== legacy) letters = replaceUzbekLegacyLetters(letters.normalize('NFC'));
  return canonicalizeUzbekApostrophes(letters);
}

/** NFC, homoglyph repair, legacy letters, canonical ʻ (U+02BB) and ʼ (U+02BC). */
export function normalizeUzbek(text: string): string {
  // NFC again at the end: a replaced letter may now precede a combining mark it composes with.
  return mapUnprotected(text.normalize('NFC'), normalizeUzbekPart).normalize('NFC');
}

const AZ_LETTERS = new Set('abcçdeəfgğhxıijkqlmnoöprsştuüvyzABCÇDEƏFGĞHXIİJKQLMNOÖPRSŞTUÜVYZ');

function isAzLetterAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && AZ_LETTERS.has(text.charAt(i));
}

/** Drops the old spelling's apostrophe between two Azerbaijani letters: mə'lumat → məlumat. */
function dropAzerbaijaniApostrophes(text: string): string {
  let out = '';
  let copiedUpTo = 0;
  for (let i = 1; i < text.length - 1; i++) {
    if (!isApostropheCode(text.charCodeAt(i))) continue;
    if (!isAzLetterAt(text, i - 1) || !isAzLetterAt(text, i + 1)) continue;
    out += text.slice(copiedUpTo, i);
    copiedUpTo = i + 1;
  }
  return copiedUpTo === 0 ? text : out + text.slice(copiedUpTo);
}

/** NFC, and i + U+0307 (what a non-Turkic lower-casing makes of İ) back to i. */
export function composeAzerbaijani(text: string): string {
  return text.replace(/i\u0307/g, 'i').normalize('NFC');
}

/** Homoglyphs, ǝ/ä → ə and Ǝ/Ä → Ə (the 1991–92 spelling), old-spelling apostrophes. */
export function normalizeAzerbaijaniPart(part: string): string {
  let latin = repairCyrillicHomoglyphs(part, 'az');
  if (latin !== part) latin = composeAzerbaijani(latin); // a repaired а + U+0308 is now ä
  latin = latin.replace(/[ǝä]/g, 'ə').replace(/[ƎÄ]/g, 'Ə');
  return dropAzerbaijaniApostrophes(latin);
}

export function normalizeAzerbaijani(text: string): string {
  return composeAzerbaijani(mapUnprotected(composeAzerbaijani(text), normalizeAzerbaijaniPart));
}

export function normalizeText(text: string, lang: Lang): string {
  return lang === 'az' ? normalizeAzerbaijani(text) : normalizeUzbek(text);
}
