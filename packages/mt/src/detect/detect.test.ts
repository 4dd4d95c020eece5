import { describe, expect, it } from 'vitest';

import {
  detectLanguage,
  explainDetection,
  type DetectedLanguage,
  type Detection,
} from './index.js';

// Hand-written test sentences (news style and everyday), different from the profile samples.
const SENTENCES: Record<Exclude<DetectedLanguage, 'und'>, string[]> = {
  az: [
    'Gələn həftədən etibarən şəhərlərarası avtobusların qiyməti artacaq.',
    'Milli Məclisin deputatı yeni qanun layihəsini tənqid edib.',
    'Sumqayıt komandası səfərdə rəqibinə uduzub.',
    'Bu il buğda məhsulunun keyfiyyəti əvvəlki illərdən yaxşıdır.',
    'Nəsimi rayonunda yaşayış binasında yanğın söndürülüb.',
    'Ölkəyə idxal olunan avtomobillərin sayı kəskin azalıb.',
    'Xarici investorlar Ələt azad iqtisadi zonasına maraq göstərirlər.',
    'Məktəblilər yay tətilində kitab oxumağa həvəsləndirilir.',
    'Səfir Azərbaycanla əməkdaşlığın genişlənməsində maraqlı olduqlarını deyib.',
    'Qusar rayonunda qar uçqunu təhlükəsi var.',
    'Azərbaycan idmançıları Bakıda keçirilən turnirdə beş medal qazanıblar.',
    'Sahibkarların əksəriyyəti yeni vergi qaydalarından narazıdır.',
    'Nazirlik müəllimlərin attestasiyasının nəticələrini açıqlayıb.',
    'Bu gün axşam saatlarında şimal küləyi güclənəcək.',
    'Yeni xəstəxana binasında iki yüz çarpayı olacaq.',
    'Mən hər səhər işə metro ilə gedirəm.',
    'Onlar bu layihəni artıq üç ildir ki, həyata keçirirlər.',
    'Dünya çempionu Azərbaycan şahmatçısı ilə heç-heçə edib.',
    'Şirkət işçilərinin maaşını on beş faiz artırmağa qərar verib.',
    'Qubada alma bağlarında məhsul yığımı başa çatıb.',
  ],
  uz: [
    'Kelasi haftadan boshlab shaharlararo avtobuslarda yo‘l haqi oshadi.',
    'Oliy Majlis deputati yangi qonun loyihasini tanqid qildi.',
    'Bu yil bug‘doy hosilining sifati avvalgi yillardagidan yaxshi.',
    'Chilonzor tumanidagi turar-joy binosida yong‘in o‘chirildi.',
    'Mamlakatga olib kelinayotgan avtomobillar soni keskin kamaydi.',
    'Xorijiy investorlar Navoiy erkin iqtisodiy zonasiga qiziqish bildirmoqda.',
    'O‘quvchilar yozgi ta’til davomida kitob o‘qishga undalmoqda.',
    "Elchi O'zbekiston bilan hamkorlikni kengaytirishdan manfaatdor ekanini aytdi.",
    "Toshkent viloyatining tog'li hududlarida qor ko'chkisi xavfi bor.",
    'O`zbek sportchilari Toshkentda bo`lib o`tgan turnirda besh medal qo`lga kiritdi.',
    'Tadbirkorlarning aksariyati yangi soliq qoidalaridan norozi.',
    'Vazirlik o‘qituvchilar attestatsiyasi natijalarini e’lon qildi.',
    'Bugun kechqurun shimoliy shamol kuchayadi.',
    'Yangi kasalxona binosida ikki yuz o‘rin bo‘ladi.',
    'Men har kuni ertalab ishga metroda boraman.',
    'Ular bu loyihani uch yildan beri amalga oshirib kelmoqda.',
    'Kompaniya xodimlarining ish haqini o‘n besh foizga oshirishga qaror qildi.',
    'Farg‘ona vodiysida olma bog‘larida hosil yig‘ib olindi.',
    'Mahalla raisi keksalarni bayram bilan tabrikladi.',
    'Shahar hokimi jamoat transporti muammolarini o‘rganib chiqdi.',
  ],
  'uz-Cyrl': [
    'Келаси ҳафтадан бошлаб шаҳарлараро автобусларда йўл ҳақи ошади.',
    'Олий Мажлис депутати янги қонун лойиҳасини танқид қилди.',
    'Бу йил буғдой ҳосилининг сифати аввалги йиллардагидан яхши.',
    'Чилонзор туманидаги турар-жой биносида ёнғин ўчирилди.',
    'Мамлакатга олиб келинаётган автомобиллар сони кескин камайди.',
    'Хорижий инвесторлар Навоий эркин иқтисодий зонасига қизиқиш билдирмоқда.',
    'Ўқувчилар ёзги таътил давомида китоб ўқишга ундалмоқда.',
    'Тошкент вилоятининг тоғли ҳудудларида қор кўчкиси хавфи бор.',
    'Тадбиркорларнинг аксарияти янги солиқ қоидаларидан норози.',
    'Бугун кечқурун шимолий шамол кучаяди.',
    'Янги касалхона биносида икки юз ўрин бўлади.',
    'Мен ҳар куни эрталаб ишга метрода бораман.',
    'Улар бу лойиҳани уч йилдан бери амалга ошириб келмоқда.',
    'Фарғона водийсида олма боғларида ҳосил йиғиб олинди.',
    'Маҳалла раиси кексаларни байрам билан табриклади.',
    'Шаҳар ҳокими жамоат транспорти муаммоларини ўрганиб чиқди.',
    'Республикада пахта терими режадагидан эртароқ якунланди.',
    'Газета таҳририяти ўқувчиларнинг мактубларига жавоб берди.',
  ],
  tr: [
    'Önümüzdeki haftadan itibaren şehirlerarası otobüs biletlerine zam geliyor.',
    'Milletvekili yeni kanun teklifini sert bir dille eleştirdi.',
    'Bu yıl buğday rekoltesinin kalitesi önceki yıllardan daha iyi.',
    'Kadıköy’de bir apartmanda çıkan yangın söndürüldü.',
    'Ülkeye ithal edilen otomobil sayısı keskin biçimde düştü.',
    'Yabancı yatırımcılar serbest bölgelere ilgi gösteriyor.',
    'Öğrenciler yaz tatilinde kitap okumaya teşvik ediliyor.',
    'Büyükelçi, iş birliğini genişletmek istediklerini söyledi.',
    'Doğu Karadeniz’in yüksek kesimlerinde çığ tehlikesi bulunuyor.',
    'Milli sporcularımız turnuvada beş madalya kazandı.',
    'Esnafın çoğu yeni vergi düzenlemesinden memnun değil.',
    'Bakanlık öğretmenlerin sınav sonuçlarını açıkladı.',
    'Bu akşam saatlerinden itibaren poyraz etkisini artıracak.',
    'Yeni hastane binasında iki yüz yatak bulunacak.',
    'Her sabah işe metroyla gidiyorum.',
    'Bu projeyi üç yıldır yürütüyorlar.',
    'Dünya şampiyonu, genç satranççıyla berabere kaldı.',
    'Şirket çalışanlarının maaşlarını yüzde on beş artırma kararı aldı.',
    'Amasya’da elma bahçelerinde hasat sona erdi.',
    'Muhtar, yaşlıları bayram dolayısıyla ziyaret etti.',
  ],
  ru: [
    'Со следующей недели подорожают билеты на междугородние автобусы.',
    'Депутат парламента раскритиковал новый законопроект.',
    'В этом году качество урожая пшеницы лучше, чем в прошлые годы.',
    'В жилом доме в центре города потушен пожар.',
    'Количество ввозимых в страну автомобилей резко сократилось.',
    'Иностранные инвесторы проявляют интерес к свободным экономическим зонам.',
    'Школьников поощряют читать книги во время летних каникул.',
    'Посол заявил, что они заинтересованы в расширении сотрудничества.',
    'В горных районах существует угроза схода лавин.',
    'Наши спортсмены завоевали пять медалей на турнире.',
    'Большинство предпринимателей недовольны новыми налоговыми правилами.',
    'Каждое утро я езжу на работу на метро.',
    'Они реализуют этот проект уже три года.',
    'Чемпион мира сыграл вничью с молодым шахматистом.',
    'Компания решила повысить зарплату сотрудникам на пятнадцать процентов.',
    'В яблоневых садах завершился сбор урожая.',
    'Вечером усилится северный ветер, возможен мокрый снег.',
    'Редакция газеты ответила на письма читателей.',
  ],
  en: [
    'Intercity bus fares will go up from next week.',
    'A member of parliament sharply criticised the new bill.',
    'The quality of this year’s wheat crop is better than in previous years.',
    'Firefighters put out a blaze in a residential building downtown.',
    'The number of cars imported into the country has fallen sharply.',
    'Foreign investors are showing interest in the free economic zones.',
    'Pupils are being encouraged to read books during the summer holidays.',
    'The ambassador said they were keen to expand cooperation.',
    'There is a risk of avalanches in the mountain districts.',
    'Our athletes won five medals at the tournament.',
    'Most shopkeepers are unhappy with the new tax rules.',
    'I take the metro to work every morning.',
    'They have been running this project for three years.',
    'The world champion drew with the young chess player.',
    'The company decided to raise staff salaries by fifteen percent.',
    'The apple harvest has finished in the orchards.',
    'A northerly wind will strengthen this evening.',
    'The newspaper’s editors replied to letters from readers.',
  ],
  kk: [
    'Келесі аптадан бастап қалааралық автобус билеттері қымбаттайды.',
    'Мәжіліс депутаты жаңа заң жобасын сынға алды.',
    'Биыл бидай өнімінің сапасы өткен жылдардағыдан жақсы.',
    'Шетелдік инвесторлар еркін экономикалық аймақтарға қызығушылық танытуда.',
    'Таулы аудандарда қар көшкіні қаупі бар.',
    'Кәсіпкерлердің көпшілігі жаңа салық ережелеріне наразы.',
    'Мен күнде таңертең жұмысқа метромен барамын.',
    'Компания қызметкерлердің жалақысын он бес пайызға көтеруге шешім қабылдады.',
  ],
  ky: [
    'Кийинки жумадан тартып шаар аралык автобустардын билеттери кымбаттайт.',
    'Жогорку Кеңештин депутаты жаңы мыйзам долбоорун сынга алды.',
    'Быйыл буудайдын түшүмүнүн сапаты мурунку жылдардагыдан жакшы.',
    'Чет элдик инвесторлор эркин экономикалык аймактарга кызыгуу көрсөтүүдө.',
    'Тоолуу аймактарда кар көчкү коркунучу бар.',
    'Ишкерлердин көпчүлүгү жаңы салык эрежелерине нааразы.',
    'Мен күн сайын эртең менен жумушка метро менен барам.',
    'Компания кызматкерлердин айлыгын он беш пайызга көбөйтүү чечимин кабыл алды.',
  ],
  tk: [
    'Indiki hepdeden başlap şäherara awtobus petekleriniň bahasy ýokarlanar.',
    'Mejlisiň deputaty täze kanun taslamasyny tankytlady.',
    'Şu ýyl bugdaý hasylynyň hili geçen ýyllardakydan gowy.',
    'Daşary ýurtly maýadarlar erkin ykdysady zolaklara gyzyklanma bildirýärler.',
    'Daglyk etraplarda gar süýşmesiniň howpy bar.',
    'Telekeçileriň köpüsi täze salgyt düzgünlerinden nägile.',
    'Men her gün irden işe metro bilen gidýärin.',
    'Kompaniýa işgärleriň aýlyk hakyny on bäş göterim artdyrmak barada karar kabul etdi.',
  ],
};

