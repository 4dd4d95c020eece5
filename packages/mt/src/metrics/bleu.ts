import { assertParallel } from './corpus.js';
import { clippedMatches, wordNgrams } from './ngrams.js';
import { pythonRstrip, pythonSplit } from './python-text.js';
import { tokenize13a } from './tokenizer-13a.js';

export interface BleuScore {
  score: number;
  /** Percentages (0-100) per order, after 'exp' smoothing, as sacrebleu reports them. */
  precisions: number[];
  bp: number;
  sysLen: number;
  refLen: number;
  /** Clipped n-gram matches per order 1..4, summed over the corpus. */
  counts: number[];
  /** Hypothesis n-grams per order 1..4, summed over the corpus. */
  totals: number[];
}

const MAX_ORDER = 4;

// sacrebleu's `my_log`: log(0) is floored instead of being -Infinity.
function flooredLog(x: number): number {
  return x === 0 ? -9999999999 : Math.log(x);
}

interface BleuStatistics {
  sysLen: number;
  refLen: number;
  counts: number[];
  totals: number[];
}

function addSegment(stats: BleuStatistics, hypothesis: string, reference: string): void {
  // sacrebleu preprocesses both sides the same way: rstrip, then tokenize (no lowercasing).
  const hypTokens = pythonSplit(tokenize13a(pythonRstrip(hypothesis)));
  const refTokens = pythonSplit(tokenize13a(pythonRstrip(reference)));
  stats.sysLen += hypTokens.length;
  stats.refLen += refTokens.length;
  for (let n = 1; n <= MAX_ORDER; n++) {
    const hyp = wordNgrams(hypTokens, n);
    const ref = wordNgrams(refTokens, n);
    stats.counts[n - 1]! += clippedMatches(hyp, ref);
    stats.totals[n - 1]! += Math.max(0, hypTokens.length - n + 1);
  }
}

/** sacrebleu's `BLEU.compute_bleu` with smooth_method 'exp' and effective_order off. */
function scoreFromStatistics({ sysLen, refLen, counts, totals }: BleuStatistics): BleuScore {
  let bp = 1;
  if (sysLen < refLen) bp = sysLen > 0 ? Math.exp(1 - refLen / sysLen) : 0;
  const precisions: number[] = new Array<number>(MAX_ORDER).fill(0);
  const result = { precisions, bp, sysLen, refLen, counts, totals };
  if (counts.every((c) => c === 0)) return { score: 0, ...result };

  let smoothing = 1;
  for (let n = 1; n <= MAX_ORDER; n++) {
    const total = totals[n - 1]!;
    const correct = counts[n - 1]!;
    if (total === 0) break;
    if (correct === 0) {
      smoothing *= 2;
      precisions[n - 1] = 100 / (smoothing * total);
    } else {
      precisions[n - 1] = (100 * correct) / total;
    }
  }
  let logSum = 0;
  for (const p of precisions) logSum += flooredLog(p);
  return { score: bp * Math.exp(logSum / MAX_ORDER), ...result };
}

/**
 * Corpus BLEU exactly as sacrebleu 2.x computes it by default: one reference per hypothesis,
 * tokenizer '13a', smoothing 'exp', case-sensitive, n-grams up to 4, corpus-level brevity
 * penalty. Score 0-100.
 */
export function bleu(hypotheses: string[], references: string[]): BleuScore {
  assertParallel('BLEU', hypotheses, references);
  const stats: BleuStatistics = {
    sysLen: 0,
    refLen: 0,
    counts: new Array<number>(MAX_ORDER).fill(0),
    totals: new Array<number>(MAX_ORDER).fill(0),
  };
  hypotheses.forEach((hypothesis, i) => addSegment(stats, hypothesis, references[i]!));
  return scoreFromStatistics(stats);
}
