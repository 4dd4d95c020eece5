import { describe, expect, it } from 'vitest';
import { segment, splitSentences, tokenize } from './index.js';

/** mulberry32: a small seeded generator, so a failing fuzz case can be reproduced. */
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

// Single characters and fragments that each poke at one rule of the tokenizer or splitter.
const NASTY_ALPHABET = [
  ...'aəıİiğşçöüxqAƏIĞŞÇÖÜoʻgʼOG',
  ...'ўғқҳәөүҝјһҹЎҒҚ',
  ..."'`´‘’ʹ",
  ...'0123456789',
  ...'.,;:!?…-‐‑–—/\\@#&<>"«»“”„()[]{}%+=*_|~^$₼№',
  ' ',
  '  ',
  '\u00a0',
  '\u202f',
  '\t',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  '\u2028',
  '\u0085',
  '\ufeff',
  '\u0000',
  '\u0007',
  '\u001c',
  '\u200d',
  '\u200c',
  '\u00ad',
  '\u0301',
  '\ufe0f',
  '\ud800',
  '\udc00',
  '\udbff',
  '😀',
  '👍🏽',
  '🇦🇿',
  '\u{10ffff}',
  '\ue000',
  'http://',
  'https://',
  'www.',
  '.az',
  '.uz',
  'APA',
  '@kun',
  '#xəbər',
  '<p>',
  '</p>',
  '<b>',
  '<br/>',
  '<a href="',
  '<!--',
  '-->',
  '<?',
  '&amp;',
  '&#8212;',
  '&nbsp;',
  '&#x',
  'və s.',
  'İ. ',
  'Sh. ',
  'mln.',
  '1 000',
  '15.05.2024',
  '2024-cü',
  '14:30',
  "O'zbekiston",
];

function randomText(random: () => number): string {
  const length = Math.floor(random() * 60);
  let text = '';
  for (let i = 0; i < length; i++) {
    text += NASTY_ALPHABET[Math.floor(random() * NASTY_ALPHABET.length)]!;
  }
  return text;
}

// Plain checks rather than one expect() per token: the big inputs have millions of tokens.
function losslessTokenProblem(text: string): string | undefined {
  let at = 0;
  for (const t of tokenize(text)) {
    if (t.start !== at) return `token starts at ${t.start}, expected ${at}`;
    if (t.end <= t.start) return `empty token at ${t.start}`;
    if (t.text !== text.slice(t.start, t.end)) return `token text differs at ${t.start}`;
    at = t.end;
  }
  return at === text.length ? undefined : `tokens end at ${at} of ${text.length}`;
}

const EDGE_WHITESPACE = /^\s|\s$/;

function losslessSegmentProblem(text: string): string | undefined {
  const items = segment(text);
  let at = 0;
  for (const [i, item] of items.entries()) {
    if (item.start !== at) return `item starts at ${item.start}, expected ${at}`;
    if (item.end <= item.start) return `empty item at ${item.start}`;
    if (item.text !== text.slice(item.start, item.end)) return `item text differs at ${at}`;
    if (i > 0 && item.kind === items[i - 1]!.kind) return `two ${item.kind}s in a row at ${at}`;
    if (item.kind === 'sentence' && EDGE_WHITESPACE.test(item.text)) {
      return `sentence with edge whitespace at ${at}`;
    }
    at = item.end;
  }
  if (at !== text.length) return `items end at ${at} of ${text.length}`;
  const sentences = splitSentences(text);
  const fromSegments = items.filter((item) => item.kind === 'sentence');
  const same =
    sentences.length === fromSegments.length &&
    sentences.every((s, i) => s.start === fromSegments[i]!.start && s.end === fromSegments[i]!.end);
  return same ? undefined : 'splitSentences disagrees with segment';
}

function expectLosslessTokens(text: string): void {
  expect(losslessTokenProblem(text)).toBeUndefined();
}

function expectLosslessSegments(text: string): void {
  expect(losslessSegmentProblem(text)).toBeUndefined();
}

