/** The engine's linguistic data as text, however the host got hold of it (disk, bundle, fetch). */
export interface LanguageData {
  /** Stem lexicon, `lemma<TAB>pos[<TAB>flags]` lines. */
  lexicon: string;
  /** Irregular full forms, `form<TAB>lemma<pos><tag>…` lines. */
  forms: string;
}

export interface LexiconData {
  az: LanguageData;
  uz: LanguageData;
  /** Bilingual Azerbaijani–Uzbek files, in a stable order. */
  bidix: { name: string; text: string }[];
  /** Transfer context rules (`transfer.rules`): lexical selection, future markers, months. */
  rules: string;
}
