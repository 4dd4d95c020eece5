import { describe, expect, it } from 'vitest';
import { tokenize13a } from './index.js';

// Expected outputs from sacrebleu 2.6.0's Tokenizer13a.
describe('tokenize13a', () => {
  it.each([
    [
      'Bakı, 15 may (AZƏRTAC). Qiymət 3.14-dür; 1,5 mln. &quot;Salam&quot; &amp; <skipped>x',
      'Bakı , 15 may ( AZƏRTAC ) . Qiymət 3.14 - dür ; 1,5 mln . " Salam " & x',
    ],
    [
      'O\'zbekiston: 2024-yil, 5-sinf — 12,5% "yaxshi"!',
      'O\'zbekiston : 2024 - yil , 5 - sinf — 12,5 % " yaxshi " !',
    ],
    ['a-\nb c\nd', 'ab c d'],
    ['&lt;b&gt;qalın&lt;/b&gt;', '< b > qalın < / b >'],
    ['  çoxlu\t\u00a0boşluq \u3000 ', 'çoxlu boşluq'],
    ['', ''],
  ])('%j', (input, expected) => {
    expect(tokenize13a(input)).toBe(expected);
  });
});
