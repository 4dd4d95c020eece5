import { LexicalMorphology } from '../analyzer.js';
import type { Morphology } from '../types.js';
import { azRules } from './rules.js';

export { lowerAz, spokenLastWord } from './rules.js';
export { azGrammar } from './grammar.js';

/** The Azerbaijani analyser and generator over a stem lexicon and its irregular forms. */
export function createAzerbaijaniMorphology(lexicon: string, irregularForms = ''): Morphology {
  return new LexicalMorphology(azRules, lexicon, irregularForms);
}
