import { describe, expect, it } from 'vitest';
import { joinSegments, segment, splitSentences } from './index.js';

function sentences(text: string, lang?: string): string[] {
  return splitSentences(text, { lang }).map((s) => s.text);
}

/** Sentences as themselves and gaps wrapped in [ ], to see both at once. */
function items(text: string): string[] {
  return segment(text).map((s) => (s.kind === 'gap' ? `[${s.text}]` : s.text));
}

describe('splitSentences: where sentences end', () => {
  it('splits at . ! ? and …', () => {
    expect(
      sentences(
        'Prezident İlham Əliyev Bakıda BMT-nin nümayəndəsini qəbul edib. Görüşdə əməkdaşlıq ' +
          'müzakirə olunub! Bəs nəticə? Hələ bilinmir… Sonra danışarıq.',
      ),
    ).toEqual([
      'Prezident İlham Əliyev Bakıda BMT-nin nümayəndəsini qəbul edib.',
      'Görüşdə əməkdaşlıq müzakirə olunub!',
      'Bəs nəticə?',
      'Hələ bilinmir…',
      'Sonra danışarıq.',
    ]);
  });

  it('splits Uzbek news, Latin and Cyrillic', () => {
    expect(
      sentences(
        'Oʻzbekiston Prezidenti Toshkentda xorijiy investorlar bilan uchrashdi. Unda 2024-yil ' +
          'natijalari muhokama qilindi.',
        'uz',
      ),
    ).toEqual([
      'Oʻzbekiston Prezidenti Toshkentda xorijiy investorlar bilan uchrashdi.',
      'Unda 2024-yil natijalari muhokama qilindi.',
    ]);
    expect(
      sentences('Тошкентда янги мактаб очилди. Унда 500 нафар ўқувчи таҳсил олади.', 'uz'),
    ).toEqual(['Тошкентда янги мактаб очилди.', 'Унда 500 нафар ўқувчи таҳсил олади.']);
  });

  it('takes closing quotes and brackets into the sentence they close', () => {
    expect(sentences('O dedi: «Biz qalib gələcəyik!» Zal alqışladı.')).toEqual([
      'O dedi: «Biz qalib gələcəyik!»',
      'Zal alqışladı.',
    ]);
    expect(sentences('“Yangi yil muborak bo‘lsin.” Shunday dedi u.')).toEqual([
      '“Yangi yil muborak bo‘lsin.”',
      'Shunday dedi u.',
    ]);
    expect(sentences('Nazir bəyanat yayıb (mətn aşağıdadır.) Bəyanatda deyilir.')).toEqual([
      'Nazir bəyanat yayıb (mətn aşağıdadır.)',
      'Bəyanatda deyilir.',
    ]);
    expect(sentences('"Hazırıq!" Komanda meydana çıxdı.')).toEqual([
      '"Hazırıq!"',
      'Komanda meydana çıxdı.',
    ]);
    expect(sentences('Cavab belə oldu: «Gəlirəm!». Sonra getdi.')).toEqual([
      'Cavab belə oldu: «Gəlirəm!».',
      'Sonra getdi.',
    ]);
  });

  it('looks through opening quotes, brackets and dashes at the next word', () => {
    expect(sentences('Qərar verildi. «Bu, tarixi gündür», – deyə nazir bildirib.')).toEqual([
      'Qərar verildi.',
      '«Bu, tarixi gündür», – deyə nazir bildirib.',
    ]);
    expect(sentences('Toplantı başa çatdı. (Foto: AZƏRTAC)')).toEqual([
      'Toplantı başa çatdı.',
      '(Foto: AZƏRTAC)',
    ]);
  });

  it('does not split when the next word starts in lower case', () => {
    expect(sentences('«Gəlirəm!» – dedi o. Sonra getdi.')).toEqual([
      '«Gəlirəm!» – dedi o.',
      'Sonra getdi.',
    ]);
    expect(sentences('Nə deyim... bilmirəm.')).toEqual(['Nə deyim... bilmirəm.']);
    expect(sentences('“Qachon?” deb soʻradi u.')).toEqual(['“Qachon?” deb soʻradi u.']);
  });

  it('splits before a sentence that opens with a number', () => {
    expect(sentences('Sərgi açıldı. 2024-cü ildə 15 min nəfər gəlib.')).toEqual([
      'Sərgi açıldı.',
      '2024-cü ildə 15 min nəfər gəlib.',
    ]);
  });

  it('ends the last sentence at the end of the text, with or without a mark', () => {
    expect(sentences('Birinci cümlə. İkinci cümlə sonsuz')).toEqual([
      'Birinci cümlə.',
      'İkinci cümlə sonsuz',
    ]);
    expect(sentences('Yalnız başlıq')).toEqual(['Yalnız başlıq']);
  });

  it('needs a space after the mark', () => {
    expect(sentences('Bu gün.Sabah isə yox.')).toEqual(['Bu gün.Sabah isə yox.']);
  });

  it('does not end a sentence that is nothing but punctuation', () => {
    expect(sentences('... Və sonra gəldi.')).toEqual(['... Və sonra gəldi.']);
  });
});

