import { describe, expect, it } from 'vitest';
import {
  normalizeAzerbaijani,
  normalizeText,
  normalizeUzbek,
  setApostropheStyle,
} from './index.js';

const OKINA = '\u02bb';
const TUTUQ = '\u02bc';

describe('normalizeUzbek: apostrophes (LINGUISTICS §1 rules 1–4)', () => {
  it.each(['o‘zbek', 'oʻzbek', "o'zbek", 'o`zbek', 'o’zbek', 'oʼzbek', 'o´zbek', 'oʹzbek'])(
    'rule 1: %s → oʻzbek',
    (input) => {
      expect(normalizeUzbek(input)).toBe(`o${OKINA}zbek`);
    },
  );

  it.each(['g‘alaba', 'gʻalaba', "g'alaba", 'g`alaba', 'g’alaba'])(
    'rule 1: %s → gʻalaba',
    (input) => {
      expect(normalizeUzbek(input)).toBe(`g${OKINA}alaba`);
    },
  );

  it('keeps the case of O and G', () => {
    expect(normalizeUzbek("O'zbekiston G'afur")).toBe(`O${OKINA}zbekiston G${OKINA}afur`);
  });

  it.each(["ta'lim", 'ta’lim', 'taʼlim', 'ta‘lim', 'taʻlim', 'ta`lim'])(
    'rule 2: the tutuq %s → taʼlim',
    (input) => {
      expect(normalizeUzbek(input)).toBe(`ta${TUTUQ}lim`);
    },
  );

  it('rule 2 after any other letter', () => {
    expect(normalizeUzbek("san'at e'lon she'r mas'ul")).toBe(
      `san${TUTUQ}at e${TUTUQ}lon she${TUTUQ}r mas${TUTUQ}ul`,
    );
  });

  it('rule 3: an apostrophe at a token edge stays a quotation mark', () => {
    expect(normalizeUzbek("'Salom', dedi u.")).toBe("'Salom', dedi u.");
    expect(normalizeUzbek('‘Salom’')).toBe('‘Salom’');
    expect(normalizeUzbek("'O'zbekiston'")).toBe(`'O${OKINA}zbekiston'`);
  });

  it('rule 3: a closing quote after -o or -ng is not oʻ/gʻ, but word-final gʻ is', () => {
    expect(normalizeUzbek("'bobo'")).toBe("'bobo'");
    expect(normalizeUzbek("'keling'")).toBe("'keling'");
    expect(normalizeUzbek("tog' va bog'")).toBe(`tog${OKINA} va bog${OKINA}`);
  });

  it('rule 4: a double apostrophe after o/g → ʻʼ', () => {
    expect(normalizeUzbek("mo''jiza")).toBe(`mo${OKINA}${TUTUQ}jiza`);
  });

  it('rule 5: legacy ŏ ǒ ğ ş ç', () => {
    expect(normalizeUzbek('ŏzbek ǒrta ğalaba şahar çiroq')).toBe(
      `o${OKINA}zbek o${OKINA}rta g${OKINA}alaba shahar chiroq`,
    );
    expect(normalizeUzbek('ŞAHAR Şahar ÇOY Ŏrta')).toBe(`SHAHAR Shahar CHOY O${OKINA}rta`);
    expect(normalizeUzbek('o\u0306zbek')).toBe(`o${OKINA}zbek`); // decomposed ŏ
  });

  it('repairs Cyrillic look-alikes inside Latin words', () => {
    expect(normalizeUzbek('Toshkеnt')).toBe('Toshkent'); // Cyrillic е
    expect(normalizeUzbek('Тоshkent')).toBe('Toshkent'); // Cyrillic Т and о
    expect(normalizeUzbek("о'zbek")).toBe(`o${OKINA}zbek`); // Cyrillic о before the apostrophe
  });

  it('leaves Cyrillic words, whitespace, markup and URLs alone', () => {
    expect(normalizeUzbek('Тошкент шаҳри')).toBe('Тошкент шаҳри');
    const text = "  <a href='https://kun.uz/o'g'il'>o'g'il</a>\t\n info@gov.uz  ";
    expect(normalizeUzbek(text)).toBe(
      `  <a href='https://kun.uz/o'g'il'>o${OKINA}g${OKINA}il</a>\t\n info@gov.uz  `,
    );
  });

  it('is idempotent', () => {
    const once = normalizeUzbek("O'zbekiston Respublikasi ta'lim vazirligi, 'bobo' mo''jiza");
    expect(normalizeUzbek(once)).toBe(once);
  });
});

describe('setApostropheStyle', () => {
  const canonical = `O${OKINA}zbekiston ta${TUTUQ}lim g${OKINA}alaba`;

  it('official keeps ʻ and ʼ', () => {
    expect(setApostropheStyle(canonical, 'official')).toBe(canonical);
  });

  it('press uses ‘ and ’', () => {
    expect(setApostropheStyle(canonical, 'press')).toBe('O‘zbekiston ta’lim g‘alaba');
  });

  it('ascii uses the typewriter apostrophe', () => {
    expect(setApostropheStyle(canonical, 'ascii')).toBe("O'zbekiston ta'lim g'alaba");
  });

  it('round-trips through normalizeUzbek', () => {
    for (const style of ['press', 'ascii'] as const) {
      expect(normalizeUzbek(setApostropheStyle(canonical, style))).toBe(canonical);
    }
  });
});

describe('normalizeAzerbaijani', () => {
  it('ǝ and ä → ə, Ǝ and Ä → Ə', () => {
    expect(normalizeAzerbaijani('Azǝrbaycan Äli Ǝli Azärbaycan')).toBe(
      'Azərbaycan Əli Əli Azərbaycan',
    );
  });

  it("drops the old spelling's apostrophe between letters", () => {
    expect(normalizeAzerbaijani("mə'lumat mə’lumat Bakı'nın")).toBe('məlumat məlumat Bakının');
    expect(normalizeAzerbaijani("'Salam' dedi")).toBe("'Salam' dedi");
  });

  it('repairs Cyrillic look-alikes, including ә for ə', () => {
    expect(normalizeAzerbaijani('Azәrbaycan')).toBe('Azərbaycan'); // Cyrillic ә
    expect(normalizeAzerbaijani('Bаkı')).toBe('Bakı'); // Cyrillic а
  });

  it('turns i + U+0307 back into i', () => {
    expect(normalizeAzerbaijani('i\u0307stanbul')).toBe('istanbul');
  });

  it('leaves URLs alone', () => {
    expect(normalizeAzerbaijani("bax: https://example.az/mä'lumat")).toBe(
      "bax: https://example.az/mä'lumat",
    );
  });
});

describe('normalizeText', () => {
  it('dispatches by language', () => {
    expect(normalizeText("o'g'il", 'uz')).toBe(`o${OKINA}g${OKINA}il`);
    expect(normalizeText("mä'lumat", 'az')).toBe('məlumat');
  });
});
