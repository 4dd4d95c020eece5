/**
 * Constructions whose shape differs between Azerbaijani and Uzbek and that are translated as one
 * unit: auxiliaries and copula words joined to the verb, necessity (-ishi kerak ⇄ -mAlI),
 * possibility (-ishi mumkin ⇄ -(y)A bilər), intention (-moqchi boʻl- ⇄ -mAq istə-), the negative
 * perfect, dates, case suffixes written apart after digits, ham → da/də, reported speech.
 */
import type { Analysis } from '../morph/types.js';
import { casePattern } from '../script/index.js';
import type { Token } from '../segment/index.js';
import { isClauseFinal } from './clauses.js';
import { DIGITS, type DirectionEngine, type UnitMatch, type WordResult } from './direction.js';
import { findReportedSpeech } from './reported-speech.js';
import { CASES, possessiveToPerson } from './tags.js';

const PARTICIPLES: ReadonlySet<string> = new Set(['prc_an', 'prc_dIq']);
const DAY_CASES: Readonly<Record<string, string>> = {
  a: 'dat',
  ə: 'dat',
  da: 'loc',
  də: 'loc',
  dan: 'abl',
  dən: 'abl',
};
/** Uzbek mumkin and its forms after -ishi, as the Azerbaijani bil- after -(y)A. */
const MAY_FORMS: ReadonlyMap<string, string> = new Map([
  ['mumkin', 'bilər'],
  ['mumkinmi', 'bilərmi'],
  ['mumkinligi', 'biləcəyi'],
  ['mumkinligini', 'biləcəyini'],
  ['mumkinligiga', 'biləcəyinə'],
  ['mumkinligidan', 'biləcəyindən'],
]);
const MAY_TAGS: ReadonlySet<string> = new Set(['aor.p3sg', 'aor.p3pl', 'aor.cop_past.p3sg']);
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

