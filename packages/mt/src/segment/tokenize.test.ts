import { describe, expect, it } from 'vitest';
import { tokenize, type TokenKind } from './index.js';

/** The non-space tokens as `kind:text`, the form most expectations below are written in. */
function shown(text: string): string[] {
  return tokenize(text)
    .filter((t) => t.kind !== 'space')
    .map((t) => `${t.kind}:${t.text}`);
}

function texts(text: string, kind: TokenKind): string[] {
  return tokenize(text)
    .filter((t) => t.kind === kind)
    .map((t) => t.text);
}

describe('tokenize: the basics', () => {
  it('keeps every character, with offsets into the input', () => {
    const text = 'Bakı, 15 may (AZƏRTAC).\tPrezident  İlham Əliyev\n';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text).join('')).toBe(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.kind)).toEqual([
      'word',
      'punct',
      'space',
      'number',
      'space',
      'word',
      'space',
      'punct',
      'word',
      'punct',
      'punct',
      'space',
      'word',
      'space',
      'word',
      'space',
      'word',
      'space',
    ]);
  });

  it('returns nothing for empty input', () => {
    expect(tokenize('')).toEqual([]);
  });

  it('keeps a run of whitespace as one space token', () => {
    expect(tokenize(' \u00a0\t\n\n ')).toEqual([
      { kind: 'space', text: ' \u00a0\t\n\n ', start: 0, end: 6 },
    ]);
  });
});

describe('tokenize: Azerbaijani and Uzbek words', () => {
  it('keeps the Azerbaijani letters inside words', () => {
    expect(shown('Şəki, Gəncə, Ağdam, Çölöğlü, İsmayıllı, Üçüncü')).toEqual([
      'word:Şəki',
      'punct:,',
      'word:Gəncə',
      'punct:,',
      'word:Ağdam',
      'punct:,',
      'word:Çölöğlü',
      'punct:,',
      'word:İsmayıllı',
      'punct:,',
      'word:Üçüncü',
    ]);
  });

  it.each([
    ['oʻzbek', 'U+02BB'],
    ['Oʻzbekiston', 'U+02BB'],
    ["O'zbekiston", 'ASCII apostrophe'],
    ['g‘alaba', 'U+2018'],
    ['g’alaba', 'U+2019'],
    ['o`qituvchi', 'backtick'],
    ['taʼlim', 'tutuq U+02BC'],
    ["ta'lim", 'ASCII tutuq'],
    ["mə'lumat", 'old Azerbaijani spelling'],
    ['togʻ', 'final gʻ'],
    ["bog'", 'final g with ASCII apostrophe'],
    ['moʻʼjiza', 'oʻ followed by tutuq'],
  ])('%s (%s) is one word', (word) => {
    expect(shown(word)).toEqual([`word:${word}`]);
  });

  it('treats a quote mark at a word edge as punctuation', () => {
    expect(shown("'salom' dedi")).toEqual(["punct:'", 'word:salom', "punct:'", 'word:dedi']);
    expect(shown('‘Yangi hayot’ gazetasi')).toEqual([
      'punct:‘',
      'word:Yangi',
      'word:hayot',
      'punct:’',
      'word:gazetasi',
    ]);
    // -ng + apostrophe is a closing quote, not gʻ: "keling'"
    expect(shown("'keling'")).toEqual(["punct:'", 'word:keling', "punct:'"]);
    expect(shown('«Azərbaycan»')).toEqual(['punct:«', 'word:Azərbaycan', 'punct:»']);
  });

  it('reads Cyrillic words, Uzbek and Azerbaijani letters included', () => {
    expect(shown('Ўзбекистон ғалаба қилди, ҳаммаси')).toEqual([
      'word:Ўзбекистон',
      'word:ғалаба',
      'word:қилди',
      'punct:,',
      'word:ҳаммаси',
    ]);
    expect(shown('Азәрбајҹан һөкүмәти ҝүнү')).toEqual([
      'word:Азәрбајҹан',
      'word:һөкүмәти',
      'word:ҝүнү',
    ]);
  });

  it.each(['BMT-nin', 'NATO-ya', 'ABŞ-ın', 'AQSh-ning', 'ictimai-siyasi', 'COVID-19', 'MDB-ga'])(
    'keeps the hyphenated %s as one word',
    (word) => {
      expect(shown(word)).toEqual([`word:${word}`]);
    },
  );

  it('does not join a word to a dash or to a trailing hyphen', () => {
    expect(shown('Bakı - Daşkənd')).toEqual(['word:Bakı', 'punct:-', 'word:Daşkənd']);
    expect(shown('Bakı–Daşkənd')).toEqual(['word:Bakı', 'punct:–', 'word:Daşkənd']);
    expect(shown('ön- və arxa')).toEqual(['word:ön', 'punct:-', 'word:və', 'word:arxa']);
  });

  it('keeps combining marks and joiners inside words', () => {
    expect(shown('e\u0301lan')).toEqual(['word:e\u0301lan']);
    expect(shown('soft\u00adhyphen')).toEqual(['word:soft\u00adhyphen']);
  });
});

