/**
 * Language and script identification for Körpü's languages.
 *
 * How a decision is made (see `explainDetection` for the numbers behind one):
 * 1. The text is split into words; each word's script is the majority script of its letters
 *    (look-alike letters of the other script are repaired). Letters of other scripts, control
 *    characters and U+FFFD count as junk.
 * 2. The dominant script is the one with more letters, counting capitalised words (names,
 *    brands) at a reduced weight; only its words are scored. So an Azerbaijani sentence with a
 *    Russian name in Cyrillic is scored on its Azerbaijani words.
 * 3. Every language gets a score in nats: the character trigram log-likelihood of the words
 *    (`profiles.ts`), plus cues (`cues.ts`): function words, typical endings, signature letters,
 *    letters its alphabet lacks, and a per-letter cost when none of its signature (or typical)
 *    letters occur at all (Azerbaijani without ə, Turkish without any of ı ğ ş ç ö ü …).
 * 4. Scores become probabilities by a softmax whose temperature grows with √(trigram count),
 *    because neighbouring trigrams are not independent evidence.
 * 5. Too little or implausible material (no letters, mostly junk, or letter sequences no profile
 *    explains) gives 'und' with confidence 0.
 */

import { LANGS, SCRIPT_OF, WEIGHTS, type Lang } from './cues.js';
import { CODE_LIMIT, getModel, N, OTHER, type Model } from './profiles.js';
import { tokenise, type Word, type WordScript } from './text.js';

export type DetectedLanguage = Lang | 'und';

export interface Detection {
  code: DetectedLanguage;
  /** 0…1: the probability of `code`, reduced for very short or poorly explained text. */
  confidence: number;
  script: 'Latn' | 'Cyrl' | 'mixed' | 'none';
  /** Sorted best first; scores sum to 1. Languages below 0.001 are left out. */
  candidates: { code: DetectedLanguage; score: number }[];
}

/** Per-language score components, in nats. */
export interface ScoreParts {
  trigrams: number;
  words: number;
  suffixes: number;
  letters: number;
  total: number;
}

export interface Explanation {
  detection: Detection;
  /** Why the result is 'und', when it is. */
  reason?: 'empty' | 'junk' | 'odd-letters' | 'implausible';
  /** Script whose words were scored. */
  scoredScript?: WordScript;
  /** Weighted number of trigrams scored. */
  trigrams: number;
  /** Mean best-language log-probability per trigram: about −2 for real text, below −4 for noise. */
  fit: number;
  parts: Partial<Record<Lang, ScoreParts>>;
}

/** Weight of a capitalised word that does not start a sentence (likely a name or brand). */
const CAPITALISED_WEIGHT = 0.4;
/** Softmax temperature per √trigram. */
const TEMPERATURE = 1.2;
/** Share of junk characters above which the text is 'und'. */
const MAX_JUNK = 0.3;
/** Share of letters outside every known alphabet above which the text is 'und'. */
const MAX_ODD = 0.25;
/** Mean best log-probability per trigram below which the text is 'und'… */
const FIT_MIN = -3.5;
/** …and above which the fit does not reduce the confidence. */
const FIT_OK = -2.6;
const MIN_CANDIDATE = 0.001;

interface Scored {
  parts: ScoreParts[];
  trigrams: number;
  bestSum: number;
}

function emptyParts(): ScoreParts[] {
  return Array.from({ length: N }, () => ({
    trigrams: 0,
    words: 0,
    suffixes: 0,
    letters: 0,
    total: 0,
  }));
}

