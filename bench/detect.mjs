// Language identification accuracy per language on the NTREX development sentences
// (az, uz, tr, ru, en), and on the Uzbek sentences transliterated to Cyrillic (uz-Cyrl).
// Usage: npm run bench:detect
import { detectLanguage, transliterate } from '@korpu/mt';
import { readEval, table } from './eval-data.mjs';

const sets = ['az', 'uz', 'tr', 'ru', 'en'].map((lang) => [lang, readEval(lang)]);
sets.push(['uz-Cyrl', readEval('uz').map((s) => transliterate(s, 'uz-Latn', 'uz-Cyrl'))]);
const rows = [];
const started = performance.now();
let total = 0;
for (const [expected, sentences] of sets) {
  const confusions = new Map();
  let correct = 0;
  let confidence = 0;
  for (const sentence of sentences) {
    const { code, confidence: c } = detectLanguage(sentence);
    total++;
    confidence += c;
    if (code === expected) correct++;
    else confusions.set(code, (confusions.get(code) ?? 0) + 1);
  }
  const wrong = [...confusions]
    .sort((a, b) => b[1] - a[1])
    .map(([code, n]) => `${code} ${n}`)
    .join(', ');
  rows.push([
    expected,
    sentences.length,
    `${((100 * correct) / sentences.length).toFixed(1)} %`,
    (confidence / sentences.length).toFixed(3),
    wrong || '—',
  ]);
}
const seconds = (performance.now() - started) / 1000;
console.log(table(['language', 'sentences', 'accuracy', 'mean confidence', 'mistaken for'], rows));
console.log(`\n${Math.round(total / seconds)} sentences/s`);
