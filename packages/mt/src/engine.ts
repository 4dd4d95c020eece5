/**
 * translate(): the engine's one public entry. Normalise → segment → analyse → bilingual lookup
 * (multiword units first) → tag transfer → generate → restore case, spacing and markup.
 * Returns, per sentence, the source↔target alignment, the unknown words and a confidence score
 * so the desk can show editors where to look.
 */
import type { LexiconData } from './data.js';
import { createMorphology } from './morph/index.js';
import type { Analysis, Morphology } from './morph/types.js';
import {
  applyCase,
  casePattern,
  detectScript,
  normalizeText,
  setApostropheStyle,
  toLower,
  toUpper,
  transliterate,
  type ApostropheStyle,
} from './script/index.js';
import { segment, tokenize, type Token } from './segment/index.js';
import { parseBidix, type Bidix, type BidixEntry, type Direction } from './transfer/bidix.js';
import { azToUzSpelling, uzToAzSpelling } from './transfer/cognate.js';
import {
  parseTransferRules,
  retagSource,
  selectTarget,
  type TransferRules,
} from './transfer/rules.js';
import { findReportedSpeech, reorderReportedSpeech } from './transfer/reported-speech.js';
import { transferTags } from './transfer/tags.js';

export const ENGINE_NAME = 'korpu-builtin';
export const ENGINE_VERSION = '0.1.0';

export type EngineLanguage = 'az' | 'uz';
export type Script = 'Latn' | 'Cyrl';

export interface TranslationPair {
  from: EngineLanguage;
  to: EngineLanguage;
  /** Script of the input; detected per text when absent. */
  fromScript?: Script;
  /** Script of the output (Uzbek may be asked for in Cyrillic); Latin when absent. */
  toScript?: Script;
}

export interface TranslateOptions extends TranslationPair {
  apostrophe?: ApostropheStyle | undefined;
}

/** Half-open offsets into the sentence strings. */
export interface AlignedSpan {
  source: [number, number];
  target: [number, number];
}

export interface SentenceTranslation {
  source: string;
  target: string;
  alignment: AlignedSpan[];
  /** Source words the engine had no translation for (copied or spelled over). */
  unknown: string[];
  /** 0–1: the share of words translated from the lexicon rather than guessed. */
  confidence: number;
}

export interface TranslationResult {
  text: string;
  sentences: SentenceTranslation[];
  engine: { name: string; version: string };
}

export interface Translator {
  translate(text: string, options: TranslateOptions): TranslationResult;
}

const LANGUAGE_CODES: Record<string, { lang: EngineLanguage; script?: Script }> = {
  az: { lang: 'az', script: 'Latn' },
  'az-Latn': { lang: 'az', script: 'Latn' },
  'az-Cyrl': { lang: 'az', script: 'Cyrl' },
  uz: { lang: 'uz', script: 'Latn' },
  'uz-Latn': { lang: 'uz', script: 'Latn' },
  'uz-Cyrl': { lang: 'uz', script: 'Cyrl' },
};

/** `az`, `uz`, `uz-Latn`, `uz-Cyrl`, `az-Cyrl` → a pair the built-in engine serves. */
export function parseTranslationPair(from: string, to: string): TranslationPair {
  const source = LANGUAGE_CODES[from];
  const target = LANGUAGE_CODES[to];
  if (!source) throw new Error(`unsupported source language "${from}" (az, uz, uz-Cyrl, az-Cyrl)`);
  if (!target) throw new Error(`unsupported target language "${to}" (az, uz, uz-Cyrl, az-Cyrl)`);
  const pair: TranslationPair = {
    from: source.lang,
    to: target.lang,
    toScript: target.script ?? 'Latn',
  };
  if (from.includes('-')) pair.fromScript = source.script as Script;
  return pair;
}

const CLAUSE_END = /^[.!?;:…]/u;
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
const NOUN_MODIFIERS: ReadonlySet<string> = new Set(['adj', 'det', 'num']);
const FINITE = /(^|\.)(pres|past|fut|aor|evid|prog|cont)\.p[123](sg|pl)$/u;
const PARTICIPLES: ReadonlySet<string> = new Set(['prc_an', 'prc_dIq']);
const MAY_TAGS: ReadonlySet<string> = new Set(['aor.p3sg', 'aor.p3pl', 'aor.cop_past.p3sg']);
const CLOSING_QUOTES: ReadonlySet<string> = new Set(['”', '»', '"', '’']);
const SPEAKERS: ReadonlySet<string> = new Set(['u', 'ular', 'men', 'biz']);
/** The longest multiword unit the lexicon may hold, in words. */
const MAX_UNIT_WORDS = 8;
/** Conjunctions after which a clause before the comma is finite (X edib, lakin …). */
const ADVERSATIVES = new Set([
  'lakin',
  'amma',
  'ancaq',
  'ammo',
  'lekin',
  'biroq',
  'fəqət',
  'faqat',
]);

