import { describe, expect, it } from 'vitest';
import * as script from './index.js';

/** mulberry32: a small seeded generator, so a failure can be replayed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  ...'aeiouoOgGsShHtTyYcCkKnNeE',
  ...'абвгдеёжзийклмнопрстуфхцчшщъыьэюяўқғҳәөүҹҝјһАЕЁЦЪЬЎҚҒҲӘИЫ',
  ...'əƏıİiIğĞşŞçÇöÖüÜäÄǝŏǒ',
  ...`'\`´‘’ʻʼʹ"«»`,
  ' ',
  '  ',
  '\n',
  '\t',
  '-',
  '.',
  ',',
  '<',
  '>',
  '</b>',
  '<a href="x">',
  'https://',
  'www.',
  '@',
  '://',
  '\u0307',
  '\u0306',
  '\ud800',
  '\udc00',
  '😀',
  '\u0000',
  '\uffff',
  '\u200d',
  '1',
  'tsiya',
  'sʼh',
  'yoʻ',
  'сҳ',
  'сентябр',
  'avtomobil',
];

function randomText(next: () => number, maxPieces: number): string {
  let s = '';
  const count = Math.floor(next() * maxPieces);
  for (let i = 0; i < count; i++) {
    if (next() < 0.1) s += String.fromCharCode(Math.floor(next() * 0x10000));
    else s += PIECES[Math.floor(next() * PIECES.length)];
  }
  return s;
}

const ALL_TEXT_FUNCTIONS: Array<[string, (s: string) => unknown]> = [
  ['normalizeUzbek', script.normalizeUzbek],
  ['normalizeAzerbaijani', script.normalizeAzerbaijani],
  ['normalizeText uz', (s) => script.normalizeText(s, 'uz')],
  ['setApostropheStyle', (s) => script.setApostropheStyle(s, 'press')],
  ['uzCyrlToLatn', script.uzCyrlToLatn],
  ['uzLatnToCyrl', script.uzLatnToCyrl],
  ['azCyrlToLatn', script.azCyrlToLatn],
  ['azLatnToCyrl', script.azLatnToCyrl],
  ['transliterate', (s) => script.transliterate(s, 'uz-Cyrl', 'uz-Latn')],
  ['toUpper az', (s) => script.toUpper(s, 'az')],
  ['toLower az', (s) => script.toLower(s, 'az')],
  ['toTitle uz', (s) => script.toTitle(s, 'uz')],
  ['toTitle az', (s) => script.toTitle(s, 'az')],
  ['casePattern', script.casePattern],
  ['applyCase', (s) => script.applyCase(s, 'title', 'az')],
  ['detectScript', script.detectScript],
];

describe('robustness', () => {
  it('handles the empty string', () => {
    for (const [, fn] of ALL_TEXT_FUNCTIONS) expect(() => fn('')).not.toThrow();
    expect(script.uzLatnToCyrl('')).toBe('');
    expect(script.normalizeUzbek('')).toBe('');
    expect(script.casePattern('')).toBe('lower');
  });

  it('keeps lone surrogates and control characters as they are', () => {
    const odd = '\ud800a\u0000\udfff\ufffe';
    expect(script.uzCyrlToLatn(odd)).toBe(odd);
    expect(script.azCyrlToLatn(`ш${odd}`)).toBe(`ş${odd}`);
    expect(script.normalizeUzbek(odd)).toBe(odd);
  });

  it('never throws on random strings (fuzz)', () => {
    const next = seededRandom(20240917);
    for (let round = 0; round < 2000; round++) {
      const text = randomText(next, 40);
      for (const [name, fn] of ALL_TEXT_FUNCTIONS) {
        try {
          fn(text);
        } catch (error) {
          throw new Error(`${name} threw on ${JSON.stringify(text)}: ${String(error)}`);
        }
      }
    }
  });

  it('normalisation is idempotent on random text', () => {
    const next = seededRandom(7);
    for (let round = 0; round < 2000; round++) {
      const text = randomText(next, 30);
      const uz = script.normalizeUzbek(text);
      expect(script.normalizeUzbek(uz), JSON.stringify(text)).toBe(uz);
      const az = script.normalizeAzerbaijani(text);
      expect(script.normalizeAzerbaijani(az), JSON.stringify(text)).toBe(az);
    }
  });

  it('never produces i + U+0307 in Azerbaijani', () => {
    const next = seededRandom(99);
    for (let round = 0; round < 500; round++) {
      const text = randomText(next, 30).replace(/\u0307/g, '');
      for (const out of [
        script.toLower(text, 'az'),
        script.toTitle(text, 'az'),
        script.azCyrlToLatn(text),
        script.normalizeAzerbaijani(text),
      ]) {
        expect(out.includes('i\u0307')).toBe(false);
      }
    }
  });

  it('transliterates 1 MB in linear time', () => {
    const cyrillic =
      'Ўзбекистон Республикаси Президенти 1-сентябрь куни Тошкент шаҳридаги станцияда маъно, объект ва «цирк» ҳақида гапирди. ';
    const latin = script.uzCyrlToLatn(cyrillic);
    const bigCyrillic = cyrillic.repeat(Math.ceil(1_000_000 / cyrillic.length));
    const bigLatin = latin.repeat(Math.ceil(1_000_000 / latin.length));
    const started = performance.now();
    const toLatin = script.uzCyrlToLatn(bigCyrillic);
    const toCyrillic = script.uzLatnToCyrl(bigLatin);
    const azerbaijani = script.azLatnToCyrl(bigLatin);
    const normalised = script.normalizeUzbek(bigLatin);
    const elapsed = performance.now() - started;
    expect(toLatin.startsWith(latin)).toBe(true);
    expect(toCyrillic.length).toBeGreaterThan(900_000);
    expect(azerbaijani.length).toBeGreaterThan(900_000);
    expect(normalised).toBe(bigLatin);
    // Four 1 MB passes; each takes well under a second on a laptop. Generous for slow CI.
    expect(elapsed).toBeLessThan(4000);
  });

  it('survives 1 MB of one long word, apostrophes and unclosed tags', () => {
    const inputs = [
      'а'.repeat(1_000_000),
      'a'.repeat(1_000_000),
      "o'".repeat(500_000),
      '<a'.repeat(500_000),
      'x@'.repeat(500_000),
      'ts'.repeat(500_000),
    ];
    const started = performance.now();
    for (const input of inputs) {
      script.uzLatnToCyrl(input);
      script.uzCyrlToLatn(input);
      script.normalizeAzerbaijani(input);
      script.detectScript(input);
    }
    expect(performance.now() - started).toBeLessThan(15000);
  });
});