describe('robustness', () => {
  it('fuzz: 2,000 random strings from a nasty alphabet come back exactly', () => {
    const random = seededRandom(20240515);
    for (let n = 0; n < 2000; n++) {
      const text = randomText(random);
      try {
        expect(
          tokenize(text)
            .map((t) => t.text)
            .join(''),
        ).toBe(text);
        expect(
          segment(text)
            .map((s) => s.text)
            .join(''),
        ).toBe(text);
        expectLosslessTokens(text);
        expectLosslessSegments(text);
      } catch (error) {
        throw new Error(`fuzz case ${n} failed on ${JSON.stringify(text)}: ${String(error)}`);
      }
    }
  });

  it('handles empty input', () => {
    expect(tokenize('')).toEqual([]);
    expect(segment('')).toEqual([]);
    expect(splitSentences('')).toEqual([]);
  });

  it('handles arbitrary bytes, raw and decoded', () => {
    const random = seededRandom(7);
    const bytes = Uint8Array.from({ length: 100_000 }, () => Math.floor(random() * 256));
    const raw = String.fromCharCode(...bytes.subarray(0, 50_000));
    const decoded = new TextDecoder('utf-8').decode(bytes);
    for (const text of [raw, decoded]) {
      expectLosslessTokens(text);
      expectLosslessSegments(text);
    }
  });

  it('handles lone surrogates and reversed pairs', () => {
    const text = 'a\ud800b \udc00. \udc00\ud800 Söz\ud83d. Son\ud83d';
    expectLosslessTokens(text);
    expectLosslessSegments(text);
    expect(tokenize('\ud800').map((t) => t.kind)).toEqual(['other']);
  });

  it.each([
    ['a letter word', 'ə'.repeat(5000)],
    ['a hyphenated word', 'ab-'.repeat(1700) + 'ab'],
    ['an apostrophe word', "o'".repeat(2500) + 'z'],
    ['a number', '1'.repeat(5000)],
    ['a dotted number', '1.'.repeat(2500) + '1'],
    ['a spaced number', '1' + ' 000'.repeat(1250)],
    ['a URL', 'https://kun.uz/' + 'a'.repeat(5000)],
    ['an e-mail', 'a'.repeat(5000) + '@apa.az'],
    ['a domain', 'a.'.repeat(2500) + 'az'],
    ['a hashtag', '#' + 'x'.repeat(5000)],
    ['a tag', '<a title="' + 'x'.repeat(5000) + '">'],
    ['emoji', '👍🏽'.repeat(1250)],
    ['marks', 'a' + '\u0301'.repeat(5000)],
  ])('handles 5,000-character %s as one token', (_label, word) => {
    const tokens = tokenize(word);
    expect(tokens.map((t) => t.text).join('')).toBe(word);
    expect(tokens.length).toBeLessThanOrEqual(1250);
    if (!word.startsWith('👍')) expect(tokens.length).toBe(1);
    expectLosslessSegments(word);
  });

  // Patterns that make backtracking or rescanning tokenizers quadratic; at a million
  // characters a quadratic pass would not finish within the test timeout.
  it.each([
    ['dots', '.'.repeat(1_000_000)],
    ['dotted letters', 'a.'.repeat(500_000)],
    ['dotted domains', 'ab.az.'.repeat(200_000)],
    ['at signs', 'x@'.repeat(500_000)],
    ['open tags', '<a '.repeat(300_000)],
    ['open quotes in tags', '<a "'.repeat(250_000)],
    ['open comments', '<!--'.repeat(250_000)],
    ['entities without semicolons', '&#1'.repeat(300_000)],
    ['hyphens', 'a-'.repeat(500_000)],
    ['apostrophes', "a'".repeat(500_000)],
    ['hashes', '#'.repeat(1_000_000)],
    ['schemes', 'http://'.repeat(150_000)],
    ['number separators', '1,'.repeat(500_000)],
    ['thousands', '1 00'.repeat(250_000)],
    ['terminators and openers', '. «'.repeat(300_000)],
    ['abbreviations', 'və s. '.repeat(150_000)],
    ['line breaks', 'a\n'.repeat(500_000)],
    ['lone surrogates', '\ud800'.repeat(1_000_000)],
  ])('stays linear on a million characters of %s', (_label, text) => {
    expectLosslessTokens(text);
    expect(
      segment(text)
        .map((s) => s.text)
        .join(''),
    ).toBe(text);
  });

  it('segments 10 MB of news text', () => {
    const paragraph =
      'Prezident İlham Əliyev 15-də Bakıda BMT-nin nümayəndəsini qəbul edib. Oʻzbekiston ' +
      'Respublikasi Prezidenti Sh. Mirziyoyev 1 000 000 soʻm, 3.14 va 1,5 mlrd. dollar ' +
      'haqida gapirdi: https://kun.uz/news/2024 (info@apa.az)!\n\n<p>Yangi <b>maktab</b></p>';
    const text = paragraph.repeat(Math.ceil(10_000_000 / paragraph.length));
    const items = segment(text);
    expect(items.map((s) => s.text).join('')).toBe(text);
    expect(items.filter((s) => s.kind === 'sentence').length).toBe(
      3 * Math.ceil(10_000_000 / paragraph.length),
    );
  });

  it('tokenizes 10 MB of random characters', () => {
    const random = seededRandom(99);
    const parts: string[] = [];
    let length = 0;
    while (length < 10_000_000) {
      const part = randomText(random);
      parts.push(part);
      length += part.length;
    }
    const text = parts.join('');
    expectLosslessTokens(text);
  });
});
