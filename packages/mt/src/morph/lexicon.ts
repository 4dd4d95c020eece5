import { PARTS_OF_SPEECH, type Analysis, type PartOfSpeech } from './types.js';

/**
 * One stem of a monolingual lexicon (`az.lex`, `uz.lex`).
 *
 * File format, one stem a line: `lemma <TAB> part-of-speech [<TAB> flags]`, `#` starts a comment.
 * Flags, separated by spaces:
 * - `alt=STEM`  the stem used before a vowel-initial suffix (syncope oğul→oğl, et→ed, haq→haqq);
 * - `soft` / `nosoft`  final k/q does / does not alternate before vowels (uşaq→uşağı, tətbiq→tətbiqi);
 * - `h=V`  harmony as if the last vowel were V (loans read against their spelling);
 * - `irr`  only the forms listed in the irregular forms file (pronouns).
 */
export interface Stem {
  lemma: string;
  pos: PartOfSpeech;
  /** Stem before a vowel-initial suffix, when it differs. */
  alt?: string;
  /** `alt` is the only choice before vowels (syncope, et→ed); false for k/q softening that loans skip. */
  altStrict: boolean;
  harmonyVowel?: string;
  irregularOnly: boolean;
}

export class LexiconFormatError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}: ${message}`);
    this.name = 'LexiconFormatError';
  }
}

export interface RawStem {
  lemma: string;
  pos: PartOfSpeech;
  flags: Map<string, string>;
}

export function parseLexicon(text: string, file = 'lexicon'): RawStem[] {
  const stems: RawStem[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('#')) return;
    const [lemma, pos, flagText = ''] = line.split('\t');
    if (!lemma || !pos)
      throw new LexiconFormatError(file, i + 1, 'expected lemma<TAB>pos[<TAB>flags]');
    if (!PARTS_OF_SPEECH.has(pos)) {
      throw new LexiconFormatError(file, i + 1, `unknown part of speech "${pos}"`);
    }
    const flags = new Map<string, string>();
    for (const flag of flagText.split(' ').filter(Boolean)) {
      const eq = flag.indexOf('=');
      if (eq < 0) flags.set(flag, '');
      else flags.set(flag.slice(0, eq), flag.slice(eq + 1));
    }
    stems.push({ lemma, pos: pos as PartOfSpeech, flags });
  });
  return stems;
}

/** Irregular full forms: `form <TAB> lemma<pos><tag>…`, e.g. `ona	o<pron><dat>`. */
export interface IrregularForm {
  form: string;
  analysis: Analysis;
  /** Read as this analysis, but never generated for it (a synonym form: ekanini ≈ boʻlganini). */
  readOnly: boolean;
}

const ANALYSIS = /^([^<]+)((?:<[^<>]+>)+)$/u;

export function parseAnalysis(text: string): Analysis | null {
  const m = ANALYSIS.exec(text);
  if (!m || !m[1] || !m[2]) return null;
  const tags = m[2].slice(1, -1).split('><');
  let pos = tags.shift();
  if (pos === 'np') pos = `np.${tags.shift() ?? 'al'}`;
  if (!pos || !PARTS_OF_SPEECH.has(pos)) return null;
  return { lemma: m[1], pos: pos as PartOfSpeech, tags };
}

export function parseIrregularForms(text: string, file = 'forms'): IrregularForm[] {
  const forms: IrregularForm[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('#')) return;
    const [form, analysisText, mark] = line.split('\t');
    const analysis = analysisText ? parseAnalysis(analysisText) : null;
    if (!form || !analysis || (mark !== undefined && mark !== 'read')) {
      throw new LexiconFormatError(file, i + 1, 'expected form<TAB>lemma<pos><tag>…[<TAB>read]');
    }
    forms.push({ form, analysis, readOnly: mark === 'read' });
  });
  return forms;
}
