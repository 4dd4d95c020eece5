import { assertParallel } from './corpus.js';
import { charNgrams, clippedMatches, totalCount, wordNgrams, type NgramCounts } from './ngrams.js';
import { codePointLength, pythonSplit, removeWhitespace } from './python-text.js';

export interface ChrFScore {
  score: number;
  charOrder: number;
  wordOrder: number;
  beta: number;
}

export interface ChrFOptions {
  /** Character n-gram order; sacrebleu's default is 6. */
  charOrder?: number;
  /** Word n-gram order; 0 is chrF, 2 is chrF++. */
  wordOrder?: number;
  /** Weight of recall against precision; sacrebleu's default is 2. */
  beta?: number;
  /**
   * sacrebleu's `eps_smoothing` (off by default there, so off here): when on, the F-score is the
   * mean of per-order F-scores with 1e-16 standing in for empty orders (chrF++.py, NLTK, Moses);
   * when off, precision and recall are averaged over the orders that have n-grams on both sides.
   */
  epsSmoothing?: boolean;
}

// Python's string.punctuation, which sacrebleu strips from word edges for chrF++.
const PUNCTUATION = new Set('!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~');

/**
 * sacrebleu's `CHRF._remove_punctuation`: a punctuation character at the end of a word, or
 * else at its start, becomes its own word (only one of the two, so '(hi)' gives '(hi' and ')').
 */
function wordsForChrF(sentence: string): string[] {
  const words: string[] = [];
  for (const word of pythonSplit(sentence)) {
    if (codePointLength(word) === 1) {
      words.push(word);
      continue;
    }
    // The edge characters tested are ASCII, so a UTF-16 index is the code point index here.
    const last = word[word.length - 1]!;
    const first = word[0]!;
    if (PUNCTUATION.has(last)) words.push(word.slice(0, -1), last);
    else if (PUNCTUATION.has(first)) words.push(first, word.slice(1));
    else words.push(word);
  }
  return words;
}

function ngramsByOrder(sentence: string, charOrder: number, wordOrder: number): NgramCounts[] {
  const orders: NgramCounts[] = [];
  const chars = removeWhitespace(sentence);
  for (let n = 1; n <= charOrder; n++) orders.push(charNgrams(chars, n));
  if (wordOrder > 0) {
    const words = wordsForChrF(sentence);
    for (let n = 1; n <= wordOrder; n++) orders.push(wordNgrams(words, n));
  }
  return orders;
}

/** Adds one segment's [hyp, ref, match] counts per order into the corpus statistics. */
function addSegment(stats: number[], hyp: NgramCounts[], ref: NgramCounts[]): void {
  hyp.forEach((hypCounts, order) => {
    const refCounts = ref[order]!;
    // sacrebleu does not count hypothesis n-grams of an order the reference has none of.
    stats[3 * order]! += refCounts.size > 0 ? totalCount(hypCounts) : 0;
    stats[3 * order + 1]! += totalCount(refCounts);
    stats[3 * order + 2]! += clippedMatches(hypCounts, refCounts);
  });
}

/** sacrebleu's `CHRF._compute_f_score`, on corpus-summed statistics. */
function fScore(stats: number[], orders: number, beta: number, epsSmoothing: boolean): number {
  const eps = 1e-16;
  const factor = beta ** 2;
  let epsScore = 0;
  let precisionSum = 0;
  let recallSum = 0;
  let effectiveOrder = 0;
  for (let i = 0; i < orders; i++) {
    const nHyp = stats[3 * i]!;
    const nRef = stats[3 * i + 1]!;
    const nMatch = stats[3 * i + 2]!;
    const precision = nHyp > 0 ? nMatch / nHyp : eps;
    const recall = nRef > 0 ? nMatch / nRef : eps;
    const denominator = factor * precision + recall;
    epsScore += denominator > 0 ? ((1 + factor) * precision * recall) / denominator : eps;
    if (nHyp > 0 && nRef > 0) {
      precisionSum += precision;
      recallSum += recall;
      effectiveOrder++;
    }
  }
  if (epsSmoothing) return (100 * epsScore) / orders;
  if (effectiveOrder === 0) return 0;
  const precision = precisionSum / effectiveOrder;
  const recall = recallSum / effectiveOrder;
  if (precision + recall === 0) return 0;
  return (100 * ((1 + factor) * precision * recall)) / (factor * precision + recall);
}

/**
 * Corpus chrF (wordOrder 0) or chrF++ (wordOrder 2) exactly as sacrebleu 2.x computes it:
 * n-gram statistics summed over all segments, whitespace ignored in character n-grams,
 * case-sensitive, score 0-100.
 */
export function chrF(
  hypotheses: string[],
  references: string[],
  options: ChrFOptions = {},
): ChrFScore {
  const { charOrder = 6, wordOrder = 0, beta = 2, epsSmoothing = false } = options;
  assertParallel('chrF', hypotheses, references);
  const orders = charOrder + wordOrder;
  const stats = new Array<number>(3 * orders).fill(0);
  hypotheses.forEach((hypothesis, i) => {
    addSegment(
      stats,
      ngramsByOrder(hypothesis, charOrder, wordOrder),
      ngramsByOrder(references[i]!, charOrder, wordOrder),
    );
  });
  const score = orders > 0 ? fScore(stats, orders, beta, epsSmoothing) : 0;
  return { score, charOrder, wordOrder, beta };
}
