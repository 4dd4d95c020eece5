/** Azerbaijani sound rules: vowel harmony, buffer consonants, k/q alternation. */
import { contextFree, type Realizer } from '../graph-builder.js';
import { vowelTools } from '../vowels.js';
import type { SuffixContext } from '../walker.js';

const BACK = 'aıou';
const { isVowel, lastVowel, countVowels } = vowelTools('aıoueəiöü');
export { isVowel, lastVowel, countVowels };

/** Two-way harmony: a after back vowels, ə after front ones. */
const harmonyA = (v: string) => (BACK.includes(v) ? 'a' : 'ə');

/** Four-way harmony: ı i u ü. */
function harmonyI(v: string): string {
  switch (v) {
    case 'a':
    case 'ı':
      return 'ı';
    case 'o':
    case 'u':
      return 'u';
    case 'ö':
    case 'ü':
      return 'ü';
    default:
      return 'i';
  }
}

/** Polysyllabic final k/q become y/ğ before a vowel (uşaq → uşağı, gələcək → gələcəyəm). */
export function soften(ch: string): string | undefined {
  if (ch === 'k') return 'y';
  if (ch === 'q') return 'ğ';
  return undefined;
}

/**
 * Compiles a suffix template written with the archiphonemes of the grammar books:
 * A (a/ə), I (ı/i/u/ü), Q (q after back, k after front vowels: -(y)Iq/-Ik), and the
 * buffers (y) (n) (s) (I) that appear only after a vowel — or, for (I), only after a consonant.
 */
export function template(tpl: string): Realizer {
  const parts: string[] = [];
  for (let i = 0; i < tpl.length; i++) {
    if (tpl[i] === '(') {
      const end = tpl.indexOf(')', i);
      parts.push(tpl.slice(i, end + 1));
      i = end;
    } else parts.push(tpl[i] as string);
  }
  // The surface depends only on the harmony vowel and the last sound: memoise on those.
  const memo = new Map<string, Map<string, string>>();
  return contextFree((ctx: SuffixContext) => {
    let byLast = memo.get(ctx.vowel);
    if (!byLast) memo.set(ctx.vowel, (byLast = new Map()));
    const known = byLast.get(ctx.last);
    if (known !== undefined) return known;
    let out = '';
    let vowel = ctx.vowel;
    let last = ctx.last;
    for (const part of parts) {
      let piece: string;
      switch (part) {
        case '(y)':
        case '(n)':
        case '(s)':
          piece = isVowel(last) ? (part[1] as string) : '';
          break;
        case '(I)':
          piece = isVowel(last) ? '' : harmonyI(vowel);
          break;
        case 'A':
          piece = harmonyA(vowel);
          break;
        case 'I':
          piece = harmonyI(vowel);
          break;
        case 'Q':
          piece = BACK.includes(vowel) ? 'q' : 'k';
          break;
        default:
          piece = part;
      }
      if (piece === '') continue;
      out += piece;
      const v = lastVowel(piece);
      if (v) vowel = v;
      last = piece.slice(-1);
    }
    byLast.set(ctx.last, out);
    return out;
  });
}
