/** Azerbaijani specifics for the shared morphology: stems, numerals, acronyms, guesses. */
import { toLower } from '../../script/casing.js';
import type { LanguageRules } from '../analyzer.js';
import type { RawStem } from '../lexicon.js';
import type { StemStart } from '../walker.js';
import { azGrammar, startState } from './grammar.js';
import { countVowels, isVowel, lastVowel, soften } from './phonology.js';

export const lowerAz = (text: string): string => toLower(text, 'az');

/**
 * Loans keep their k/q before vowels: Arabic verbal nouns (tətbiq → tətbiqi), Greek -loq
 * (bioloq → bioloqu), the European -ik adjectives and nouns (texnik → texniki, klassik) and
 * the Russian -ok nouns (kubok → kuboku, blok).
 */
const KEEPS_FINAL_KQ = /^tə[^aıoueəiöü]{1,3}i[kq]$|loq$|[tnfmszpx]ik$|[^aıoueəiöü]ok$/u;

/** Spoken last word of a number decides its harmony: 2024-cü (dörd), 10-da (on), 1000-dən (min). */
const UNITS = ['', 'bir', 'iki', 'üç', 'dörd', 'beş', 'altı', 'yeddi', 'səkkiz', 'doqquz'];
const TENS = ['', 'on', 'iyirmi', 'otuz', 'qırx', 'əlli', 'altmış', 'yetmiş', 'səksən', 'doxsan'];
const GROUPS = ['min', 'milyon', 'milyard', 'trilyon'];

export function spokenLastWord(digits: string): string {
  const clean = digits.replace(/[^\d]/g, '');
  if (clean === '' || /^0+$/.test(clean)) return 'sıfır';
  const trimmed = clean.replace(/^0+/, '');
  let group = 0;
  for (let end = trimmed.length; end > 0; end -= 3, group++) {
    const chunk = trimmed.slice(Math.max(0, end - 3), end).padStart(3, '0');
    if (chunk === '000') continue;
    if (group > 0) return GROUPS[Math.min(group - 1, GROUPS.length - 1)] as string;
    const [h, t, u] = [...chunk].map(Number) as [number, number, number];
    if (u) return UNITS[u] as string;
    if (t) return TENS[t] as string;
    if (h) return 'yüz';
  }
  return 'sıfır';
}

/** How the names of the letters end, for acronyms read letter by letter (BMT-yə, NATO-nun). */
function acronymStarts(text: string, state: string): StemStart[] {
  const starts: StemStart[] = [];
  for (const [vowel, last] of [
    ['e', 'e'],
    ['a', 'a'],
    ['ı', 'ş'],
    ['e', 't'],
    ['o', 'o'],
    ['u', 'u'],
    ['ü', 'ü'],
    ['i', 'i'],
    ['ə', 'ə'],
    ['a', 'q'],
  ] as const) {
    starts.push({ text, state, vowel, last, monosyllable: false, altStrict: true });
  }
  return starts;
}

function stemStarts(stem: RawStem, surface: string): StemStart[] {
  const state = startState(stem.pos);
  const letters = surface.replace(/-$/, '');
  const vowel = stem.flags.get('h') ?? lastVowel(letters);
  if (vowel === undefined) return acronymStarts(surface, state);
  const start: StemStart = {
    text: surface,
    state,
    vowel,
    last: surface.slice(-1),
    monosyllable: countVowels(surface) <= 1,
    altStrict: true,
  };
  const alt = stem.flags.get('alt');
  if (alt) return [{ ...start, alt: lowerAz(alt) }];
  // Verbs of two or more syllables voice a final t before a vowel: yarat → yaradır, yaradılıb;
  // qayıt → qayıdır; işlət → işlədir (monosyllables keep it: atır, çatır; et, get are flagged).
  if (
    stem.pos === 'v' &&
    surface.endsWith('t') &&
    !start.monosyllable &&
    !stem.flags.has('nosoft')
  ) {
    return [{ ...start, alt: surface.slice(0, -1) + 'd' }];
  }
  const last = surface.slice(-1);
  const soft = soften(last);
  if (
    soft &&
    stem.pos !== 'v' &&
    !start.monosyllable &&
    isVowel(surface.slice(-2, -1)) &&
    !stem.flags.has('nosoft') &&
    !KEEPS_FINAL_KQ.test(surface)
  ) {
    return [{ ...start, alt: surface.slice(0, -1) + soft, altStrict: stem.flags.has('soft') }];
  }
  return [start];
}

/** Suffixes a guessed name may carry; names rarely take 1st/2nd person possessives. */
const GUESSABLE_TAGS = new Set([
  'pl',
  'px3sp',
  'px3pl',
  'gen',
  'acc',
  'dat',
  'loc',
  'abl',
  'ins',
  'ki',
  'ord',
]);

export const azRules: LanguageRules = {
  lang: 'az',
  grammar: azGrammar,
  startState,
  lower: lowerAz,
  stemStarts,
  numberStart(digits, text) {
    const spoken = spokenLastWord(digits);
    return {
      text,
      state: 'n',
      vowel: lastVowel(spoken) ?? 'i',
      last: spoken.slice(-1),
      monosyllable: false,
      altStrict: true,
    };
  },
  guessStarts(surface) {
    const letters = surface.replace(/-$/, '');
    if (lastVowel(letters) === undefined || /^[^aıoueəiöü]+-$/u.test(surface)) {
      return acronymStarts(surface, 'n');
    }
    if (surface.endsWith('-')) {
      // A name before a hyphen: harmony may follow pronunciation, so accept every reading.
      return acronymStarts(surface, 'n');
    }
    return stemStarts({ lemma: surface, pos: 'np.al', flags: new Map() }, surface);
  },
  guessTagAllowed: (tag) => GUESSABLE_TAGS.has(tag) || tag.startsWith('cop'),
};
