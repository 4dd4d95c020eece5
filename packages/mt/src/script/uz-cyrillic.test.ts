import { describe, expect, it } from 'vitest';
import { uzCyrlToLatn, uzLatnToCyrl } from './index.js';

// Test data is written with ' for readability; ʻ is U+02BB and ʼ U+02BC in the results.
const canonical = (s: string): string =>
  s.replace(/([oOgG])'/g, '$1\u02bb').replace(/'/g, '\u02bc');

describe('uzCyrlToLatn', () => {
  it.each([
    ['ўзбек', "o'zbek"],
    ['ғалаба', "g'alaba"],
    ['қишлоқ', 'qishloq'],
    ['ҳукумат', 'hukumat'],
    ['шаҳар', 'shahar'],
    ['чой', 'choy'],
    ['жавоб', 'javob'],
    ['хабар', 'xabar'],
    ['йўл', "yo'l"],
    ['ёз', 'yoz'],
    ['юлдуз', 'yulduz'],
    ['янги', 'yangi'],
    ['эълон', "e'lon"],
  ])('letters: %s → %s', (cyrillic, latin) => {
    expect(uzCyrlToLatn(cyrillic)).toBe(canonical(latin));
  });

  it.each([
    ['Европа', 'Yevropa'], // word start
    ['ер', 'yer'],
    ['поезд', 'poyezd'], // after a vowel
    ['объект', 'obyekt'], // after ъ, which is dropped before е
    ['пьеса', 'pyesa'], // after ь
    ['театр', 'teatr'], // after a consonant
    ['кейин', 'keyin'],
  ])('е: %s → %s', (cyrillic, latin) => {
    expect(uzCyrlToLatn(cyrillic)).toBe(latin);
  });

  it.each([
    ['цирк', 'sirk'], // word start
    ['станция', 'stansiya'], // after a consonant
    ['концерт', 'konsert'],
    ['милиция', 'militsiya'], // after a vowel
    ['федерация', 'federatsiya'],
    ['конституция', 'konstitutsiya'],
  ])('ц: %s → %s', (cyrillic, latin) => {
    expect(uzCyrlToLatn(cyrillic)).toBe(latin);
  });

  it.each([
    ['маъно', "ma'no"],
    ['таълим', "ta'lim"],
    ['санъат', "san'at"],
    ['мўъжиза', "mo'jiza"], // dropped after ў
    ['съезд', 'syezd'], // dropped before е
    ['субъект', 'subyekt'],
  ])('ъ: %s → %s', (cyrillic, latin) => {
    expect(uzCyrlToLatn(cyrillic)).toBe(canonical(latin));
  });

  it.each([
    ['альбом', 'albom'],
    ['автомобиль', 'avtomobil'],
    ['компьютер', 'kompyuter'], // ью → yu
    ['Ньютон', 'Nyuton'],
  ])('ь: %s → %s', (cyrillic, latin) => {
    expect(uzCyrlToLatn(cyrillic)).toBe(latin);
  });

  it('сҳ → sʼh, so that s + h is never read as sh', () => {
    expect(uzCyrlToLatn('Исҳоқ')).toBe(canonical("Is'hoq"));
    expect(uzCyrlToLatn('асҳоб')).toBe(canonical("as'hob"));
    expect(uzCyrlToLatn('ИСҲОҚ')).toBe(canonical("IS'HOQ"));
  });

  it('fixed spellings: сентябрь, октябрь', () => {
    expect(uzCyrlToLatn('сентябрь')).toBe('sentabr');
    expect(uzCyrlToLatn('1-октябрда')).toBe('1-oktabrda');
    expect(uzCyrlToLatn('СЕНТЯБРЬ Октябрь')).toBe('SENTABR Oktabr');
    expect(uzCyrlToLatn('ноябрь')).toBe('noyabr');
  });

  it('keeps case, choosing SH or Sh from the neighbouring letters', () => {
    expect(uzCyrlToLatn('ШАҲАР')).toBe('SHAHAR');
    expect(uzCyrlToLatn('Шаҳар')).toBe('Shahar');
    expect(uzCyrlToLatn('Шоҳ')).toBe('Shoh');
    expect(uzCyrlToLatn('ШОҲ')).toBe('SHOH');
    expect(uzCyrlToLatn('ТОШ')).toBe('TOSH');
    expect(uzCyrlToLatn('Ш')).toBe('Sh');
    expect(uzCyrlToLatn('ЧОРШАНБА Чоршанба')).toBe('CHORSHANBA Chorshanba');
    expect(uzCyrlToLatn('ЎЗБЕКИСТОН Ўзбекистон')).toBe(canonical("O'ZBEKISTON O'zbekiston"));
    expect(uzCyrlToLatn('ЁШЛАР Ёшлар ЮНЕСКО Европа ЕВРОПА')).toBe(
      'YOSHLAR Yoshlar YUNESKO Yevropa YEVROPA',
    );
  });

  it('keeps punctuation, digits, Latin words and markup', () => {
    expect(uzCyrlToLatn('«Тошкент» — 2024 йил, NATO ва <b>ЮНЕСКО</b>!')).toBe(
      '«Toshkent» — 2024 yil, NATO va <b>YUNESKO</b>!',
    );
    expect(uzCyrlToLatn('https://президент.уз/ru')).toBe('https://президент.уз/ru');
  });

  it('repairs Latin look-alikes inside Cyrillic words first', () => {
    expect(uzCyrlToLatn('Тoшкент')).toBe('Toshkent'); // Latin o
    expect(uzCyrlToLatn('сaйлов')).toBe('saylov'); // Latin a
  });

  it('reads an apostrophe typed for ъ between Cyrillic letters', () => {
    expect(uzCyrlToLatn("ма'но")).toBe(canonical("ma'no"));
  });
});

