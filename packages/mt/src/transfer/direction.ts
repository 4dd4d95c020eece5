/**
 * One direction of the built-in engine (az→uz or uz→az): a sentence is tokenised, each word
 * (or multiword unit, or construction) is analysed, looked up in the bilingual lexicon, its tags
 * are transferred and the target form generated. The constructions that differ between the
 * languages live in constructions.ts, the clause and reading heuristics in clauses.ts and
 * readings.ts.
 */
import type { EngineLanguage, SentenceTranslation, AlignedSpan } from '../engine.js';
import type { Analysis, Morphology } from '../morph/types.js';
import { applyCase, casePattern, toLower, toUpper } from '../script/index.js';
import { tokenize, type Token } from '../segment/index.js';
import type { Bidix, BidixEntry, Direction } from './bidix.js';
import { isClauseFinal, beforeVerb } from './clauses.js';
import {
  particleWord,
  auxiliaryAfter,
  detachedCase,
  matchDate,
  matchComparative,
  matchIntention,
  reportedSpeech,
  type Auxiliary,
} from './constructions.js';
import {
  isNameHere,
  preferAdjectiveBeforeNoun,
  preferFiniteVerb,
  preferObjectReading,
  preferParticipleBeforeNoun,
  preferVerbBeforeBegin,
  preferVerbalNounAfterObject,
} from './readings.js';
import { reorderReportedSpeech } from './reported-speech.js';
import { retagSource, selectTarget, type TransferRules } from './rules.js';
import { transferTags } from './tags.js';

