import { isCasedCode, isUpperCode } from './chars.js';

export type Lang = 'az' | 'uz';
export type CasePattern = 'lower' | 'title' | 'upper' | 'mixed';

// The Turkic i/ı rules are applied by hand rather than through the locale-aware methods: the
// result then never depends on the platform's locale data (and never contains i + U+0307), and
// it is several times faster, which matters because the analyser lower-cases every word.
const TURKIC_I = /[Iİi]/u;

function azUpper(s: string): string {
  return TURKIC_I.test(s) ? s.replace(/i/g, 'İ').toUpperCase() : s.toUpperCase();
}

function azLower(s: string): string {
  if (!TURKIC_I.test(s)) return s.toLowerCase();
  return s
    .replace(/I\u0307|İ/g, 'i')
    .replace(/I/g, 'ı')
    .toLowerCase();
}

/**
 * Whether several letters written for one upper-case letter are all capitals (ШОҲ → SHOH) or
 * title case (Шоҳ → Shoh): the next cased letter in the word decides, else the previous one.
 */
export function digraphIsAllCaps(
  text: string,
  at: number,
  wordStart: number,
  wordEnd: number,
): boolean {
  const next = at + 1 < wordEnd ? text.charCodeAt(at + 1) : -1;
  if (next >= 0 && isCasedCode(next)) return isUpperCode(next);
  const prev = at - 1 >= wordStart ? text.charCodeAt(at - 1) : -1;
  return prev >= 0 && isCasedCode(prev) && isUpperCode(prev);
}

export function toUpper(s: string, lang: Lang): string {
  return lang === 'az' ? azUpper(s) : s.toUpperCase();
}

export function toLower(s: string, lang: Lang): string {
  return lang === 'az' ? azLower(s) : s.toLowerCase();
}

function firstCasedIndex(s: string): number {
  for (let i = 0; i < s.length; i++) {
    if (isCasedCode(s.charCodeAt(i))) return i;
  }
  return -1;
}

/** Upper-cases the first cased letter and lower-cases the rest: SHAHAR → Shahar, «oʻzbek» → «Oʻzbek». */
export function toTitle(s: string, lang: Lang): string {
  const i = firstCasedIndex(s);
  if (i < 0) return s;
  // A surrogate pair is never cased by isCasedCode, so i + 1 is a whole character.
  return s.slice(0, i) + toUpper(s.slice(i, i + 1), lang) + toLower(s.slice(i + 1), lang);
}

/** The case pattern of a token. A single capital letter (A, Oʻ) counts as title. */
export function casePattern(s: string): CasePattern {
  let upper = 0;
  let lower = 0;
  let firstIsUpper = false;
  let upperAfterFirst = false;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (!isCasedCode(code)) continue;
    if (isUpperCode(code)) {
      if (upper + lower === 0) firstIsUpper = true;
      else upperAfterFirst = true;
      upper++;
    } else {
      lower++;
    }
  }
  if (upper === 0) return 'lower';
  if (lower === 0) return upper === 1 ? 'title' : 'upper';
  return firstIsUpper && !upperAfterFirst ? 'title' : 'mixed';
}

export function applyCase(s: string, pattern: CasePattern, lang: Lang): string {
  switch (pattern) {
    case 'lower':
      return toLower(s, lang);
    case 'upper':
      return toUpper(s, lang);
    case 'title':
      return toTitle(s, lang);
    case 'mixed':
      return s;
  }
}
