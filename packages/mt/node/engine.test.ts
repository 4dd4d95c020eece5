/** The engine with the real lexicons: the behaviour a user of `korpu translate` relies on. */
import { describe, expect, it } from 'vitest';
import { createMorphology, createTranslator, type Analysis } from '@korpu/mt';
import { loadLexiconData } from './index.js';

const data = loadLexiconData();
const translator = createTranslator(data);
const azUz = (text: string) => translator.translate(text, { from: 'az', to: 'uz' });
const uzAz = (text: string) => translator.translate(text, { from: 'uz', to: 'az' });

describe('lexicon data', () => {
  it('has every single-word lemma of the bilingual lexicon in the stem lexicons', () => {
    for (const lang of ['az', 'uz'] as const) {
      const morph = createMorphology(lang, data[lang]);
      const missing: string[] = [];
      for (const { text } of data.bidix) {
        for (const line of text.split('\n')) {
          if (!line || line.startsWith('#')) continue;
          const [az, uz, pos] = line.split('\t') as [string, string, Analysis['pos']];
          const lemma = lang === 'az' ? az : uz;
          if (lemma.includes(' ') || /^\d/.test(lemma)) continue;
          if (!morph.hasLemma(lemma, pos)) missing.push(`${lemma} (${pos})`);
        }
      }
      expect(missing.slice(0, 20)).toEqual([]);
    }
  });
});