function accuracy(lang: DetectedLanguage, sentences: readonly string[]): number {
  return sentences.filter((s) => detectLanguage(s).code === lang).length / sentences.length;
}

function checkShape(d: Detection): void {
  expect(d.confidence).toBeGreaterThanOrEqual(0);
  expect(d.confidence).toBeLessThanOrEqual(1);
  expect(d.candidates.length).toBeGreaterThan(0);
  expect(d.candidates[0]?.code).toBe(d.code);
  const sum = d.candidates.reduce((a, c) => a + c.score, 0);
  expect(sum).toBeCloseTo(1, 6);
  for (let i = 1; i < d.candidates.length; i++) {
    expect(d.candidates[i - 1]!.score).toBeGreaterThanOrEqual(d.candidates[i]!.score);
  }
}

describe('detectLanguage: sentences', () => {
  for (const [lang, sentences] of Object.entries(SENTENCES)) {
    const code = lang as DetectedLanguage;
    it(`recognises ≥ 95% of the ${lang} sentences`, () => {
      expect(sentences.length).toBeGreaterThanOrEqual(['kk', 'ky', 'tk'].includes(lang) ? 6 : 15);
      const misses = sentences.filter((s) => detectLanguage(s).code !== code);
      expect(misses).toEqual([]); // all pass today; the bar below is the contract
      expect(accuracy(code, sentences)).toBeGreaterThanOrEqual(0.95);
    });
    it(`is confident on ${lang} sentences`, () => {
      for (const s of sentences) {
        const d = detectLanguage(s);
        checkShape(d);
        expect(d.script).toBe(
          lang === 'uz-Cyrl' || lang === 'kk' || lang === 'ky' || lang === 'ru' ? 'Cyrl' : 'Latn',
        );
      }
      const mean =
        sentences.reduce((a, s) => a + detectLanguage(s).confidence, 0) / sentences.length;
      expect(mean).toBeGreaterThan(0.8);
    });
  }
});

