/**
 * Text preparation shared by the profile builder and the detector: NFC, apostrophe folding,
 * Turkic-aware lowercasing, word tokenisation with per-word script and Cyrillic/Latin homoglyph
 * repair.
 */

export type WordScript = 'Latn' | 'Cyrl';

export interface Word {
  /** Lowercased, folded form (apostrophes are all U+0027). */
  text: string;
  script: WordScript;
  /** The word started with an upper-case letter and was not the first of a sentence. */
  capitalised: boolean;
  /** The word started with an upper-case letter. */
  upper: boolean;
}

export interface Tokenised {
  words: Word[];
  /** Letters in Latin or Cyrillic words. */
  letters: number;
  /** Letters of other scripts, control characters, U+FFFD and the like. */
  junk: number;
  /** Letters outside every alphabet known to the model (ß, ø, é …), inside scored words. */
  oddLetters: number;
}

/** Every apostrophe look-alike used for oʻ gʻ, the tutuq and Turkish suffix apostrophes. */
const APOSTROPHES = /['`\u00B4\u2018\u2019\u02B9\u02BB\u02BC\u02BD\u2032]/g;
const WORD = /[\p{L}\p{M}]+(?:'[\p{L}\p{M}]+)*/gu;
const TURKIC_HINT = /[İıƏəĞğŞş]/;
/** Control and unassigned characters, U+FFFD, and ASCII symbols that prose rarely uses. */
const JUNK = /[\p{Cc}\p{Cs}\p{Co}\p{Cn}\uFFFD#$*+<=>@[\\\]^_{|}~]/gu;
/** Control characters that are ordinary whitespace (matched by `JUNK`, but not junk). */
const WHITESPACE_CONTROLS = /[\t\n\v\f\r\u0085]/g;
const URL_OR_EMAIL = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\w+/gu;
/** A lowercase letter followed by an uppercase one inside a word (iPhone is fine, xQzR is not). */
const CASE_HUMP = /\p{Ll}\p{Lu}/gu;

/** Cyrillic letters that look like Latin ones, written the Latin way (both cases). */
const CYR_TO_LAT: Readonly<Record<string, string>> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', х: 'x', у: 'y', і: 'i', ј: 'j', ѕ: 's', һ: 'h',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X',
  І: 'I', Ј: 'J', Ѕ: 'S',
}; // prettier-ignore
/**
 * Latin letters that look like Russian-alphabet Cyrillic ones. Latin i and h are left alone:
 * turning them into і or һ would invent Kazakh signature letters.
 */
const LAT_TO_CYR: Readonly<Record<string, string>> = {
  a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у',
  A: 'А', B: 'В', E: 'Е', K: 'К', M: 'М', H: 'Н', O: 'О', P: 'Р', C: 'С', T: 'Т', X: 'Х',
}; // prettier-ignore

function scriptOf(code: number): WordScript | null {
  if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a ? 'Latn' : null;
  if (code >= 0x400 && code <= 0x52f) return 'Cyrl';
  if (code >= 0xc0 && code <= 0x24f) return code === 0xd7 || code === 0xf7 ? null : 'Latn';
  if (code >= 0x250 && code <= 0x2af) return 'Latn'; // IPA block: ə ɛ …
  if (code >= 0x1e00 && code <= 0x1eff) return 'Latn';
  if (code >= 0x1c80 && code <= 0x1c8f) return 'Cyrl';
  return null;
}

/** Letters any of the model's languages writes; others in a word count as odd. */
const KNOWN_LETTERS = new Set(
  (
    'abcdefghijklmnopqrstuvwxyzçəğıöşüäňýžâîû' + 'абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһіўҳ'
  ).split(''),
);

/** Folds apostrophe variants and normalises to NFC (does not change case). */
export function foldApostrophes(text: string): string {
  return text.normalize('NFC').replace(APOSTROPHES, "'");
}

/** Lowercases one word; Turkish/Azerbaijani dotted and dotless I are handled by `turkic`. */
function lowerWord(word: string, turkic: boolean): string {
  let w = word;
  if (/[İI\u01DD\u018E]/.test(w)) {
    w = w
      .replace(/İ/g, 'i')
      .replace(/I/g, turkic ? 'ı' : 'i')
      .replace(/\u01DD/g, 'ə')
      .replace(/\u018E/g, 'ə');
  }
  return w.toLowerCase().replace(/\u0307/g, '');
}

/**
 * Splits text into words of Latin or Cyrillic script. A word's script is the majority script of
 * its letters; look-alike letters of the other script are converted (homoglyph repair). Words of
 * other scripts are counted as junk and dropped.
 */
export function tokenise(text: string): Tokenised {
  let folded = foldApostrophes(text);
  if (/:\/\/|www\.|@/.test(folded)) folded = folded.replace(URL_OR_EMAIL, ' ');
  const turkic = TURKIC_HINT.test(folded);
  const words: Word[] = [];
  let letters = 0;
  let junk = (folded.match(JUNK)?.length ?? 0) - (folded.match(WHITESPACE_CONTROLS)?.length ?? 0);
  let oddLetters = 0;
  let last = 0;
  for (const m of folded.matchAll(WORD)) {
    const raw = m[0];
    const start = m.index;
    const gap = folded.slice(last, start);
    const sentenceStart = last === 0 || /[.!?…:;\n]/.test(gap);
    last = start + raw.length;
    let lat = 0;
    let cyr = 0;
    for (let i = 0; i < raw.length; i++) {
      const s = scriptOf(raw.charCodeAt(i));
      if (s === 'Latn') lat++;
      else if (s === 'Cyrl') cyr++;
    }
    if (lat === 0 && cyr === 0) {
      junk += raw.length;
      continue;
    }
    const humps = raw.match(CASE_HUMP)?.length ?? 0;
    if (humps > 1) junk += humps;
    const script: WordScript = lat >= cyr ? 'Latn' : 'Cyrl';
    let word = raw;
    if (lat > 0 && cyr > 0) {
      const map = script === 'Latn' ? CYR_TO_LAT : LAT_TO_CYR;
      word = Array.from(raw, (ch) => map[ch] ?? ch).join('');
    }
    const first = word.charAt(0);
    const upper = first !== first.toLowerCase();
    const capitalised = upper && !sentenceStart;
    const lower = lowerWord(word, turkic);
    for (const ch of lower) {
      const code = ch.charCodeAt(0);
      if (ch === "'" || (code >= 0x300 && code <= 0x36f)) continue;
      letters++;
      if (!KNOWN_LETTERS.has(ch)) oddLetters++;
    }
    words.push({ text: lower, script, capitalised, upper });
  }
  return { words, letters, junk, oddLetters };
}
