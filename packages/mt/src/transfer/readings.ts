/**
 * Which reading of a word the context makes likelier: the object or the possessive of -(s)I, a
 * finite verb at the end of a clause, a capitalised common word as part of a name.
 */
import type { Analysis } from '../morph/types.js';
import type { Token } from '../segment/index.js';
import type { DirectionEngine } from './direction.js';

const ATTRIBUTE_HEADS: ReadonlySet<string> = new Set(['n', 'adj', 'num', 'np']);
const NOUN_MODIFIERS: ReadonlySet<string> = new Set(['adj', 'det', 'num']);
const FINITE = /(^|\.)(pres|past|fut|aor|evid|prog|cont)(\.cop_[a-z]+)?\.p[123](sg|pl)$/u;
const TITLE_CASE = /^\p{Lu}\p{Ll}/u;
const OBJECT_TAGS: ReadonlySet<string> = new Set(['acc']);
const POSSESSIVE_TAGS: ReadonlySet<string> = new Set(['px3sp', 'px3pl']);

/**
 * At the end of a clause a finite verb explains a word better than a bare noun that looks the
 * same (dedi ki, gəlir: "comes", not "income"), unless a modifier before it makes it a noun.
 */
export function preferFiniteVerb(e: DirectionEngine, analyses: Analysis[]): Analysis[] {
  const first = analyses[0];
  if (!first || first.pos === 'v' || first.tags.some((t) => !/^(cop|p[123])/u.test(t))) {
    return analyses;
  }
  const prev = e.context.prev;
  if (prev && (NOUN_MODIFIERS.has(prev.pos) || prev.tags.at(-1) === 'gen')) return analyses;
  const verb = analyses.find((a) => a.pos === 'v' && FINITE.test(a.tags.join('.')) && !a.guessed);
  return promote(analyses, verb);
}

/**
 * A capitalised common word inside a sentence, next to a name the lexicon does not know, is
 * part of that name: detektiv Bob Blemings, Dolli Menga (not "chapter", "to me"). Titles
 * before names keep their meaning (Prezident Emmanuel Makron).
 */
export function isNameHere(
  e: DirectionEngine,
  tokens: readonly Token[],
  i: number,
  analyses: readonly Analysis[],
): boolean {
  const word = (tokens[i] as Token).text;
  if (!TITLE_CASE.test(word) || analyses.length === 0) return false;
  if (analyses.some((a) => a.guessed || a.pos.startsWith('np.') || a.pos === 'abbr')) return false;
  // Adjectives stay themselves inside names (Shimoliy Koreya, Müqəddəs Martin).
  if (analyses.some((a) => a.pos === 'adj')) return false;
  if (analyses.some((a) => e.rules.titles.has(`${e.from}:${a.lemma}`))) return false;
  const before = e.previous(tokens, i);
  if (!before || !e.isWord(before)) return false;
  const after = e.adjacent(tokens, i);
  return [before, after].some((t) => t !== undefined && isUnknownName(e, t));
}

/** A capitalised word the lexicon knows only as a guessed name (or as a person's name). */
export function isUnknownName(e: DirectionEngine, token: Token): boolean {
  if (!e.isWord(token) || !TITLE_CASE.test(token.text)) return false;
  const readings = e.source.analyze(token.text);
  return (
    readings.length > 0 &&
    readings.every((a) => a.guessed || a.pos === 'np.ant' || a.pos === 'np.cog') &&
    readings.some((a) => a.pos.startsWith('np.'))
  );
}

/**
 * -(s)I after a noun is both the 3rd person possessive and the accusative (kitabı, evləri);
 * right before a verb the accusative object is the likelier reading, elsewhere — and after a
 * genitive (hallarının sayı artıb) — the possessive of a compound (Azərbaycan Respublikası).
 */
export function preferObjectReading(analyses: Analysis[], beforeVerb: boolean): Analysis[] {
  const wanted = beforeVerb ? OBJECT_TAGS : POSSESSIVE_TAGS;
  const other = beforeVerb ? POSSESSIVE_TAGS : OBJECT_TAGS;
  const first = analyses[0];
  if (!first || first.guessed || !other.has(first.tags.at(-1) ?? '')) return analyses;
  const better = analyses.find(
    (a) => !a.guessed && a.lemma === first.lemma && wanted.has(a.tags.at(-1) ?? ''),
  );
  return promote(analyses, better);
}

/**
 * Azerbaijani -(y)AcAq before a noun is the future participle (kömək edəcək dəlil → yordam
 * beradigan dalil), not the finite future.
 */
export function preferParticipleBeforeNoun(
  analyses: Analysis[],
  next: Analysis | undefined,
): Analysis[] {
  if (!next || !ATTRIBUTE_HEADS.has(next.pos.startsWith('np.') ? 'np' : next.pos)) return analyses;
  const first = analyses[0];
  if (first?.pos !== 'v' || !/(^|\.)fut\.p3sg$/u.test(first.tags.join('.'))) return analyses;
  const attr = analyses.find(
    (a) => a.lemma === first.lemma && a.pos === 'v' && a.tags.join('.').endsWith('fut.attr'),
  );
  return promote(analyses, attr);
}

/** A word that is a noun or an adjective is the adjective before a noun (harbiy dengiz → hərbi). */
export function preferAdjectiveBeforeNoun(
  analyses: Analysis[],
  next: Analysis | undefined,
): Analysis[] {
  const first = analyses[0];
  if (!next || next.pos !== 'n' || first?.pos !== 'n' || first.tags.length > 0) return analyses;
  const adj = analyses.find(
    (a) => a.pos === 'adj' && a.lemma === first.lemma && a.tags.length === 0,
  );
  return promote(analyses, adj);
}

/** Before başla- / boshla- a verbal noun is the verb that begins (işləməyə başladı → ishlay). */
export function preferVerbBeforeBegin(
  analyses: Analysis[],
  next: Analysis | undefined,
): Analysis[] {
  if (next?.pos !== 'v' || (next.lemma !== 'başla' && next.lemma !== 'boshla')) return analyses;
  const verb = analyses.find((a) => a.pos === 'v' && /(inf|vn)\.dat$/u.test(a.tags.join('.')));
  return promote(analyses, verb);
}

/**
 * An Uzbek -ish word with an object before it is the verb's noun, not a lexicalised noun
 * (yoshlarni qoʻllab-quvvatlash → gəncləri dəstəkləmək, not "dəstək").
 */
export function preferVerbalNounAfterObject(
  analyses: Analysis[],
  prev: Analysis | undefined,
): Analysis[] {
  const first = analyses[0];
  if (prev?.tags.at(-1) !== 'acc' || first?.pos === 'v') return analyses;
  const verb = analyses.find((a) => a.pos === 'v' && a.tags.includes('vn'));
  return promote(analyses, verb);
}

/** The readings with `chosen` (when found) moved to the front. */
function promote(analyses: Analysis[], chosen: Analysis | undefined): Analysis[] {
  return chosen ? [chosen, ...analyses.filter((a) => a !== chosen)] : analyses;
}