describe('tokenize: numbers', () => {
  it.each([
    '2024-cü',
    '15-də',
    '2024-yil',
    '5-sinf',
    '1-ci',
    '3-oʻrin',
    '1990-cı',
    '15.05.2024',
    '2024-05-15',
    '14:30',
    '09:05:59',
    '3.14',
    '1,5',
    '1 000',
    '12 345 678',
    '12\u00a0345',
    '1.000.000',
    '2023/2024',
    '3.14-dür',
    '15.05.2024-cü',
  ])('%s is one number', (number) => {
    expect(shown(number)).toEqual([`number:${number}`]);
  });

  it('keeps percent signs and minus signs apart', () => {
    expect(shown('25% artıb')).toEqual(['number:25', 'punct:%', 'word:artıb']);
    expect(shown('-5 dərəcə')).toEqual(['punct:-', 'number:5', 'word:dərəcə']);
  });

  it('does not take a sentence-final full stop or comma into a number', () => {
    expect(shown('2024.')).toEqual(['number:2024', 'punct:.']);
    expect(shown('1, 2 və 3')).toEqual(['number:1', 'punct:,', 'number:2', 'word:və', 'number:3']);
  });

  it('keeps ranges and scores as separate numbers', () => {
    expect(shown('1990-2000')).toEqual(['number:1990', 'punct:-', 'number:2000']);
    expect(shown('3:2 hesabı')).toEqual(['number:3', 'punct::', 'number:2', 'word:hesabı']);
  });

  it('groups thousands with spaces only in groups of three', () => {
    expect(shown('2024 150 nəfər')).toEqual(['number:2024', 'number:150', 'word:nəfər']);
    expect(shown('15 may')).toEqual(['number:15', 'word:may']);
    expect(shown('5 000 000 soʻm')).toEqual(['number:5 000 000', 'word:soʻm']);
    expect(shown('1 2345')).toEqual(['number:1', 'number:2345']);
  });
});