describe('detectLanguage: very short input', () => {
  const SHORT: [DetectedLanguage, string][] = [
    ['az', 'Mən evə gedirəm'],
    ['tr', 'Ben eve gidiyorum'],
    ['uz', 'Men uyga ketyapman'],
    ['az', 'Hava çox soyuqdur'],
    ['tr', 'Hava çok soğuk'],
    ['uz', 'Havo juda sovuq'],
    ['az', 'Qiymətlər yenə artıb'],
    ['tr', 'Fiyatlar yine arttı'],
    ['uz', 'Narxlar yana oshdi'],
    ['az', 'Uşaqlar məktəbə getdilər'],
    ['tr', 'Çocuklar okula gittiler'],
    ['uz', 'Bolalar maktabga ketishdi'],
    ['az', 'Nazir istefa verib'],
    ['tr', 'Bakan istifa etti'],
    ['uz', 'Vazir iste’foga chiqdi'],
  ];
  for (const [code, text] of SHORT) {
    it(`${text} → ${code}`, () => {
      const d = detectLanguage(text);
      checkShape(d);
      expect(d.code).toBe(code);
      expect(d.confidence).toBeGreaterThan(0.3);
    });
  }
  it('gives a single word less confidence than a sentence', () => {
    const word = detectLanguage('Bakı');
    const sentence = detectLanguage('Bakı Azərbaycanın paytaxtı və ən böyük şəhəridir.');
    expect(sentence.code).toBe('az');
    expect(word.confidence).toBeLessThan(sentence.confidence);
  });
});

