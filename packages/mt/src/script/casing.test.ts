import { describe, expect, it } from 'vitest';
import { applyCase, casePattern, toLower, toTitle, toUpper } from './index.js';

const OKINA = '\u02bb';

describe('Azerbaijani casing is Turkish-style', () => {
  it('i ↔ İ and ı ↔ I', () => {
    expect(toUpper('istiqlal ışıq', 'az')).toBe('İSTİQLAL IŞIQ');
    expect(toLower('İSTANBUL IŞIQ', 'az')).toBe('istanbul ışıq');
    expect(toLower('İ', 'az')).toBe('i');
    expect(toLower('İ', 'az').length).toBe(1); // never i + U+0307
    expect(toTitle('ilham', 'az')).toBe('İlham');
    expect(toTitle('İSMAYILLI', 'az')).toBe('İsmayıllı');
    expect(toTitle('ıldırım', 'az')).toBe('Ildırım');
  });

  it('the other letters', () => {
    expect(toUpper('əşçğöü', 'az')).toBe('ƏŞÇĞÖÜ');
    expect(toLower('ƏŞÇĞÖÜ', 'az')).toBe('əşçğöü');
  });
});

describe('Uzbek casing is root casing', () => {
  it('i ↔ I and the modifier letters stay', () => {
    expect(toUpper('ishlar', 'uz')).toBe('ISHLAR');
    expect(toLower('ISHLAR', 'uz')).toBe('ishlar');
    expect(toUpper(`o${OKINA}zbek`, 'uz')).toBe(`O${OKINA}ZBEK`);
    expect(toTitle(`o${OKINA}zbekiston`, 'uz')).toBe(`O${OKINA}zbekiston`);
    expect(toTitle('SHAHAR', 'uz')).toBe('Shahar');
    expect(toTitle('«choy»', 'uz')).toBe('«Choy»');
    expect(toTitle('', 'uz')).toBe('');
  });
});

describe('casePattern', () => {
  it.each([
    ['shahar', 'lower'],
    ['Shahar', 'title'],
    ['SHAHAR', 'upper'],
    ['AQSh', 'mixed'],
    ['iPhone', 'mixed'],
    ['A', 'title'],
    [`O${OKINA}`, 'title'],
    [`O${OKINA}zbekiston`, 'title'],
    [`O${OKINA}ZBEKISTON`, 'upper'],
    ['İstanbul', 'title'],
    ['2024', 'lower'],
    ['Шаҳар', 'title'],
  ] as const)('%s is %s', (token, pattern) => {
    expect(casePattern(token)).toBe(pattern);
  });
});

describe('applyCase', () => {
  it('copies a source pattern with the target locale', () => {
    expect(applyCase('istanbul', casePattern('TOSHKENT'), 'az')).toBe('İSTANBUL');
    expect(applyCase('ilham', casePattern('Ilhom'), 'az')).toBe('İlham');
    expect(applyCase('Ilhom', casePattern('ilham'), 'uz')).toBe('ilhom');
    expect(applyCase('ŞƏHƏR', 'lower', 'az')).toBe('şəhər');
    expect(applyCase('McDonald', 'mixed', 'az')).toBe('McDonald');
  });
});