/** Uzbek verb forms that take a separate copula word (kelgan edi, kelar edi). */
const COPULA_HOSTS = new Set(['prc_gan', 'prc_ayotgan', 'aor', 'intent', 'prog', 'cont']);
/** Uzbek case suffixes written apart after digits (500 dan ortiq, 10 ga yaqin). */
const DETACHED_CASES: Readonly<Record<string, string>> = {
  dan: 'abl',
  ga: 'dat',
  da: 'loc',
  ni: 'acc',
  ning: 'gen',
  gacha: 'term',
  // The counter -ta has no Azerbaijani counterpart: 50 ta maktab → 50 məktəb.
  ta: '',
};

interface Auxiliary {
  /** Token index of the auxiliary or copula word. */
  index: number;
  /** Tags it brings to the main verb. */
  tags: string[];
  /** How many of the main verb's last tags the auxiliary's tags replace (0: a participle
   * before a copula keeps its own; 1: -ib before an aspect auxiliary). */
  drop: number;
  /** Only the main verb's reading with exactly these tags takes the auxiliary. */
  host?: readonly string[];
  /** Words the construction leaves after the verb in the target (… lazımdır, … kerak edi). */
  after?: string;
}

const UZ_AUXILIARIES = new Set([
  'oʻt',
  'ol',
  'ber',
  'qol',
  'qoʻy',
  'yubor',
  'koʻr',
  'tur',
  'yot',
  'tashla',
  'chiq',
  'ket',
]);
const HAS_LETTER = /\p{L}/u;
const TITLE_CASE = /^\p{Lu}\p{Ll}/u;
const DIGITS = /^\d[\d.,]*$/u;

export function createTranslator(data: LexiconData): Translator {
  const az = createMorphology('az', data.az);
  const uz = createMorphology('uz', data.uz);
  const lowerAz = (s: string) => toLower(s, 'az');
  const lowerUz = (s: string) => s.toLowerCase();
  const { azUz, uzAz } = parseBidix(data.bidix, lowerAz, lowerUz);
  const rules = parseTransferRules(data.rules);
  const directions: Record<Direction, DirectionEngine> = {
    'az-uz': new DirectionEngine('az', 'uz', az, uz, azUz, azToUzSpelling, rules),
    'uz-az': new DirectionEngine('uz', 'az', uz, az, uzAz, uzToAzSpelling, rules),
  };

  return {
    translate(text, options) {
      let source = text;
      const fromScript = options.fromScript ?? (detectScript(text) === 'Cyrl' ? 'Cyrl' : 'Latn');
      if (fromScript === 'Cyrl')
        source = transliterate(source, `${options.from}-Cyrl`, `${options.from}-Latn`);
      source = normalizeText(source, options.from);
      const sentences: SentenceTranslation[] = [];
      let out = '';
      if (options.from === options.to) {
        out = source;
      } else {
        const engine = directions[`${options.from}-${options.to}` as Direction];
        for (const part of segment(source, { lang: options.from })) {
          if (part.kind === 'gap') {
            out += part.text;
            continue;
          }
          const sentence = engine.translateSentence(part.text);
          sentences.push(sentence);
          out += sentence.target;
        }
      }
      if (options.to === 'uz' && options.toScript === 'Cyrl')
        out = transliterate(out, 'uz-Latn', 'uz-Cyrl');
      else if (options.to === 'az' && options.toScript === 'Cyrl')
        out = transliterate(out, 'az-Latn', 'az-Cyrl');
      else if (options.to === 'uz' && options.apostrophe)
        out = setApostropheStyle(out, options.apostrophe);
      return { text: out, sentences, engine: { name: ENGINE_NAME, version: ENGINE_VERSION } };
    },
  };
}

interface WordResult {
  text: string;
  known: boolean;
  /** Joins the next word with a hyphen instead of the space (Uzbek 2024-yil). */
  hyphenNext?: boolean;
  /** The reading that was translated, as context for the next word. */
  analysis?: Analysis;
}

/** A unit of several tokens translated together, ending at token `lastIndex`. */
type UnitMatch = { lastIndex: number; result: WordResult };

/** What the words of one sentence know about each other while it is translated. */
interface SentenceContext {
  /** The sentence has a future marker (Uzbek ertaga, kelgusi …). */
  future: boolean;
  /** The reading of the previous word, when only a space separates them. */
  prev?: Analysis | undefined;
}

class DirectionEngine {
  private readonly generated = new Map<string, string>();
  private readonly direction: Direction;

  constructor(
    private readonly from: EngineLanguage,
    private readonly to: EngineLanguage,
    private readonly source: Morphology,
    private readonly target: Morphology,
    private readonly bidix: Bidix,
    private readonly spell: (text: string) => string,
    private readonly rules: TransferRules,
  ) {
    this.direction = `${from}-${to}` as Direction;
    this.months = from === 'az' ? rules.months.azUz : rules.months.uzAz;
  }

