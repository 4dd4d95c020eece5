/**
 * Where a clause ends. A verb form that ends its clause is finite (Azerbaijani -(y)Ib and Uzbek
 * -gan are then past tenses), and a noun right before a verb is its object.
 */
import type { Token } from '../segment/index.js';
import type { DirectionEngine } from './direction.js';
import { CASES } from './tags.js';

export const CLAUSE_END = /^[.!?;:…]/u;
const CLOSING_QUOTES: ReadonlySet<string> = new Set(['”', '»', '"', '’']);
export const SPEAKERS: ReadonlySet<string> = new Set(['u', 'ular', 'men', 'biz']);
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
const GOVERNING_FORMS: ReadonlySet<string> = new Set(['prc_dIq', 'prc_an', 'inf', 'prc_gan']);

/**
 * The word ends its clause: before . ! ? ; : or the end, or before the complementiser ki
 * (bildirib ki … → maʼlum qildi ki …), where a converb-looking -(y)Ib is a finite verb.
 */
export function isClauseFinal(e: DirectionEngine, tokens: readonly Token[], i: number): boolean {
  const nextAt = e.nextIndex(tokens, i);
  const next = tokens[nextAt];
  if (!next) return true;
  if (next.kind === 'punct') {
    if (CLAUSE_END.test(next.text)) return true;
    let at = nextAt;
    // A closing quotation mark before a comma or the end closes the quoted clause.
    if (CLOSING_QUOTES.has(next.text)) {
      at = e.nextIndex(tokens, at);
      const after = tokens[at];
      if (after === undefined || CLAUSE_END.test(after.text)) return true;
      if (after.text !== ',') return false;
    } else if (next.text !== ',') return false;
    // "…, lakin …": a comma before an adversative conjunction closes a finite clause, and
    // so does one before the speech verb of a report ("… kelgan, dedi u").
    const afterAt = e.nextIndex(tokens, at);
    const after = tokens[afterAt];
    if (after === undefined) return false;
    // A subject pronoun after the comma opens a new clause (… kelmagan, u … olib kelgan).
    const lower = e.lower(after.text);
    if (e.from === 'uz' && SPEAKERS.has(lower) && isParticiple(e, tokens[i])) return true;
    return ADVERSATIVES.has(lower) || opensWithSpeechVerb(e, tokens, afterAt);
  }
  if (e.lower(next.text) === 'ki') return true;
  // Uzbek "… chiqib olishgan va tirik qolishgan, dedi u": a -gan joined by va to a finite
  // -gan is finite too.
  if (e.from === 'uz' && e.lower(next.text) === 'va' && isParticiple(e, tokens[i])) {
    for (let k = nextAt + 1; k < tokens.length; k++) {
      const t = tokens[k] as Token;
      if (t.kind === 'punct') break;
      if (isParticiple(e, t)) return isClauseFinal(e, tokens, k);
    }
  }
  // Reported speech ends with its speaker: "…", degan u. / … deb taʼkidladi u.
  const after = e.nextToken(tokens, nextAt);
  return (
    e.from === 'uz' &&
    SPEAKERS.has(e.lower(next.text)) &&
    (after === undefined || (after.kind === 'punct' && CLAUSE_END.test(after.text)))
  );
}

/** An Uzbek verb form whose likeliest reading ends in the -gan participle. */
export function isParticiple(e: DirectionEngine, token: Token | undefined): boolean {
  if (!token || !e.isWord(token)) return false;
  const first = e.source.analyze(token.text)[0];
  return first?.pos === 'v' && first.tags.at(-1) === 'prc_gan';
}

/** Does an Uzbek speech verb (dedi, qoʻshimcha qildi) start at token i? */
export function opensWithSpeechVerb(
  e: DirectionEngine,
  tokens: readonly Token[],
  i: number,
): boolean {
  const token = tokens[i] as Token;
  if (e.from !== 'uz' || !e.isWord(token)) return false;
  const speech = e.rules.speechVerbs;
  const lower = e.lower(token.text);
  const next = e.adjacent(tokens, i);
  const verbs = (t: Token) => e.source.analyze(t.text).filter((a) => a.pos === 'v');
  if (verbs(token).some((a) => speech.has(`uz:${a.lemma}`))) return true;
  return next !== undefined && verbs(next).some((a) => speech.has(`uz:${lower} ${a.lemma}`));
}

/** The next word is a verb form (for objects: -ları is then plural + accusative). */
export function beforeVerb(e: DirectionEngine, tokens: readonly Token[], i: number): boolean {
  const nextAt = e.nextIndex(tokens, i);
  const next = tokens[nextAt];
  if (!next || !e.isWord(next)) return false;
  // A verb form, not a verbal noun in a case (yarışda is a noun here, not yar- + -Iş + -da);
  // participles and infinitives govern an object whatever their case (qadını tanıdıqlarını,
  // kitabı oxumağa).
  // A passive verb takes no object: the noun before it is its subject (məsələləri müzakirə
  // olunub: the possessive, not the accusative).
  // Nor does an intransitive one (halları azalıb: the cases decreased).
  const takesNoObject = (t: Token | undefined) =>
    t !== undefined &&
    e.isWord(t) &&
    e.source
      .analyze(t.text)
      .some(
        (a) =>
          a.pos === 'v' &&
          (a.tags.includes('pass') || e.rules.intransitive.has(`${e.from}:${a.lemma}`)),
      );
  const reading = e.source.analyze(next.text)[0];
  if (reading?.pos === 'v') {
    if (takesNoObject(next)) return false;
    if (!CASES.has(reading.tags.at(-1) ?? '')) return true;
    if (reading.tags.some((t) => GOVERNING_FORMS.has(t))) return true;
  }
  // The first word of a compound verb: (əməkdaşlığı) davam etdirəcəyik.
  const compound = e.bidix.multiword.get(e.lower(next.text))?.some((entry) => entry.pos === 'v');
  return compound === true && !takesNoObject(e.adjacent(tokens, nextAt));
}
