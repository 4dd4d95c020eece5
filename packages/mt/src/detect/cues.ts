/**
 * Hand-written linguistic cues for language identification, one entry per language.
 *
 * Format (all fields are plain strings so that a linguist can review them in a diff):
 * - `alphabet`:  every lowercase letter the standard orthography uses. Letters of the same script
 *                that are NOT in it are "foreign" and cost `WEIGHTS.foreignLetter` each.
 * - `signature`: letters or letter pairs that are characteristic of the language within its
 *                script; each occurrence earns `WEIGHTS.signature` (space-separated list).
 * - `typical`:   further letters or pairs (space-separated) that, with the signature ones, almost
 *                every sentence of the language contains. A text with none of them costs the
 *                language log(1 − f) per letter, f being their share of the letters of its sample
 *                text (e.g. Turkish without any of ı ğ ş ç ö ü, Azerbaijani without ə q x …).
 * - `words`:     frequent function words and very common news words (space-separated). Each
 *                token in the text that is in the list earns `WEIGHTS.word`.
 * - `suffixes`:  word endings that are typical of the language and rare in its neighbours
 *                (space-separated). A word longer than the ending by ≥ 2 letters earns
 *                `WEIGHTS.suffix` once per language.
 * Apostrophe variants (ʻ ʼ ‘ ’ ` ´) are folded to ' before matching; write Uzbek with ʻ and ʼ.
 * Uzbek Cyrillic words and suffixes are derived from the Uzbek Latin lists by transliteration
 * (see `profiles.ts`), then `uzCyrlExtra` is added.
 *
 * These cues complement the character trigram model (`profiles.ts`); they are deliberately
 * short: the trigram model does most of the work, the cues make the decision explainable and
 * stabilise it on very short inputs (three words).
 */

export type Lang = 'az' | 'uz' | 'tr' | 'tk' | 'en' | 'uz-Cyrl' | 'kk' | 'ky' | 'ru';

/** The languages the model knows, in the order used by every score vector. */
export const LANGS: readonly Lang[] = ['az', 'uz', 'tr', 'tk', 'en', 'uz-Cyrl', 'kk', 'ky', 'ru'];

export const SCRIPT_OF: Readonly<Record<Lang, 'Latn' | 'Cyrl'>> = {
  az: 'Latn',
  uz: 'Latn',
  tr: 'Latn',
  tk: 'Latn',
  en: 'Latn',
  'uz-Cyrl': 'Cyrl',
  kk: 'Cyrl',
  ky: 'Cyrl',
  ru: 'Cyrl',
};

/** Score contributions, in nats (natural-log units, the same unit as the trigram model). */
export const WEIGHTS = {
  /** A letter of the word's script that the language does not use. */
  foreignLetter: -2,
  /** A signature letter or letter pair of the language. */
  signature: 1,
  /** A token found in the function-word list. */
  word: 2.5,
  /** A typical ending (once per word and language). */
  suffix: 1,
  /** Scale of the per-letter cost of missing signature / typical letters (see `typical`). */
  absence: 1,
} as const;

export interface LanguageCues {
  alphabet: string;
  signature: string;
  typical: string;
  words: string;
  suffixes: string;
}

