import { describe, expect, it } from 'vitest';
import { detectScript, parseScriptCode, transliterate } from './index.js';

describe('parseScriptCode', () => {
  it.each([
    ['uz-Latn', 'uz-Latn'],
    ['uz-Cyrl', 'uz-Cyrl'],
    ['az-Latn', 'az-Latn'],
    ['az-Cyrl', 'az-Cyrl'],
    ['uz', 'uz-Latn'],
    ['az', 'az-Latn'],
    ['UZ-CYRL', 'uz-Cyrl'],
    [' az_Cyrl ', 'az-Cyrl'],
  ])('%s → %s', (code, parsed) => {
    expect(parseScriptCode(code)).toBe(parsed);
  });

  it.each(['', 'ru', 'uz-Arab', 'tr-Latn', 'latin'])('rejects %j with a clear message', (code) => {
    expect(() => parseScriptCode(code)).toThrow(/Unknown script code .*uz-Latn, uz-Cyrl/);
  });
});

describe('transliterate', () => {
  it('dispatches by pair', () => {
    expect(transliterate('Шаҳар', 'uz-Cyrl', 'uz-Latn')).toBe('Shahar');
    expect(transliterate('Shahar', 'uz', 'uz-Cyrl')).toBe('Шаҳар');
    expect(transliterate('Ҝәнҹә', 'az-Cyrl', 'az')).toBe('Gəncə');
    expect(transliterate('Gəncə', 'az-Latn', 'az-Cyrl')).toBe('Ҝәнҹә');
  });

  it('is the identity when both codes are the same script', () => {
    expect(transliterate("o'zbek", 'uz', 'uz-Latn')).toBe("o'zbek");
    expect(transliterate('Шаҳар', 'uz-Cyrl', 'uz-Cyrl')).toBe('Шаҳар');
  });

  it('throws for unsupported pairs and unknown codes', () => {
    expect(() => transliterate('x', 'uz-Cyrl', 'az-Latn')).toThrow(/Unsupported transliteration/);
    expect(() => transliterate('x', 'ru', 'uz')).toThrow(/Unknown script code "ru"/);
  });
});

describe('detectScript', () => {
  it.each([
    ['Toshkent shahri', 'Latn'],
    ['Тошкент шаҳри', 'Cyrl'],
    ['Azərbaycan İqtisadiyyatı', 'Latn'],
    ['Тошкент шаҳрида бугун NATO', 'Cyrl'],
    ['Toshkent Тошкент', 'mixed'],
    ['2024 — 15%', 'none'],
    ['', 'none'],
    ['东京', 'none'],
  ] as const)('%s → %s', (text, script) => {
    expect(detectScript(text)).toBe(script);
  });
});
