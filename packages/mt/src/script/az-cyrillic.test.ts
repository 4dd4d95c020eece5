import { describe, expect, it } from 'vitest';
import { azCyrlToLatn, azLatnToCyrl } from './index.js';

describe('azCyrlToLatn', () => {
  it('г is q and ҝ is g', () => {
    expect(azCyrlToLatn('гыз ҝүн гапы ҝәләҹәк')).toBe('qız gün qapı gələcək');
  });

  it.each([
    ['ағаҹ', 'ağac'],
    ['әл', 'əl'],
    ['ҹаваб', 'cavab'],
    ['чај', 'çay'],
    ['жасмин', 'jasmin'],
    ['хәбәр', 'xəbər'],
    ['шәһәр', 'şəhər'],
    ['өлкә', 'ölkə'],
    ['үрәк', 'ürək'],
    ['јол', 'yol'],
    ['јашыл', 'yaşıl'],
    ['јурд', 'yurd'],
    ['Азәрбајҹан', 'Azərbaycan'],
    ['Бакы', 'Bakı'],
  ])('letters: %s → %s', (cyrillic, latin) => {
    expect(azCyrlToLatn(cyrillic)).toBe(latin);
  });

  it('reads the obsolete я ю й э and the Russian-only letters', () => {
    expect(azCyrlToLatn('яхшы юнан май эв')).toBe('yaxşı yunan may ev');
    expect(azCyrlToLatn('щотка')).toBe('şçotka');
    expect(azCyrlToLatn('цирк станция милиция')).toBe('sirk stansiya militsiya');
    expect(azCyrlToLatn('альбом подъезд')).toBe('albom podezd');
  });

  it('drops the apostrophe of the old spelling', () => {
    expect(azCyrlToLatn('мә’лумат')).toBe('məlumat');
  });

  it('uses Turkish-style casing: И → İ, Ы → I', () => {
    expect(azCyrlToLatn('Илһам Әлијев')).toBe('İlham Əliyev');
    expect(azCyrlToLatn('ИСТИГЛАЛ')).toBe('İSTİQLAL');
    expect(azCyrlToLatn('ЈАШЫЛ ГЫЗ')).toBe('YAŞIL QIZ');
    expect(azCyrlToLatn('ЯШАР Яшар')).toBe('YAŞAR Yaşar');
    expect(azCyrlToLatn('ИСТИГЛАЛ').includes('\u0307')).toBe(false);
  });
});

describe('azLatnToCyrl', () => {
  it('q is г and g is ҝ', () => {
    expect(azLatnToCyrl('qız gün qapı gələcək')).toBe('гыз ҝүн гапы ҝәләҹәк');
  });

  it('ya/yu/yo → ја/ју/јо', () => {
    expect(azLatnToCyrl('yaxşı yurd yol')).toBe('јахшы јурд јол');
  });

  it('maps İ → И and I → Ы', () => {
    expect(azLatnToCyrl('İlham Əliyev İSTİQLAL IŞIQ')).toBe('Илһам Әлијев ИСТИГЛАЛ ЫШЫГ');
  });

  it('normalises first (ä, apostrophes, look-alikes)', () => {
    expect(azLatnToCyrl("mä'lumat")).toBe('мәлумат');
    expect(azLatnToCyrl('Azәrbaycan')).toBe('Азәрбајҹан'); // Cyrillic ә inside a Latin word
  });

  it('keeps markup and URLs', () => {
    expect(azLatnToCyrl('<i>Bakı</i> https://bakı.az')).toBe('<i>Бакы</i> https://bakı.az');
  });
});

describe('round trip az-Latn → az-Cyrl → az-Latn', () => {
  const words = [
    'Azərbaycan',
    'Bakı',
    'Gəncə',
    'Sumqayıt',
    'İlham',
    'Əliyev',
    'xəbər',
    'şəhər',
    'hökumət',
    'məktəb',
    'dünya',
    'həyat',
    'vaxt',
    'qanun',
    'millət',
    'ailə',
    'nəticə',
    'məsələ',
    'söz',
    'yaxşı',
    'iki',
    'görə',
    'haqqında',
    'tərəfindən',
    'ölkə',
    'uşaq',
    'qadın',
    'çətin',
    'ağac',
    'İSTİQLAL',
    'QIZ',
    'yaşıl',
    'Cəlilabad',
    'jurnal',
  ];
  it.each(words.map((w) => [w]))('%s', (word) => {
    expect(azCyrlToLatn(azLatnToCyrl(word))).toBe(word);
  });
});
