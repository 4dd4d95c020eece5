import { describe, expect, it } from 'vitest';
import { bleu } from './index.js';

describe('bleu', () => {
  it('one substituted word: hand-computed', () => {
    // hyp "a b c d", ref "a b c e" (4 tokens each, so BP = 1).
    //   1-grams a b c d vs a b c e   → 3/4 = 75
    //   2-grams ab bc cd vs ab bc ce → 2/3 = 66.67
    //   3-grams abc bcd vs abc bce   → 1/2 = 50
    //   4-grams abcd vs abce         → 0/1: 'exp' smoothing doubles a factor → 100/(2·1) = 50
    //   BLEU = (75 · 66.67 · 50 · 50)^(1/4) = 12 500 000^(1/4) = 59.4604 (sacrebleu: 59.460355750136046)
    const score = bleu(['a b c d'], ['a b c e']);
    expect(score.counts).toEqual([3, 2, 1, 0]);
    expect(score.totals).toEqual([4, 3, 2, 1]);
    expect(score.precisions[0]).toBe(75);
    expect(score.precisions[3]).toBe(50);
    expect(score.bp).toBe(1);
    expect(score.score).toBeCloseTo(59.460355750136046, 10);
  });

  it('short hypothesis: brevity penalty exp(1 - ref/sys)', () => {
    // hyp 5 tokens, ref 6; every n-gram matches → precisions 100; BP = exp(1 - 6/5) = exp(-0.2)
    const score = bleu(['a b c d e'], ['a b c d e f']);
    expect(score.precisions).toEqual([100, 100, 100, 100]);
    expect(score.bp).toBeCloseTo(Math.exp(-0.2), 12);
    expect(score.score).toBeCloseTo(81.87307530779823, 10);
  });

  it('no 4-grams at all gives 0, as sacrebleu does (log(0) is floored, not smoothed)', () => {
    const score = bleu(['a b c'], ['a b c d']);
    expect(score.counts).toEqual([3, 2, 1, 0]);
    expect(score.totals).toEqual([3, 2, 1, 0]);
    expect(score.score).toBe(0);
  });

  it('statistics are summed over the corpus before scoring', () => {
    const hyps = ['Prezident Bakıya səfər edəcək .', 'Toshkentda yangi maktab ochildi .'];
    const refs = ['Prezident Bakıya səfər edəcək .', 'Toshkentda yangi maktab ochildi .'];
    const score = bleu(hyps, refs);
    expect(score.sysLen).toBe(10);
    expect(score.score).toBeCloseTo(100, 10);
  });

  it('news sentences match sacrebleu', () => {
    const hyps = [
      'Prezident Şavkat Mirziyoyev 15-də Bakıya səfər edəcək.',
      'Oʻzbekiston va Ozarbayjon oʻrtasidagi savdo 2024-yilda 1,5 mlrd. dollarga yetdi.',
      'Toshkentda yangi maktab ochildi!',
    ];
    const refs = [
      'Prezident Şavkat Mirziyoyev may ayının 15-də Bakıya səfər edəcək.',
      'Oʻzbekiston va Ozarbayjon oʻrtasidagi tovar ayirboshlash 2024-yilda 1,5 mlrd. dollarni tashkil etdi.',
      'Toshkentda yangi maktab ochildi.',
    ];
    const score = bleu(hyps, refs);
    expect(score.counts).toEqual([25, 19, 14, 9]);
    expect(score.totals).toEqual([29, 26, 23, 20]);
    expect([score.sysLen, score.refLen]).toEqual([29, 33]);
    expect(score.bp).toBeCloseTo(0.8711587695892689, 12);
    expect(score.score).toBeCloseTo(56.14758187902395, 10);
  });

  it('identical text scores 100, disjoint text 0, more overlap more', () => {
    const ref = ['Azərbaycan və Özbəkistan arasında əməkdaşlıq genişlənir.'];
    expect(bleu(ref, ref).score).toBeCloseTo(100, 10);
    expect(bleu(['Qış gəldi qar yağdı'], ref).score).toBe(0);
    // sharing only the final period: 'exp' smoothing keeps it small but above 0
    expect(bleu(['Qış gəldi, qar yağdı.'], ref).score).toBeLessThan(10);
    const some = bleu(['Azərbaycan və Özbəkistan arasında ticarət artır.'], ref).score;
    const more = bleu(['Azərbaycan və Özbəkistan arasında əməkdaşlıq artır.'], ref).score;
    expect(some).toBeGreaterThan(0);
    expect(more).toBeGreaterThan(some);
  });

  it('is case-sensitive', () => {
    expect(bleu(['BAKI ŞƏHƏRİ BÖYÜYÜR'], ['Bakı şəhəri böyüyür']).score).toBe(0);
  });

  it('empty corpus and empty lines give 0, never NaN', () => {
    expect(bleu([], [])).toEqual({
      score: 0,
      precisions: [0, 0, 0, 0],
      bp: 1,
      sysLen: 0,
      refLen: 0,
      counts: [0, 0, 0, 0],
      totals: [0, 0, 0, 0],
    });
    expect(bleu([''], ['bir iki üç']).score).toBe(0);
    expect(bleu(['bir iki üç'], ['']).score).toBe(0);
    expect(bleu([''], ['']).score).toBe(0);
  });

  it('rejects corpora of different lengths', () => {
    expect(() => bleu(['a'], [])).toThrow(/1 hypotheses but 0 references/);
  });
});