describe('detectLanguage: apostrophes and spelling variants', () => {
  it('accepts every apostrophe variant in Uzbek oʻ and gʻ', () => {
    for (const apos of ['ʻ', '‘', '’', "'", '`', 'ʼ', '´']) {
      const text = `O${apos}zbekiston bilan hamkorlik bo${apos}yicha yig${apos}ilish o${apos}tkazildi.`;
      expect(detectLanguage(text).code, text).toBe('uz');
    }
  });
  it('handles Uzbek written without apostrophes', () => {
    expect(detectLanguage('Ozbekiston Respublikasi Prezidenti yangi farmon imzoladi').code).toBe(
      'uz',
    );
  });
  it('handles upper-case headlines', () => {
    expect(detectLanguage('BAKIDA GÜCLÜ KÜLƏK ƏSƏCƏK').code).toBe('az');
    expect(detectLanguage('İSTANBUL’DA YOĞUN KAR YAĞIŞI BEKLENİYOR').code).toBe('tr');
    expect(detectLanguage('TOSHKENTDA KUCHLI SHAMOL ESADI').code).toBe('uz');
    expect(detectLanguage('В МОСКВЕ ОЖИДАЕТСЯ СИЛЬНЫЙ СНЕГОПАД').code).toBe('ru');
  });
  it('repairs Cyrillic look-alike letters inside Latin words', () => {
    // "Bakı" and "şəhərində" typed with Cyrillic а and е.
    const d = detectLanguage('B\u0430kı şəh\u0435rində yeni park açılıb.');
    expect(d.code).toBe('az');
    expect(d.script).toBe('Latn');
    // "Москве" and "снегопад" typed with Latin e and o.
    const r = detectLanguage('В Москв\u0065 прошёл сильный сн\u0065г\u006Fпад.');
    expect(r.code).toBe('ru');
    expect(r.script).toBe('Cyrl');
  });
});

describe('detectLanguage: mixed script', () => {
  it('an Azerbaijani sentence with a Russian name in Cyrillic', () => {
    const d = detectLanguage('Prezident Владимир Путин ilə telefonla danışıb.');
    expect(d.code).toBe('az');
    expect(d.script).toBe('mixed');
    const d2 = detectLanguage('Владимир Владимирович Путин Bakıya rəsmi səfərə gəlib.');
    expect(d2.code).toBe('az');
    expect(d2.script).toBe('mixed');
  });
  it('an Uzbek sentence with a Russian quotation', () => {
    const d = detectLanguage(
      'Vazir «Всё будет хорошо» degan iborani takrorladi va jurnalistlarga javob berdi.',
    );
    expect(d.code).toBe('uz');
    expect(d.script).toBe('mixed');
  });
  it('a Russian sentence with English brands', () => {
    const d = detectLanguage('Компания Apple представила новый iPhone и обновлённый MacBook.');
    expect(d.code).toBe('ru');
    expect(d.script).toBe('mixed');
  });
  it('an Azerbaijani sentence with English brands stays Latin and az', () => {
    const d = detectLanguage('Apple şirkəti yeni iPhone modelini Bakıda təqdim edib.');
    expect(d.code).toBe('az');
    expect(d.script).toBe('Latn');
  });
  it('an Uzbek Cyrillic sentence with a Latin brand', () => {
    const d = detectLanguage('Samsung компанияси Тошкентда янги телефонни тақдим этди.');
    expect(d.code).toBe('uz-Cyrl');
  });
});

