/** Uzbek sound rules: no harmony; buffers, and g/k/q assimilation of -ga, -gan, -gach… */
import { contextFree, type Realizer } from '../graph-builder.js';
import { vowelTools } from '../vowels.js';
import type { SuffixContext } from '../walker.js';

const { isVowel, lastVowel, countVowels } = vowelTools('aeiou');
export { isVowel, lastVowel, countVowels };

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