/** The longest multiword unit the lexicon may hold, in words. */
const MAX_UNIT_WORDS = 8;
const HAS_LETTER = /\p{L}/u;
export const DIGITS = /^\d[\d.,]*$/u;
/** A quotation, a dash, deb, and later in the sentence a form of de- (say). */
const QUOTED_DEB =
  /(["”»],?\s*(?:[-–—]\s*)?)deb (?=[^"”»“«]*\bde(?:di|gan|ydi|yapti)\b[^"”»“«]*$)/u;
const TIME_NOUNS: ReadonlySet<string> = new Set([
  'gün',
  'gecə',
  'səhər',
  'axşam',
  'kun',
  'kech',
  'tong',
  'oqshom',
]);

export interface WordResult {
  text: string;
  known: boolean;
  /** Joins the next word with a hyphen instead of the space (Uzbek 2024-yil). */
  hyphenNext?: boolean;
  /** The reading that was translated, as context for the next word. */
  analysis?: Analysis;
}

/** A unit of several tokens translated together, ending at token `lastIndex`. */
export type UnitMatch = { lastIndex: number; result: WordResult };

/** What the words of one sentence know about each other while it is translated. */
export interface SentenceContext {
  /** The sentence has a future marker (Uzbek ertaga, kelgusi …). */
  future: boolean;
  /** The reading of the previous word, when only a space separates them. */
  prev?: Analysis | undefined;
}

export class DirectionEngine {
  private readonly generated = new Map<string, string>();
  readonly direction: Direction;

  constructor(
    readonly from: EngineLanguage,
    readonly to: EngineLanguage,
    readonly source: Morphology,
    readonly target: Morphology,
    readonly bidix: Bidix,
    readonly spell: (text: string) => string,
    readonly spellName: (text: string) => string,
    readonly rules: TransferRules,
  ) {
    this.direction = `${from}-${to}` as Direction;
    this.months = from === 'az' ? rules.months.azUz : rules.months.uzAz;
  }

  readonly months: ReadonlyMap<string, string>;
  context: SentenceContext = { future: false };

  private readonly lowered = new Map<string, string>();

  /** Lower case in the source language's rules, remembered: the same words come back often. */
  lower(text: string): string {
    let result = this.lowered.get(text);
    if (result === undefined) {
      result = toLower(text, this.from);
      if (this.lowered.size > 100_000) this.lowered.clear();
      this.lowered.set(text, result);
    }
    return result;
  }

  translateSentence(text: string, whole = true): SentenceTranslation {
    const tokens = tokenize(text);
    const speech = whole && this.from === 'az' ? reportedSpeech(this, tokens) : undefined;
    if (speech) {
      return reorderReportedSpeech(
        text,
        tokens,
        speech,
        'deb',
        (part) => this.translateSentence(part, false),
        (s) => capitalizeFirst(s, this.to),
      );
    }
    this.context = { future: this.hasFutureMarker(tokens) };
    const alignment: AlignedSpan[] = [];
    const unknown: string[] = [];
    let target = '';
    let words = 0;
    let known = 0;
    let joinNext = false;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as Token;
      const detached = detachedCase(this, tokens, i);
      if (detached) {
        const start = target.length;
        target += detached.text;
        alignment.push({
          source: [token.start, (tokens[i + 2] as Token).end],
          target: [start, target.length],
        });
        this.context.prev = tokens[i + 3]?.kind === 'space' ? detached.analysis : undefined;
        i += 2;
        continue;
      }
      if (!this.isWord(token)) {
        if (!(joinNext && token.kind === 'space')) target += token.text;
        // A bare number is context for the next word (45 yaşlı, üç bal).
        if (token.kind === 'number' && DIGITS.test(token.text)) {
          const next = tokens[i + 1]?.kind === 'space';
          this.context.prev = next ? { lemma: token.text, pos: 'num', tags: [] } : undefined;
        }
        continue;
      }
      const also = particleWord(this, tokens, i, target);
      if (also !== undefined) {
        const start = target.length;
        target += also;
        alignment.push({ source: [token.start, token.end], target: [start, target.length] });
        words++;
        known++;
        continue;
      }
      const multi =
        matchDate(this, tokens, i) ??
        matchIntention(this, tokens, i) ??
        matchComparative(this, tokens, i) ??
        this.matchMultiword(tokens, i);
      const aux = multi ? undefined : auxiliaryAfter(this, tokens, i);
      const last = multi ? multi.lastIndex : (aux?.index ?? i);
      const result: WordResult = multi
        ? multi.result
        : this.translateWord(tokens, i, aux, joinNext);
      if (aux?.after) result.text += ` ${aux.after}`;
      const following = tokens[last + 1];
      this.context.prev = following?.kind === 'space' ? result.analysis : undefined;
      const start = target.length;
      target += result.text;
      joinNext = result.hyphenNext === true;
      if (joinNext) target += '-';
      alignment.push({
        source: [token.start, (tokens[last] as Token).end],
        target: [start, start + result.text.length],
      });
      words++;
      if (result.known) known++;
      else unknown.push(text.slice(token.start, (tokens[last] as Token).end));
      i = last;
    }
    // "…", - deyə nazir bildirib → "…", - vazir dedi: de- quotes by itself, deb would repeat it.
    if (this.to === 'uz') {
      const quoted = QUOTED_DEB.exec(target);
      if (quoted) {
        const cut = quoted.index + (quoted[1] as string).length;
        const end = quoted.index + quoted[0].length;
        const shift = (at: number) => (at >= end ? at - (end - cut) : Math.min(at, cut));
        target = target.slice(0, cut) + target.slice(end);
        for (const span of alignment) span.target = [shift(span.target[0]), shift(span.target[1])];
      }
    }
    // A sentence opened by a number may open with a word in the target (3-martdan → Martın
    // 3-dən): it starts with a capital like any sentence.
    if (/^[^\p{L}\d]*\d/u.test(text) && /^[^\p{L}\d]*\p{Ll}/u.test(target)) {
      const at = target.search(/\p{L}/u);
      target = target.slice(0, at) + capitalizeFirst(target.slice(at), this.to);
    }
    return {
      source: text,
      target,
      alignment,
      unknown,
      confidence: words === 0 ? 1 : known / words,
    };
  }

  isWord(token: Token): boolean {
    return (token.kind === 'word' || token.kind === 'number') && HAS_LETTER.test(token.text);
  }

  /** The bilingual entry for a reading: the default, unless a selection rule picks another. */
  choose(analysis: Analysis, tokens: readonly Token[], i: number): BidixEntry | undefined {
    const entries = this.bidix.lookup(analysis.lemma, analysis.pos);
    if (entries.length === 0) return undefined;
    const target = selectTarget(this.rules.selection, this.direction, analysis, {
      prev: this.context.prev,
      next: this.nextReading(tokens, i),
    });
    if (target === undefined) return entries[0];
    return entries.find((e) => e.target === target) ?? { ...(entries[0] as BidixEntry), target };
  }

  /** The token right after token i when only a space separates them. */
  adjacent(tokens: readonly Token[], i: number): Token | undefined {
    return tokens[i + 1]?.kind === 'space' ? tokens[i + 2] : undefined;
  }

  /** The token right before token i when only a space separates them. */
  previous(tokens: readonly Token[], i: number): Token | undefined {
    return tokens[i - 1]?.kind === 'space' ? tokens[i - 2] : undefined;
  }

  /** The first reading of the word right after token i, when only a space separates them. */
  nextReading(tokens: readonly Token[], i: number): Analysis | undefined {
    const next = this.adjacent(tokens, i);
    return next && this.isWord(next) ? this.source.analyze(next.text)[0] : undefined;
  }

  /**
   * Uzbek present-future verbs read as future in a sentence with ertaga, kelgusi …, or with a
   * condition (havo yaxshi boʻlsa, boramiz → gedəcəyik); not with -sa-da (although).
   */
  hasFutureMarker(tokens: readonly Token[]): boolean {
    if (this.from !== 'uz') return false;
    return tokens.some((t, i) => {
      if (t.kind !== 'word') return false;
      const readings = this.source.analyze(t.text);
      // har juma (every Friday) is a habit, not an announcement.
      const every = i >= 2 && this.lower((tokens[i - 2] as Token).text) === 'har';
      if (!every && readings.some((a) => this.rules.futureMarkers.has(a.lemma))) return true;
      const first = readings[0];
      return first?.pos === 'v' && first.tags.includes('cond') && !first.tags.includes('clt_da');
    });
  }

  /** Voice and negation tags before a verb form, in target terms. */
  transferStem(tags: readonly string[]): string[] {
    return transferTags(this.direction, tags, false).tags;
  }

  /** A target lemma (maybe multiword) inflected with target tags, in the source word's case. */
  inflectTarget(
    target: string,
    tags: readonly string[],
    pattern: ReturnType<typeof casePattern>,
  ): string {
    const words = target.split(' ');
    const head = words.pop() as string;
    const text = [...words, this.inflect(head, 'v', tags)].join(' ');
    return pattern === 'title'
      ? capitalizeFirst(text, this.to)
      : pattern === 'upper'
        ? applyCase(text, 'upper', this.to)
        : text;
  }

  /** The next token that is not a space, if any. */
  nextToken(tokens: readonly Token[], i: number): Token | undefined {
    return tokens[this.nextIndex(tokens, i)];
  }

  /** Index of the first token after i that is not a space (tokens.length when none). */
  nextIndex(tokens: readonly Token[], i: number): number {
    let k = i + 1;
    while (k < tokens.length && (tokens[k] as Token).kind === 'space') k++;
    return k;
  }

  /** The longest multiword unit starting at token i: all words but the last must match exactly. */
  /** Another unit of as many words whose last word spells more of this word. */
  private hasLongerHead(candidates: readonly BidixEntry[], entry: BidixEntry, word: string) {
    const lower = this.lower(word);
    const parts = this.bidix.partsOf(entry);
    const head = parts.at(-1) ?? '';
    return candidates.some((c) => {
      const other = this.bidix.partsOf(c);
      const last = other.at(-1) ?? '';
      return (
        c.pos === entry.pos &&
        other.length === parts.length &&
        last.length > head.length &&
        lower.startsWith(last)
      );
    });
  }

  matchMultiword(tokens: readonly Token[], i: number): UnitMatch | undefined {
    const first = tokens[i] as Token;
    const candidates = this.bidix.multiword.get(this.lower(first.text));
    if (!candidates) return undefined;
    // The words after the first, as far as spaces join them: most candidates fail on the second.
    const following: string[] = [];
    for (let k = i; following.length < MAX_UNIT_WORDS; k += 2) {
      const space = tokens[k + 1];
      const next = tokens[k + 2];
      if (space?.kind !== 'space' || !next || !this.isWord(next)) break;
      following.push(this.lower(next.text));
    }
    for (const entry of candidates) {
      const parts = this.bidix.partsOf(entry);
      if (parts.length - 1 > following.length) continue;
      let ok = true;
      for (let p = 1; p < parts.length - 1 && ok; p++) ok = following[p - 1] === parts[p];
      if (!ok) continue;
      const k = i + 2 * (parts.length - 1);
      const lastWord = tokens[k] as Token;
      const headTags = this.headTags(
        lastWord.text,
        entry.source.slice(entry.source.lastIndexOf(' ') + 1),
        entry,
        this.from === 'az' ? this.nextReading(tokens, k) : undefined,
        entry.pos !== 'v' &&
          this.context.prev?.tags.at(-1) !== 'gen' &&
          beforeVerb(this, tokens, k),
      );
      if (headTags === undefined) continue;
      // başa çatdırıldı is başa çatdır + passive, not başa çat + causative + passive.
      if (headTags[0] === 'caus' && this.hasLongerHead(candidates, entry, lastWord.text)) continue;
      // A compound verb's head takes an auxiliary or copula word like any verb (… borayotgan edi).
      const aux = entry.pos === 'v' ? auxiliaryAfter(this, tokens, k) : undefined;
      const tags = aux ? [...headTags.slice(0, headTags.length - aux.drop), ...aux.tags] : headTags;
      const end = aux?.index ?? k;
      const retagged = retagSource(this.rules.retag, this.direction, tags, {
        prev: this.context.prev,
        next: this.nextReading(tokens, end),
      });
      // The unit is in capitals only when all of it is (İT SEKTORU); an acronym that opens it
      // (İT sektoru) makes it title case, and the target keeps its own acronym.
      const span = tokens
        .slice(i, k + 1)
        .map((t) => t.text)
        .join('');
      const shape = casePattern(first.text);
      const pattern = shape === 'upper' && casePattern(span) !== 'upper' ? 'title' : shape;
      let text = this.realize(entry, retagged, isClauseFinal(this, tokens, end), pattern);
      if (aux?.after) text += ` ${aux.after}`;
      const analysis: Analysis = { lemma: entry.source, pos: entry.pos, tags };
      return { lastIndex: end, result: { text, known: true, analysis } };
    }
    return undefined;
  }

  /**
   * Tags of an inflected last word of a multiword unit beyond those its lemma form already has:
   * `kənd təsərrüfatının` → the lemma's `təsərrüfatı` is təsərrüfat+px3sp, the word adds gen.
   */
  headTags(
    word: string,
    lemmaWord: string,
    entry: BidixEntry,
    next?: Analysis,
    objectBeforeVerb = false,
  ): string[] | undefined {
    if (this.lower(word) === this.lower(lemmaWord)) return [];
    const base = this.source.analyze(lemmaWord).find((a) => !a.guessed);
    // Before a verb the -(s)I of the unit's last word is the object (Şavkat Mirziyoyevi qəbul
    // edib → Shavkat Mirziyoyevni), as for single words.
    const readings = preferObjectReading(this.source.analyze(word), objectBeforeVerb);
    for (const a of preferParticipleBeforeNoun(readings, next)) {
      if (a.guessed) continue;
      if (entry.pos === 'v' || !base) {
        if (this.lower(a.lemma) === this.lower(lemmaWord) && (entry.pos !== 'v' || a.pos === 'v'))
          return a.tags;
        continue;
      }
      if (a.lemma === base.lemma && base.tags.every((t, n) => a.tags[n] === t))
        return a.tags.slice(base.tags.length);
    }
    return undefined;
  }

  translateWord(
    tokens: readonly Token[],
    i: number,
    aux?: Auxiliary,
    afterOrdinal = false,
  ): WordResult {
    const word = (tokens[i] as Token).text;
    const clauseFinal = isClauseFinal(this, tokens, aux?.index ?? i);
    const prev = this.context.prev;
    const readings = this.source.analyze(word);
    // After a genitive, or a time noun after a bare noun (cümə günü, keçən ilin payızı), -(s)I
    // is the possessive of a compound even right before a verb; a bare noun before any other
    // noun is likelier the subject (Uşaq kitabı oxudu).
    const compoundHead =
      prev !== undefined &&
      (prev.tags.at(-1) === 'gen' ||
        (prev.tags.length === 0 &&
          prev.pos === 'n' &&
          readings.some((a) => TIME_NOUNS.has(a.lemma))));
    let analyses = preferObjectReading(readings, beforeVerb(this, tokens, i) && !compoundHead);
    if (aux) {
      const host = aux.host?.join('.');
      analyses = analyses
        .filter((a) => a.pos === 'v' && (host === undefined || a.tags.join('.') === host))
        .map((a) => ({
          ...a,
          tags: [...a.tags.slice(0, a.tags.length - aux.drop), ...aux.tags],
        }));
    }
    if (clauseFinal && !aux) analyses = preferFiniteVerb(this, analyses);
    else if (!aux) {
      const next = this.nextReading(tokens, i);
      analyses = preferAdjectiveBeforeNoun(preferParticipleBeforeNoun(analyses, next), next);
      analyses = preferVerbBeforeBegin(analyses, next);
      if (this.from === 'uz') analyses = preferVerbalNounAfterObject(analyses, this.context.prev);
    }
    if (!aux && isNameHere(this, tokens, i, analyses)) {
      // One part of a longer name; a name that looks like a common word is taken whole.
      analyses = [{ lemma: word, pos: 'np.al', tags: [], guessed: true }];
    }
    // After 2024-cü the word is the counted noun (ilə = il + dative, not the postposition).
    if (afterOrdinal) {
      analyses = [
        ...analyses.filter((a) => a.pos === 'n'),
        ...analyses.filter((a) => a.pos !== 'n'),
      ];
    }
    const pattern = casePattern(word);
    // The analyser ranks a guessed name before lexicon readings only when those are far-fetched
    // (Martində as mart-i-n-də): then the name is the reading.
    const first = analyses[0];
    if (first?.guessed && first.pos.startsWith('np.') && analyses.some((a) => !a.guessed)) {
      return this.spelledOver(first, clauseFinal, pattern);
    }
    for (const analysis of analyses) {
      if (analysis.compound) return this.translateCompound(analysis, clauseFinal, pattern, word);
      if (analysis.pos === 'num' && DIGITS.test(analysis.lemma))
        return { ...this.translateNumber(analysis, clauseFinal), analysis };
      const entry = this.choose(analysis, tokens, aux?.index ?? i);
      if (entry) {
        const tags = retagSource(this.rules.retag, this.direction, analysis.tags, {
          prev: this.context.prev,
          next: this.nextReading(tokens, aux?.index ?? i),
        });
        const text = this.realize(entry, tags, clauseFinal, pattern, analysis.pos);
        return { text, known: true, analysis };
      }
    }
    const name = analyses.find((a) => a.pos.startsWith('np.') || a.pos === 'abbr');
    if (name) return this.spelledOver(name, clauseFinal, pattern);
    const noun = analyses.length === 0 ? this.guessNoun(word) : undefined;
    if (noun) return this.spelledOver(noun, clauseFinal, pattern);
    return { text: this.spell(word), known: false };
  }

  /**
   * An unknown lower-case word with a clear nominal ending (modernizatsiyasi, -lari, -ning): its
   * stem spelled over and the ending generated in the target, which keeps the grammar readable.
   * Only endings of two letters or more: a one-letter "suffix" is likelier part of the stem.
   */
  private guessNoun(word: string): Analysis | undefined {
    if (!/^\p{Ll}{5,}$/u.test(word)) return undefined;
    const title = capitalizeFirst(word, this.from);
    const guess = this.source
      .analyze(title)
      .find((a) => a.guessed && a.tags.length > 0 && word.length - a.lemma.length >= 2);
    if (!guess || guess.lemma.length < 3) return undefined;
    return { ...guess, lemma: this.lower(guess.lemma), pos: 'n' };
  }

  /** Uzbek 2024-yilda ⇄ Azerbaijani 2024-cü ildə; 15-də ⇄ 15-da. */
  translateNumber(analysis: Analysis, clauseFinal: boolean): WordResult {
    const { tags } = transferTags(this.direction, analysis.tags, clauseFinal, this.context.future);
    if (this.to === 'uz' && tags[0] === 'ord' && tags.length === 1) {
      return { text: analysis.lemma, known: true, hyphenNext: true };
    }
    const forms = tags.length
      ? this.target.generate({ lemma: `${analysis.lemma}-`, pos: 'num', tags })
      : [];
    return { text: forms[0] ?? analysis.lemma, known: true };
  }

  /** 2024-yilda → 2024-cü ildə; ijtimoiy-iqtisodiy → sosial-iqtisadi, part by part. */
  translateCompound(
    analysis: Analysis,
    clauseFinal: boolean,
    pattern: ReturnType<typeof casePattern>,
    word: string,
  ): WordResult {
    const rest = analysis.compound as Analysis;
    const first: Analysis = { lemma: analysis.lemma, pos: analysis.pos, tags: analysis.tags };
    const isNumber = first.pos === 'num' && DIGITS.test(first.lemma);
    const month = isNumber && this.from === 'uz' ? this.months.get(rest.lemma) : undefined;
    if (month !== undefined) {
      // Uzbek 15-mayda → Azerbaijani mayın 15-də: month in the genitive, the case on the day.
      const dayTags = rest.tags.length > 0 ? rest.tags : ['px3sp'];
      let day = this.target.generate({ lemma: `${first.lemma}-`, pos: 'num', tags: dayTags })[0];
      // The dative of a date keeps the possessive's n in writing: martın 3-nə (üçünə).
      if (dayTags.join('.') === 'dat') {
        const full = this.target.generate({
          lemma: `${first.lemma}-`,
          pos: 'num',
          tags: ['px3sp', 'dat'],
        })[0];
        if (full) day = `${first.lemma}-${full.slice(-2)}`;
      }
      const monthText = this.inflect(month, 'n', ['gen']);
      const shown = pattern === 'title' ? capitalizeFirst(monthText, this.to) : monthText;
      return { text: `${shown} ${day ?? first.lemma}`, known: true };
    }
    const left = isNumber
      ? this.translateNumber(first, false)
      : this.translateReading(first, false, pattern);
    const restWord = word.slice(word.indexOf('-') + 1);
    const right = this.translateReading(rest, clauseFinal, casePattern(restWord));
    const joiner = isNumber ? ' ' : '-';
    return { text: `${left.text}${joiner}${right.text}`, known: left.known && right.known };
  }

  /** One reading through the bilingual lexicon, or spelled over when it has no entry. */
  translateReading(
    analysis: Analysis,
    clauseFinal: boolean,
    pattern: ReturnType<typeof casePattern>,
  ): WordResult {
    if (analysis.compound) {
      return this.translateCompound(analysis, clauseFinal, pattern, analysis.lemma);
    }
    const entry = this.bidix.lookup(analysis.lemma, analysis.pos)[0];
    if (entry) {
      return {
        text: this.realize(entry, analysis.tags, clauseFinal, pattern, analysis.pos),
        known: true,
      };
    }
    return this.spelledOver(analysis, clauseFinal, pattern);
  }

  /** A reading with no bilingual entry: its lemma spelled over, its suffixes generated. */
  spelledOver(
    analysis: Analysis,
    clauseFinal: boolean,
    pattern: ReturnType<typeof casePattern>,
  ): WordResult {
    const spelled: BidixEntry = {
      source: analysis.lemma,
      target: analysis.pos.startsWith('np.')
        ? this.spellName(analysis.lemma)
        : this.spell(analysis.lemma),
      pos: analysis.pos,
    };
    return {
      text: this.realize(spelled, analysis.tags, clauseFinal, pattern, analysis.pos),
      known: false,
    };
  }

  /** Generates the target of `entry` with the transferred tags, in the source word's case. */
  realize(
    entry: BidixEntry,
    sourceTags: readonly string[],
    clauseFinal: boolean,
    pattern: ReturnType<typeof casePattern>,
    pos = entry.pos,
  ): string {
    const { tags, before, after } = transferTags(
      this.direction,
      sourceTags,
      clauseFinal,
      this.context.future,
      this.rules.stative.has(`${this.from}:${entry.source}`),
    );
    const words = entry.target.split(' ');
    const head = words.pop() as string;
    const inflected = this.inflect(
      head,
      pos === entry.pos ? entry.pos : pos,
      tags,
      words.length > 0 && pos !== 'v',
    );
    let text = [...before, ...words, inflected, ...after].join(' ');
    const properNoun = /^\p{Lu}/u.test(entry.target);
    if (pattern === 'upper') text = applyCase(text, 'upper', this.to);
    else if (pattern === 'title' && !properNoun) text = capitalizeFirst(text, this.to);
    return text;
  }

  inflect(
    lemma: string,
    pos: Analysis['pos'],
    tags: readonly string[],
    compoundHead = false,
  ): string {
    if (tags.length === 0) return lemma;
    const key = `${lemma}\t${pos}\t${tags.join('.')}\t${compoundHead ? 'h' : ''}`;
    const cached = this.generated.get(key);
    if (cached !== undefined) return cached;
    // A lemma that is itself inflected (xoʻjaligi = xoʻjalik + px3sp) inflects from its stem;
    // so does the possessed head of a compound (hadisə yeri + dat → hadisə yerinə), even when
    // the lexicon also lists the word itself.
    let stem: Pick<Analysis, 'lemma' | 'pos' | 'tags'> = { lemma, pos, tags: [] };
    if (!this.target.hasLemma(lemma) || compoundHead) {
      const base = this.target
        .analyze(lemma)
        .find(
          (a) => !a.guessed && a.tags.length > 0 && (!compoundHead || a.tags.join('.') === 'px3sp'),
        );
      if (base) stem = base;
    }
    // The plural goes before the lemma's own possessive: icra başçısı + pl → icra başçıları.
    let own = tags;
    if (stem.tags.at(-1)?.startsWith('px') && tags[0] === 'pl') {
      stem = { ...stem, tags: [...stem.tags.slice(0, -1), 'pl', stem.tags.at(-1) as string] };
      own = tags.slice(1);
    }
    let form: string | undefined;
    for (let n = own.length; n >= 0 && form === undefined; n--) {
      const forms = this.target.generate({
        lemma: stem.lemma,
        pos: stem.pos,
        tags: [...stem.tags, ...own.slice(0, n)],
      });
      // News prose gives a 3rd-person -mAlI predicate its copula: getməlidir(lər), not getməli.
      form = n === own.length && own.at(-2) === 'nec' ? forms.at(-1) : forms[0];
    }
    // The stem found by analysing an inflected lemma word is lower case (Respublikasi → respublika).
    const result =
      form !== undefined && /^\p{Lu}/u.test(lemma)
        ? capitalizeFirst(form, this.to)
        : (form ?? lemma);
    if (this.generated.size > 50_000) this.generated.clear();
    this.generated.set(key, result);
    return result;
  }
}

export function capitalizeFirst(text: string, lang: EngineLanguage): string {
  const first = text.slice(0, 1);
  const upper = toUpper(first, lang);
  return upper + text.slice(1);
}
