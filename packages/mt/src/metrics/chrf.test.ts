import { describe, expect, it } from 'vitest';
import { chrF } from './index.js';

describe('chrF', () => {
  it('tiny example: hand-computed', () => {
    // "ab" vs "ac", orders 1..6:
    //   1-grams a b vs a c → P = 1/2, R = 1/2
    //   2-grams ab vs ac   → P = 0,   R = 0
    //   3..6: no n-grams on either side → left out of the average (sacrebleu's default)
    //   avgP = avgR = (0.5 + 0) / 2 = 0.25; F2 = 5·0.25·0.25 / (4·0.25 + 0.25) = 0.25 → 25
    expect(chrF(['ab'], ['ac'])).toEqual({ score: 25, charOrder: 6, wordOrder: 0, beta: 2 });
  });

  it('chrF++ adds word n-grams: hand-computed', () => {
    // "ab cd" vs "ab ce"; whitespace is dropped for characters: "abcd" vs "abce".
    //   chars 1: 3/4, 2: 2/3, 3: 1/2, 4: 0/1 (P = R each, equal lengths)
    //   words 1: ab cd vs ab ce → 1/2; words 2: "ab cd" vs "ab ce" → 0/1
    //   chrF   = (3/4 + 2/3 + 1/2 + 0) / 4             = 47.9167
    //   chrF++ = (3/4 + 2/3 + 1/2 + 0 + 1/2 + 0) / 6   = 40.2778 (P = R, so F = P)
    expect(chrF(['ab cd'], ['ab ce']).score).toBeCloseTo(47.91666666666667, 10);
    const plusPlus = chrF(['ab cd'], ['ab ce'], { wordOrder: 2 });
    expect(plusPlus.score).toBeCloseTo(40.27777777777777, 10);
    expect(plusPlus.wordOrder).toBe(2);
  });

  it('ignores whitespace in character n-grams', () => {
    expect(chrF(['a b'], ['ab']).score).toBe(100);
    // ...but not in word n-grams: ["a", "b"] vs ["ab"] share no word
    expect(chrF(['a b'], ['ab'], { wordOrder: 2 }).score).toBeCloseTo(66.66666666666666, 10);
  });

  it('separates edge punctuation for chrF++ words as sacrebleu does', () => {
    // "edəcək." → "edəcək" + "." so the word matches the reference's "edəcək"
    const withDot = chrF(['səfər edəcək.'], ['səfər edəcək'], { wordOrder: 2 }).score;
    const withoutDot = chrF(['səfər edəcək'], ['səfər edəcək'], { wordOrder: 2 }).score;
    expect(withoutDot).toBe(100);
    expect(withDot).toBeGreaterThan(85);
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
    expect(chrF(hyps, refs).score).toBeCloseTo(77.06244248921449, 10);
    expect(chrF(hyps, refs, { wordOrder: 2 }).score).toBeCloseTo(74.54669287916703, 10);
  });

  it('counts characters as code points (emoji are one character)', () => {
    // one astral code point: 1-gram only → identical → 100; were it two UTF-16 units, the
    // reference "😀x" would share a 2-gram with "😀y"'s surrogate pair.
    expect(chrF(['😀'], ['😀']).score).toBe(100);
    expect(chrF(['😀y'], ['😀x']).score).toBeCloseTo(chrF(['ay'], ['ax']).score, 12);
  });

  it('identical → 100, disjoint → 0, more overlap → higher, chrF++ ≠ chrF', () => {
    const ref = ['Azərbaycan və Özbəkistan arasında əməkdaşlıq genişlənir.'];
    expect(chrF(ref, ref).score).toBe(100);
    expect(chrF(ref, ref, { wordOrder: 2 }).score).toBe(100);
    expect(chrF(['xyz'], ['qwö']).score).toBe(0);
    const some = chrF(['Azərbaycan ilə ticarət artır.'], ref).score;
    const more = chrF(['Azərbaycan və Özbəkistan arasında ticarət artır.'], ref).score;
    expect(more).toBeGreaterThan(some);
    const hyp = ['Özbəkistan və Azərbaycan arasında əməkdaşlıq genişlənir.'];
    expect(chrF(hyp, ref, { wordOrder: 2 }).score).not.toBeCloseTo(chrF(hyp, ref).score, 3);
  });

  it('beta weighs recall', () => {
    // hypothesis is a prefix: precision 1, recall < 1 → higher beta, lower score
    const hyp = ['Bakı şəhəri'];
    const ref = ['Bakı şəhəri böyüyür'];
    expect(chrF(hyp, ref, { beta: 1 }).score).toBeGreaterThan(chrF(hyp, ref, { beta: 3 }).score);
  });

  it('empty corpus and empty lines give 0, never NaN', () => {
    expect(chrF([], []).score).toBe(0);
    expect(chrF([], [], { wordOrder: 2 }).score).toBe(0);
    expect(chrF([''], ['']).score).toBe(0);
    expect(chrF([''], ['abc']).score).toBe(0);
    expect(chrF(['abc'], ['']).score).toBe(0);
    expect(chrF([''], [''], { wordOrder: 2, epsSmoothing: true }).score).toBeCloseTo(0, 10);
  });

  it('rejects corpora of different lengths', () => {
    expect(() => chrF(['a', 'b'], ['a'])).toThrow(/2 hypotheses but 1 references/);
  });
});
