// Uzbek Latin → Cyrillic exceptions that the general rules in uz-cyrillic.ts cannot predict.
// Our own short list of common news words; each is a stem matched at the start of a word and
// only when the rest of the word is a chain of ordinary suffixes (so sirk → цирк, but sirka
// "vinegar" stays сирка). The -tsiya/-ksiya/-nsiya patterns are general rules, not entries.

/** Latin stem → Cyrillic stem. */
const LOANWORD_STEMS: Record<string, string> = {
  // s → ц, where the Cyrillic ц became s at the word start or after a consonant
  sirk: 'цирк',
  sirkul: 'циркуль',
  sement: 'цемент',
  sentr: 'центр',
  sentral: 'централ',
  sentner: 'центнер',
  sex: 'цех',
  sikl: 'цикл',
  silindr: 'цилиндр',
  sink: 'цинк',
  sitata: 'цитата',
  sitrus: 'цитрус',
  sivilizatsiya: 'цивилизация',
  sensura: 'цензура',
  konsert: 'концерт',
  konsepsiya: 'концепция',
  prinsip: 'принцип',
  vaksina: 'вакцина',
  aksiz: 'акциз',
  aksent: 'акцент',
  // ts → ц where the following letters look like a native suffix
  pitsa: 'пицца',
  spetsifik: 'специфик',
  // -siya words that keep с against the -nsiya/-ksiya rules
  pensiya: 'пенсия',
  ekspansiya: 'экспансия',
  anoreksiya: 'анорексия',
  disleksiya: 'дислексия',
  // soft sign restored
  avtomobil: 'автомобиль',
  yanvar: 'январь',
  fevral: 'февраль',
  aprel: 'апрель',
  iyun: 'июнь',
  iyul: 'июль',
  sentabr: 'сентябрь',
  oktabr: 'октябрь',
  noyabr: 'ноябрь',
  dekabr: 'декабрь',
  model: 'модель',
  film: 'фильм',
  festival: 'фестиваль',
  medal: 'медаль',
  portfel: 'портфель',
  parol: 'пароль',
  kontrol: 'контроль',
  rol: 'роль',
  spektakl: 'спектакль',
  magistral: 'магистраль',
  alkogol: 'алкоголь',
  dizel: 'дизель',
  mebel: 'мебель',
  kabel: 'кабель',
  pedal: 'педаль',
  rubl: 'рубль',
  kreml: 'кремль',
  kompyuter: 'компьютер',
  intervyu: 'интервью',
  nyu: 'нью',
  // y + o → йо rather than ё
  rayon: 'район',
  mayor: 'майор',
  yoga: 'йога',
  yogurt: 'йогурт',
  mayonez: 'майонез',
  york: 'йорк',
  // word-internal э
  mer: 'мэр',
  meriya: 'мэрия',
  reket: 'рэкет',
  rep: 'рэп',
};

export const UZ_LOANWORDS: ReadonlyMap<string, string> = new Map(Object.entries(LOANWORD_STEMS));

// Stems grouped by their first two letters, longest first, so a word costs one lookup.
const stemsByStart = new Map<string, string[]>();
for (const stem of [...UZ_LOANWORDS.keys()].sort((a, b) => b.length - a.length)) {
  const key = stem.slice(0, 2);
  const list = stemsByStart.get(key) ?? [];
  list.push(stem);
  stemsByStart.set(key, list);
}

// Inflectional and common derivational suffixes, lower-case Latin.
const SUFFIXES = [
  'lar',
  'lari',
  'ning',
  'ni',
  'niki',
  'ki',
  'ga',
  'ka',
  'qa',
  'gacha',
  'da',
  'dan',
  'dagi',
  'dek',
  'day',
  'cha',
  'i',
  'si',
  'im',
  'ing',
  'imiz',
  'ingiz',
  'm',
  'ng',
  'miz',
  'ngiz',
  'mi',
  'dir',
  'man',
  'san',
  'siz',
  'chi',
  'lik',
  'li',
  'iy',
  'viy',
  'lash',
  'lashtir',
];
const MAX_SUFFIX_CHAIN = 24;

/** Whether `rest` is empty or a concatenation of known suffixes (rayon|lar|ga). */
function isSuffixChain(rest: string): boolean {
  if (rest.length === 0) return true;
  if (rest.length > MAX_SUFFIX_CHAIN) return false;
  const reachable = new Uint8Array(rest.length + 1);
  reachable[0] = 1;
  for (let i = 0; i < rest.length; i++) {
    if (!reachable[i]) continue;
    for (const suffix of SUFFIXES) {
      if (rest.startsWith(suffix, i)) reachable[i + suffix.length] = 1;
    }
  }
  return reachable[rest.length] === 1;
}

/** The longest loanword stem at the start of a lower-case word, if the rest is suffixes. */
export function matchLoanwordStem(lowerWord: string): { latin: string; cyrillic: string } | null {
  const candidates = stemsByStart.get(lowerWord.slice(0, 2));
  if (candidates === undefined) return null;
  for (const latin of candidates) {
    if (!lowerWord.startsWith(latin) || !isSuffixChain(lowerWord.slice(latin.length))) continue;
    const cyrillic = UZ_LOANWORDS.get(latin);
    if (cyrillic !== undefined) return { latin, cyrillic };
  }
  return null;
}