describe('tokenize: web and markup', () => {
  it('finds URLs and leaves trailing punctuation out', () => {
    expect(texts('Ətraflı: https://president.az/az/articles/view/65000.', 'url')).toEqual([
      'https://president.az/az/articles/view/65000',
    ]);
    expect(texts('(bax: http://kun.uz/news/2024/05/15?id=1&x=2), sonra', 'url')).toEqual([
      'http://kun.uz/news/2024/05/15?id=1&x=2',
    ]);
    expect(texts('www.azertag.az saytında', 'url')).toEqual(['www.azertag.az']);
    expect(texts('https://az.wikipedia.org/wiki/Bakı_(şəhər) məqaləsi', 'url')).toEqual([
      'https://az.wikipedia.org/wiki/Bakı_(şəhər)',
    ]);
    expect(texts('«https://gazeta.uz»', 'url')).toEqual(['https://gazeta.uz']);
  });

  it('finds news sites named by their bare domain, with a case suffix', () => {
    expect(texts('APA.az xəbər verir ki, Report.az-ın və Kun.uz-ga görə', 'url')).toEqual([
      'APA.az',
      'Report.az-ın',
      'Kun.uz-ga',
    ]);
    expect(texts('daryo.uz/k/2024 saytida', 'url')).toEqual(['daryo.uz/k/2024']);
  });

  it('does not mistake abbreviations or missing spaces for domains', () => {
    expect(texts('e.g. m.a. Bakı.Gəncə Report.azərbaycan', 'url')).toEqual([]);
  });

  it('finds e-mail addresses', () => {
    expect(shown('Əlaqə: info@president.az.')).toEqual([
      'word:Əlaqə',
      'punct::',
      'email:info@president.az',
      'punct:.',
    ]);
    expect(texts('(press-service@gov.uz, a.b_c+d@mail.ru)', 'email')).toEqual([
      'press-service@gov.uz',
      'a.b_c+d@mail.ru',
    ]);
  });

  it('finds hashtags and mentions, not inside words', () => {
    expect(shown('#xəbər #Oʻzbekiston #COP29 @apa_az @kun.uz')).toEqual([
      'hashtag:#xəbər',
      'hashtag:#Oʻzbekiston',
      'hashtag:#COP29',
      'mention:@apa_az',
      'mention:@kun.uz',
    ]);
    expect(shown('C# #1 # @')).toEqual([
      'word:C',
      'punct:#',
      'punct:#',
      'number:1',
      'punct:#',
      'punct:@',
    ]);
  });

  it('finds inline tags', () => {
    expect(
      texts('<b>qalın</b> <br/> <br /> <a href="https://apa.az?a=1&b=2">link</a>', 'tag'),
    ).toEqual(['<b>', '</b>', '<br/>', '<br />', '<a href="https://apa.az?a=1&b=2">', '</a>']);
    expect(texts('<a title="x > y">z</a> <!-- şərh --> <?xml version="1.0"?>', 'tag')).toEqual([
      '<a title="x > y">',
      '</a>',
      '<!-- şərh -->',
      '<?xml version="1.0"?>',
    ]);
  });

  it('does not take comparisons for tags', () => {
    expect(shown('x < y və 5 <b')).toEqual([
      'word:x',
      'symbol:<',
      'word:y',
      'word:və',
      'number:5',
      'symbol:<',
      'word:b',
    ]);
  });

  it('finds HTML entities', () => {
    expect(texts('Tom &amp; Jerry &#8212; &#x2014; &nbsp; & &amp', 'entity')).toEqual([
      '&amp;',
      '&#8212;',
      '&#x2014;',
      '&nbsp;',
    ]);
  });
});

describe('tokenize: symbols and the rest', () => {
  it('classifies symbols, emoji and stray characters', () => {
    expect(shown('100 ₼ € № 5 + = © 😀 👍🏽 👨‍👩‍👧 🇦🇿')).toEqual([
      'number:100',
      'symbol:₼',
      'symbol:€',
      'symbol:№',
      'number:5',
      'symbol:+',
      'symbol:=',
      'symbol:©',
      'symbol:😀',
      'symbol:👍🏽',
      'symbol:👨‍👩‍👧',
      'symbol:🇦🇿',
    ]);
    expect(shown('a\u0000\u0007b')).toEqual(['word:a', 'other:\u0000\u0007', 'word:b']);
  });

  it('keeps a run of sentence-final marks together', () => {
    expect(shown('Nə?! Bəli... Yox… Ura!!!')).toEqual([
      'word:Nə',
      'punct:?!',
      'word:Bəli',
      'punct:...',
      'word:Yox',
      'punct:…',
      'word:Ura',
      'punct:!!!',
    ]);
  });
});
