/**
 * The regression suite: our own hand-written Azerbaijani–Uzbek sentence pairs (never taken
 * from evaluation data), translated both ways and scored with chrF. The scores may not fall
 * below `thresholds.json`; when a change raises them, raise the thresholds with it, so quality
 * can only go up.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chrF, createTranslator, normalizeApostrophes } from '@korpu/mt';
import { loadLexiconData } from './index.js';

const DIR = join(import.meta.dirname, '..', 'test', 'regression');
const thresholds = JSON.parse(readFileSync(join(DIR, 'thresholds.json'), 'utf8')) as Record<
  'az-uz' | 'uz-az',
  { minPairs: number; chrF: number }
>;

function readPairs(): { az: string; uz: string; where: string }[] {
  const pairs: { az: string; uz: string; where: string }[] = [];
  for (const file of readdirSync(DIR)
    .filter((f) => f.endsWith('.tsv'))
    .sort()) {
    readFileSync(join(DIR, file), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (line.trim() === '' || line.startsWith('#')) return;
        const [az, uz, extra] = line.split('\t');
        if (!az || !uz || extra !== undefined)
          throw new Error(`${file}:${i + 1}: expected az<TAB>uz`);
        pairs.push({ az: az.trim(), uz: uz.trim(), where: `${file}:${i + 1}` });
      });
  }
  return pairs;
}

const pairs = readPairs();
const translator = createTranslator(loadLexiconData());

describe('regression suite', () => {
  for (const [from, to] of [
    ['az', 'uz'],
    ['uz', 'az'],
  ] as const) {
    it(`${from}→${to} keeps its chrF`, () => {
      const { minPairs, chrF: floor } = thresholds[`${from}-${to}` as 'az-uz' | 'uz-az'];
      expect(pairs.length).toBeGreaterThanOrEqual(minPairs);
      const hyp = pairs.map((p) =>
        normalizeApostrophes(translator.translate(p[from], { from, to }).text),
      );
      const ref = pairs.map((p) => normalizeApostrophes(p[to]));
      const score = chrF(hyp, ref).score;
      console.log(
        `regression ${from}→${to}: chrF ${score.toFixed(2)} on ${pairs.length} pairs (floor ${floor})`,
      );
      expect(score).toBeGreaterThanOrEqual(floor);
    });
  }
});