  private readonly months: ReadonlyMap<string, string>;
  private context: SentenceContext = { future: false };

  private readonly lowered = new Map<string, string>();

  /** Lower case in the source language's rules, remembered: the same words come back often. */
  private lower(text: string): string {
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
    const speech = whole && this.from === 'az' ? this.reportedSpeech(tokens) : undefined;
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
      const detached = this.detachedCase(tokens, i);
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
      const also = this.alsoParticle(tokens, i, target);
      if (also !== undefined) {
        const start = target.length;
        target += also;
        alignment.push({ source: [token.start, token.end], target: [start, target.length] });
        words++;
        known++;
        continue;
      }
      const multi =
        this.matchDate(tokens, i) ??
        this.matchIntention(tokens, i) ??
        this.matchPossibility(tokens, i) ??
        this.matchMultiword(tokens, i);
      const aux = multi ? undefined : this.auxiliaryAfter(tokens, i);
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
    return {
      source: text,
      target,
      alignment,
      unknown,
      confidence: words === 0 ? 1 : known / words,
    };
  }

  /** An Uzbek verb form whose likeliest reading ends in the -gan participle. */
  private isParticiple(token: Token | undefined): boolean {
    if (!token || !this.isWord(token)) return false;
    const first = this.source.analyze(token.text)[0];
    return first?.pos === 'v' && first.tags.at(-1) === 'prc_gan';
  }

  /** Does an Uzbek speech verb (dedi, qoʻshimcha qildi) start at this token? */
  private opensWithSpeechVerb(tokens: readonly Token[], token: Token): boolean {
    if (this.from !== 'uz' || !this.isWord(token)) return false;
    const speech = this.rules.speechVerbs;
    const lower = this.lower(token.text);
    const i = tokens.indexOf(token);
    const next = this.adjacent(tokens, i);
    const verbs = (t: Token) => this.source.analyze(t.text).filter((a) => a.pos === 'v');
    if (verbs(token).some((a) => speech.has(`uz:${a.lemma}`))) return true;
    return next !== undefined && verbs(next).some((a) => speech.has(`uz:${lower} ${a.lemma}`));
  }

  /** Azerbaijani `… bildirib ki, REPORT.`: where the speech verb and its report are. */
  private reportedSpeech(tokens: readonly Token[]) {
    return findReportedSpeech(
      tokens,
      (t) => this.lower(t.text) === 'ki',
      (i) => {
        const verb = tokens[i];
        if (!verb || !this.isWord(verb)) return undefined;
        const readings = this.source.analyze(verb.text).filter((a) => a.pos === 'v');
        const speech = this.rules.speechVerbs;
        const before = tokens[i - 1]?.kind === 'space' ? tokens[i - 2] : undefined;
        for (const a of readings) {
          if (before && speech.has(`az:${this.lower(before.text)} ${a.lemma}`)) return i - 2;
          if (speech.has(`az:${a.lemma}`)) return i;
        }
        return undefined;
      },
    );
  }

  private isWord(token: Token): boolean {
    return (token.kind === 'word' || token.kind === 'number') && HAS_LETTER.test(token.text);
  }

  /**
   * Uzbek ham after a word is "too, also", the Azerbaijani clitic da/də in that word's harmony
   * (U ham keldi → O da gəldi); a pair ham … ham … stays həm … həm … (both … and …).
   */
  private alsoParticle(tokens: readonly Token[], i: number, before: string): string | undefined {
    if (this.from !== 'uz' || this.lower((tokens[i] as Token).text) !== 'ham') return undefined;
    const prev = tokens[i - 1]?.kind === 'space' ? tokens[i - 2] : undefined;
    if (!prev || !this.isWord(prev)) return undefined;
    const next = this.nextToken(tokens, i);
    const closes = next === undefined || next.kind === 'punct';
    const pairs = tokens.filter((t) => t.kind === 'word' && this.lower(t.text) === 'ham').length;
    if (pairs > 1 && !closes) return undefined;
    const vowels = /[aıoueəiöü]/giu;
    const last = (before.match(vowels) ?? []).at(-1)?.toLowerCase();
    return last !== undefined && 'aıou'.includes(last) ? 'da' : 'də';
  }

