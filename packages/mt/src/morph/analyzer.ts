/**
 * A morphology for one language: the stem lexicon indexed by surface, the suffix graph, the
 * irregular forms, and guesses for what no lexicon lists (proper nouns, numerals, acronyms).
 */
import { parseIrregularForms, parseLexicon, type RawStem } from './lexicon.js';
import type { Analysis, Morphology, PartOfSpeech } from './types.js';
import { analyzeFrom, generateFrom, type Grammar, type StemStart } from './walker.js';

/** What a language adds to the shared machinery. */
export interface LanguageRules {
  lang: 'az' | 'uz';
  grammar: Grammar;
  startState(pos: PartOfSpeech): string;
  lower(text: string): string;
  /** Where the walk for a lexicon stem starts (alternants, harmony); several for acronyms. */
  stemStarts(stem: RawStem, surface: string): StemStart[];
  /** Walk start for a digit string followed by a hyphen and suffixes (2024-cü, 15-də). */
  numberStart(digits: string, text: string): StemStart;
  /** Walk starts for a guessed proper-noun stem (no lexicon entry). */
  guessStarts(surface: string): StemStart[];
  /** Tags a guessed proper noun may carry (nominal inflection only). */
  guessTagAllowed(tag: string): boolean;
}

interface IndexedStem {
  lemma: string;
  pos: PartOfSpeech;
  start: StemStart;
  viaAlt: boolean;
}

const CACHE_LIMIT = 100_000;
const LETTER = /\p{L}/u;
const UPPER_INITIAL = /^\p{Lu}/u;

export class LexicalMorphology implements Morphology {
  readonly lang: 'az' | 'uz';
  private readonly index = new Map<string, IndexedStem[]>();
  private readonly lemmas = new Map<string, Set<PartOfSpeech>>();
  private readonly irregular = new Map<string, Analysis[]>();
  private readonly irregularByAnalysis = new Map<string, string[]>();
  private readonly cache = new Map<string, Analysis[]>();
  private readonly flagIndex = new Map<string, Map<string, string>>();
  private stemCount = 0;

  constructor(
    private readonly rules: LanguageRules,
    lexiconText: string,
    irregularText = '',
  ) {
    this.lang = rules.lang;
    for (const stem of parseLexicon(lexiconText, `${rules.lang}.lex`)) this.addStem(stem);
    const forms = parseIrregularForms(irregularText, `${rules.lang}.forms`);
    for (const { form, analysis, readOnly } of forms) {
      const key = rules.lower(form);
      const list = this.irregular.get(key) ?? [];
      list.push(analysis);
      this.irregular.set(key, list);
      if (readOnly) continue;
      const akey = analysisKey(analysis);
      this.irregularByAnalysis.set(akey, [...(this.irregularByAnalysis.get(akey) ?? []), form]);
      this.noteLemma(analysis.lemma, analysis.pos);
    }
  }

  get size(): number {
    return this.stemCount;
  }

  private noteLemma(lemma: string, pos: PartOfSpeech) {
    const key = this.rules.lower(lemma);
    const set = this.lemmas.get(key) ?? new Set<PartOfSpeech>();
    set.add(pos);
    this.lemmas.set(key, set);
  }

  private addStem(stem: RawStem) {
    if (stem.lemma.includes(' ')) return;
    this.stemCount++;
    this.noteLemma(stem.lemma, stem.pos);
    this.flagIndex.set(`${stem.lemma}\t${stem.pos}`, stem.flags);
    if (stem.flags.has('irr')) return;
    const surface = this.rules.lower(stem.lemma);
    // Lower-case abbreviations are units (m, km, mln): they never take suffixes, and as stems
    // they would swallow real words (min → m + genitive).
    const uninflected = stem.pos === 'abbr' && !/\p{Lu}/u.test(stem.lemma);
    for (const found of this.rules.stemStarts(stem, surface)) {
      const start = uninflected ? { ...found, state: 'closed', alt: undefined } : found;
      this.put(start.text, { lemma: stem.lemma, pos: stem.pos, start, viaAlt: false });
      if (start.alt !== undefined) {
        this.put(start.alt, { lemma: stem.lemma, pos: stem.pos, start, viaAlt: true });
      }
    }
  }

  private put(key: string, entry: IndexedStem) {
    const list = this.index.get(key);
    if (list) list.push(entry);
    else this.index.set(key, [entry]);
  }

  hasLemma(lemma: string, pos?: PartOfSpeech): boolean {
    const set = this.lemmas.get(this.rules.lower(lemma));
    return set !== undefined && (pos === undefined || set.has(pos));
  }

  analyze(word: string): Analysis[] {
    const cached = this.cache.get(word);
    if (cached) return cached;
    const result = this.analyzeUncached(word);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(word, result);
    return result;
  }