describe('translate', () => {
  it('translates inflected words through lemma, tags and generation', () => {
    expect(azUz('kitablarımızda').text).toBe('kitoblarimizda');
    expect(uzAz('kitoblarimizda').text).toBe('kitablarımızda');
  });

  it('makes a clause-final -(y)Ib a finite past, also before the complementiser ki', () => {
    expect(azUz('Nazir bildirib.').text).toBe('Vazir dedi.');
    expect(azUz('O, elə danışdı ki, hamı güldü.').text).toBe('U, shunday gapirdi ki, hamma kuldi.');
  });

  it('turns an Azerbaijani speech verb + ki report into the Uzbek report + deb', () => {
    const result = azUz('Nazir bildirib ki, qanun qəbul edilib.');
    expect(result.text).toBe('Vazir qonun qabul qilindi, dedi.');
    const [sentence] = result.sentences;
    // Every source word stays aligned to its own translation after the reordering.
    const pairs = sentence!.alignment.map((a) => [
      sentence!.source.slice(...a.source),
      sentence!.target.slice(...a.target),
    ]);
    expect(pairs).toContainEqual(['bildirib', 'dedi']);
    expect(pairs).toContainEqual(['qanun qəbul edilib', 'qonun qabul qilindi']);
    // A quoted report is left in place.
    expect(azUz('Nazir bildirib ki, "qanun qəbul edilib".').text).toMatch(/^Vazir dedi ki, "/);
  });

  it('keeps a finite future finite and uses the -adigan participle before a noun', () => {
    expect(azUz('Hava isti olacaq.').text).toBe('Havo issiq boʻladi.');
  });

  it('puts a known name in the target spelling with the case suffix of the source', () => {
    expect(azUz('Mirziyoyevin').text).toBe('Mirziyoyevning');
    expect(uzAz('Mirziyoyevning').text).toBe('Mirziyoyevin');
  });

  it('applies Azerbaijani vowel harmony to generated suffixes', () => {
    expect(uzAz('Talabalar yangi texnologiyalarni oʻrganmoqda.').text).toBe(
      'Tələbələr yeni texnologiyaları öyrənir.',
    );
  });

  it('translates hyphenated compounds part by part and keeps the hyphen', () => {
    expect(uzAz('ijtimoiy-iqtisodiy').text).toBe('sosial-iqtisadi');
    expect(azUz('Azərbaycan-Özbəkistan').text).toBe('Ozarbayjon-Oʻzbekiston');
  });

  it('writes Uzbek ordinal years as digit + hyphen + noun and back', () => {
    expect(azUz('2024-cü ildə').text).toBe('2024-yilda');
    expect(uzAz('2024-yilda').text).toBe('2024-cü ildə');
  });

  it('reorders dates: mayın 15-də ⇄ 15-mayda', () => {
    expect(azUz('Sammit mayın 15-də keçiriləcək.').text).toBe('Sammit 15-mayda oʻtkaziladi.');
    expect(uzAz('Sammit 15-mayda oʻtkaziladi.').text).toMatch(/^Sammit mayın 15-də /);
  });

  it('selects translations by context: çox → juda before adjectives, koʻp elsewhere', () => {
    expect(azUz('çox yaxşı').text).toBe('juda yaxshi');
    expect(azUz('çox kitab').text).toBe('koʻp kitob');
  });

  it('turns ability -(y)A bil- into -a ol- and back', () => {
    expect(azUz('Bu məsələni həll edə bilərik.').text).toBe('Bu masalani hal qila olamiz.');
    expect(uzAz('Bu masalani hal qila olamiz.').text).toMatch(/^Bu məsələni həll edə bil/);
  });

  it('reads a Uzbek -adi verb as future only when the sentence says so', () => {
    expect(uzAz('Ertaga havo issiq boʻladi.').text).toMatch(/olacaq\.$/);
    expect(uzAz('Havo issiq boʻladi.').text).not.toMatch(/olacaq/);
  });

  it('joins a Uzbek participle and its copula word into one Azerbaijani verb', () => {
    expect(uzAz('Bolalar maktabga borayotgan edi.').text).toBe('Uşaqlar məktəbə gedirdi.');
    expect(uzAz('U kelgan edi.').text).toBe('O gəlmişdi.');
  });

  it('attaches a Uzbek case suffix written apart after digits', () => {
    expect(uzAz('500 dan ortiq').text).toBe('500-dən çox');
  });

  it('carries -cha after a possessive (fikricha → fikrincə) and drops the counter -ta', () => {
    expect(uzAz('Mutaxassislarning fikricha').text).toBe('Mütəxəssislərin fikrincə');
    expect(uzAz('ikkita zavod').text).toBe('iki zavod');
  });

  it('begins with -a boshla- for -mAğA başla-, and reads "-dən çox" as "dan ortiq"', () => {
    expect(azUz('Yağış yağmağa başladı.').text).toBe('Yomgʻir yogʻa boshladi.');
    expect(uzAz('Yomgʻir yogʻa boshladi.').text).toBe('Yağış yağmağa başladı.');
    expect(azUz('500-dən çox yeni iş yeri').text).toBe('500-dan ortiq yangi ish oʻrni');
  });

  it('renders the Azerbaijani past continuous with the Uzbek -ayotgan edi', () => {
    expect(azUz('Uşaqlar məktəbə gedirdilər.').text).toBe('Bolalar maktabga borayotgan edilar.');
  });

  it('maps Uzbek -moqchi boʻl- and Azerbaijani -mAq istə- onto each other', () => {
    expect(uzAz('Men kelmoqchi boʻldim.').text).toBe('Mən gəlmək istədim.');
    expect(azUz('Mən gəlmək istəmirəm.').text).toBe('Men kelmoqchi boʻlmayman.');
  });

  it('reads lower-case words as common nouns, not as the names they spell', () => {
    expect(azUz('şahidlərin').text).toBe('guvohlarning');
  });

  it('prefers the possessive after a genitive, the accusative before a verb otherwise', () => {
    expect(azUz('Hadisələrin sayı artıb.').text).toMatch(/soni /);
    expect(azUz('Kitabı oxudum.').text).toBe('Kitobni oʻqidim.');
  });

  it('renders Uzbek -ishi mumkin as Azerbaijani -(y)A bilər', () => {
    expect(uzAz('Narxlar yana oshishi mumkin.').text).toBe('Qiymətlər yenə arta bilər.');
  });

  it('renders necessity both ways: -ishi kerak ⇄ -mAlI, -ish kerak ⇄ -mAk lazımdır', () => {
    expect(uzAz('Ular borishi kerak.').text).toBe('Onlar getməlidir.');
    expect(uzAz('Biz borishimiz kerak edi.').text).toBe('Biz getməliydik.');
    expect(uzAz('Qaror qabul qilishi kerak.').text).toBe('Qərar qəbul etməlidir.');
    expect(uzAz('Bu ishni qilish kerak.').text).toBe('Bu işi etmək lazımdır.');
    expect(azUz('O getməlidir.').text).toBe('U ketishi kerak.');
    expect(azUz('Bunu etmək lazımdır.').text).toBe('Buni qilish kerak.');
  });

  it('reads Azerbaijani -(y)A bilər as possibility: -ishi mumkin', () => {
    expect(azUz('Bu, problem ola bilər.').text).toBe('Bu, muammo boʻlishi mumkin.');
    expect(azUz('Onlar qərar qəbul edə bilərlər.').text).toBe('Ular qaror qabul qilishi mumkin.');
    // Past ability stays ability.
    expect(azUz('O, bunu edə bildi.').text).toBe('U, buni qila oldi.');
  });

  it('renders Uzbek -sa-da as Azerbaijani -sA dA and Azerbaijani -mAzdAn as -ishdan', () => {
    expect(uzAz('Bu qiyin boʻlsa-da, biz keldik.').text).toBe('Bu çətin olsa da, biz gəldik.');
    expect(uzAz('U kelmasa-da, ishladik.').text).toBe('O gəlməsə də, işlədik.');
    expect(azUz('Getməzdən əvvəl zəng etdi.').text).toBe('Ketishdan oldin qoʻngʻiroq qildi.');
  });

  it('renders the Uzbek negative perfect and -ar ekan', () => {
    expect(uzAz('Men hech narsani tashlab qoʻyganim yoʻq.').text).toBe('Mən heç nəyi atmamışam.');
    expect(uzAz('U kelgan emas.').text).toBe('O gəlməyib.');
    expect(uzAz('U gapirar ekan, kuldi.').text).toBe('O danışarkən, güldü.');
  });

  it('joins Azerbaijani periphrastic participles into one Uzbek participle', () => {
    expect(azUz('Seçkidə iştirak edəcək olan namizəd gəldi.').text).toBe(
      'Saylovda ishtirok etadigan nomzod keldi.',
    );
    expect(azUz('Onun qazanmış olduğu medal.').text).toBe('Uning qozongan medal.');
    expect(azUz('Onun yazdığı kitab maraqlıdır.').text).toBe('Uning yozgan kitob qiziqarlidir.');
  });

  it('gives Uzbek ham after a word as the clitic da/də in its harmony', () => {
    expect(uzAz('U ham keldi.').text).toBe('O da gəldi.');
    expect(uzAz('Biz ham keldik.').text).toBe('Biz də gəldik.');
    expect(uzAz('U ham iqtisodiy, ham siyosiy masalalarni koʻrdi.').text).toMatch(/^O həm /);
  });

  it('makes the last verb of a report before ", dedi u" finite', () => {
    expect(uzAz('Aloqa uzilgan, qoʻshimcha qildi u.').text).toBe('Əlaqə kəsilib, əlavə etdi o.');
    expect(uzAz('Baʼzilar daraxtlarga chiqib olishgan va tirik qolishgan, dedi u.').text).toMatch(
      /çıxıblar və sağ qalıblar, dedi o\.$/,
    );
    expect(uzAz('Kelgan va ketgan odamlar koʻp.').text).toBe('Gələn və gedən adamlar çox.');
  });

  it('translates ekanini, -ganligi and the passive deyil-', () => {
    expect(uzAz('U bu juda ajoyib ekanini aytdi.').text).toBe('O bu çox əla olduğunu dedi.');
    expect(uzAz('Politsiya hodisa sodir boʻlganligini aytdi.').text).toBe(
      'Polis hadisə baş verdiyini dedi.',
    );
    expect(uzAz('Bu haqda bayonotda deyiladi.').text).toMatch(/deyilir\.$/);
  });

  it('uses a number before it to choose a word: ages and scores', () => {
    expect(uzAz('45 yoshli shaxs keldi.').text).toBe('45 yaşlı şəxs gəldi.');
    expect(azUz('45 yaşlı kişi gəldi.').text).toBe('45 yoshli erkak keldi.');
    expect(azUz('3 bal qazandı.').text).toBe('3 ball qozondi.');
  });

  it('reads a capitalised common word next to an unknown name as part of the name', () => {
    expect(uzAz('Tergovchi detektiv Bob Blemings xabar berdi.').text).toMatch(/detektiv Bob /);
    expect(uzAz('Bugun Prezident Emmanuel Makron keldi.').text).toBe(
      'Bu gün Prezident Emmanuel Makron gəldi.',
    );
  });

  it('respells foreign names only where a letter has a correspondence', () => {
    expect(azUz('O, Sterlinqə pas ötürdü.').text).toBe('U, Sterlingga pas oʻtkazdi.');
    expect(azUz('Patrick Wheeling-də idi.').text).toMatch(/^Patrick Wheeling/);
  });

  it('reads -(y)AcAq before a noun as the participle, and participles govern objects', () => {
    expect(azUz('Polis istintaqa kömək edəcək dəlil axtarır.').text).toMatch(
      /yordam beradigan dalil/,
    );
    expect(azUz('O, kömək edəcək.').text).toBe('U, yordam beradi.');
    expect(azUz('Dostları qadını tanıdıqlarını bildirdi.').text).toMatch(/ayolni taniganlarini/);
  });

  it('gives a ki-report of demək without deb, and translates indefinite pronouns', () => {
    expect(azUz('O dedi ki, gəlir.').text).toBe('U kelmoqda, dedi.');
    expect(azUz('Heç kəs gəlmədi.').text).toBe('Hech kim kelmadi.');
    expect(azUz('Ərazidə nə isə eşidən hər kəsdən xahiş edirik.').text).toMatch(
      /nimadir eshitgan har kimdan/,
    );
  });

  it('reads the infinitive with its doers and istərdik', () => {
    expect(azUz('Onların bizimlə əlaqə saxlamaqlarını istərdik.').text).toMatch(
      /bogʻlanishlarini istar edik\.$|aloqa[^.]*ishlarini istar edik\.$/,
    );
  });

  it('translates Uzbek -ishicha, -gan boʻl-, the topic boʻlsa and a condition with a future', () => {
    expect(uzAz('Juftlikning maʼlum qilishicha, serial tugaydi.').text).toMatch(
      /^Cütlüyün .*etdiyinə görə, /,
    );
    expect(uzAz('Aktyor buni izohlamagan boʻlsa-da, biz keldik.').text).toBe(
      'Aktyor bunu şərh etməmiş olsa da, biz gəldik.',
    );
    expect(uzAz('U boʻlsa, uyga ketdi.').text).toBe('O isə, evə getdi.');
    expect(uzAz('Havo yaxshi boʻlsa, boramiz.').text).toBe('Hava yaxşı olsa, gedəcəyik.');
  });

  it('chooses by the neighbour: adjective before a noun, aid after a dative', () => {
    expect(uzAz('Harbiy dengiz bazalari.').text).toBe('Hərbi dəniz bazaları.');
    expect(uzAz('Dengiz qonunan bizga tegishli.').text).toBe('Dəniz qanunən bizə aid.');
    expect(uzAz('Tegishli choralar koʻrildi.').text).toBe('Müvafiq tədbirlər görüldü.');
  });

  it('makes daha + adjective the Uzbek comparative and dative + qədər the terminative', () => {
    expect(azUz('Bu daha böyük problemdir.').text).toBe('Bu kattaroq muammodir.');
    expect(azUz('Axşama qədər işlədik.').text).toBe('Kechqurungacha ishladik.');
    expect(azUz('Bakıda olan şirkətlər toplandı.').text).toBe('Bokudagi kompaniyalar toʻplandi.');
  });

  it('chooses bildir, bağlı and başqa by their neighbours', () => {
    expect(azUz('O, fikrini bildirdi.').text).toBe('U, fikrini bildirdi.');
    expect(azUz('Nazir bildirib ki, qiymətlər artmayacaq.').text).toMatch(/, dedi\.$/);
    expect(azUz('Bununla bağlı danışıqlar davam edir.').text).toMatch(/^Shu munosabat bilan /);
    expect(azUz('Başqa ölkələr də gəldi.').text).toMatch(/^Boshqa /);
    expect(azUz('Bundan başqa, heç nə yoxdur.').text).toMatch(/^Bundan tashqari, /);
  });

  it('translates the forms of mumkin and modals on an -ib auxiliary', () => {
    expect(uzAz('Byuro tomonidan topilishi mumkin boʻlgan dalil.').text).toBe(
      'Byuro tərəfindən tapıla bilən sübut.',
    );
    expect(uzAz('Bu muammo boʻlishi mumkinmi?').text).toBe('Bu problem ola bilərmi?');
    expect(uzAz('Ular mablagʻ ushlab qolishlari mumkin.').text).toBe(
      'Onlar vəsait saxlaya bilərlər.',
    );
    expect(uzAz('Biz buni yozib qoʻyishimiz kerak.').text).toBe('Biz bunu yazmalıyıq.');
  });

  it('translates compound verbs with Uzbek -ishi mumkin', () => {
    expect(uzAz('Qonun qabul qilinishi mumkin.').text).toBe('Qanun qəbul edilə bilər.');
    expect(uzAz('Bu muammo boʻlishi mumkin edi.').text).toBe('Bu problem ola bilərdi.');
  });

  it('keeps a multiword unit opened by an acronym in title case, capitals only when all are', () => {
    expect(azUz('İT sektoru inkişaf edir.').text).toBe('IT sektori rivojlanmoqda.');
    expect(azUz('İT SEKTORU İNKİŞAF EDİR.').text).toBe('IT SEKTORI RIVOJLANMOQDA.');
    expect(uzAz('IT sektori rivojlanmoqda.').text).toBe('İT sektoru inkişaf edir.');
  });

  it('reads a capitalised word that only a far-fetched derivation explains as a name', () => {
    expect(azUz('Biz Müqəddəs Martində idik.').text).toBe('Biz Muqaddas Martinda edik.');
    expect(uzAz('va Shimoliy Korea keldi.').text).toBe('və Şimali Korea gəldi.');
  });

  it('generates the Uzbek negative verbal noun as -maslik', () => {
    expect(azUz('Şəffaflığın olmamasından şikayət etdilər.').text).toMatch(/boʻlmasligidan/);
  });

  it('translates -ga qaraganda, oʻrtasida, -adigan and plurals of possessive compounds', () => {
    expect(uzAz('Yangi tomograf avvalgisiga qaraganda aniq ishlaydi.').text).toBe(
      'Yeni tomoqraf əvvəlkisindən dəqiq işləyir.',
    );
    expect(uzAz('Ikki davlat oʻrtasidagi munosabatlar.').text).toBe(
      'İki dövlət arasındakı münasibətlər.',
    );
    expect(uzAz('Koʻchada sotiladigan oziq-ovqatlar.').text).toBe('Küçədə satılan ərzaqlar.');
    expect(uzAz('Kelasi yil ochiladigan maktab.').text).toBe('Gələn il açılacaq məktəb.');
    expect(uzAz('Bosh vazir hokimlarga vazifa topshirdi.').text).toBe(
      'Baş nazir icra başçılarına vəzifə tapşırdı.',
    );
  });

  it('voices the final t of Azerbaijani verbs before a vowel (yaradılıb, qayıdıb)', () => {
    expect(azUz('Yeni iş yerləri yaradılıb.').text).toBe('Yangi ish oʻrinlari yaratildi.');
    expect(azUz('O, evə qayıdıb.').text).toBe('U, uyga qaytdi.');
    expect(uzAz('Yangi ish oʻrinlari yaratildi.').text).toBe('Yeni iş yerləri yaradıldı.');
    expect(uzAz('U uyga qaytdi.').text).toBe('O evə qayıtdı.');
  });

  it('takes the noun before a passive verb as its subject, the name before a verb as object', () => {
    expect(azUz('Görüşdə əlaqələrin genişləndirilməsi məsələləri müzakirə olunub.').text).toBe(
      'Uchrashuvda aloqalarning kengaytirilishi masalalari muhokama qilindi.',
    );
    expect(azUz('Onlar məsələləri müzakirə edib.').text).toBe('Ular masalalarni muhokama qildi.');
    expect(azUz('Prezident Şavkat Mirziyoyevi qəbul edib.').text).toBe(
      'Prezident Shavkat Mirziyoyevni qabul qildi.',
    );
    // After a genitive the unit's -(s)I is its possessive, even before a verb.
    expect(azUz('Onu hava limanında Özbəkistanın Baş naziri qarşılayıb.').text).toMatch(
      /Oʻzbekistonning Bosh vaziri kutib oldi\.$/,
    );
  });

  it('governs what begins: Azerbaijani dative, Uzbek accusative; a verb begins with -a', () => {
    expect(uzAz('Politsiya tekshiruvni boshladi.').text).toBe('Polis yoxlamaya başladı.');
    expect(azUz('O, işləməyə başladı.').text).toBe('U, ishlay boshladi.');
  });

  it('reads hajmi as a possessive, keeps the k of kubok, and halves as yarı + possessive', () => {
    expect(uzAz('Tovar ayirboshlash hajmi oshdi.').text).toBe('Əmtəə mübadilə həcmi artdı.');
    expect(uzAz('Jamoamiz Osiyo kubogida ishtirok etadi.').text).toMatch(/Asiya Kubokunda/);
    expect(uzAz('Joriy yilning birinchi yarmida hajm oshdi.').text).toBe(
      'Cari ilin birinci yarısında həcm artdı.',
    );
  });

  it('gives the Azerbaijani -Ir present as Uzbek -moqda and keeps let-us forms as they are', () => {
    expect(azUz('Şagirdlər yeni tədris ilinə hazırlaşırlar.').text).toBe(
      'Oʻquvchilar yangi oʻquv yiliga tayyorlanmoqdalar.',
    );
    expect(azUz('Forumda 500-dən artıq nümayəndə iştirak edib.').text).toMatch(/500-dan ortiq/);
    expect(azUz('Gəlin, bunu birlikdə edək.').text).toMatch(/qilaylik\.$/);
  });

  it('reads both Uzbek spellings of September and an -ish word with an object as a verb', () => {
    expect(uzAz('Pensiyalar 1-sentyabrdan boshlab oshiriladi.').text).toBe(
      'Pensiyalar sentyabrın 1-dən etibarən artırılır.',
    );
    expect(uzAz('Pensiyalar 1-sentabrdan oshiriladi.').text).toBe(
      'Pensiyalar sentyabrın 1-dən artırılır.',
    );
    expect(azUz('Pensiyalar sentyabrın 1-dən artırılacaq.').text).toBe(
      'Pensiyalar 1-sentabrdan oshiriladi.',
    );
    expect(uzAz('Ular yoshlarni qoʻllab-quvvatlash haqida gapirdi.').text).toMatch(
      /gəncləri dəstəkləmək/,
    );
  });

  it('changes the case of objects whose verbs govern differently', () => {
    expect(azUz('Ailə büdcəsinə qənaət etmək lazımdır.').text).toBe(
      'Oila byudjetini tejash kerak.',
    );
    expect(uzAz('Davlat narxlarni nazorat qiladi.').text).toBe('Dövlət qiymətlərə nəzarət edir.');
    expect(azUz('Nazir jurnalistlərin suallarını cavablandırdı.').text).toBe(
      'Vazir jurnalistlarning savollariga javob berdi.',
    );
  });

  it('keeps the plain present for verbs of state and boshlan- when nothing is begun', () => {
    expect(azUz('Layihənin dəyəri 2 milyard dollar təşkil edir.').text).toBe(
      'Loyihaning qiymati 2 milliard dollar tashkil etadi.',
    );
    expect(azUz('O, bunu bilir.').text).toBe('U, buni biladi.');
    expect(azUz('Oyun saat 8-də başladı.').text).toBe('Oʻyin soat 8-da boshlandi.');
    expect(azUz('Tikinti işləri ilin sonunadək başa çatdırılmalıdır.').text).toBe(
      'Qurilish ishlari yil oxirigacha yakunlanishi kerak.',
    );
  });

  it('gives a plural possessor the genitive, -ib kel- as ongoing, soʻzlariga qaraganda as görə', () => {
    expect(uzAz('Bemorlar soni keskin kamaydi.').text).toBe('Xəstələrin sayı kəskin azaldı.');
    expect(uzAz('U 2010-yildan buyon ushbu lavozimda ishlab kelmoqda.').text).toBe(
      'O 2010-cu ildən bəri bu vəzifədə işləyir.',
    );
    expect(uzAz('U yugurib keldi.').text).toBe('O qaçıb gəldi.');
    expect(uzAz('Uning soʻzlariga qaraganda, qonun kuchga kiradi.').text).toMatch(
      /^Onun sözlərinə görə, /,
    );
  });

  it('translates -ib bor- as ongoing and qator before a noun as bir sıra', () => {
    expect(uzAz('Sayyohlar soni yildan-yilga ortib bormoqda.').text).toBe(
      'Turistlərin sayı ildən-ilə artır.',
    );
    expect(uzAz('Qator tadbirlar oʻtkazilmoqda.').text).toBe('Bir sıra tədbirlər keçirilir.');
    expect(uzAz('Ikkinchi qatorda oʻtirdi.').text).toBe('İkinci sırada oturdu.');
  });

  it('reads the written pronominal n of dates: martın 3-nə, mayın 15-ndə', () => {
    expect(azUz('İclas martın 3-nə təyin edilib.').text).toBe('Majlis 3-martga tayinlandi.');
    expect(azUz('İclas mayın 15-ndə keçirilib.').text).toBe('Majlis 15-mayda oʻtkazildi.');
    expect(azUz('Martın 3-dən başlayaraq.').text).toBe('3-martdan boshlab.');
    expect(uzAz('Majlis 3-martga tayinlandi.').text).toBe('Məclis martın 3-nə təyin edildi.');
    expect(uzAz('Majlis 6-iyunga tayinlandi.').text).toBe('Məclis iyunun 6-na təyin edildi.');
    expect(uzAz('3-martdan boshlab.').text).toBe('Martın 3-dən etibarən.');
  });

  it('inflects the possessed head of a compound target from its stem', () => {
    expect(uzAz('Voqea joyiga tez yordam xodimlari yetib kelgan.').text).toMatch(/^Hadisə yerinə /);
  });

  it('takes the -(s)I noun before an intransitive verb as its subject', () => {
    expect(azUz('Ölkədə yoluxma halları azalıb.').text).toBe('Mamlakatda yuqish hollari kamaydi.');
    expect(azUz('Onlar məsələləri həll etdi.').text).toBe('Ular masalalarni hal qildi.');
  });

  it('inflects Arabic words in -ə/-e with y (mənbəyi) and flees from an ablative', () => {
    expect(azUz('Jurnalist mənbəyinin adını açıqlamaqdan imtina edib.').text).toMatch(
      /^Jurnalist manbasining nomini /,
    );
    expect(uzAz('Jurnalist manbasini oshkor qilmadi.').text).toMatch(/mənbəyini/);
    expect(azUz('Şübhəli polisdən qaçıb.').text).toBe('Shubhali politsiyadan qochdi.');
  });

  it('gives a possessed possessor the Azerbaijani genitive', () => {
    expect(uzAz('Toshkent shahri hokimi gapirdi.').text).toBe(
      'Daşkənd şəhərinin icra başçısı danışdı.',
    );
    expect(uzAz('Kasallanish holatlari soni ortdi.').text).toBe(
      'Xəstələnmə vəziyyətlərinin sayı artdı.',
    );
    // A common word in -ning is a genitive, not a name in -ng.
    expect(uzAz('Bojxona tartib-taomillarining soddalashtirilishi.').text).toMatch(
      /taomillarining/,
    );
  });

  it('lets dedi quote by itself: no deb before it', () => {
    expect(azUz('Nazir bildirib ki, qiymətlər artmayacaq.').text).toBe(
      'Vazir narxlar oshmaydi, dedi.',
    );
    const result = azUz('"Biz hazırıq", - deyə nazir bildirib.');
    expect(result.text).toBe('"Biz tayyormiz", - vazir dedi.');
    const [sentence] = result.sentences;
    const pairs = sentence!.alignment.map((a) => [
      sentence!.source.slice(...a.source),
      sentence!.target.slice(...a.target),
    ]);
    expect(pairs).toContainEqual(['nazir', 'vazir']);
    expect(pairs).toContainEqual(['bildirib', 'dedi']);
  });

  it('translates weather reports: havo ochiq, tunda, ayrim hududlarda', () => {
    expect(uzAz('Ertaga havo ochiq boʻladi.').text).toBe('Sabah hava açıq olacaq.');
    expect(uzAz('Tunda ayrim hududlarda yomgʻir yogʻadi.').text).toMatch(/^Gecə bəzi ərazilərdə /);
  });

  it('reads a weekday as announcing the future, every weekday as a habit', () => {
    expect(uzAz('Oʻyin shanba kuni boʻlib oʻtadi.').text).toBe('Oyun şənbə günü baş tutacaq.');
    expect(uzAz('Bozor har shanba ishlaydi.').text).toBe('Bazar hər şənbə işləyir.');
  });

  it('never inflects unit abbreviations: min is a number, not m + genitive', () => {
    expect(uzAz('50 mingdan ortiq').text).toBe('50 mindən çox');
    expect(azUz('5 mindən çox').text).toBe('5 mingdan ortiq');
  });

  it('keeps numbers, URLs, e-mails and markup exactly', () => {
    const text = 'Ətraflı: https://example.az/xeber?id=5 və info@example.az <b>12,5</b> %';
    const out = azUz(text).text;
    for (const kept of ['https://example.az/xeber?id=5', 'info@example.az', '<b>12,5</b>', '%']) {
      expect(out).toContain(kept);
    }
  });

  it('spells unknown names by the regular correspondences and reports them', () => {
    const result = azUz('Şəkərbəyovun');
    expect(result.text).toMatch(/^Shakarbayov/);
    expect(result.sentences[0]?.unknown).toEqual(['Şəkərbəyovun']);
  });

  it('returns per-sentence alignment, unknown words and a confidence between 0 and 1', () => {
    const result = azUz('Kitab yaxşıdır. Qzxwv gəldi!');
    expect(result.sentences).toHaveLength(2);
    for (const s of result.sentences) {
      expect(s.confidence).toBeGreaterThanOrEqual(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
      for (const span of s.alignment) {
        expect(span.source[0]).toBeLessThan(span.source[1]);
        expect(s.target.slice(span.target[0], span.target[1]).length).toBeGreaterThan(0);
      }
    }
    expect(result.sentences[1]?.unknown).toContain('Qzxwv');
    expect(result.sentences[1]!.confidence).toBeLessThan(result.sentences[0]!.confidence);
  });

  it('reads Uzbek Cyrillic like Latin and writes Uzbek Cyrillic on request', () => {
    expect(
      translator.translate('китобларимизда', { from: 'uz', to: 'az', fromScript: 'Cyrl' }).text,
    ).toBe(uzAz('kitoblarimizda').text);
    const cyr = translator.translate('kitablarımızda', {
      from: 'az',
      to: 'uz',
      toScript: 'Cyrl',
    }).text;
    expect(cyr).toBe('китобларимизда');
  });

  it('keeps sentence boundaries, spacing and line structure', () => {
    const text = 'Kitab.  Kitab!\n\nKitab?';
    const out = azUz(text).text;
    expect(out).toBe('Kitob.  Kitob!\n\nKitob?');
  });
});

describe('bad input never crashes or hangs', () => {
  const nasty = [
    '',
    '\u0000\u0001\u0002\uFFFF',
    '\uD800 yalnız \uDC00 surroqat',
    'Bakı Москва Toshkent 東京 ☃ 🇦🇿🇺🇿',
    'ə'.repeat(5000),
    `${'a'.repeat(5000)}-${'b'.repeat(5000)}`,
    '<<<>>>&&&;;;"""\'\'\'```',
    '...!!!???',
  ];
  it.each(nasty.map((s) => [s.slice(0, 20), s]))('%s', (_label, text) => {
    for (const [from, to] of [
      ['az', 'uz'],
      ['uz', 'az'],
    ] as const) {
      const result = translator.translate(text, { from, to });
      expect(typeof result.text).toBe('string');
    }
  });

  it('random byte strings (seeded fuzz)', () => {
    let seed = 42;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const alphabet = "aəıoöuüiğşçqxAƏIİOŞÇ ʻʼ'`’-.,!?<>/&;:0123456789 \n\tбвгҳқўғ\uD800\u0301";
    for (let n = 0; n < 300; n++) {
      let text = '';
      const length = Math.floor(rnd() * 80);
      for (let k = 0; k < length; k++) text += alphabet[Math.floor(rnd() * alphabet.length)];
      expect(() => azUz(text)).not.toThrow();
      expect(() => uzAz(text)).not.toThrow();
    }
  });

  it('a 10 MB text', () => {
    const sentence = 'Prezident Bakıda yeni məktəbin açılışında iştirak edib. ';
    const text = sentence.repeat(Math.ceil((10 * 2 ** 20) / sentence.length));
    const result = azUz(text);
    expect(result.sentences.length).toBeGreaterThan(100_000);
  }, 120_000);
});