function scoreWords(
  words: readonly Word[],
  weights: readonly number[],
  m: Model,
  langs: readonly number[],
): Scored {
  const parts = emptyParts();
  const tri = new Float64Array(N);
  const cue = new Float64Array(N);
  const suf = new Float64Array(N);
  const let_ = new Float64Array(N);
  const signatureSeen = new Uint8Array(N);
  const typicalSeen = new Uint8Array(N);
  const seen = (flags: Uint8Array): void => {
    for (let l = 0; l < N; l++) {
      const f = flags[l] ?? 0;
      if (f & 1) signatureSeen[l] = 1;
      if (f) typicalSeen[l] = 1;
    }
  };
  let letterMass = 0;
  let trigrams = 0;
  let bestSum = 0;
  for (let wi = 0; wi < words.length; wi++) {
    const w = weights[wi] ?? 1;
    const text = words[wi]?.text ?? '';
    // Character indices of "␣␣word␣" (space is index 0).
    let a = 0;
    let b = 0;
    for (let i = 0; i <= text.length; i++) {
      const code = i < text.length ? text.charCodeAt(i) : 32;
      const c = code < CODE_LIMIT ? (m.charIndex[code] ?? OTHER) : OTHER;
      const key = (a << 16) | (b << 8) | c;
      a = b;
      b = c;
      const uniOff = m.uni[c] ?? -1;
      const off = m.tri.get(key) ?? m.bi.get(key & 0xffff) ?? (uniOff >= 0 ? uniOff : undefined);
      if (off === undefined) continue; // a character no profile has: no evidence either way
      let best = -Infinity;
      for (let l = 0; l < N; l++) {
        const v = m.logp[off + l] ?? 0;
        tri[l] = (tri[l] ?? 0) + w * v;
      }
      for (const l of langs) best = Math.max(best, m.logp[off + l] ?? -Infinity);
      bestSum += w * best;
      trigrams += w;
    }
    const fw = m.words.get(text);
    if (fw) for (let l = 0; l < N; l++) cue[l] = (cue[l] ?? 0) + w * (fw[l] ?? 0);
    const got = new Float64Array(N);
    for (let k = Math.min(m.maxSuffix, text.length - 2); k >= 1; k--) {
      const s = m.suffixes.get(text.slice(-k));
      if (!s) continue;
      for (let l = 0; l < N; l++) if (got[l] === 0) got[l] = s[l] ?? 0;
    }
    for (let l = 0; l < N; l++) suf[l] = (suf[l] ?? 0) + w * (got[l] ?? 0);
    for (let i = 0; i < text.length; i++) {
      const ch = text.charAt(i);
      if (ch !== "'") letterMass += w;
      const r = m.letters.get(ch);
      if (r) for (let l = 0; l < N; l++) let_[l] = (let_[l] ?? 0) + w * (r[l] ?? 0);
      const t = m.typical.get(ch);
      if (t) seen(t);
    }
    for (const [dg, r] of m.digraphs) {
      for (let at = text.indexOf(dg); at >= 0; at = text.indexOf(dg, at + dg.length)) {
        for (let l = 0; l < N; l++) let_[l] = (let_[l] ?? 0) + w * (r[l] ?? 0);
      }
    }
    for (const [pair, t] of m.typicalPairs) if (text.includes(pair)) seen(t);
  }
  // A language whose signature letters, or all of whose signature and typical letters, never
  // occur in the text pays for their absence.
  for (let l = 0; l < N; l++) {
    let absent = 0;
    if (!signatureSeen[l]) absent += m.logNoSignature[l] ?? 0;
    if (!typicalSeen[l]) absent += m.logNoTypical[l] ?? 0;
    let_[l] = (let_[l] ?? 0) + WEIGHTS.absence * letterMass * absent;
  }
  for (let l = 0; l < N; l++) {
    const p = parts[l];
    if (!p) continue;
    p.trigrams = tri[l] ?? 0;
    p.words = cue[l] ?? 0;
    p.suffixes = suf[l] ?? 0;
    p.letters = let_[l] ?? 0;
    p.total = p.trigrams + p.words + p.suffixes + p.letters;
  }
  return { parts, trigrams, bestSum };
}

function und(
  script: Detection['script'],
  reason: Explanation['reason'],
  fit = 0,
  trigrams = 0,
): Explanation {
  return {
    detection: { code: 'und', confidence: 0, script, candidates: [{ code: 'und', score: 1 }] },
    reason,
    trigrams,
    fit,
    parts: {},
  };
}

