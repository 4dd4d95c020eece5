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
const WORD = /[\p{L}\p{M}ʻʼ]+/gu;

// Azerbaijani writes the English -ng of foreign names as -nq (Sterlinq, Hastinqs); Uzbek keeps -ng
// (names only: a common word in -ning is the Uzbek genitive).
// Russian -ция is Azerbaijani -siya, Uzbek -tsiya (federasiya ⇄ federatsiya); Azerbaijani has no ts.
export const azToUzSpelling = (text: string): string =>
  text.replace(WORD, (word) =>
    FOREIGN_SPELLING.test(word)
      ? word
      : azLetters(word)
          .replace(/nq(?=s?$)/u, 'ng')
          .replace(/NQ(?=S?$)/u, 'NG')
          .replace(/(?<=[aeiouk])siya/u, 'tsiya'),
  );
export const uzToAzSpelling = (text: string): string =>
  text.replace(WORD, (word) =>
    (/^\p{Lu}/u.test(word) ? uzLetters(word).replace(/ng(?=s?$)/u, 'nq') : uzLetters(word))
      .replace(/NG(?=S?$)/u, 'NQ')
      .replace(/tsiya/u, 'siya')
      .replace(/^(T|t)s(?=[aeiou])/u, (_, t: string) => (t === 'T' ? 'S' : 's')),
  );

/**
 * Names the lexicon does not list are mostly foreign, and Azerbaijani writes a foreign g as q
 * (Qvardiola, Sterlinq, Aqüero) where Uzbek keeps g (Gvardiola, Sterling, Aguero); native names
 * with a real q (Qarabağ, Quliyev) are in the lexicon.
 */
export const azToUzName = (text: string): string =>
  azToUzSpelling(text).replace(/q/gu, 'g').replace(/Q/gu, 'G');
export const uzToAzName = (text: string): string =>
  uzToAzSpelling(text)
    .replace(/g(?![ʻ'])/gu, 'q')
    .replace(/G(?![ʻ'])/gu, 'Q');