  private analyzeUncached(word: string): Analysis[] {
    if (word === '' || word.length > 64 || (!LETTER.test(word) && !/\d/.test(word))) return [];
    const lower = this.rules.lower(word);
    const out = new Map<string, Analysis>();
    const add = (a: Analysis) => {
      const key = analysisKey(a) + (a.compound ? `+${analysisKey(a.compound)}` : '');
      if (!out.has(key)) out.set(key, a);
    };
    for (const a of this.analyzeWithoutGuess(lower)) add(a);
    const capitalised = UPPER_INITIAL.test(word);
    // A capitalised word read only as a derivation with a 2nd person possessive
    // (Martində as mart-i-n-də: "of your March-ness") is a name with a case suffix.
    if (capitalised && out.size > 0 && [...out.values()].every(farFetched)) {
      const names: Analysis[] = [];
      this.guessProperNoun(word, lower, (a) => names.push(a));
      return [...names, ...simplestFirst([...out.values()], false)];
    }
    if (out.size > 0) return simplestFirst([...out.values()], !capitalised);

    const hyphen = lower.lastIndexOf('-');
    const numeric = /^(\d[\d.,]*)-(\p{L}+)$/u.exec(lower);
    if (numeric?.[1] && numeric[2]) {
      this.analyzeNumber(numeric[1], numeric[2], add);
    } else if (/^\d[\d.,]*$/u.test(lower)) {
      add({ lemma: lower, pos: 'num', tags: [], guessed: true });
    } else if (hyphen > 0 && hyphen < lower.length - 1) {
      // Suffixes after an acronym or a name: BMT-nin, NATO-ya, COVID-19-a.
      const head = word.slice(0, hyphen);
      const known = this.lemmaPos(head);
      for (const start of this.rules.guessStarts(this.rules.lower(head) + '-')) {
        for (const tags of analyzeFrom(this.rules.grammar, lower, start, false)) {
          if (tags.length > 0 && tags.every((tag) => this.rules.guessTagAllowed(tag))) {
            add({ lemma: head, pos: known ?? 'np.al', tags, guessed: known === undefined });
          }
        }
      }
    }
    if (out.size === 0 && hyphen > 0 && !numeric) this.analyzeHyphenated(word, add);
    if (out.size === 0 && UPPER_INITIAL.test(word)) this.guessProperNoun(word, lower, add);
    return [...out.values()];
  }

  private lemmaPos(lemma: string): PartOfSpeech | undefined {
    const set = this.lemmas.get(this.rules.lower(lemma));
    return set ? [...set][0] : undefined;
  }

  private analyzeWithLexicon(lower: string, add: (a: Analysis) => void) {
    for (let i = 1; i <= lower.length; i++) {
      const entries = this.index.get(lower.slice(0, i));
      if (!entries) continue;
      for (const entry of entries) {
        for (const tags of analyzeFrom(this.rules.grammar, lower, entry.start, entry.viaAlt)) {
          add({ lemma: entry.lemma, pos: entry.pos, tags });
        }
      }
    }
  }

  private analyzeNumber(digits: string, rest: string, add: (a: Analysis) => void) {
    const start = this.rules.numberStart(digits, `${digits}-`);
    const word = `${digits}-${rest}`;
    for (const tags of analyzeFrom(this.rules.grammar, word, start, false)) {
      if (tags.length > 0) add({ lemma: digits, pos: 'num', tags, guessed: true });
    }
    // Uzbek writes ordinals as digit + hyphen + noun: 2024-yil, 5-sinf, 15-mayda.
    for (const compound of this.analyzeWithoutGuess(rest)) {
      add({ lemma: digits, pos: 'num', tags: ['ord'], guessed: true, compound });
    }
  }

  /**
   * Hyphenated compounds the lexicon does not list (ijtimoiy-iqtisodiy, sosial-iqtisadi,
   * Azərbaycan-Özbəkistan): the first part as itself, the rest as one more word.
   */
  private analyzeHyphenated(word: string, add: (a: Analysis) => void) {
    const cut = word.indexOf('-');
    const head = word.slice(0, cut);
    const rest = word.slice(cut + 1);
    if (head === '' || rest === '') return;
    const headReading = this.analyze(head)[0];
    const restReading = this.analyze(rest)[0];
    if (headReading && restReading) {
      add({
        ...headReading,
        compound: restReading,
        guessed: headReading.guessed || restReading.guessed,
      });
    }
  }

  private analyzeWithoutGuess(lower: string): Analysis[] {
    const out: Analysis[] = [];
    for (const a of this.irregular.get(lower) ?? []) out.push(a);
    this.analyzeWithLexicon(lower, (a) => out.push(a));
    return out;
  }

