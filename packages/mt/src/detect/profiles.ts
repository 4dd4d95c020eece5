/**
 * Builds the detection model from the sample text in `samples/` and the cues in `cues.ts`.
 *
 * Character model: for every language, an interpolated trigram model of letters inside words
 * (words padded as "␣␣word␣", so word starts and ends are modelled):
 *
 *   P(z | xy) = λ3·c(xyz)/c(xy·) + λ2·c(yz)/c(y·) + λ1·c(z)/N + λ0/V
 *
 * The log-probabilities of every trigram seen in any language are precomputed into one flat
 * Float32Array (one row of `LANGS.length` values per n-gram), with bigram and unigram rows for
 * trigrams no language has seen. The model is built once, lazily, on the first detection
 * (a few tens of milliseconds).
 */

import { CUES, LANGS, SCRIPT_OF, UZ_CYRL_CUES, WEIGHTS, type Lang } from './cues.js';
import { AZ_SAMPLE } from './samples/az.js';
import { EN_SAMPLE } from './samples/en.js';
import { KK_SAMPLE } from './samples/kk.js';
import { KY_SAMPLE } from './samples/ky.js';
import { RU_SAMPLE } from './samples/ru.js';
import { TK_SAMPLE } from './samples/tk.js';
import { TR_SAMPLE } from './samples/tr.js';
import { UZ_CYRL_SAMPLE } from './samples/uz-cyrl.js';
import { UZ_SAMPLE } from './samples/uz.js';
import { tokenise } from './text.js';
import { uzCyrillicToLatin, uzLatinToCyrillic } from './translit.js';

/** Number of languages, i.e. the length of every score row. */
export const N = LANGS.length;
/** Index of characters the samples never contain. */
export const OTHER = 255;
/** Characters at or above this code unit are all `OTHER` (covers Latin, IPA and Cyrillic). */
export const CODE_LIMIT = 0x600;

const LAMBDA3 = 0.55;
const LAMBDA2 = 0.3;
const LAMBDA1 = 0.13;
const LAMBDA0 = 0.02;
/** Nominal alphabet size for the uniform floor. */
const VOCAB = 80;

export interface Model {
  /**
   * Character → small index (space is 0, `OTHER` for characters no sample contains), for UTF-16
   * code units below `CODE_LIMIT`. N-gram keys pack indices: (a << 16) | (b << 8) | c.
   */
  charIndex: Uint8Array;
  /** n-gram key → row offset into `logp`: trigrams, then bigram and unigram back-off rows. */
  tri: Map<number, number>;
  bi: Map<number, number>;
  /** Unigram row offsets by character index, −1 for none. */
  uni: Int32Array;
  logp: Float32Array;
  /** Cue rows: bonus (or penalty) per language, in nats. */
  words: Map<string, Float32Array>;
  suffixes: Map<string, Float32Array>;
  maxSuffix: number;
  letters: Map<string, Float32Array>;
  digraphs: readonly (readonly [string, Float32Array])[];
  /** Signature (flag 1) and typical (flag 2) letters per language, single letters and pairs. */
  typical: Map<string, Uint8Array>;
  typicalPairs: readonly (readonly [string, Uint8Array])[];
  /**
   * Per language: log(1 − f), f being the share of signature letters (`logNoSignature`), or of
   * signature and typical letters together (`logNoTypical`), among all letters of its sample.
   * A text with none of them costs this much per letter (0 when the language has none).
   */
  logNoSignature: Float32Array;
  logNoTypical: Float32Array;
  /** Indices of the languages of each script. */
  byScript: Readonly<Record<'Latn' | 'Cyrl', readonly number[]>>;
}

interface Counts {
  c3: Map<string, number>;
  ctx3: Map<string, number>;
  c2: Map<string, number>;
  ctx2: Map<string, number>;
  c1: Map<string, number>;
  n1: number;
}

