import { isCyrillicLetterCode, isLatinLetterCode } from './chars.js';

/** Share of the letters one script needs for the text to count as written in it. */
const DOMINANT_SHARE = 0.8;

/**
 * The script of a text by its Latin and Cyrillic letters: one of them when it holds at least
 * 80% of those letters (a Cyrillic sentence may quote NATO), `mixed` otherwise, `none` when
 * there are neither (digits, punctuation, other scripts).
 */
export function detectScript(text: string): 'Latn' | 'Cyrl' | 'mixed' | 'none' {
  let latin = 0;
  let cyrillic = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x41) continue;
    if (isLatinLetterCode(code)) latin++;
    else if (isCyrillicLetterCode(code)) cyrillic++;
  }
  const total = latin + cyrillic;
  if (total === 0) return 'none';
  if (latin >= total * DOMINANT_SHARE) return 'Latn';
  if (cyrillic >= total * DOMINANT_SHARE) return 'Cyrl';
  return 'mixed';
}
