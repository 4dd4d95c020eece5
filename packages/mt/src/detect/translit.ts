/**
 * Approximate Uzbek Latin⇄Cyrillic transliteration of lowercased, apostrophe-folded text, used
 * only to share sample text and cue lists between the uz and uz-Cyrl profiles. It follows the
 * rules of LINGUISTICS.md §1 without the exception lexicon, which is good enough for letter
 * statistics; the real transliterator lives in `src/script/`.
 */

const VOWELS_LAT = new Set('aeiou'.split(''));
const VOWELS_CYR = new Set('аеёиоуўэюя'.split(''));

const LAT_MULTI: readonly (readonly [string, string])[] = [
  ["yo'", 'йў'],
  ["o'", 'ў'],
  ["g'", 'ғ'],
  ["s'h", 'сҳ'],
  ['sh', 'ш'],
  ['ch', 'ч'],
  ['yo', 'ё'],
  ['yu', 'ю'],
  ['ya', 'я'],
  ['ye', 'е'],
];

const LAT_SINGLE: Readonly<Record<string, string>> = {
  a: 'а', b: 'б', c: 'ц', d: 'д', f: 'ф', g: 'г', h: 'ҳ', i: 'и', j: 'ж', k: 'к', l: 'л',
  m: 'м', n: 'н', o: 'о', p: 'п', q: 'қ', r: 'р', s: 'с', t: 'т', u: 'у', v: 'в', w: 'в',
  x: 'х', y: 'й', z: 'з', "'": 'ъ',
}; // prettier-ignore

/** Uzbek Latin → Cyrillic (lowercase input). */
export function uzLatinToCyrillic(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    let matched = false;
    for (const [from, to] of LAT_MULTI) {
      if (text.startsWith(from, i)) {
        out += to;
        i += from.length;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    const ch = text.charAt(i);
    if (ch === 'e') {
      const prev = text.charAt(i - 1);
      out += i === 0 || !/\p{L}/u.test(prev) || VOWELS_LAT.has(prev) ? 'э' : 'е';
    } else {
      out += LAT_SINGLE[ch] ?? ch;
    }
    i++;
  }
  return out;
}

const CYR_SINGLE: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ё: 'yo', ж: 'j', з: 'z', и: 'i', й: 'y', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'x',
  ч: 'ch', ш: 'sh', ъ: "'", ь: '', э: 'e', ю: 'yu', я: 'ya', ў: "o'", қ: 'q', ғ: "g'",
  ҳ: 'h', ы: 'i', щ: 'sh',
}; // prettier-ignore

/** Uzbek Cyrillic → Latin (lowercase input). */
export function uzCyrillicToLatin(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    const prev = text.charAt(i - 1);
    const atStart = i === 0 || !/\p{L}/u.test(prev);
    if (ch === 'е') {
      out += atStart || VOWELS_CYR.has(prev) || prev === 'ъ' || prev === 'ь' ? 'ye' : 'e';
    } else if (ch === 'ц') {
      out += atStart || !VOWELS_CYR.has(prev) ? 's' : 'ts';
    } else {
      out += CYR_SINGLE[ch] ?? ch;
    }
  }
  return out;
}
