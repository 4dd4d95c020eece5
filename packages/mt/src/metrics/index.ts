// Corpus-level MT metrics with sacrebleu 2.x's exact definitions, so numbers computed here can
// be compared with numbers people compute with sacrebleu.
export { bleu, type BleuScore } from './bleu.js';
export { chrF, type ChrFOptions, type ChrFScore } from './chrf.js';
export { formatScore, formatScores } from './format.js';
export { tokenize13a } from './tokenizer-13a.js';
