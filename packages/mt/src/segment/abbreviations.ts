// Abbreviations after which a full stop does not end a sentence, as they appear in
// Azerbaijani and Uzbek news copy. Format: space-separated, lower case, without the final
// full stop; dotted forms (e.ə., h.k., b.e.ə.) need no entry because every one-letter word
// before a full stop is treated as an abbreviation or an initial. Apostrophes are written '.

const SHARED = [
  // numbers and units
  'mln mlrd trln km kv sm mm kq kg qr gr ha',
  // titles and academic ranks
  'prof akad dos dots dr gen mr mrs ms st',
  // references
  'no nr tel faks fax red',
].join(' ');

const AZERBAIJANI = [
  'səh məs küç pr prosp məh qəs şəh ray dəq',
  'yan fev apr avq sent okt noy dek',
  'polk leyt kap serj müəl tərc',
].join(' ');

const UZBEK_LATIN = [
  "bet yy sh vil tum mah ko'ch mkr mil av",
  'yan fev apr avg sen sent okt noy dek',
  'tarj tahr nashr polk leyt kap serj',
].join(' ');

const UZBEK_CYRILLIC = [
  'млн млрд трлн км кг проф акад доц йй ш вил тум маҳ кўч мкр мил ав бет',
  'янв фев апр авг сен сент окт ноя дек',
  // Russian forms that Uzbek Cyrillic copy keeps
  'гг ул др им стр руб тыс тел ст',
].join(' ');

function toSet(...lists: string[]): ReadonlySet<string> {
  return new Set(lists.join(' ').split(' '));
}

const BY_LANGUAGE: Record<string, ReadonlySet<string>> = {
  az: toSet(SHARED, AZERBAIJANI),
  uz: toSet(SHARED, UZBEK_LATIN, UZBEK_CYRILLIC),
};

const ALL = toSet(SHARED, AZERBAIJANI, UZBEK_LATIN, UZBEK_CYRILLIC);

/** The abbreviations for a BCP 47 tag (uz-Cyrl → uz); every language's for others. */
export function abbreviationsFor(lang: string | undefined): ReadonlySet<string> {
  const primary = (lang ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return BY_LANGUAGE[primary] ?? ALL;
}

const APOSTROPHES = /[`´‘’ʻʼʹ]/g;

/** The form a word is looked up in: lower case, every apostrophe written '. */
export function abbreviationKey(word: string): string {
  return word.toLowerCase().replace(APOSTROPHES, "'");
}

// Two-letter initials: Uzbek digraphs (Sh. Mirziyoyev, Gʻ. Gʻulom, Oʻ. Hoshimov) and
// transliterated Russian names (Yu. Gagarin, Ya. Sverdlov).
const DIGRAPH_INITIALS = new Set([
  'sh',
  'ch',
  'zh',
  'kh',
  'ts',
  'yu',
  'ya',
  'ye',
  'yo',
  "g'",
  "o'",
]);

/** Whether a word written before a full stop is a personal initial: İ. Əliyev, Sh. Mirziyoyev. */
export function isInitial(word: string): boolean {
  const first = word.codePointAt(0);
  if (first === undefined) return false;
  const firstChar = String.fromCodePoint(first);
  if (firstChar.toLowerCase() === firstChar) return false;
  if (word.length === firstChar.length) return true;
  return DIGRAPH_INITIALS.has(abbreviationKey(word));
}
