/** Uzbek sound rules: no harmony; buffers, and g/k/q assimilation of -ga, -gan, -gach… */
import { contextFree, type Realizer } from '../graph-builder.js';
import type { SuffixContext } from '../walker.js';

const VOWELS = 'aeiou';

export const isVowel = (ch: string): boolean => ch !== '' && VOWELS.includes(ch);

export function lastVowel(text: string): string | undefined {
  return text.length <= 8 ? lastVowelOfShort(text) : scanLastVowel(text);
}

const shortVowels = new Map<string, string | undefined>();

/** Suffix surfaces are few and short: remember their last vowels. */
function lastVowelOfShort(text: string): string | undefined {
  if (shortVowels.has(text)) return shortVowels.get(text);
  const vowel = scanLastVowel(text);
  if (shortVowels.size < 50_000) shortVowels.set(text, vowel);
  return vowel;
}

function scanLastVowel(text: string): string | undefined {
  for (let i = text.length - 1; i >= 0; i--) {
    const ch = text[i] as string;
    if (VOWELS.includes(ch)) return ch;
  }
  return undefined;
}

export function countVowels(text: string): number {
  let n = 0;
  for (const ch of text) if (VOWELS.includes(ch)) n++;
  return n;
}

/** Final k/q before a vowel-initial possessive: yurak → yuragi, qishloq → qishlogʻi. */
export function soften(ch: string): string | undefined {
  if (ch === 'k') return 'g';
  if (ch === 'q') return 'gʻ';
  return undefined;
}

/**
 * Compiles a suffix template: (i) only after a consonant; (s) and (y) only after a vowel;
 * (a) only after a consonant; G is k after k, q after q, g elsewhere (-ga, -gan, -gach).
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
  // The surface depends only on the last sound: memoise on it.
  const memo = new Map<string, string>();
  return contextFree((ctx: SuffixContext) => {
    const known = memo.get(ctx.last);
    if (known !== undefined) return known;
    let out = '';
    let last = ctx.last;
    for (const part of parts) {
      let piece: string;
      switch (part) {
        case '(s)':
        case '(y)':
          piece = isVowel(last) ? (part[1] as string) : '';
          break;
        case '(i)':
        case '(a)':
        case '(u)':
          piece = isVowel(last) ? '' : (part[1] as string);
          break;
        case 'G':
          piece = last === 'k' ? 'k' : last === 'q' ? 'q' : 'g';
          break;
        default:
          piece = part;
      }
      if (piece === '') continue;
      out += piece;
      last = piece.slice(-1);
    }
    memo.set(ctx.last, out);
    return out;
  });
}