function inc(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** Lowercased words of a sample text. */
function sampleWords(sample: string): string[] {
  return tokenise(sample).words.map((w) => w.text);
}

function wordsFor(lang: Lang): string[] {
  switch (lang) {
    case 'az':
      return sampleWords(AZ_SAMPLE);
    case 'uz':
      return [...sampleWords(UZ_SAMPLE), ...sampleWords(UZ_CYRL_SAMPLE).map(uzCyrillicToLatin)];
    case 'uz-Cyrl':
      return [...sampleWords(UZ_SAMPLE).map(uzLatinToCyrillic), ...sampleWords(UZ_CYRL_SAMPLE)];
    case 'tr':
      return sampleWords(TR_SAMPLE);
    case 'tk':
      return sampleWords(TK_SAMPLE);
    case 'en':
      return sampleWords(EN_SAMPLE);
    case 'kk':
      return sampleWords(KK_SAMPLE);
    case 'ky':
      return sampleWords(KY_SAMPLE);
    case 'ru':
      return sampleWords(RU_SAMPLE);
  }
}

function count(words: readonly string[]): Counts {
  const c3 = new Map<string, number>();
  for (const w of words) {
    const p = `  ${w} `;
    for (let i = 0; i + 3 <= p.length; i++) inc(c3, p.slice(i, i + 3));
  }
  // Lower orders are counted at the same positions, so they follow from the trigram counts.
  const c: Counts = { c3, ctx3: new Map(), c2: new Map(), ctx2: new Map(), c1: new Map(), n1: 0 };
  const add = (map: Map<string, number>, key: string, n: number): void => {
    map.set(key, (map.get(key) ?? 0) + n);
  };
  for (const [t, n] of c3) {
    add(c.ctx3, t.slice(0, 2), n);
    add(c.c2, t.slice(1), n);
    add(c.ctx2, t.charAt(1), n);
    add(c.c1, t.charAt(2), n);
    c.n1 += n;
  }
  return c;
}

function row(): Float32Array {
  return new Float32Array(N);
}

function addCue(map: Map<string, Float32Array>, key: string, lang: number, weight: number): void {
  let r = map.get(key);
  if (!r) {
    r = row();
    map.set(key, r);
  }
  r[lang] = weight;
}

function list(text: string): string[] {
  return text
    .split(/\s+/)
    .filter((s) => s.length > 0)
    .map((s) => s.replace(/[ʻʼ‘’`]/g, "'"));
}

function buildCues(): Pick<
  Model,
  'words' | 'suffixes' | 'maxSuffix' | 'letters' | 'digraphs' | 'typical' | 'typicalPairs'
> {
  const words = new Map<string, Float32Array>();
  const suffixes = new Map<string, Float32Array>();
  const letters = new Map<string, Float32Array>();
  const digraphs = new Map<string, Float32Array>();
  const alphabets = new Map<Lang, string>();
  const signatures = new Map<Lang, string[]>();
  const typical = new Map<string, Uint8Array>();
  const typicalPairs = new Map<string, Uint8Array>();
  const addTypical = (key: string, lang: number, flag: 1 | 2): void => {
    const map = key.length === 1 ? typical : typicalPairs;
    let r = map.get(key);
    if (!r) {
      r = new Uint8Array(N);
      map.set(key, r);
    }
    r[lang] = (r[lang] ?? 0) | flag;
  };

  LANGS.forEach((lang, i) => {
    let alphabet: string;
    let signature: string[];
    let typicalList: string[];
    let wordList: string[];
    let suffixList: string[];
    if (lang === 'uz-Cyrl') {
      alphabet = UZ_CYRL_CUES.alphabet;
      signature = list(UZ_CYRL_CUES.signature);
      typicalList = list(UZ_CYRL_CUES.typical);
      wordList = [...list(CUES.uz.words).map(uzLatinToCyrillic), ...list(UZ_CYRL_CUES.wordsExtra)];
      suffixList = list(UZ_CYRL_CUES.suffixes);
    } else {
      const cues = CUES[lang];
      alphabet = cues.alphabet;
      signature = list(cues.signature);
      typicalList = list(cues.typical);
      wordList = list(cues.words);
      suffixList = list(cues.suffixes);
    }
    alphabets.set(lang, alphabet);
    signatures.set(lang, signature);
    for (const t of signature) addTypical(t, i, 1);
    for (const t of typicalList) addTypical(t, i, 2);
    for (const w of wordList) addCue(words, w, i, WEIGHTS.word);
    for (const s of suffixList) addCue(suffixes, s, i, WEIGHTS.suffix);
  });

  // Letter rows: signature bonus, plus a penalty for letters of the language's own script that
  // its alphabet lacks.
  const scriptLetters: Record<'Latn' | 'Cyrl', Set<string>> = { Latn: new Set(), Cyrl: new Set() };
  for (const lang of LANGS) {
    for (const ch of alphabets.get(lang) ?? '') {
      if (ch !== "'") scriptLetters[SCRIPT_OF[lang]].add(ch);
    }
  }
  LANGS.forEach((lang, i) => {
    const alphabet = alphabets.get(lang) ?? '';
    for (const ch of scriptLetters[SCRIPT_OF[lang]]) {
      if (!alphabet.includes(ch)) addCue(letters, ch, i, WEIGHTS.foreignLetter);
    }
    for (const sig of signatures.get(lang) ?? []) {
      if (sig.length === 1) addCue(letters, sig, i, WEIGHTS.signature);
      else addCue(digraphs, sig, i, WEIGHTS.signature);
    }
  });

  let maxSuffix = 0;
  for (const s of suffixes.keys()) maxSuffix = Math.max(maxSuffix, s.length);
  return {
    words,
    suffixes,
    maxSuffix,
    letters,
    digraphs: [...digraphs.entries()],
    typical,
    typicalPairs: [...typicalPairs.entries()],
  };
}

function build(): Model {
  const sampleWordsByLang = LANGS.map(wordsFor);
  const counts = sampleWordsByLang.map(count);
  // Index the characters, space first.
  const charIndex = new Uint8Array(CODE_LIMIT).fill(OTHER);
  charIndex[32] = 0;
  let nextIndex = 1;
  for (const c of counts) {
    for (const ch of c.c1.keys()) {
      const code = ch.charCodeAt(0);
      if (code < CODE_LIMIT && charIndex[code] === OTHER && nextIndex < OTHER) {
        charIndex[code] = nextIndex++;
      }
    }
  }
  const ix = (s: string, i: number): number => {
    const code = s.charCodeAt(i);
    return code < CODE_LIMIT ? (charIndex[code] ?? OTHER) : OTHER;
  };

  const triKeys = new Set<string>();
  for (const c of counts) for (const t of c.c3.keys()) triKeys.add(t);
  const biKeys = new Set([...triKeys].map((t) => t.slice(1)));
  const uniKeys = new Set([...triKeys].map((t) => t.charAt(2)));
  // Interpolated probabilities, lowest order first: each row adds one order to the row of its
  // back-off n-gram.
  const lin = new Float64Array((triKeys.size + biKeys.size + uniKeys.size) * N);
  const rowOf = new Map<string, number>();
  let offset = 0;
  const addRows = (
    keys: Set<string>,
    term: (c: Counts, key: string) => number,
    base: (key: string) => number,
  ): void => {
    for (const key of keys) {
      rowOf.set(key, offset);
      const from = base(key);
      counts.forEach((c, i) => {
        lin[offset + i] = (from < 0 ? LAMBDA0 / VOCAB : (lin[from + i] ?? 0)) + term(c, key);
      });
      offset += N;
    }
  };
  const ratio = (num: number | undefined, den: number | undefined): number =>
    den ? (num ?? 0) / den : 0;
  addRows(
    uniKeys,
    (c, z) => LAMBDA1 * ratio(c.c1.get(z), c.n1),
    () => -1,
  );
  addRows(
    biKeys,
    (c, yz) => LAMBDA2 * ratio(c.c2.get(yz), c.ctx2.get(yz.charAt(0))),
    (yz) => rowOf.get(yz.charAt(1)) ?? -1,
  );
  addRows(
    triKeys,
    (c, t) => LAMBDA3 * ratio(c.c3.get(t), c.ctx3.get(t.slice(0, 2))),
    (t) => rowOf.get(t.slice(1)) ?? -1,
  );
  const logp = new Float32Array(lin.length);
  for (let k = 0; k < lin.length; k++) logp[k] = Math.log(lin[k] ?? 1);

  const tri = new Map<number, number>();
  const bi = new Map<number, number>();
  const uni = new Int32Array(OTHER + 1).fill(-1);
  for (const [key, at] of rowOf) {
    if (key.length === 3) tri.set((ix(key, 0) << 16) | (ix(key, 1) << 8) | ix(key, 2), at);
    else if (key.length === 2) bi.set((ix(key, 0) << 8) | ix(key, 1), at);
    else uni[ix(key, 0)] = at;
  }

  // How often each language's signature and typical letters occur in its own sample.
  const cues = buildCues();
  const logNoSignature = new Float32Array(N);
  const logNoTypical = new Float32Array(N);
  LANGS.forEach((_, i) => {
    let letters = 0;
    const hits = [0, 0, 0, 0]; // by flag: 1 signature, 2 typical
    for (const w of sampleWordsByLang[i] ?? []) {
      for (const ch of w) {
        if (ch === "'") continue;
        letters++;
        const f = cues.typical.get(ch)?.[i] ?? 0;
        hits[f] = (hits[f] ?? 0) + 1;
      }
      for (const [pair, r] of cues.typicalPairs) {
        const f = r[i] ?? 0;
        if (!f) continue;
        for (let at = w.indexOf(pair); at >= 0; at = w.indexOf(pair, at + pair.length)) {
          hits[f] = (hits[f] ?? 0) + 1;
        }
      }
    }
    const logNone = (n: number): number => (n > 0 && letters > 0 ? Math.log(1 - n / letters) : 0);
    logNoSignature[i] = logNone(hits[1] ?? 0);
    logNoTypical[i] = logNone((hits[1] ?? 0) + (hits[2] ?? 0));
  });

  const byScript = {
    Latn: LANGS.flatMap((l, i) => (SCRIPT_OF[l] === 'Latn' ? [i] : [])),
    Cyrl: LANGS.flatMap((l, i) => (SCRIPT_OF[l] === 'Cyrl' ? [i] : [])),
  };
  return { charIndex, tri, bi, uni, logp, byScript, logNoSignature, logNoTypical, ...cues };
}

let model: Model | undefined;

/** The detection model, built on first use. */
export function getModel(): Model {
  model ??= build();
  return model;
}