  /** The bilingual entry for a reading: the default, unless a selection rule picks another. */
  private choose(analysis: Analysis, tokens: readonly Token[], i: number): BidixEntry | undefined {
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
  private adjacent(tokens: readonly Token[], i: number): Token | undefined {
    return tokens[i + 1]?.kind === 'space' ? tokens[i + 2] : undefined;
  }

  /** The first reading of the word right after token i, when only a space separates them. */
  private nextReading(tokens: readonly Token[], i: number): Analysis | undefined {
    const next = this.adjacent(tokens, i);
    return next && this.isWord(next) ? this.source.analyze(next.text)[0] : undefined;
  }

  /** Uzbek present-future verbs read as future in a sentence with ertaga, kelgusi … */
  private hasFutureMarker(tokens: readonly Token[]): boolean {
    if (this.from !== 'uz' || this.rules.futureMarkers.size === 0) return false;
    return tokens.some(
      (t) =>
        t.kind === 'word' &&
        this.source.analyze(t.text).some((a) => this.rules.futureMarkers.has(a.lemma)),
    );
  }

  /**
   * Uzbek -moqchi boʻl- (mean to) ⇄ Azerbaijani -mAq istə-: qochmoqchi boʻlgan ⇄ qaçmaq istəyib.
   * One side's intention form is the other's infinitive, and the tense moves between
   * boʻl- and istə-.
   */
  private matchIntention(tokens: readonly Token[], i: number): UnitMatch | undefined {
    const [mainForm, helper, helperTarget, targetForm] =
      this.from === 'uz'
        ? [/(^|\.)intent(\.p3sg)?$/, 'boʻl', 'istə', 'inf']
        : [/(^|\.)inf$/, 'istə', 'boʻl', 'intent'];
    const main = this.source
      .analyze((tokens[i] as Token).text)
      .find((a) => a.pos === 'v' && mainForm.test(a.tags.join('.')));
    const next = this.adjacent(tokens, i);
    if (!main || !next || !this.isWord(next)) return undefined;
    const aux = this.source.analyze(next.text).find((a) => a.pos === 'v' && a.lemma === helper);
    const entry = aux && this.bidix.lookup(main.lemma, 'v')[0];
    if (!aux || !entry) return undefined;
    const pattern = casePattern((tokens[i] as Token).text);
    const stemTags = main.tags.slice(
      0,
      main.tags.lastIndexOf(this.from === 'uz' ? 'intent' : 'inf'),
    );
    // The target form is written in target tags, so it bypasses the source→target tag transfer.
    const form = targetForm === 'intent' ? ['intent', 'p3sg'] : [targetForm];
    const verb = this.inflectTarget(
      entry.target,
      [...this.transferStem(stemTags), ...form],
      pattern,
    );
    const wanting = this.realize(
      { source: helper, target: helperTarget, pos: 'v' },
      aux.tags,
      this.isClauseFinal(tokens, i + 2),
      'lower',
    );
    return {
      lastIndex: i + 2,
      result: {
        text: `${verb} ${wanting}`,
        known: true,
        analysis: { ...aux, lemma: helperTarget },
      },
    };
  }

  /**
   * Uzbek -ishi mumkin (it may happen) is Azerbaijani -(y)A bilər: oshishi mumkin → arta bilər.
   */
  private matchPossibility(tokens: readonly Token[], i: number): UnitMatch | undefined {
    if (this.from !== 'uz') return undefined;
    const main = this.source
      .analyze((tokens[i] as Token).text)
      .find((a) => a.pos === 'v' && a.tags.join('.').endsWith('vn.px3sp'));
    const next = this.adjacent(tokens, i);
    if (!main || !next || this.lower(next.text) !== 'mumkin') return undefined;
    const entry = this.bidix.lookup(main.lemma, 'v')[0];
    if (!entry) return undefined;
    const stemTags = main.tags.slice(0, -2);
    const pattern = casePattern((tokens[i] as Token).text);
    const verb = this.inflectTarget(
      entry.target,
      [...this.transferStem(stemTags), 'opt', 'p3sg'],
      pattern,
    );
    const can = this.inflect('bil', 'v', ['aor', 'p3sg']);
    const analysis: Analysis = { lemma: 'bil', pos: 'v', tags: ['aor', 'p3sg'] };
    return { lastIndex: i + 2, result: { text: `${verb} ${can}`, known: true, analysis } };
  }

  /** Voice and negation tags before a verb form, in target terms. */
  private transferStem(tags: readonly string[]): string[] {
    return transferTags(this.direction, tags, false).tags;
  }

  /** A target lemma (maybe multiword) inflected with target tags, in the source word's case. */
  private inflectTarget(
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

  /** Azerbaijani mayın 15-də → Uzbek 15-mayda: the month in the genitive, then the day. */
  private matchDate(tokens: readonly Token[], i: number): UnitMatch | undefined {
    if (this.from !== 'az') return undefined;
    const month = this.source
      .analyze((tokens[i] as Token).text)
      .find((a) => this.months.has(a.lemma));
    if (!month || month.tags.join('.') !== 'gen') return undefined;
    const day = this.adjacent(tokens, i);
    if (!day || day.kind !== 'number') return undefined;
    const reading = this.source
      .analyze(day.text)
      .find((a) => a.pos === 'num' && DIGITS.test(a.lemma));
    if (!reading) return undefined;
    const cases = reading.tags.filter((t) => t !== 'px3sp');
    const monthTarget = this.months.get(month.lemma) as string;
    const text = `${reading.lemma}-${this.inflect(monthTarget, 'n', cases)}`;
    return { lastIndex: i + 2, result: { text, known: true, analysis: reading } };
  }

  /** Uzbek `500 dan` (a case suffix written apart after digits) → Azerbaijani `500-dən`. */
  private detachedCase(tokens: readonly Token[], i: number): WordResult | undefined {
    const token = tokens[i] as Token;
    if (this.from !== 'uz' || token.kind !== 'number' || !DIGITS.test(token.text)) return undefined;
    const suffix = this.adjacent(tokens, i);
    const caseTag = suffix && DETACHED_CASES[this.lower(suffix.text)];
    if (caseTag === undefined) return undefined;
    const analysis: Analysis = { lemma: token.text, pos: 'num', tags: caseTag ? [caseTag] : [] };
    return { ...this.translateNumber(analysis, false), analysis };
  }

  /** The next token that is not a space, if any. */
  private nextToken(tokens: readonly Token[], i: number): Token | undefined {
    for (let k = i + 1; k < tokens.length; k++) {
      const t = tokens[k] as Token;
      if (t.kind !== 'space') return t;
    }
    return undefined;
  }

  /**
   * The word ends its clause: before . ! ? ; : or the end, or before the complementiser ki
   * (bildirib ki … → maʼlum qildi ki …), where a converb-looking -(y)Ib is a finite verb.
   */
  private isClauseFinal(tokens: readonly Token[], i: number): boolean {
    const next = this.nextToken(tokens, i);
    if (!next) return true;
    if (next.kind === 'punct') {
      if (CLAUSE_END.test(next.text)) return true;
      let at = tokens.indexOf(next);
      // A closing quotation mark before a comma or the end closes the quoted clause.
      if (CLOSING_QUOTES.has(next.text)) {
        const after = this.nextToken(tokens, at);
        if (after === undefined || CLAUSE_END.test(after.text)) return true;
        if (after.text !== ',') return false;
        at = tokens.indexOf(after);
      } else if (next.text !== ',') return false;
      // "…, lakin …": a comma before an adversative conjunction closes a finite clause, and
      // so does one before the speech verb of a report ("… kelgan, dedi u").
      const after = this.nextToken(tokens, at);
      if (after === undefined) return false;
      // A subject pronoun after the comma opens a new clause (… kelmagan, u … olib kelgan).
      const lower = this.lower(after.text);
      if (this.from === 'uz' && SPEAKERS.has(lower) && this.isParticiple(tokens[i])) return true;
      return ADVERSATIVES.has(lower) || this.opensWithSpeechVerb(tokens, after);
    }
    if (this.lower(next.text) === 'ki') return true;
    // Uzbek "… chiqib olishgan va tirik qolishgan, dedi u": a -gan joined by va to a finite
    // -gan is finite too.
    if (this.from === 'uz' && this.lower(next.text) === 'va' && this.isParticiple(tokens[i])) {
      const at = tokens.indexOf(next);
      for (let k = at + 1; k < tokens.length; k++) {
        const t = tokens[k] as Token;
        if (t.kind === 'punct') break;
        if (this.isParticiple(t)) return this.isClauseFinal(tokens, k);
      }
    }
    // Reported speech ends with its speaker: "…", degan u. / … deb taʼkidladi u.
    const after = this.nextToken(tokens, tokens.indexOf(next));
    return (
      this.from === 'uz' &&
      SPEAKERS.has(this.lower(next.text)) &&
      (after === undefined || (after.kind === 'punct' && CLAUSE_END.test(after.text)))
    );
  }

  /** The next word is a verb form (for objects: -ları is then plural + accusative). */
  private beforeVerb(tokens: readonly Token[], i: number): boolean {
    const next = this.nextToken(tokens, i);
    if (!next || !this.isWord(next)) return false;
    // A verb form, not a verbal noun in a case (yarışda is a noun here, not yar- + -Iş + -da).
    const reading = this.source.analyze(next.text)[0];
    if (reading?.pos === 'v' && !NOMINAL_CASES.has(reading.tags.at(-1) ?? '')) return true;
    // The first word of a compound verb: (əməkdaşlığı) davam etdirəcəyik.
    return this.bidix.multiword.get(this.lower(next.text))?.some((e) => e.pos === 'v') ?? false;
  }

  /** The longest multiword unit starting at token i: all words but the last must match exactly. */
  private matchMultiword(tokens: readonly Token[], i: number): UnitMatch | undefined {
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
      );
      if (headTags === undefined) continue;
      // A compound verb's head takes an auxiliary or copula word like any verb (… borayotgan edi).
      const aux = entry.pos === 'v' ? this.auxiliaryAfter(tokens, k) : undefined;
      const tags = aux ? [...headTags.slice(0, headTags.length - aux.drop), ...aux.tags] : headTags;
      const end = aux?.index ?? k;
      const retagged = retagSource(this.rules.retag, this.direction, tags, {
        prev: this.context.prev,
        next: this.nextReading(tokens, end),
      });
      let text = this.realize(
        entry,
        retagged,
        this.isClauseFinal(tokens, end),
        casePattern(first.text),
      );
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
  private headTags(word: string, lemmaWord: string, entry: BidixEntry): string[] | undefined {
    if (this.lower(word) === this.lower(lemmaWord)) return [];
    const base = this.source.analyze(lemmaWord).find((a) => !a.guessed);
    for (const a of this.source.analyze(word)) {
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

  /**
   * Uzbek -ib + an aspect auxiliary (yigʻib ol-, yozib qoʻy-, kelib qol-) is one verb in
   * Azerbaijani: the auxiliary is dropped and its tense moves to the main verb. Lexicalised
   * pairs (olib kel → gətir) are multiword entries and matched before this.
   */
  private auxiliaryAfter(tokens: readonly Token[], i: number): Auxiliary | undefined {
    const necessity = this.necessityAfter(tokens, i);
    if (necessity || this.from !== 'uz') return necessity;
    const main = this.source.analyze((tokens[i] as Token).text)[0];
    const space = tokens[i + 1];
    const next = tokens[i + 2];
    if (main?.pos !== 'v' || space?.kind !== 'space' || !next || !this.isWord(next))
      return undefined;
    const readings = this.source.analyze(next.text);
    if (main.tags.at(-1) === 'ib') {
      const aux = readings.find((a) => a.pos === 'v' && UZ_AUXILIARIES.has(a.lemma));
      if (!aux) return undefined;
      // tashlab qoʻyganim yoʻq: the auxiliary may itself stand in a negative perfect.
      const after = tokens[i + 3]?.kind === 'space' ? tokens[i + 4] : undefined;
      const negative = after && this.isWord(after) && this.negativePerfect(aux.tags, after);
      if (negative) {
        const tags = [...aux.tags.slice(0, aux.tags.length - negative.drop), ...negative.tags];
        return { index: i + 4, tags, drop: 1 };
      }
      return { index: i + 2, tags: aux.tags, drop: 1 };
    }
    const negative = this.negativePerfect(main.tags, next);
    if (negative) return { index: i + 2, ...negative };
    // -(a)r ekan is "while, as" (soʻzlab berar ekan → danışarkən): the Azerbaijani converb.
    if (main.tags.join('.').endsWith('aor.p3sg') && this.lower(next.text) === 'ekan') {
      return { index: i + 2, tags: ['cvb_ArkAn'], drop: 2 };
    }
    // Participle + copula word (kelgan edi, kelayotgan edi) is one Azerbaijani word
    // (gəlmişdi, gəlirdi): the copula's tense and person move onto the verb.
    const host = main.tags.at(-1);
    const copula = readings.find((a) => a.pos === 'cop' && a.lemma === 'e');
    if (!copula || !host || !COPULA_HOSTS.has(host)) return undefined;
    const [tense, person] = copula.tags;
    if (!tense || !person) return undefined;
    return { index: i + 2, tags: [`cop_${tense}`, person], drop: 0 };
  }

  /**
   * Necessity: Uzbek verbal noun + possessive + kerak is the Azerbaijani -mAlI form (borishi
   * kerak → getməlidir, borishimiz kerak edi → getməli idik); without a possessive it is the
   * infinitive + lazımdır (qilish kerak → etmək lazımdır), and back.
   */
  private necessityAfter(tokens: readonly Token[], i: number): Auxiliary | undefined {
    const next = this.adjacent(tokens, i);
    if (!next || !this.isWord(next)) return undefined;
    const following = this.adjacent(tokens, i + 2);
    const readings = this.source.analyze((tokens[i] as Token).text);
    if (this.from === 'uz') {
      if (this.lower(next.text) !== 'kerak') return undefined;
      const past = following !== undefined && /^edi/u.test(this.lower(following.text));
      const index = past ? i + 4 : i + 2;
      for (const a of readings) {
        if (a.pos !== 'v') continue;
        const last = a.tags.at(-1) ?? '';
        if (a.tags.at(-2) === 'vn' && last.startsWith('px')) {
          const person = last === 'px3sp' ? 'p3sg' : last.replace('px', 'p');
          const tags = past ? ['nec', 'cop_past', person] : ['nec', person];
          return { index, tags, drop: 2, host: a.tags };
        }
        if (last === 'vn') {
          return {
            index,
            tags: ['inf'],
            drop: 1,
            host: a.tags,
            after: past ? 'lazım idi' : 'lazımdır',
          };
        }
      }
      return undefined;
    }
    // Azerbaijani -(y)A bilər is mostly "may" in news: ola bilər → boʻlishi mumkin.
    const may = this.source
      .analyze(next.text)
      .find((a) => a.pos === 'v' && a.lemma === 'bil' && MAY_TAGS.has(a.tags.join('.')));
    const optative = readings.find((a) => a.pos === 'v' && a.tags.join('.').endsWith('opt.p3sg'));
    if (may && optative) {
      const after = may.tags.includes('cop_past') ? 'mumkin edi' : 'mumkin';
      return { index: i + 2, tags: ['vn', 'px3sp'], drop: 2, host: optative.tags, after };
    }
    // Periphrastic participles: qazanmış olduğu → qozongan, iştirak edəcək olan → etadigan.
    const participle = this.source
      .analyze(next.text)
      .find((a) => a.pos === 'v' && a.lemma === 'ol' && PARTICIPLES.has(a.tags[0] ?? ''));
    if (participle) {
      for (const a of readings) {
        if (a.pos !== 'v') continue;
        const tags = a.tags.join('.');
        if (/(^|\.)evid(\.p3sg)?$/u.test(tags)) {
          const drop = a.tags.at(-1) === 'p3sg' ? 2 : 1;
          return { index: i + 2, tags: participle.tags, drop, host: a.tags };
        }
        if (/(^|\.)fut(\.p3sg|\.attr)?$/u.test(tags) && participle.tags[0] === 'prc_an') {
          const drop = a.tags.at(-1) === 'fut' ? 1 : 2;
          return {
            index: i + 2,
            tags: ['fut', 'attr', ...participle.tags.slice(1)],
            drop,
            host: a.tags,
          };
        }
      }
    }
    const need = this.source.analyze(next.text).find((a) => a.lemma === 'lazım');
    const infinitive = readings.find((a) => a.pos === 'v' && a.tags.at(-1) === 'inf');
    if (!need || !infinitive) return undefined;
    const after = need.tags.includes('cop_past') ? 'kerak edi' : 'kerak';
    return { index: i + 2, tags: ['vn'], drop: 1, host: infinitive.tags, after };
  }

  /**
   * Uzbek -gan + possessive + yoʻq and -gan emas deny a past event (koʻrganim yoʻq, kelgan
   * emas): the Azerbaijani negative perfect (görməmişəm, gəlməyib).
   */
  private negativePerfect(
    tags: readonly string[],
    next: Token,
  ): Pick<Auxiliary, 'tags' | 'drop'> | undefined {
    const word = this.lower(next.text);
    const last = tags.at(-1) ?? '';
    if (word === 'yoʻq' && tags.at(-2) === 'prc_gan' && last.startsWith('px')) {
      const person = last === 'px3sp' ? 'p3sg' : last.replace('px', 'p');
      return { tags: ['neg', 'prc_gan', person], drop: 2 };
    }
    if (word === 'emas' && last === 'prc_gan') return { tags: ['neg', 'prc_gan', 'p3sg'], drop: 1 };
    return undefined;
  }

  private translateWord(
    tokens: readonly Token[],
    i: number,
    aux?: Auxiliary,
    afterOrdinal = false,
  ): WordResult {
    const word = (tokens[i] as Token).text;
    const clauseFinal = this.isClauseFinal(tokens, aux?.index ?? i);
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
    let analyses = preferObjectReading(readings, this.beforeVerb(tokens, i) && !compoundHead);
    if (aux) {
      const host = aux.host?.join('.');
      analyses = analyses
        .filter((a) => a.pos === 'v' && (host === undefined || a.tags.join('.') === host))
        .map((a) => ({
          ...a,
          tags: [...a.tags.slice(0, a.tags.length - aux.drop), ...aux.tags],
        }));
    }
    if (clauseFinal && !aux) analyses = this.preferFiniteVerb(analyses);
    if (!aux && this.isNameHere(tokens, i, analyses)) {
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
    return { text: this.spell(word), known: false };
  }

  /**
   * At the end of a clause a finite verb explains a word better than a bare noun that looks the
   * same (dedi ki, gəlir: "comes", not "income"), unless a modifier before it makes it a noun.
   */
  private preferFiniteVerb(analyses: Analysis[]): Analysis[] {
    const first = analyses[0];
    if (!first || first.pos === 'v' || first.tags.length > 0) return analyses;
    const prev = this.context.prev;
    if (prev && (NOUN_MODIFIERS.has(prev.pos) || prev.tags.at(-1) === 'gen')) return analyses;
    const verb = analyses.find((a) => a.pos === 'v' && FINITE.test(a.tags.join('.')) && !a.guessed);
    return verb ? [verb, ...analyses.filter((a) => a !== verb)] : analyses;
  }

  /**
   * A capitalised common word inside a sentence, next to a name the lexicon does not know, is
   * part of that name: detektiv Bob Blemings, Dolli Menga (not "chapter", "to me"). Titles
   * before names keep their meaning (Prezident Emmanuel Makron).
   */
  private isNameHere(tokens: readonly Token[], i: number, analyses: readonly Analysis[]): boolean {
    const word = (tokens[i] as Token).text;
    if (!TITLE_CASE.test(word) || analyses.length === 0) return false;
    if (analyses.some((a) => a.guessed || a.pos.startsWith('np.') || a.pos === 'abbr'))
      return false;
    if (analyses.some((a) => this.rules.titles.has(`${this.from}:${a.lemma}`))) return false;
    const before = tokens[i - 1]?.kind === 'space' ? tokens[i - 2] : undefined;
    if (!before || !this.isWord(before)) return false;
    const after = this.adjacent(tokens, i);
    return [before, after].some((t) => t !== undefined && this.isUnknownName(t));
  }

  /** A capitalised word the lexicon knows only as a guessed name (or as a person's name). */
  private isUnknownName(token: Token): boolean {
    if (!this.isWord(token) || !TITLE_CASE.test(token.text)) return false;
    const readings = this.source.analyze(token.text);
    return (
      readings.length > 0 &&
      readings.every((a) => a.guessed || a.pos === 'np.ant' || a.pos === 'np.cog') &&
      readings.some((a) => a.pos.startsWith('np.'))
    );
  }

  /** Uzbek 2024-yilda ⇄ Azerbaijani 2024-cü ildə; 15-də ⇄ 15-da. */
  private translateNumber(analysis: Analysis, clauseFinal: boolean): WordResult {
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
  private translateCompound(
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
      const day = this.target.generate({ lemma: `${first.lemma}-`, pos: 'num', tags: dayTags })[0];
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
  private translateReading(
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
  private spelledOver(
    analysis: Analysis,
    clauseFinal: boolean,
    pattern: ReturnType<typeof casePattern>,
  ): WordResult {
    const spelled: BidixEntry = {
      source: analysis.lemma,
      target: this.spell(analysis.lemma),
      pos: analysis.pos,
    };
    return {
      text: this.realize(spelled, analysis.tags, clauseFinal, pattern, analysis.pos),
      known: false,
    };
  }

  /** Generates the target of `entry` with the transferred tags, in the source word's case. */
  private realize(
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
    );
    const words = entry.target.split(' ');
    const head = words.pop() as string;
    const inflected = this.inflect(head, pos === entry.pos ? entry.pos : pos, tags);
    let text = [...before, ...words, inflected, ...after].join(' ');
    const properNoun = /^\p{Lu}/u.test(entry.target);
    if (pattern === 'upper') text = applyCase(text, 'upper', this.to);
    else if (pattern === 'title' && !properNoun) text = capitalizeFirst(text, this.to);
    return text;
  }

  private inflect(lemma: string, pos: Analysis['pos'], tags: readonly string[]): string {
    if (tags.length === 0) return lemma;
    const key = `${lemma}\t${pos}\t${tags.join('.')}`;
    const cached = this.generated.get(key);
    if (cached !== undefined) return cached;
    // A lemma that is itself inflected (xoʻjaligi = xoʻjalik + px3sp) inflects from its stem.
    let stem: Pick<Analysis, 'lemma' | 'pos' | 'tags'> = { lemma, pos, tags: [] };
    if (!this.target.hasLemma(lemma)) {
      const base = this.target.analyze(lemma).find((a) => !a.guessed && a.tags.length > 0);
      if (base) stem = base;
    }
    let form: string | undefined;
    for (let n = tags.length; n >= 0 && form === undefined; n--) {
      const forms = this.target.generate({
        lemma: stem.lemma,
        pos: stem.pos,
        tags: [...stem.tags, ...tags.slice(0, n)],
      });
      // News prose gives a 3rd-person -mAlI predicate its copula: getməlidir(lər), not getməli.
      form = n === tags.length && tags.at(-2) === 'nec' ? forms.at(-1) : forms[0];
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

/**
 * -(s)I after a noun is both the 3rd person possessive and the accusative (kitabı, evləri);
 * right before a verb the accusative object is the likelier reading, elsewhere — and after a
 * genitive (hallarının sayı artıb) — the possessive of a compound (Azərbaycan Respublikası).
 */
function preferObjectReading(analyses: Analysis[], beforeVerb: boolean): Analysis[] {
  const wanted = beforeVerb ? OBJECT_TAGS : POSSESSIVE_TAGS;
  const other = beforeVerb ? POSSESSIVE_TAGS : OBJECT_TAGS;
  const first = analyses[0];
  if (!first || first.guessed || !other.has(first.tags.at(-1) ?? '')) return analyses;
  const better = analyses.findIndex(
    (a) => !a.guessed && a.lemma === first.lemma && wanted.has(a.tags.at(-1) ?? ''),
  );
  if (better <= 0) return analyses;
  const chosen = analyses[better] as Analysis;
  return [chosen, ...analyses.slice(0, better), ...analyses.slice(better + 1)];
}

const OBJECT_TAGS: ReadonlySet<string> = new Set(['acc']);
const NOMINAL_CASES: ReadonlySet<string> = new Set(['gen', 'acc', 'dat', 'loc', 'abl', 'ins']);
const POSSESSIVE_TAGS: ReadonlySet<string> = new Set(['px3sp', 'px3pl']);

function capitalizeFirst(text: string, lang: EngineLanguage): string {
  const first = text.slice(0, 1);
  const upper = toUpper(first, lang);
  return upper + text.slice(1);
}