export const CUES: Readonly<Record<Exclude<Lang, 'uz-Cyrl'>, LanguageCues>> = {
  az: {
    alphabet: 'abcçdeəfgğhxıijkqlmnoöprsştuüvyz',
    signature: 'ə',
    typical: 'ı ğ ş ç ö ü q x',
    words:
      'və bu ilə üçün olan olub edib edilib olunub edir edilir olunur deyil var yox ki də da ' +
      'həm isə artıq görə qədər sonra əvvəl lakin amma ancaq çox daha hər bütün bəzi onun onlar ' +
      'onların biz mən sən siz o ən kimi yeni il ildə ilin barədə haqqında həmçinin belə digər ' +
      'hansı nə necə niyə harada üzrə arasında tərəfindən bildirib qeyd ötən gələn ərzində ' +
      'bağlı yalnız hələ indi çünki əgər bir həmin artıq nazirliyi azərbaycan respublikasının ' +
      'ölkə ölkənin qərar dövlət gün saat əsasən olaraq edərək',
    suffixes:
      'lər ləri lərin lərə lərdə lərdən dır dir dur dür ıb ub üb acaq əcək acaqdır əcəkdir ' +
      'maq mək araq ərək ıq iq uq üq də dən nə yə ndə ndən ində ındə sində mışdır mişdir ' +
      'muşdur lıq lik luq lük çılıq sının sinin',
  },
  uz: {
    alphabet: "abcdefghijklmnopqrstuvxyz'", // c only in ch
    signature: "o' g'",
    typical: 'q x sh ch',
    words:
      "va bilan uchun bo'lgan bu ham esa emas yo'q bor kerak edi ekan deb endi hali yana juda " +
      "eng har barcha biroq lekin ammo chunki agar yoki haqida bo'yicha orqali sababli ko'ra " +
      'keyin oldin qadar tomonidan uning ular biz men siz bizning shu ushbu mazkur bunday ' +
      "qanday nima nega qilindi qildi etdi bo'ldi bo'lib o'tgan yil yili yilda kuni mumkin " +
      "shuningdek hamda ya'ni o'z o'zi kabi tashqari qaraganda nisbatan davomida buyon ichida " +
      "tarzda hozir bugun kecha ertaga qilish etish bo'lish o'rtasida vazirligi respublikasi " +
      "o'zbekiston mamlakat davlat qaror",
    suffixes:
      'ning dagi larning larni lari ni ga gan moqda yapti ladi iladi moq ish ishi chilik ' +
      'gani ganini ilgan langan tirish lashtirish yotgan ayotgan yapman yapsan yapmiz ' +
      'yapsiz yaptilar moqchi moqchiman moqchimiz ishdi ishadi',
  },
  tr: {
    alphabet: 'abcçdefgğhıijklmnoöprsştuüvyzâîû',
    signature: '',
    typical: 'ı ğ ş ç ö ü',
    words:
      've bir bu için ile olarak da de ki çok daha en gibi kadar sonra önce ancak ama fakat ' +
      'veya ya hem her tüm bütün bazı olan olduğu olduğunu değil var yok şu o onun onlar biz ' +
      'ben sen siz yeni yıl yılında yüzde göre karşı arasında tarafından üzerinde ilgili ise ' +
      'mi mı mu mü nasıl neden nerede şey şimdi hâlâ artık yine bile sadece aynı diğer başka ' +
      'etti oldu edildi yapıldı açıkladı belirtti dedi söyledi ayrıca ediyor ediliyor eden ' +
      'üzere böyle çünkü eğer yaklaşık kez kişi türkiye bakanlığı devlet ülke bugün dün',
    suffixes:
      'yor iyor ıyor uyor üyor yordu yorum acak ecek acağı eceği acağını eceğini mak mek ' +
      'arak erek ması mesi dığı diği duğu düğü tığı tiği dığını diğini lık luk ğı ği ğu ğü ' +
      "ken ince ınca unca ünce sında sinde ndaki ndeki 'da 'de 'ta 'te 'nin 'nın 'in 'ın 'ya 'ye",
  },
  tk: {
    alphabet: 'abçdeäfghijžklmnňoöprsştuüwyýz',
    signature: 'ä ň ý ž',
    typical: 'ş ç ö ü',
    words:
      'we bilen üçin bu bir hem hiç şol şu olar onuň biz men sen has iň köp täze ýyl ýylyň ' +
      'ýylda görä boýunça barada arasynda tarapyndan soň öň ýaly entek eýýäm diňe ähli her ' +
      'hemme käbir başga bolan boldy etdi edildi berdi bolup bolsa edýär bolýar ýok bar däl ' +
      'öz emma ýöne sebäbi eger ýagny hakda türkmenistanyň türkmenistan şu gün',
    suffixes:
      'ýar ýär ýan ýän ýarlar ýärler lyk lik lyga ligi daky däki nyň niň ň dyr dir jak jek ' +
      'jakdygyny jekdigini mak mek dygy digi ýa ýe ady edi ýys ýis',
  },
  en: {
    alphabet: 'abcdefghijklmnopqrstuvwxyz',
    signature: '',
    typical: '',
    words:
      'the of and to in a is that for on with as was by at it from be has have are this which ' +
      'will an not but were been their its he she they we said would or after more than also ' +
      'who had his her about there new one two up out into over can could all year last what ' +
      'when where while should must may other some such these those only just',
    suffixes: "tion tions ing ings ed ly ment ments ness ies ous ship 's th ght",
  },
  kk: {
    alphabet: 'абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі',
    signature: 'ә ғ қ ң ө ұ ү һ і',
    typical: '',
    words:
      'және мен бұл үшін деп бойынша жылы жыл бар жоқ емес еді болып болды туралы арқылы дейін ' +
      'кейін бірақ алайда немесе яғни сондай сонымен қатар ол олар біз сен оның осы сол әр ' +
      'барлық көп ең жаңа тағы енді әлі қазір бүгін кеше ертең арасында тарапынан бері қарай ' +
      'сияқты керек мүмкін өз өте қазақстан республикасының елде да де',
    suffixes:
      'ның нің дың дің тың тің ды ді ты ті ған ген қан кен уда уде ады еді ін сы сі ндағы ' +
      'ндегі дағы дегі тағы тегі лық лік дық дік шы ші ғы гі қа ке ға ге',
  },
  ky: {
    alphabet: 'абвгдеёжзийклмнопрстуфхцчшщъыьэюяңөү',
    signature: 'ң ө ү',
    typical: '',
    words:
      'жана менен бул үчүн деп боюнча жылы жыл да дагы бар жок эмес эле экен болуп болду ' +
      'тууралуу жөнүндө аркылуу чейин кийин бирок же ошондой ошол ал алар биз мен сен анын ' +
      'бардык көп эң жаңы азыр бүгүн кечээ эртең ортосунда тарабынан бери карата сыяктуу ' +
      'керек мүмкүн өз өтө ар кээ кыргызстан республикасынын өлкөдө',
    suffixes:
      'нын нин нун нүн дын дин дун дүн тын тин тун түн лор лөр дор дөр тор төр гон гөн ' +
      'уу үү оо өө ган ген йт дагы деги догу дөгү ынан үүдө ууда оодо өөдө луу лүү суз сүз',
  },
  ru: {
    alphabet: 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя',
    signature: 'щ ы ъ э ё',
    typical: '',
    words:
      'и в на не что с по для это как из к о от за а но до при его её их он она они мы я вы ' +
      'был была были было будет года году также который которая которые которых уже еще ещё ' +
      'после более между так только или если чтобы об во со под над без этом этого этот эти ' +
      'всё все сегодня может то же бы ли россии страны время этой том',
    suffixes:
      'ого его ение ения ании ания ости ость ать ить ять ться тся ется ются ется ский ская ' +
      'ское ских ским ной ный ных ным ами ями ой ый ий ая яя ую юю ешь ишь ство ства ции',
  },
};

/**
 * Uzbek Cyrillic. Its function words are the Uzbek Latin ones transliterated plus `wordsExtra`;
 * its endings are written out, because several Uzbek Latin ones (-ga, -ni, -gan, -ish) are
 * also Kyrgyz or Kazakh endings once written in Cyrillic.
 */
export const UZ_CYRL_CUES: Pick<LanguageCues, 'alphabet' | 'signature' | 'typical' | 'suffixes'> & {
  wordsExtra: string;
} = {
  alphabet: 'абвгдеёжзийклмнопрстуфхцчшъьэюяўқғҳ',
  signature: 'ў қ ғ ҳ',
  typical: '',
  wordsExtra: 'ва билан учун бўйича ҳам эса эмас ҳақида мумкин қилинди',
  suffixes:
    'нинг даги ларнинг ларни лари моқда япти лади илади моқ чилик гани ганини илган тириш ' +
    'лаштириш ётган аётган япман япсан япмиз япсиз моқчи ишди ишади',
};