/** Like `detectLanguage`, with the score components behind the decision. */
export function explainDetection(text: string): Explanation {
  const { words, letters, junk, oddLetters } = tokenise(text);
  if (words.length === 0 || letters === 0) return und('none', 'empty');

  // Script choice: letters per script, words starting with a capital (names, brands, but also
  // the first word of a sentence) count less. Scoring weights only mid-sentence capitals down.
  const weights = words.map((w) => (w.capitalised ? CAPITALISED_WEIGHT : 1));
  const mass = { Latn: 0, Cyrl: 0 };
  const count = { Latn: 0, Cyrl: 0 };
  words.forEach((w) => {
    mass[w.script] += (w.upper ? CAPITALISED_WEIGHT : 1) * w.text.length;
    if (w.text.length >= 2) count[w.script] += w.text.length;
  });
  const script: Detection['script'] =
    count.Latn >= 2 && count.Cyrl >= 2 ? 'mixed' : mass.Latn >= mass.Cyrl ? 'Latn' : 'Cyrl';
  if (junk / (letters + junk) > MAX_JUNK) return und('none', 'junk');
  if (oddLetters / letters > MAX_ODD) return und('none', 'odd-letters');

  const scored: WordScript = mass.Latn >= mass.Cyrl ? 'Latn' : 'Cyrl';
  const m = getModel();
  const chosen: Word[] = [];
  const chosenWeights: number[] = [];
  words.forEach((w, i) => {
    if (w.script === scored) {
      chosen.push(w);
      chosenWeights.push(weights[i] ?? 1);
    }
  });
  const { parts, trigrams, bestSum } = scoreWords(chosen, chosenWeights, m, m.byScript[scored]);
  const fit = trigrams > 0 ? bestSum / trigrams : -Infinity;
  if (!(fit >= FIT_MIN)) return und(script, 'implausible', fit, trigrams);

  // Softmax over the languages of the scored script.
  const temperature = TEMPERATURE * Math.sqrt(Math.max(trigrams, 1));
  const idx = m.byScript[scored];
  const totals = idx.map((l) => parts[l]?.total ?? -Infinity);
  const top = Math.max(...totals);
  const exps = totals.map((t) => Math.exp((t - top) / temperature));
  const sum = exps.reduce((a, b) => a + b, 0);
  let candidates = idx
    .map((l, k) => ({ code: LANGS[l] as Lang as DetectedLanguage, score: (exps[k] ?? 0) / sum }))
    .filter((c) => c.score >= MIN_CANDIDATE)
    .sort((a, b) => b.score - a.score);
  const kept = candidates.reduce((a, c) => a + c.score, 0);
  candidates = candidates.map((c) => ({ code: c.code, score: c.score / kept }));
  const best = candidates[0] ?? { code: 'und' as const, score: 0 };

  const lengthFactor = Math.min(1, 0.35 + letters / 30);
  const fitFactor = Math.min(1, (fit - FIT_MIN) / (FIT_OK - FIT_MIN));
  const confidence = best.score * lengthFactor * Math.sqrt(fitFactor);

  const partsByLang: Partial<Record<Lang, ScoreParts>> = {};
  for (const l of idx) {
    const lang = LANGS[l];
    const p = parts[l];
    if (lang && p && SCRIPT_OF[lang] === scored) partsByLang[lang] = p;
  }
  return {
    detection: { code: best.code, confidence, script, candidates },
    scoredScript: scored,
    trigrams,
    fit,
    parts: partsByLang,
  };
}

/**
 * Identifies the language and script of a text: one of az, uz (Latin), uz-Cyrl, tr, kk, ky, tk,
 * ru, en, or 'und' when there is nothing to go on. Pure and synchronous; safe on any string.
 */
export function detectLanguage(text: string): Detection {
  return explainDetection(text).detection;
}
