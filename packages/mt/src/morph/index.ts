import type { LanguageData } from '../data.js';
import { createAzerbaijaniMorphology } from './az/index.js';
import type { Morphology } from './types.js';
import { createUzbekMorphology } from './uz/index.js';

export type { Analysis, Morphology, PartOfSpeech } from './types.js';
export { formatAnalysis, PARTS_OF_SPEECH } from './types.js';
export { parseAnalysis, parseLexicon, LexiconFormatError, type RawStem } from './lexicon.js';
export { createAzerbaijaniMorphology, lowerAz, spokenLastWord, azGrammar } from './az/index.js';
export { createUzbekMorphology, lowerUz, uzGrammar } from './uz/index.js';
export { enumeratePaths, generateFrom, analyzeFrom, type Grammar } from './walker.js';

/** The analyser and generator of one language from its lexicon data. */
export function createMorphology(lang: 'az' | 'uz', data: LanguageData): Morphology {
  return lang === 'az'
    ? createAzerbaijaniMorphology(data.lexicon, data.forms)
    : createUzbekMorphology(data.lexicon, data.forms);
}