describe('splitSentences: where sentences do not end', () => {
  it.each([
    ['və s.', 'Meyvə, tərəvəz və s. Bazarlarda satılır.'],
    ['və b.', 'Nazirlər, deputatlar və b. İclasda iştirak etdilər.'],
    ['e.ə.', 'Şəhər e.ə. V əsrdə salınıb.'],
    ['b.e.ə.', 'Qala b.e.ə. IV əsrə aiddir.'],
    ['m.a.', 'Tədbirdə AMEA-nın m.a. Əli Həsənov çıxış edib.'],
    ['h.k.', 'Kitoblar, daftarlar va h.k. Hammasi sotildi.'],
    ['km.', 'Yolun uzunluğu 120 km. Qalan hissəsi təmir olunur.'],
    ['mln.', 'Layihəyə 5 mln. ABŞ dolları ayrılıb.'],
    ['mlrd.', 'Savdo hajmi 1,5 mlrd. AQSh dollariga yetdi.'],
    ['dos.', 'Mühazirəni dos. Rəşad Quliyev oxuyub.'],
    ['prof.', 'Tədqiqata prof. Nigar Məmmədova rəhbərlik edir.'],
    ['akad.', 'Konfransı akad. Rəhim Hüseynov açıb.'],
    ['İ. Əliyev', 'Sərəncamı İ. Əliyev imzalayıb.'],
    ['Sh. Mirziyoyev', 'Farmonni Sh. Mirziyoyev imzoladi.'],
    ['Gʻ. Gʻulom', 'Sheʼrni Gʻ. Gʻulom yozgan.'],
    ["O'. Hoshimov", "Romanni O'. Hoshimov yozgan."],
    ['Ш. Мирзиёев', 'Фармонни Ш. Мирзиёев имзолади.'],
    ['A.B. initials', 'Məqaləni A.B. Quliyev yazıb.'],
    ['Bakı ş.', 'Bakı ş. Nəsimi r. sakinləri toplaşdı.'],
    ['2024 y.', 'Loyiha 2024 y. Toshkentda boshlangan.'],
    ['səh.', 'Bax: səh. 25 və sonrakı.'],
    ['No.', 'Sərəncam No. 15 imzalanıb.'],
    ['mil. av.', 'Shahar mil. av. II asrda qurilgan.'],
  ])('after %s', (_label, text) => {
    expect(sentences(text)).toEqual([text]);
  });

  it.each([
    ['3.5', 'İnflyasiya 3.5 faiz olub.'],
    ['15.05.2024', 'Qərar 15.05.2024 tarixində qüvvəyə minib.'],
    ['a URL', 'Ətraflı https://apa.az/news/1.html. Sonra'],
    ['an e-mail', 'Yazın: info@kun.uz saytda.'],
    ['a domain', 'Xəbəri APA.az yayıb.'],
  ])('inside %s', (_label, text) => {
    expect(sentences(text).length).toBe(text.endsWith('Sonra') ? 2 : 1);
  });

  it('keeps a list number with its item', () => {
    expect(sentences('1. Giriş\n2. Əsas hissə')).toEqual(['1. Giriş', '2. Əsas hissə']);
  });

  it('still ends a sentence on an ordinary word that happens to be short', () => {
    expect(sentences('Bunu deyən o. Sonra susdu.')).toEqual(['Bunu deyən o.', 'Sonra susdu.']);
    expect(sentences('Prezident ABŞ-a gedib. Səfər üç gün çəkəcək.')).toEqual([
      'Prezident ABŞ-a gedib.',
      'Səfər üç gün çəkəcək.',
    ]);
  });

  it('uses the abbreviations of the language asked for', () => {
    const text = 'Kitobning 25 bet. Muallifi maʼlum emas.';
    expect(sentences(text, 'uz')).toEqual([text]);
    expect(sentences(text, 'uz-Cyrl')).toEqual([text]);
    expect(sentences(text, 'az')).toEqual(['Kitobning 25 bet.', 'Muallifi maʼlum emas.']);
    expect(sentences(text)).toEqual([text]);
  });
});