  /** Capitalised unknown word: a name, maybe with case, possessive or plural suffixes. */
  private guessProperNoun(word: string, lower: string, add: (a: Analysis) => void) {
    const long: Analysis[] = [];
    const short: Analysis[] = [];
    for (let i = lower.length - 1; i >= 2; i--) {
      const stemText = lower.slice(0, i);
      // Never read the -a of a feminine surname as a dative: Əliyeva, Karimova.
      if (/(ov|ev|yev|in)$/u.test(stemText) && lower.slice(i) === 'a') continue;
      for (const start of this.rules.guessStarts(stemText)) {
        for (const tags of analyzeFrom(this.rules.grammar, lower, start, false)) {
          if (tags.length > 0 && tags.every((tag) => this.rules.guessTagAllowed(tag))) {
            (lower.length - i >= 2 ? long : short).push({
              lemma: word.slice(0, i),
              pos: 'np.al',
              tags,
              guessed: true,
            });
          }
        }
      }
    }
    // Longest stem first; a one-letter "suffix" is likelier part of the name (Ankara, Helsinki),
    // except Azerbaijani -ə after a consonant: foreign names do not end so (Sterlinqə, Seynə).
    if (this.lang === 'az' && /[^aıoueəiöü]ə$/u.test(lower)) {
      for (const a of short) if (a.tags.length === 1 && a.tags[0] === 'dat') long.push(a);
    }
    for (const a of long) add(a);
    add({ lemma: word, pos: 'np.al', tags: [], guessed: true });
    for (const a of short) add(a);
  }

  generate(analysis: Pick<Analysis, 'lemma' | 'pos' | 'tags'>): string[] {
    const irregular = this.irregularByAnalysis.get(analysisKey(analysis));
    if (irregular) return irregular;
    const surface = this.rules.lower(analysis.lemma);
    const number = analysis.pos === 'num' ? /^(\d[\d.,]*)-$/u.exec(surface) : null;
    if (number?.[1]) {
      const start = this.rules.numberStart(number[1], surface);
      return generateFrom(this.rules.grammar, start, analysis.tags);
    }
    const starts = this.rules.stemStarts(
      { lemma: analysis.lemma, pos: analysis.pos, flags: this.flagsOf(analysis) },
      surface,
    );
    const start = starts[0];
    if (!start) return [];
    const stateStart: StemStart = { ...start, state: this.rules.startState(analysis.pos) };
    const forms = generateFrom(this.rules.grammar, stateStart, analysis.tags);
    // Keep the lemma's own spelling of the stem (capitals of names and acronyms).
    return forms.map((f) => (f.startsWith(surface) ? analysis.lemma + f.slice(surface.length) : f));
  }

  private flagsOf(a: Pick<Analysis, 'lemma' | 'pos'>): Map<string, string> {
    return this.flagIndex.get(`${a.lemma}\t${a.pos}`) ?? new Map();
  }
}

/**
 * Likelier readings first: fewer morphemes, and news is told in the third person, so first- and
 * second-person possessives rank after a case of the same length (Əliyevin: gen before px2sg).
 * The sort is stable, so the graph's own order breaks the remaining ties.
 */
const MARKED_TAGS: ReadonlyMap<string, number> = new Map([
  ['px1sg', 0.5],
  ['px2sg', 0.5],
  ['px1pl', 0.5],
  ['px2pl', 0.5],
  ['cop_cond', 0.5],
  // A verb explains -dI / -mIş better than a noun with a copula (güldü: laughed, not "was a rose").
  ['cop', 0.25],
  // The question particle -mI is rare in news; hajmi is hajm + possessive, not "hajj?".
  ['qst', 1],
  ['cop_past', 0.5],
  ['cop_evid', 0.5],
  // The purpose converb -gani is rare beside -gan + possessive (kelgani sababli).
  ['cvb_gani', 1.5],
]);

function readingCost(a: Analysis, lowerCaseWord: boolean): number {
  let cost = a.tags.length;
  for (const tag of a.tags) cost += MARKED_TAGS.get(tag) ?? 0;
  // A word written in lower case is rarely the name it spells (şahid, not the name Şahid).
  if (lowerCaseWord && UPPER_INITIAL.test(a.lemma)) cost += 10;
  // Adjectives seldom take possessives; a verb usually explains such a form (olamiz: ol-, not ola).
  if (a.pos === 'adj' && a.tags.some((t) => t.startsWith('px'))) cost += 1.5;
  return cost;
}

function farFetched(a: Analysis): boolean {
  return a.tags.some((t) => t.startsWith('der_')) && a.tags.includes('px2sg');
}

function simplestFirst(list: Analysis[], lowerCaseWord: boolean): Analysis[] {
  return list.sort((a, b) => readingCost(a, lowerCaseWord) - readingCost(b, lowerCaseWord));
}

function analysisKey(a: Pick<Analysis, 'lemma' | 'pos' | 'tags'>): string {
  return `${a.lemma}<${a.pos}>${a.tags.join('.')}`;
}
