/** Uzbek specifics for the shared morphology: stems, k/q alternation, numerals, guesses. */
import type { LanguageRules } from '../analyzer.js';
import type { RawStem } from '../lexicon.js';
import type { StemStart } from '../walker.js';
import { startState, uzGrammar } from './grammar.js';
import { countVowels, lastVowel, soften } from './phonology.js';

export const lowerUz = (text: string): string => text.toLowerCase();

/**
 * Native polysyllables alternate k/q before a vowel-initial possessive (yuragi, qishlogʻi,
 * birligi); Arabic and Russian loans mostly do not (ishtiroki, huquqi, tatbiqi), so they carry
 * `nosoft` in the lexicon, and the Arabic verbal-noun shape is recognised here.
 */
const SOFTENING_ENDING = /(?:[aeiou]k|[aeiou]q)$/u;
const ARABIC_MASDAR = /^ta[^aeiou]{1,3}i[kq]$/u;
/** European -ik loans keep their k as well: texnik → texniki, klassik → klassiki. */
const EUROPEAN_IK = /[tnfmszpx]ik$/u;

function stemStarts(stem: RawStem, surface: string): StemStart[] {
  const start: StemStart = {
    text: surface,
    state: startState(stem.pos),
    vowel: lastVowel(surface) ?? 'a',
    last: surface.slice(-1),
    monosyllable: countVowels(surface) <= 1,
    altStrict: true,
  };
  const alt = stem.flags.get('alt');
  if (alt) return [{ ...start, alt: lowerUz(alt) }];
  const soft = soften(surface.slice(-1));
  if (
    soft &&
    stem.pos !== 'v' &&
    !start.monosyllable &&
    SOFTENING_ENDING.test(surface) &&
    !stem.flags.has('nosoft') &&
    !ARABIC_MASDAR.test(surface) &&
    !EUROPEAN_IK.test(surface)
  ) {
    return [{ ...start, alt: surface.slice(0, -1) + soft, altStrict: stem.flags.has('soft') }];
  }
  return [start];
}

const GUESSABLE_TAGS = new Set([
  'pl',
  'px3sp',
  'px3pl',
  'gen',
  'acc',
  'dat',
  'loc',
  'abl',
  'ki',
  'term',
  'ord',
]);

export const uzRules: LanguageRules = {
  lang: 'uz',
  grammar: uzGrammar,
  startState,
  lower: lowerUz,
  stemStarts,
  numberStart: (_digits, text) => ({
    text,
    state: 'n',
    vowel: 'a',
    last: '',
    monosyllable: false,
    altStrict: true,
  }),
  guessStarts: (surface) => [
    {
      text: surface,
      state: 'n',
      vowel: lastVowel(surface) ?? 'a',
      last: surface.endsWith('-') ? '' : surface.slice(-1),
      monosyllable: false,
      altStrict: true,
    },
  ],
  guessTagAllowed: (tag) => GUESSABLE_TAGS.has(tag) || tag.startsWith('cop'),
};
