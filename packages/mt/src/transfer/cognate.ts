/**
 * Regular spelling correspondences for words the bilingual lexicon lacks — names above all
 * (Şuşa → Shusha, Əliyev → Aliyev, Shavkat → Şavkat). Only the reliable letter-level
 * correspondences are applied; vowel shifts that depend on etymology (a → o) are not guessed.
 */
const AZ_TO_UZ: readonly [string, string][] = [
  ['ş', 'sh'],
  ['Ş', 'Sh'],
  ['ç', 'ch'],
  ['Ç', 'Ch'],
  ['ğ', 'gʻ'],
  ['Ğ', 'Gʻ'],
  ['ə', 'a'],
  ['Ə', 'A'],
  ['ı', 'i'],
  ['I', 'I'],
  ['İ', 'I'],
  ['ö', 'oʻ'],
  ['Ö', 'Oʻ'],
  ['ü', 'u'],
  ['Ü', 'U'],
  ['c', 'j'],
  ['C', 'J'],
];

const UZ_TO_AZ: readonly [string, string][] = [
  ['sʼh', 'sh'],
  ['Sh', 'Ş'],
  ['SH', 'Ş'],
  ['sh', 'ş'],
  ['Ch', 'Ç'],
  ['CH', 'Ç'],
  ['ch', 'ç'],
  ['gʻ', 'ğ'],
  ['Gʻ', 'Ğ'],
  ['oʻ', 'ö'],
  ['Oʻ', 'Ö'],
  ['j', 'c'],
  ['J', 'C'],
  ['ʼ', ''],
];

function compile(pairs: readonly [string, string][]): (text: string) => string {
  const map = new Map(pairs);
  const pattern = new RegExp(
    [...map.keys()]
      .sort((a, b) => b.length - a.length)
      .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|'),
    'gu',
  );
  return (text) => text.replace(pattern, (m) => map.get(m) ?? m);
}

const azLetters = compile(AZ_TO_UZ);
const uzLetters = compile(UZ_TO_AZ);

/** A name left in its own Latin spelling (Wheeling, Patrick, Thomas): no letter to respell. */
const FOREIGN_SPELLING = /[wW]|ck|th|ph|oo|ee/u;

// Azerbaijani writes the English -ng of foreign names as -nq (Sterlinq, Hastinqs); Uzbek keeps -ng.
export const azToUzSpelling = (text: string): string =>
  FOREIGN_SPELLING.test(text)
    ? text
    : azLetters(text)
        .replace(/nq(?=s?(?:\P{L}|$))/gu, 'ng')
        .replace(/NQ(?=S?(?:\P{L}|$))/gu, 'NG');
export const uzToAzSpelling = (text: string): string =>
  uzLetters(text)
    .replace(/ng(?=s?(?:\P{L}|$))/gu, 'nq')
    .replace(/NG(?=S?(?:\P{L}|$))/gu, 'NQ');
