import type { BleuScore } from './bleu.js';
import type { ChrFScore } from './chrf.js';

/**
 * Python's `f'{x:.{digits}f}'`. JavaScript's toFixed breaks exact ties upwards where Python
 * rounds half to even (0.125 → '0.13' vs '0.12'), so exact ties are detected on the full
 * decimal expansion of the double and settled the Python way.
 */
export function pythonFixed(x: number, digits: number): string {
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : x < 0 ? '-inf' : 'nan';
  const exact = Math.abs(x).toFixed(100);
  const point = exact.indexOf('.');
  const tail = exact.slice(point + 1 + digits);
  if (!/^50*$/.test(tail)) return x.toFixed(digits);
  const kept = exact.slice(0, digits > 0 ? point + 1 + digits : point);
  const truncated = Number(kept) * Math.sign(x);
  return Number(kept.at(-1)) % 2 === 0 ? truncated.toFixed(digits) : x.toFixed(digits);
}

function isBleu(score: BleuScore | ChrFScore): score is BleuScore {
  return 'precisions' in score;
}

/** The line sacrebleu prints for a score, e.g. `chrF2++ = 48.31` or `BLEU = 21.40 55.0/...`. */
export function formatScore(score: BleuScore | ChrFScore, digits = 2): string {
  if (!isBleu(score)) {
    const name = `chrF${score.beta}${'+'.repeat(score.wordOrder)}`;
    return `${name} = ${pythonFixed(score.score, digits)}`;
  }
  const precisions = score.precisions.map((p) => pythonFixed(p, 1)).join('/');
  const ratio = score.refLen ? score.sysLen / score.refLen : 0;
  return (
    `BLEU = ${pythonFixed(score.score, digits)} ${precisions} ` +
    `(BP = ${pythonFixed(score.bp, 3)} ratio = ${pythonFixed(ratio, 3)} ` +
    `hyp_len = ${score.sysLen} ref_len = ${score.refLen})`
  );
}

/** One sacrebleu-style line per score, in the order given. */
export function formatScores(...scores: Array<BleuScore | ChrFScore>): string {
  return scores.map((score) => formatScore(score)).join('\n');
}
