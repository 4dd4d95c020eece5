// chrF / chrF++ / BLEU of az→uz and uz→az on the NTREX development set: copy-source,
// spelling-correspondence transliteration only, and the built-in engine, side by side.
// Usage: npm run bench:quality
import {
  azToUzSpelling,
  bleu,
  chrF,
  createTranslator,
  normalizeApostrophes,
  transliterate,
  uzToAzSpelling,
} from '@korpu/mt';
import { loadLexiconData } from '@korpu/mt/node';
import { readEval, table } from './eval-data.mjs';

const az = readEval('az');
const uz = readEval('uz');
const translator = createTranslator(loadLexiconData());
const score = (hyp, ref) => {
  const h = hyp.map(normalizeApostrophes);
  const r = ref.map(normalizeApostrophes);
  return [chrF(h, r).score, chrF(h, r, { wordOrder: 2 }).score, bleu(h, r).score].map((x) =>
    x.toFixed(2),
  );
};
const rows = [];
const unknownRates = [];
for (const [from, to, src, ref, spell] of [
  ['az', 'uz', az, uz, azToUzSpelling],
  ['uz', 'az', uz, az, uzToAzSpelling],
]) {
  const results = src.map((line) => translator.translate(line, { from, to }));
  const engine = results.map((r) => r.text);
  const sentences = results.flatMap((r) => r.sentences);
  const words = sentences.reduce((n, s) => n + s.alignment.length, 0);
  const unknown = sentences.reduce((n, s) => n + s.unknown.length, 0);
  unknownRates.push([`${from}→${to}`, words, unknown, `${((100 * unknown) / words).toFixed(1)} %`]);
  rows.push([`${from}→${to}`, 'copy source', ...score(src, ref)]);
  rows.push([`${from}→${to}`, 'transliteration only', ...score(src.map(spell), ref)]);
  rows.push([`${from}→${to}`, 'korpu built-in', ...score(engine, ref)]);
}
// Uzbek Cyrillic input should translate as well as the same text in Latin script.
const uzCyrl = uz.map((line) => transliterate(line, 'uz-Latn', 'uz-Cyrl'));
const fromCyrillic = uzCyrl.map(
  (line) => translator.translate(line, { from: 'uz', to: 'az' }).text,
);
rows.push(['uz-Cyrl→az', 'korpu built-in, Uzbek in Cyrillic', ...score(fromCyrillic, az)]);

console.log(
  `NTREX-128 dev, ${az.length} sentences; apostrophes normalised in hypothesis and reference\n`,
);
console.log(table(['direction', 'system', 'chrF', 'chrF++', 'BLEU'], rows));
console.log(
  '\nWords the engine could not translate from its lexicon (spelled over and reported):\n',
);
console.log(table(['direction', 'source words', 'unknown', 'rate'], unknownRates));
