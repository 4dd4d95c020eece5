import { LexicalMorphology } from '../analyzer.js';
import type { Morphology } from '../types.js';
import { uzRules } from './rules.js';

export { lowerUz } from './rules.js';
export { uzGrammar } from './grammar.js';

/** The Uzbek analyser and generator over a stem lexicon and its irregular forms. */
export function createUzbekMorphology(lexicon: string, irregularForms = ''): Morphology {
  return new LexicalMorphology(uzRules, lexicon, irregularForms);
}
