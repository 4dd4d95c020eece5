/** Shared shapes of the morphological analysers and generators. */

/** Parts of speech of the stem lexicons and the bilingual lexicon. */
export type PartOfSpeech =
  | 'n'
  | 'adj'
  | 'adv'
  | 'v'
  | 'num'
  | 'pron'
  | 'post'
  | 'cnj'
  | 'det'
  | 'part'
  | 'intj'
  | 'abbr'
  | 'cop'
  | 'np.top'
  | 'np.org'
  | 'np.ant'
  | 'np.cog'
  | 'np.al';

export const PARTS_OF_SPEECH: ReadonlySet<string> = new Set<PartOfSpeech>([
  'n',
  'adj',
  'adv',
  'v',
  'num',
  'pron',
  'post',
  'cnj',
  'det',
  'part',
  'intj',
  'abbr',
  'cop',
  'np.top',
  'np.org',
  'np.ant',
  'np.cog',
  'np.al',
]);

/** One reading of a word form. */
export interface Analysis {
  lemma: string;
  pos: PartOfSpeech;
  /** Inflection and derivation tags after the part of speech, in surface order, e.g. ['pl', 'loc']. */
  tags: string[];
  /** The reading comes from a guess (unknown proper noun, numeral pattern), not from the lexicon. */
  guessed?: boolean;
  /** For `2024-yil`-style tokens: the analysis of the part after the hyphen. */
  compound?: Analysis;
}

export interface Morphology {
  readonly lang: 'az' | 'uz';
  /** Every reading of a word form (in canonical Latin spelling); [] when unknown. */
  analyze(word: string): Analysis[];
  /** Surface forms of lemma + part of speech + tags; [] when the tags do not fit the paradigm. */
  generate(analysis: Pick<Analysis, 'lemma' | 'pos' | 'tags'>): string[];
  /** Does the stem lexicon hold this lemma with this part of speech? */
  hasLemma(lemma: string, pos?: PartOfSpeech): boolean;
  /** Number of stems in the lexicon. */
  readonly size: number;
}

/** `lemma<pos><tag>…` as printed by `korpu analyze`. */
export function formatAnalysis(a: Analysis): string {
  const pos = a.pos.startsWith('np.') ? `<np><${a.pos.slice(3)}>` : `<${a.pos}>`;
  const own = `${a.lemma}${pos}${a.tags.map((t) => `<${t}>`).join('')}`;
  return a.compound ? `${own}+${formatAnalysis(a.compound)}` : own;
}
