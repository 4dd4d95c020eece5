import { describe, expect, it } from 'vitest';
import { bleu, chrF, formatScores } from './index.js';
import { pythonFixed } from './format.js';

describe('formatScores', () => {
  it('prints what sacrebleu prints', () => {
    const hyp = ['a b c d'];
    const ref = ['a b c e'];
    expect(formatScores(chrF(hyp, ref), chrF(hyp, ref, { wordOrder: 2 }), bleu(hyp, ref))).toBe(
      [
        'chrF2 = 47.92',
        'chrF2++ = 55.56',
        'BLEU = 59.46 75.0/66.7/50.0/50.0 (BP = 1.000 ratio = 1.000 hyp_len = 4 ref_len = 4)',
      ].join('\n'),
    );
  });

  it('rounds exact ties half to even, as Python does', () => {
    expect(pythonFixed(0.125, 2)).toBe('0.12');
    expect(pythonFixed(0.375, 2)).toBe('0.38');
    expect(pythonFixed(2.5, 0)).toBe('2');
    expect(pythonFixed(0.1 + 0.2, 1)).toBe('0.3');
    expect(pythonFixed(66.66666666666667, 2)).toBe('66.67');
  });
});
