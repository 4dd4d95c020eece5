import { codePointBoundaries } from './python-text.js';

export type NgramCounts = Map<string, number>;

function increment(counts: NgramCounts, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/**
 * Word n-grams of one order. Tokens never contain whitespace, so joining them with a space is
 * an unambiguous key (sacrebleu uses the same key for chrF++ and tuples for BLEU).
 */
export function wordNgrams(tokens: readonly string[], n: number): NgramCounts {
  const counts: NgramCounts = new Map();
  for (let i = 0; i + n <= tokens.length; i++) increment(counts, tokens.slice(i, i + n).join(' '));
  return counts;
}

/** Character n-grams of one order, counted over code points as Python slices do. */
export function charNgrams(line: string, n: number): NgramCounts {
  const bounds = codePointBoundaries(line);
  const length = bounds.length - 1;
  const counts: NgramCounts = new Map();
  for (let i = 0; i + n <= length; i++) {
    increment(counts, line.slice(bounds[i], bounds[i + n]));
  }
  return counts;
}

export function totalCount(counts: NgramCounts): number {
  let total = 0;
  for (const c of counts.values()) total += c;
  return total;
}

/** Clipped matches: each hypothesis n-gram counts at most as often as the reference has it. */
export function clippedMatches(hyp: NgramCounts, ref: NgramCounts): number {
  let matches = 0;
  for (const [ngram, count] of hyp) {
    const inRef = ref.get(ngram);
    if (inRef !== undefined) matches += Math.min(count, inRef);
  }
  return matches;
}