describe('detectLanguage: nothing to go on', () => {
  const UND = [
    '',
    '   ',
    '\n\t',
    '12345',
    '2024-05-01 12:30',
    '+994 (12) 555-12-34',
    '!!! ??? ... --- ***',
    '«»—…',
    '😀😀😀 🎉',
    '\u0000\u0001\u0002\u0003\u0004\u0005',
    '\uFFFD\uFFFD\uFFFD\uFFFD x \uFFFD\uFFFD',
    'https://example.com/a/b?c=d',
    'info@example.com',
    '今天天气很好',
    'xqzv kwrtp jjgzx',
  ];
  for (const text of UND) {
    it(`und for ${JSON.stringify(text)}`, () => {
      const d = detectLanguage(text);
      expect(d.code).toBe('und');
      expect(d.confidence).toBeLessThanOrEqual(0.1);
      expect(d.candidates).toEqual([{ code: 'und', score: 1 }]);
    });
  }
  it('script is none when there are no Latin or Cyrillic letters', () => {
    expect(detectLanguage('').script).toBe('none');
    expect(detectLanguage('12345').script).toBe('none');
    expect(detectLanguage('今天天气很好').script).toBe('none');
  });
  it('binary junk is und', () => {
    let seed = 7;
    const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 50; n++) {
      const bytes = Uint8Array.from({ length: 64 }, () => Math.floor(rnd() * 256));
      const latin1 = String.fromCharCode(...bytes);
      const utf8 = new TextDecoder().decode(bytes);
      expect(detectLanguage(latin1).code, JSON.stringify(latin1)).toBe('und');
      expect(detectLanguage(utf8).code, JSON.stringify(utf8)).toBe('und');
    }
  });
});

describe('detectLanguage: fuzz', () => {
  it('never throws and always returns a well-formed result', () => {
    let seed = 12345;
    const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pools = [
      () => String.fromCharCode(Math.floor(rnd() * 0x10000)),
      () => String.fromCodePoint(Math.floor(rnd() * 0x110000)),
      () => "aəıoʻgʻ'’ şçöüğ ўқғҳ әөүңі .,!? 0123\n\t-".charAt(Math.floor(rnd() * 38)),
      () => String.fromCharCode(32 + Math.floor(rnd() * 95)),
    ];
    for (let n = 0; n < 2000; n++) {
      const pick = pools[n % pools.length]!;
      const len = Math.floor(rnd() * 120);
      let text = '';
      for (let i = 0; i < len; i++) text += pick();
      const d = detectLanguage(text);
      checkShape(d);
      expect(['Latn', 'Cyrl', 'mixed', 'none']).toContain(d.script);
    }
  });
  it('is fast enough for batch use (≥ 5,000 short sentences per second, with margin for slow CI)', () => {
    const all = Object.values(SENTENCES).flat();
    detectLanguage('warm up');
    const started = performance.now();
    let n = 0;
    while (n < 5000) {
      for (const s of all) {
        detectLanguage(s);
        n++;
      }
    }
    const perSecond = n / ((performance.now() - started) / 1000);
    expect(perSecond).toBeGreaterThan(1000);
  });
});

describe('explainDetection', () => {
  it('reports the score parts behind a decision', () => {
    const e = explainDetection('Bu gün Bakıda hava çox isti və küləkli olacaq.');
    expect(e.detection.code).toBe('az');
    expect(e.scoredScript).toBe('Latn');
    const az = e.parts.az;
    const tr = e.parts.tr;
    expect(az && tr && az.total > tr.total).toBe(true);
    expect(az!.letters).toBeGreaterThan(0); // ə is an Azerbaijani signature letter
    expect(e.fit).toBeGreaterThan(-3);
  });
  it('says why a text is und', () => {
    expect(explainDetection('').reason).toBe('empty');
    expect(explainDetection('\u0000\u0001\u0002 ab').reason).toBe('junk');
  });
});