describe('segment: sentences and gaps', () => {
  it('puts whitespace between sentences in gaps', () => {
    expect(segment('  Salam.  Necəsən?\n')).toEqual([
      { kind: 'gap', text: '  ', start: 0, end: 2 },
      { kind: 'sentence', text: 'Salam.', start: 2, end: 8 },
      { kind: 'gap', text: '  ', start: 8, end: 10 },
      { kind: 'sentence', text: 'Necəsən?', start: 10, end: 18 },
      { kind: 'gap', text: '\n', start: 18, end: 19 },
    ]);
  });

  it('breaks at blank lines even without punctuation', () => {
    expect(items('Bakıda yeni park açıldı\n\nParkın sahəsi 5 hektardır')).toEqual([
      'Bakıda yeni park açıldı',
      '[\n\n]',
      'Parkın sahəsi 5 hektardır',
    ]);
    expect(items('Başlıq\r\n\r\nMətn')).toEqual(['Başlıq', '[\r\n\r\n]', 'Mətn']);
  });

  it('breaks at a single line break unless the next line goes on in lower case', () => {
    expect(items('Toshkentda yangi metro bekati\nBekat 2025-yilda ochiladi.')).toEqual([
      'Toshkentda yangi metro bekati',
      '[\n]',
      'Bekat 2025-yilda ochiladi.',
    ]);
    expect(items('Prezident bu gün\nBakıda olacaq.')).toEqual([
      'Prezident bu gün',
      '[\n]',
      'Bakıda olacaq.',
    ]);
    expect(items('Prezident bu gün paytaxtda\nyeni məktəbin açılışında iştirak edib.')).toEqual([
      'Prezident bu gün paytaxtda\nyeni məktəbin açılışında iştirak edib.',
    ]);
    expect(items('- birinci\n- ikinci')).toEqual(['- birinci', '[\n]', '- ikinci']);
  });

  it('puts block markup in the gaps and keeps inline markup in sentences', () => {
    expect(
      items('<p>Başlıq</p><p><b>Bakı</b> böyüyür. Şəhər <i>gözəldir</i>.</p>\n<br/>Son'),
    ).toEqual([
      '[<p>]',
      'Başlıq',
      '[</p><p>]',
      '<b>Bakı</b> böyüyür.',
      '[ ]',
      'Şəhər <i>gözəldir</i>.',
      '[</p>\n<br/>]',
      'Son',
    ]);
    expect(items('Salam<br>dünya')).toEqual(['Salam', '[<br>]', 'dünya']);
    expect(items('<!-- şərh -->Mətn.')).toEqual(['[<!-- şərh -->]', 'Mətn.']);
  });

  it('takes closing inline tags into the sentence they close', () => {
    expect(items('<b>Diqqət!</b> Yol bağlıdır.')).toEqual([
      '<b>Diqqət!</b>',
      '[ ]',
      'Yol bağlıdır.',
    ]);
  });

  it('treats &nbsp; between sentences as a gap', () => {
    expect(items('Birinci.&nbsp;İkinci.')).toEqual(['Birinci.', '[&nbsp;]', 'İkinci.']);
  });

  it('alternates sentences and gaps and joins back to the input', () => {
    const text =
      '<h1>Xəbərlər</h1>\n\n  Prezident İ. Əliyev və s. qonaqlar 15.05.2024-cü il tarixində ' +
      'https://president.az saytında... «Gəldik!» – dedilər.\r\n\r\nSon!\t';
    const result = segment(text);
    expect(result.map((s) => s.text).join('')).toBe(text);
    result.forEach((item, i) => {
      expect(text.slice(item.start, item.end)).toBe(item.text);
      if (i > 0) expect(item.kind).not.toBe(result[i - 1]!.kind);
      if (item.kind === 'sentence') expect(item.text.trim()).toBe(item.text);
    });
  });

  it('gives a gap alone for blank text and nothing for empty text', () => {
    expect(segment('')).toEqual([]);
    expect(segment(' \n\n\t')).toEqual([{ kind: 'gap', text: ' \n\n\t', start: 0, end: 4 }]);
    expect(splitSentences(' \n ')).toEqual([]);
  });
});

describe('splitSentences and joinSegments', () => {
  it('returns trimmed sentences whose offsets locate the gaps', () => {
    const text = ' Salam.\n\nNecəsən? ';
    const found = splitSentences(text);
    expect(found).toEqual([
      { text: 'Salam.', start: 1, end: 7 },
      { text: 'Necəsən?', start: 9, end: 17 },
    ]);
    // rebuilding from the offsets alone
    let rebuilt = '';
    let at = 0;
    for (const s of found) {
      rebuilt += text.slice(at, s.start) + s.text;
      at = s.end;
    }
    expect(rebuilt + text.slice(at)).toBe(text);
  });

  it('puts a translation back around the original gaps', () => {
    const text = '<p>Bakıda hava isti olacaq.</p>\n<p>Küləkli hava gözlənilmir.</p>';
    const translations = ['Bokuda havo issiq boʻladi.', 'Shamolli havo kutilmaydi.'];
    expect(joinSegments(segment(text), (_s, i) => translations[i]!)).toBe(
      '<p>Bokuda havo issiq boʻladi.</p>\n<p>Shamolli havo kutilmaydi.</p>',
    );
    expect(joinSegments(segment(text))).toBe(text);
  });
});

describe('segment: Unicode line separators', () => {
  it('treats U+2029 as a paragraph break and U+2028 / U+0085 as line breaks', () => {
    expect(items('Başlıq\u2029mətn')).toEqual(['Başlıq', '[\u2029]', 'mətn']);
    expect(items('Başlıq\u2028Mətn')).toEqual(['Başlıq', '[\u2028]', 'Mətn']);
    expect(items('Başlıq\u0085Mətn')).toEqual(['Başlıq', '[\u0085]', 'Mətn']);
    expect(items('Başlıq\u2028mətn')).toEqual(['Başlıq\u2028mətn']);
  });
});