export interface Auxiliary {
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

/**
 * Uzbek -moqchi boʻl- (mean to) ⇄ Azerbaijani -mAq istə-: qochmoqchi boʻlgan ⇄ qaçmaq istəyib.
 * One side's intention form is the other's infinitive, and the tense moves between
 * boʻl- and istə-.
 */
export function matchIntention(
  e: DirectionEngine,
  tokens: readonly Token[],
  i: number,
): UnitMatch | undefined {
  const [mainForm, helper, helperTarget, targetForm] =
    e.from === 'uz'
      ? [/(^|\.)intent(\.p3sg)?$/, 'boʻl', 'istə', 'inf']
      : [/(^|\.)inf$/, 'istə', 'boʻl', 'intent'];
  const main = e.source
    .analyze((tokens[i] as Token).text)
    .find((a) => a.pos === 'v' && mainForm.test(a.tags.join('.')));
  const next = e.adjacent(tokens, i);
  if (!main || !next || !e.isWord(next)) return undefined;
  const aux = e.source.analyze(next.text).find((a) => a.pos === 'v' && a.lemma === helper);
  const entry = aux && e.bidix.lookup(main.lemma, 'v')[0];
  if (!aux || !entry) return undefined;
  const pattern = casePattern((tokens[i] as Token).text);
  const stemTags = main.tags.slice(0, main.tags.lastIndexOf(e.from === 'uz' ? 'intent' : 'inf'));
  // The target form is written in target tags, so it bypasses the source→target tag transfer.
  const form = targetForm === 'intent' ? ['intent', 'p3sg'] : [targetForm];
  const verb = e.inflectTarget(entry.target, [...e.transferStem(stemTags), ...form], pattern);
  const wanting = e.realize(
    { source: helper, target: helperTarget, pos: 'v' },
    aux.tags,
    isClauseFinal(e, tokens, i + 2),
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

/** Azerbaijani mayın 15-də → Uzbek 15-mayda: the month in the genitive, then the day. */
export function matchDate(
  e: DirectionEngine,
  tokens: readonly Token[],
  i: number,
): UnitMatch | undefined {
  if (e.from !== 'az') return undefined;
  const month = e.source.analyze((tokens[i] as Token).text).find((a) => e.months.has(a.lemma));
  if (!month || month.tags.join('.') !== 'gen') return undefined;
  const day = e.adjacent(tokens, i);
  if (!day || day.kind !== 'number') return undefined;
  // The day after a month carries the possessive's pronominal n in writing: martın 3-nə
  // (dative), 3-ndə / 3-də (locative), 3-ndən / 3-dən (ablative).
  const written = /^(\d{1,2})-n?(a|ə|da|də|dan|dən)$/u.exec(day.text);
  const reading =
    written !== null
      ? {
          lemma: written[1] as string,
          pos: 'num' as const,
          tags: [DAY_CASES[written[2] as string] as string],
        }
      : e.source.analyze(day.text).find((a) => a.pos === 'num' && DIGITS.test(a.lemma));
  if (!reading) return undefined;
  const cases = reading.tags.filter((t) => t !== 'px3sp');
  const monthTarget = e.months.get(month.lemma) as string;
  const text = `${reading.lemma}-${e.inflect(monthTarget, 'n', cases)}`;
  return { lastIndex: i + 2, result: { text, known: true, analysis: reading } };
}

/** Uzbek `500 dan` (a case suffix written apart after digits) → Azerbaijani `500-dən`. */
export function detachedCase(
  e: DirectionEngine,
  tokens: readonly Token[],
  i: number,
): WordResult | undefined {
  const token = tokens[i] as Token;
  if (e.from !== 'uz' || token.kind !== 'number' || !DIGITS.test(token.text)) return undefined;
  const suffix = e.adjacent(tokens, i);
  const caseTag = suffix && DETACHED_CASES[e.lower(suffix.text)];
  if (caseTag === undefined) return undefined;
  const analysis: Analysis = { lemma: token.text, pos: 'num', tags: caseTag ? [caseTag] : [] };
  return { ...e.translateNumber(analysis, false), analysis };
}

/**
 * Uzbek particles that become another word: ham after a word is "too, also", the Azerbaijani
 * clitic da/də in that word's harmony (U ham keldi → O da gəldi; a pair ham … ham … stays
 * həm … həm …, both … and …), and the topic boʻlsa is isə.
 */
export function particleWord(
  e: DirectionEngine,
  tokens: readonly Token[],
  i: number,
  before: string,
): string | undefined {
  if (e.from !== 'uz') return undefined;
  const word = e.lower((tokens[i] as Token).text);
  if (word === 'boʻlsa') return topicMarker(e, tokens, i);
  if (word !== 'ham') return undefined;
  const prev = e.previous(tokens, i);
  if (!prev || !e.isWord(prev)) return undefined;
  const next = e.nextToken(tokens, i);
  const closes = next === undefined || next.kind === 'punct';
  const pairs = tokens.filter((t) => t.kind === 'word' && e.lower(t.text) === 'ham').length;
  if (pairs > 1 && !closes) return undefined;
  const vowels = /[aıoueəiöü]/giu;
  const last = (before.match(vowels) ?? []).at(-1)?.toLowerCase();
  return last !== undefined && 'aıou'.includes(last) ? 'da' : 'də';
}

/**
 * Uzbek boʻlsa right after a bare noun or pronoun marks the topic, "as for" (U boʻlsa, …;
 * Jamoa boʻlsa …): Azerbaijani isə. After an adjective, or in a sentence with agar, it is the
 * conditional (havo yaxshi boʻlsa → hava yaxşı olsa).
 */
function topicMarker(e: DirectionEngine, tokens: readonly Token[], i: number): string | undefined {
  const prev = e.context.prev;
  if (!prev || !(prev.pos === 'n' || prev.pos === 'pron' || prev.pos.startsWith('np.'))) {
    return undefined;
  }
  if (prev.tags.some((t) => CASES.has(t))) return undefined;
  const next = e.nextToken(tokens, i);
  if (next === undefined || (next.kind === 'punct' && next.text !== ',')) return undefined;
  if (tokens.slice(0, i).some((t) => t.kind === 'word' && e.lower(t.text) === 'agar')) {
    return undefined;
  }
  return 'isə';
}

/**
 * Uzbek -ib + an aspect auxiliary (yigʻib ol-, yozib qoʻy-, kelib qol-) is one verb in
 * Azerbaijani: the auxiliary is dropped and its tense moves to the main verb. Lexicalised
 * pairs (olib kel → gətir) are multiword entries and matched before this.
 */
export function auxiliaryAfter(
  e: DirectionEngine,
  tokens: readonly Token[],
  i: number,
): Auxiliary | undefined {
  const necessity = necessityAfter(e, tokens, i);
  if (necessity || e.from !== 'uz') return necessity;
  const main = e.source.analyze((tokens[i] as Token).text)[0];
  const space = tokens[i + 1];
  const next = tokens[i + 2];
  if (main?.pos !== 'v' || space?.kind !== 'space' || !next || !e.isWord(next)) return undefined;
  const readings = e.source.analyze(next.text);
  if (main.tags.at(-1) === 'ib') {
    // -ib kel- / -ib bor- are "has been / keeps doing" (ishlab kelmoqda → işləyir, ortib
    // bormoqda → artır); in the past they keep their motion (yugurib keldi → qaçıb gəldi).
    const aux = readings.find(
      (a) =>
        a.pos === 'v' &&
        (UZ_AUXILIARIES.has(a.lemma) ||
          ((a.lemma === 'kel' || a.lemma === 'bor') &&
            !a.tags.some((t) => t === 'past' || t === 'prc_gan' || t === 'ib'))),
    );
    if (!aux) return undefined;
    // tashlab qoʻyganim yoʻq: the auxiliary may itself stand in a negative perfect.
    const after = tokens[i + 3]?.kind === 'space' ? tokens[i + 4] : undefined;
    const negative = after && e.isWord(after) && negativePerfect(e, aux.tags, after);
    if (negative) {
      const tags = [...aux.tags.slice(0, aux.tags.length - negative.drop), ...negative.tags];
      return { index: i + 4, tags, drop: 1 };
    }
    // … ushlab qolishlari mumkin, … yozib qoʻyishi kerak: necessity or possibility on the auxiliary.
    const modal = necessityAfter(e, tokens, i + 2);
    if (modal && modal.host?.join('.') === aux.tags.join('.')) {
      const tags = [...aux.tags.slice(0, aux.tags.length - modal.drop), ...modal.tags];
      return { index: modal.index, tags, drop: 1, ...(modal.after ? { after: modal.after } : {}) };
    }
    return { index: i + 2, tags: aux.tags, drop: 1 };
  }
  const negative = negativePerfect(e, main.tags, next);
  if (negative) return { index: i + 2, ...negative };
  // -(a)r ekan is "while, as" (soʻzlab berar ekan → danışarkən): the Azerbaijani converb.
  if (main.tags.join('.').endsWith('aor.p3sg') && e.lower(next.text) === 'ekan') {
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
export function necessityAfter(
  e: DirectionEngine,
  tokens: readonly Token[],
  i: number,
): Auxiliary | undefined {
  const next = e.adjacent(tokens, i);
  if (!next || !e.isWord(next)) return undefined;
  // Every word is asked; look at the helper word's spelling before analysing anything.
  const helper = e.lower(next.text);
  const uzHelper = MAY_FORMS.has(helper) || helper === 'kerak';
  const azHelper = /^(bil|ol|lazım)/u.test(helper);
  if (!(e.from === 'uz' ? uzHelper : azHelper)) return undefined;
  const following = e.adjacent(tokens, i + 2);
  const tail = following === undefined ? '' : e.lower(following.text);
  const readings = e.source.analyze((tokens[i] as Token).text);
  if (e.from === 'uz') {
    const past = /^edi/u.test(tail);
    // -ishi mumkin (it may happen) is Azerbaijani -(y)A bilər: oshishi mumkin → arta bilər,
    // qabul qilinishi mumkin edi → qəbul edilə bilərdi.
    const may = MAY_FORMS.get(helper);
    if (may !== undefined) {
      const host = readings.find(
        (a) => a.pos === 'v' && /vn(\.pl)?\.px3(sp|pl)$/u.test(a.tags.join('.')),
      );
      if (!host) return undefined;
      const plural = host.tags.at(-1) === 'px3pl' && may === 'bilər' ? 'lər' : '';
      // … mumkin edi → bilərdi; … mumkin boʻlgan (dalil) → bilən; otherwise bilər(lər).
      const [after, index] =
        may === 'bilər' && past
          ? ['bilərdi', i + 4]
          : may === 'bilər' && tail === 'boʻlgan'
            ? ['bilən', i + 4]
            : [may + plural, i + 2];
      return { index, tags: ['opt', 'p3sg'], drop: 2, host: host.tags, after };
    }
    if (helper !== 'kerak') return undefined;
    const index = past ? i + 4 : i + 2;
    for (const a of readings) {
      if (a.pos !== 'v') continue;
      const last = a.tags.at(-1) ?? '';
      if (a.tags.at(-2) === 'vn' && last.startsWith('px')) {
        const person = possessiveToPerson(last);
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
  const helperReadings = e.source.analyze(next.text);
  // Azerbaijani -(y)A bilər is mostly "may" in news: ola bilər → boʻlishi mumkin.
  const may = helperReadings.find(
    (a) => a.pos === 'v' && a.lemma === 'bil' && MAY_TAGS.has(a.tags.join('.')),
  );
  const optative = readings.find((a) => a.pos === 'v' && a.tags.join('.').endsWith('opt.p3sg'));
  if (may && optative) {
    const after = may.tags.includes('cop_past') ? 'mumkin edi' : 'mumkin';
    return { index: i + 2, tags: ['vn', 'px3sp'], drop: 2, host: optative.tags, after };
  }
  // Periphrastic participles: qazanmış olduğu → qozongan, iştirak edəcək olan → etadigan.
  const participle = helperReadings.find(
    (a) => a.pos === 'v' && a.lemma === 'ol' && PARTICIPLES.has(a.tags[0] ?? ''),
  );
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
  const need = helperReadings.find((a) => a.lemma === 'lazım');
  const infinitive = readings.find((a) => a.pos === 'v' && a.tags.at(-1) === 'inf');
  if (!need || !infinitive) return undefined;
  const after = need.tags.includes('cop_past') ? 'kerak edi' : 'kerak';
  return { index: i + 2, tags: ['vn'], drop: 1, host: infinitive.tags, after };
}

/**
 * Uzbek -gan + possessive + yoʻq and -gan emas deny a past event (koʻrganim yoʻq, kelgan
 * emas): the Azerbaijani negative perfect (görməmişəm, gəlməyib).
 */
export function negativePerfect(
  e: DirectionEngine,
  tags: readonly string[],
  next: Token,
): Pick<Auxiliary, 'tags' | 'drop'> | undefined {
  const word = e.lower(next.text);
  const last = tags.at(-1) ?? '';
  if (word === 'yoʻq' && tags.at(-2) === 'prc_gan' && last.startsWith('px')) {
    return { tags: ['neg', 'prc_gan', possessiveToPerson(last)], drop: 2 };
  }
  if (word === 'emas' && last === 'prc_gan') return { tags: ['neg', 'prc_gan', 'p3sg'], drop: 1 };
  return undefined;
}

/** Azerbaijani `… bildirib ki, REPORT.`: where the speech verb and its report are. */
export function reportedSpeech(e: DirectionEngine, tokens: readonly Token[]) {
  return findReportedSpeech(
    tokens,
    (t) => e.lower(t.text) === 'ki',
    (i) => {
      const verb = tokens[i];
      if (!verb || !e.isWord(verb)) return undefined;
      // A statement in the third person (bildirib, deyir, vurğulanıb), not "let us note that".
      const readings = e.source
        .analyze(verb.text)
        .filter((a) => a.pos === 'v' && /(^|\.)(ib|p3sg|p3pl)$/u.test(a.tags.join('.')));
      const speech = e.rules.speechVerbs;
      const before = e.previous(tokens, i);
      for (const a of readings) {
        if (before && speech.has(`az:${e.lower(before.text)} ${a.lemma}`)) return i - 2;
        if (speech.has(`az:${a.lemma}`)) return i;
      }
      return undefined;
    },
  );
}

/**
 * Comparison and limits: Azerbaijani daha + adjective is the Uzbek comparative suffix (daha
 * böyük → kattaroq), a dative + qədər the Uzbek terminative (axşama qədər → kechgacha), and
 * Uzbek -ga qaraganda (than) the Azerbaijani ablative.
 */
export function matchComparative(
  e: DirectionEngine,
  tokens: readonly Token[],
  i: number,
): UnitMatch | undefined {
  const word = tokens[i] as Token;
  const next = e.adjacent(tokens, i);
  if (!next || !e.isWord(next)) return undefined;
  if (e.from === 'uz') return matchThan(e, tokens, i);
  const lower = e.lower(word.text);
  if (lower === 'daha') {
    const adj = e.source.analyze(next.text)[0];
    if (adj?.pos !== 'adj' || adj.tags.length > 0) return undefined;
    const entry = e.bidix.lookup(adj.lemma, 'adj')[0];
    if (!entry || entry.target.includes(' ')) return undefined;
    const text = e.realize(
      entry,
      ['comp'],
      isClauseFinal(e, tokens, i + 2),
      casePattern(word.text),
    );
    return {
      lastIndex: i + 2,
      result: { text, known: true, analysis: { ...adj, tags: ['comp'] } },
    };
  }
  // X-də olan (being in X) is the Uzbek -dagi: Bakıda olan şirkətlər → Bokudagi kompaniyalar.
  if (e.lower(next.text) === 'olan') {
    return nounWithHelper(e, tokens, i, 'loc', isNoun, (tags) => [...tags, 'ki'], false);
  }
  if (e.lower(next.text) !== 'qədər') return undefined;
  return nounWithHelper(e, tokens, i, 'dat', isNoun, (tags) => [...tags.slice(0, -1), 'term']);
}

/** Uzbek -ga qaraganda (than) is the Azerbaijani ablative: avvalgisiga qaraganda → əvvəlkindən. */
function matchThan(e: DirectionEngine, tokens: readonly Token[], i: number): UnitMatch | undefined {
  const next = e.adjacent(tokens, i) as Token;
  if (e.lower(next.text) !== 'qaraganda') return undefined;
  const notVerb = (a: Analysis) => a.pos !== 'v';
  const reading = e.source.analyze((tokens[i] as Token).text).find(isIn('dat', notVerb));
  // X-ning soʻzlariga qaraganda is "according to his words": sözlərinə görə.
  if (reading && ACCORDING_TO.has(reading.lemma)) {
    const unit = nounWithHelper(e, tokens, i, 'dat', notVerb, (tags) => [...tags]);
    if (unit) unit.result.text += ' görə';
    return unit;
  }
  return nounWithHelper(e, tokens, i, 'dat', notVerb, (tags) => [...tags.slice(0, -1), 'abl']);
}

const isNoun = (a: Analysis) => a.pos === 'n' || a.pos.startsWith('np.');
const isIn = (caseTag: string, kind: (a: Analysis) => boolean) => (a: Analysis) =>
  a.tags.at(-1) === caseTag && kind(a);

/**
 * The word at i, read as `kind` in `caseTag`, with the helper word after it as one unit: the
 * word is re-inflected with `retag` (Bakıda olan → Bokudagi, axşama qədər → kechgacha).
 */
function nounWithHelper(
  e: DirectionEngine,
  tokens: readonly Token[],
  i: number,
  caseTag: string,
  kind: (a: Analysis) => boolean,
  retag: (tags: readonly string[]) => string[],
  clauseFinal = isClauseFinal(e, tokens, i + 2),
): UnitMatch | undefined {
  const word = tokens[i] as Token;
  const reading = e.source.analyze(word.text).find(isIn(caseTag, kind));
  const entry = reading && e.bidix.lookup(reading.lemma, reading.pos)[0];
  if (!reading || !entry) return undefined;
  const tags = retag(reading.tags);
  const text = e.realize(entry, tags, clauseFinal, casePattern(word.text));
  return { lastIndex: i + 2, result: { text, known: true, analysis: { ...reading, tags } } };
}

/** Nouns after which -ga qaraganda is "according to", not "than". */
const ACCORDING_TO: ReadonlySet<string> = new Set(['soʻz', 'maʼlumot', 'xabar', 'fikr', 'baho']);
