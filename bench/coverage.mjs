// Analyser coverage of alphabetic tokens on the NTREX development text, per language:
// by the lexicon alone, and with the guesser for names and numerals.
// Only rates are printed — never the unknown words — so that the lexicon is not fitted to it.
// Usage: npm run bench:coverage
import { createMorphology, normalizeText, tokenize } from '@korpu/mt';
import { loadLexiconData } from '@korpu/mt/node';
import { readEval, table } from './eval-data.mjs';

const data = loadLexiconData();
const rows = [];
for (const lang of ['az', 'uz']) {
  const morph = createMorphology(lang, data[lang]);
  let tokens = 0;
  let lexical = 0;
  let guessed = 0;
  const types = new Set();
  const unknownTypes = new Set();
  for (const line of readEval(lang)) {
    for (const token of tokenize(normalizeText(line, lang))) {
      if (token.kind !== 'word' || !/^\p{L}/u.test(token.text)) continue;
      tokens++;
      types.add(token.text);
      const analyses = morph.analyze(token.text);
      if (analyses.some((a) => !a.guessed)) lexical++;
      else if (analyses.length > 0) guessed++;
      else unknownTypes.add(token.text);
    }
  }
  const pct = (n) => ((100 * n) / tokens).toFixed(1) + ' %';
  rows.push([
    lang,
    morph.size,
    tokens,
    pct(lexical),
    pct(lexical + guessed),
    pct(tokens - lexical - guessed),
    unknownTypes.size,
  ]);
}
console.log(
  table(
    [
      'lang',
      'stems',
      'alphabetic tokens',
      'lexicon',
      'lexicon + guesser',
      'unknown',
      'unknown types',
    ],
    rows,
  ),
);