describe('uzLatnToCyrl', () => {
  it.each([
    ["yo'l", 'йўл'], // yoʻ before yo
    ["o'zbek", 'ўзбек'],
    ["g'alaba", 'ғалаба'],
    ["Is'hoq", 'Исҳоқ'],
    ['shahar', 'шаҳар'],
    ['choy', 'чой'],
    ['yoz', 'ёз'],
    ['yulduz', 'юлдуз'],
    ['yangi', 'янги'],
    ['yer', 'ер'],
    ["ma'no", 'маъно'],
    ['qishloq', 'қишлоқ'],
    ['tayyor', 'тайёр'],
  ])('longest match first: %s → %s', (latin, cyrillic) => {
    expect(uzLatnToCyrl(latin)).toBe(cyrillic);
  });

  it.each([
    ['ekspert', 'эксперт'], // word start
    ['aeroport', 'аэропорт'], // after a vowel
    ['poeziya', 'поэзия'],
    ["e'lon", 'эълон'],
    ['teatr', 'театр'], // after a consonant
    ['Eron', 'Эрон'],
  ])('e → э or е: %s → %s', (latin, cyrillic) => {
    expect(uzLatnToCyrl(latin)).toBe(cyrillic);
  });

  it.each([
    ['militsiya', 'милиция'],
    ['federatsiya', 'федерация'],
    ['konstitutsiya', 'конституция'],
    ['revolyutsiya', 'революция'],
    ['abzats', 'абзац'],
    ['dotsent', 'доцент'],
  ])('ts → ц in loans: %s → %s', (latin, cyrillic) => {
    expect(uzLatnToCyrl(latin)).toBe(cyrillic);
  });

  it.each([
    ['aytsa', 'айтса'],
    ['ketsin', 'кетсин'],
    ['otsiz', 'отсиз'],
    ['aytsangiz', 'айтсангиз'],
  ])('native t + s across a morpheme boundary stays тс: %s → %s', (latin, cyrillic) => {
    expect(uzLatnToCyrl(latin)).toBe(cyrillic);
  });

  it.each([
    ['stansiya', 'станция'],
    ['Fransiya', 'Франция'],
    ['aksiya', 'акция'],
    ['funksiyasi', 'функцияси'],
    ['sirk', 'цирк'],
    ['sirkda', 'циркда'],
    ['sirka', 'сирка'], // vinegar: not a suffix of sirk
    ['pensiya', 'пенсия'],
    ['versiya', 'версия'],
    ['komissiya', 'комиссия'],
  ])('s → ц rules and exceptions: %s → %s', (latin, cyrillic) => {
    expect(uzLatnToCyrl(latin)).toBe(cyrillic);
  });

  it.each([
    ['avtomobil', 'автомобиль'],
    ['avtomobilda', 'автомобильда'],
    ['avtomobili', 'автомобили'], // no ь before a vowel
    ['oktabr', 'октябрь'],
    ['sentabr', 'сентябрь'],
    ['kompyuter', 'компьютер'],
    ['obyekt', 'объект'],
    ['pyesa', 'пьеса'],
  ])('soft and hard signs: %s → %s', (latin, cyrillic) => {
    expect(uzLatnToCyrl(latin)).toBe(cyrillic);
  });

  it.each([
    ['rayon', 'район'],
    ['rayonlarda', 'районларда'],
    ['mayor', 'майор'],
    ['bayonot', 'баёнот'],
    ['ayol', 'аёл'],
  ])('y + o → йо only in the listed loans: %s → %s', (latin, cyrillic) => {
    expect(uzLatnToCyrl(latin)).toBe(cyrillic);
  });

  it('accepts every apostrophe variant', () => {
    for (const variant of [
      "O'zbekiston",
      'O‘zbekiston',
      'Oʻzbekiston',
      'O`zbekiston',
      'O’zbekiston',
    ]) {
      expect(uzLatnToCyrl(variant)).toBe('Ўзбекистон');
    }
    for (const variant of ["ta'lim", 'ta’lim', 'taʼlim'])
      expect(uzLatnToCyrl(variant)).toBe('таълим');
  });

  it('keeps case', () => {
    expect(uzLatnToCyrl('SHAHAR Shahar shahar')).toBe('ШАҲАР Шаҳар шаҳар');
    expect(uzLatnToCyrl("YO'L Yo'l O'ZBEKISTON")).toBe('ЙЎЛ Йўл ЎЗБЕКИСТОН');
    expect(uzLatnToCyrl('AVTOMOBIL Avtomobil Yevropa MILITSIYA')).toBe(
      'АВТОМОБИЛЬ Автомобиль Европа МИЛИЦИЯ',
    );
    expect(uzLatnToCyrl("IS'HOQ Is'hoq")).toBe('ИСҲОҚ Исҳоқ');
  });

  it('keeps quotes, punctuation, markup and URLs', () => {
    expect(uzLatnToCyrl('\'Salom\', dedi. <a href="https://kun.uz">Kun.uz</a>')).toBe(
      '\'Салом\', деди. <a href="https://kun.uz">Кун.уз</a>',
    );
    expect(uzLatnToCyrl('Batafsil: https://gov.uz/oz/news va press@gov.uz')).toBe(
      'Батафсил: https://gov.uz/oz/news ва press@gov.uz',
    );
  });
});

