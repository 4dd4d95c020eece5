// Start-up time, throughput (sentences per second on one core) and memory of the built-in
// engine, with transliteration-only as the baseline measured in the same run.
// Usage: npm run bench:speed
import { execFileSync } from 'node:child_process';
import { azToUzSpelling, createTranslator } from '@korpu/mt';
import { loadLexiconData } from '@korpu/mt/node';
import { readEval, table } from './eval-data.mjs';

function startup() {
  const script = `const t0=performance.now();const {createTranslator}=await import('@korpu/mt');const {loadLexiconData}=await import('@korpu/mt/node');const tr=createTranslator(loadLexiconData());tr.translate('Salam.',{from:'az',to:'uz'});console.log(performance.now()-t0);`;
  const runs = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    const inner = Number(
      execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }),
    );
    runs.push([performance.now() - started, inner]);
  }
  runs.sort((a, b) => a[0] - b[0]);
  return runs[2];
}

function throughput(fn, sentences, rounds) {
  fn(sentences[0]);
  const started = performance.now();
  for (let r = 0; r < rounds; r++) for (const s of sentences) fn(s);
  return (sentences.length * rounds) / ((performance.now() - started) / 1000);
}

const [processMs, loadMs] = startup();
const before = process.memoryUsage().rss;
const translator = createTranslator(loadLexiconData());
const az = readEval('az');
const uz = readEval('uz');
const rows = [];
const baseline = throughput((s) => azToUzSpelling(s), az, 20);
rows.push(['transliteration only (baseline)', 'az→uz', Math.round(baseline), '1.00']);
for (const [from, to, src] of [
  ['az', 'uz', az],
  ['uz', 'az', uz],
]) {
  // A fresh translator per direction pass would hide the caches; news repeats words, so the
  // first pass is reported (cold caches) and a second one (warm).
  const cold = throughput((s) => translator.translate(s, { from, to }), src, 1);
  const warm = throughput((s) => translator.translate(s, { from, to }), src, 3);
  rows.push([
    `korpu built-in, first pass`,
    `${from}→${to}`,
    Math.round(cold),
    (cold / baseline).toFixed(3),
  ]);
  rows.push([
    `korpu built-in, warm`,
    `${from}→${to}`,
    Math.round(warm),
    (warm / baseline).toFixed(3),
  ]);
}
const rss = process.memoryUsage().rss;
console.log(table(['system', 'direction', 'sentences/s (1 core)', 'ratio to baseline'], rows));
console.log();
console.log(
  table(
    ['measure', 'value'],
    [
      ['start-up, whole process (median of 5)', `${processMs.toFixed(0)} ms`],
      ['start-up, import + load lexicons + first sentence', `${loadMs.toFixed(0)} ms`],
      ['resident memory after translating both directions', `${(rss / 2 ** 20).toFixed(0)} MB`],
      [
        'resident memory growth from loading the engine',
        `${((rss - before) / 2 ** 20).toFixed(0)} MB`,
      ],
    ],
  ),
);