// Our own list of common words and names; each must survive Latin → Cyrillic → Latin.
const ROUND_TRIP_WORDS = [
  "o'zbek",
  "g'alaba",
  'shahar',
  'choy',
  "yo'l",
  'yoz',
  'yulduz',
  'yangi',
  'yer',
  "ma'no",
  "she'r",
  "ta'lim",
  "san'at",
  "e'lon",
  "Is'hoq",
  'aeroport',
  'poyezd',
  'Yevropa',
  'militsiya',
  'federatsiya',
  'konstitutsiya',
  'stansiya',
  'sirk',
  'avtomobil',
  'oktabr',
  'sentabr',
  'rayon',
  'aytsa',
  'ketsin',
  'qishloq',
  'hukumat',
  'xabar',
  'kitob',
  'bola',
  'mamlakat',
  'respublika',
  'prezident',
  'vazir',
  'tuman',
  'davlat',
  'qonun',
  'millat',
  "yig'ilish",
  "bo'lim",
  "ko'cha",
  'Toshkent',
  'Samarqand',
  'Buxoro',
  "Farg'ona",
  'Andijon',
  "Qoraqalpog'iston",
  'ehtimol',
  'ekspert',
  'teatr',
  'muammo',
  'oila',
  'iqtisodiyot',
  'kompyuter',
  'obyekt',
  'intervyu',
  'mayor',
  'iyun',
  'Fransiya',
  'pensiya',
  'tayyor',
  "O'ZBEKISTON",
  'SHAHAR',
  "Yo'ldosh",
  'Chorshanba',
];

describe('round trip uz-Latn → uz-Cyrl → uz-Latn', () => {
  it.each(ROUND_TRIP_WORDS.map((w) => [canonical(w)]))('%s', (word) => {
    expect(uzCyrlToLatn(uzLatnToCyrl(word))).toBe(word);
  });

  it('a whole sentence', () => {
    const sentence = canonical(
      "O'zbekiston Respublikasi Prezidenti 1-sentabr kuni Toshkent shahridagi yangi aeroportda ta'lim vazirligi xodimlari bilan uchrashdi.",
    );
    expect(uzCyrlToLatn(uzLatnToCyrl(sentence))).toBe(sentence);
  });
});
