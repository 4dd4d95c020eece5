/**
 * Morpheme transfer: rewrites of the source tag sequence into the target's, plus the separate
 * words some categories become (Azerbaijani -(y)lA ⇄ Uzbek bilan, -mAlI ⇄ -ish + kerak,
 * attached copulas ⇄ edi / ekan). Rules are tried in order at each position; the first whose
 * pattern matches rewrites it. `P` in a pattern matches any person tag, `X` any possessive,
 * `C` any case; the replacement may reuse them.
 */
import type { Direction } from './bidix.js';

export interface TagRule {
  match: readonly string[];
  replace: readonly string[];
  /** A word to put before the translated word (Uzbek kattaroq → Azerbaijani daha böyük). */
  before?: string;
  /** A word to put after the translated word, by person where it varies. */
  after?: string | Readonly<Record<string, string>>;
  /** Only when the word ends its clause (before . ! ? ; : or the end). */
  clauseFinal?: boolean;
  /** Only in a sentence with a future marker (ertaga, kelgusi yil …). */
  future?: boolean;
  /** Not for stative verbs (təşkil edir → tashkil etadi, bilir → biladi). */
  dynamic?: boolean;
}

const PERSONS = new Set(['p1sg', 'p2sg', 'p3sg', 'p1pl', 'p2pl', 'p3pl']);
const POSSESSIVES = new Set(['px1sg', 'px2sg', 'px3sp', 'px1pl', 'px2pl', 'px3pl']);
/** The case tags both grammars share. */
export const CASES: ReadonlySet<string> = new Set(['gen', 'acc', 'dat', 'loc', 'abl', 'ins']);

const byPerson = (stem: string, endings: readonly string[]): Record<string, string> => ({
  p1sg: stem + endings[0],
  p2sg: stem + endings[1],
  p3sg: stem + endings[2],
  p1pl: stem + endings[3],
  p2pl: stem + endings[4],
  p3pl: stem + endings[5],
});
const UZ_B = ['m', 'ng', '', 'k', 'ngiz', 'lar'];
const UZ_A = ['man', 'san', '', 'miz', 'siz', 'lar'];

const AZ_TO_UZ: readonly TagRule[] = [
  // The Azerbaijani -Ir present of news reports what is going on: Uzbek -moqda (davam edir →
  // davom etmoqda); -adi is Uzbek's habitual and future.
  { match: ['pres', 'p3sg'], replace: ['prog', 'p3sg'], dynamic: true },
  { match: ['pres', 'p3pl'], replace: ['prog', 'p3pl'], dynamic: true },
  { match: ['ins'], replace: [], after: 'bilan' },
  {
    match: ['cop_past', 'P'],
    replace: [],
    after: byPerson('ed', ['im', 'ing', 'i', 'ik', 'ingiz', 'ilar']),
  },
  { match: ['cop_evid', 'P'], replace: [], after: byPerson('ekan', UZ_A) },
  { match: ['cop_cond', 'P'], replace: [], after: byPerson('boʻlsa', UZ_B) },
  {
    match: ['pres', 'cop_past', 'P'],
    replace: ['prc_ayotgan'],
    after: byPerson('ed', ['im', 'ing', 'i', 'ik', 'ingiz', 'ilar']),
  },
  {
    match: ['aor', 'cop_past', 'P'],
    replace: ['aor', 'p3sg'],
    after: byPerson('ed', ['im', 'ing', 'i', 'ik', 'ingiz', 'ilar']),
  },
  {
    match: ['fut', 'cop_past', 'P'],
    replace: ['intent', 'p3sg'],
    after: byPerson('ed', ['im', 'ing', 'i', 'ik', 'ingiz', 'ilar']),
  },
  { match: ['pres', 'cop_cond', 'P'], replace: ['cond', 'P'] },
  { match: ['aor', 'cop_cond', 'P'], replace: ['cond', 'P'] },
  { match: ['fut', 'cop_cond', 'P'], replace: ['cond', 'P'] },
  { match: ['evid'], replace: ['prc_gan'] },
  { match: ['fut', 'P'], replace: ['pres', 'P'] },
  { match: ['fut', 'X'], replace: ['vn', 'X'] },
  { match: ['fut', 'attr', 'X'], replace: ['vn', 'X'] },
  { match: ['fut', 'attr'], replace: ['prc_adigan'] },
  { match: ['neg', 'aor'], replace: ['neg', 'pres'] },
  { match: ['aor'], replace: ['pres'] },
  { match: ['nec', 'P'], replace: ['vn', 'X'], after: 'kerak' },
  { match: ['prc_an'], replace: ['prc_gan'] },
  { match: ['prc_dIq'], replace: ['prc_gan'] },
  { match: ['equ'], replace: ['prc_gan'] },
  { match: ['cvb_ArAq'], replace: ['ib'] },
  { match: ['cvb_IncA'], replace: ['cvb_gach'] },
  { match: ['cvb_mAdAn'], replace: ['cvb_masdan'] },
  { match: ['cvb_mAzdAn'], replace: ['vn', 'abl'] },
  { match: ['cvb_ArkAn'], replace: ['prc_ayotgan', 'loc'] },
  { match: ['cvb_AlI'], replace: ['prc_gan', 'abl'] },
  { match: ['opt', 'p3sg'], replace: ['cvb_a'] },
  { match: ['recip'], replace: ['coop'] },
  { match: ['vn_Iş'], replace: ['vn'] },
  { match: ['prc_IcI'], replace: ['prc_uvchi'] },
  { match: ['inf', 'C'], replace: ['vn', 'C'] },
  // A bare infinitive is a noun phrase (bunu etmək çətindir): Uzbek says -ish, -moq is bookish.
  { match: ['inf'], replace: ['vn'] },
  { match: ['ib', 'p3sg'], replace: ['past', 'p3sg'] },
  { match: ['ib', 'P'], replace: ['past', 'P'] },
  { match: ['ib'], replace: ['past', 'p3sg'], clauseFinal: true },
];

const UZ_TO_AZ: readonly TagRule[] = [
  { match: ['pres', 'P'], replace: ['fut', 'P'], future: true },
  { match: ['cont'], replace: ['pres'] },
  { match: ['prog'], replace: ['pres'] },
  { match: ['prc_gan', 'cop_past'], replace: ['evid', 'cop_past'] },
  { match: ['prc_gan', 'cop_evid'], replace: ['evid', 'cop_evid'] },
  { match: ['prc_gan', 'cop_cond'], replace: ['evid', 'cop_cond'] },
  { match: ['prc_ayotgan', 'cop_past'], replace: ['pres', 'cop_past'] },
  { match: ['prc_ayotgan', 'cop_evid'], replace: ['pres', 'cop_evid'] },
  { match: ['intent', 'cop_past'], replace: ['fut', 'cop_past'] },
  { match: ['cont', 'cop_past'], replace: ['pres', 'cop_past'] },
  // -ganligi / -ayotganligi (that it happened / is happening) is the -dIğI form.
  { match: ['prc_gan', 'der_subst', 'n', 'X'], replace: ['prc_dIq', 'X'] },
  { match: ['prc_ayotgan', 'der_subst', 'n', 'X'], replace: ['prc_dIq', 'X'] },
  { match: ['prc_gan', 'p3sg'], replace: ['ib'] },
  { match: ['prc_gan'], replace: ['ib'], clauseFinal: true },
  { match: ['prc_gan', 'P'], replace: ['evid', 'P'] },
  { match: ['prc_gan', 'X'], replace: ['prc_dIq', 'X'] },
  { match: ['prc_gan', 'abl'], replace: ['prc_dIq', 'abl'] },
  { match: ['prc_gan'], replace: ['prc_an'] },
  { match: ['ib', 'p3sg'], replace: ['ib'] },
  { match: ['intent', 'P'], replace: ['fut', 'P'] },
  { match: ['prc_ayotgan'], replace: ['prc_an'] },
  // -adigan is "that will" with a future marker in the sentence, "that does" otherwise.
  { match: ['prc_adigan'], replace: ['fut', 'attr'], future: true },
  { match: ['prc_adigan'], replace: ['prc_an'] },
  { match: ['prc_uvchi'], replace: ['prc_IcI'] },
  { match: ['cvb_a'], replace: ['opt', 'p3sg'] },
  { match: ['cvb_gach'], replace: ['cvb_IncA'] },
  { match: ['cvb_guncha'], replace: ['cvb_IncA'] },
  { match: ['cvb_gani'], replace: ['inf'], after: 'üçün' },
  { match: ['cvb_masdan'], replace: ['cvb_mAdAn'] },
  { match: ['cvb_may'], replace: ['cvb_mAdAn'] },
  // Uzbek -ish- with a 3rd person singular ending marks a plural subject (berishdi → verdilər).
  { match: ['coop', 'past', 'p3sg'], replace: ['past', 'p3pl'] },
  { match: ['coop', 'prc_gan'], replace: ['ib', 'p3pl'], clauseFinal: true },
  { match: ['coop', 'pres', 'p3sg'], replace: ['pres', 'p3pl'] },
  { match: ['coop', 'cont', 'p3sg'], replace: ['pres', 'p3pl'] },
  { match: ['coop'], replace: [] },
  { match: ['comp'], replace: [], before: 'daha' },
  { match: ['lim'], replace: [] },
  { match: ['cnt'], replace: [] },
  // The Uzbek -ish noun without a possessive is the Azerbaijani infinitive, which declines
  // (muhokama qilish → müzakirə etmək, qilishdan → etməkdən); with one it stays -mA (etməsi).
  // -ishicha (according to what X says): the -dIğInA görə phrase (bildirdiyinə görə).
  { match: ['vn', 'X', 'equ'], replace: ['prc_dIq', 'X', 'dat'], after: 'görə' },
  { match: ['vn', 'X'], replace: ['vn', 'X'] },
  { match: ['vn', 'C'], replace: ['inf', 'C'] },
  { match: ['vn'], replace: ['inf'] },
  { match: ['term'], replace: ['dat'], after: 'qədər' },
  { match: ['sim'], replace: [], after: 'kimi' },
];

export const TAG_RULES: Record<Direction, readonly TagRule[]> = {
  'az-uz': AZ_TO_UZ,
  'uz-az': UZ_TO_AZ,
};

export interface TransferredTags {
  tags: string[];
  before: string[];
  after: string[];
}

const personToPossessive = (p: string) =>
  p === 'p3sg' || p === 'p3pl' ? 'px3sp' : p.replace('p', 'px');

/** The person of a possessive (px1sg → p1sg; the 3rd person possessive is singular). */
export const possessiveToPerson = (px: string): string =>
  px === 'px3sp' ? 'p3sg' : px.replace('px', 'p');

const transferred = new Map<string, TransferredTags>();

/** Rewrites `tags` for the target language (results are shared: treat them as read-only). */
export function transferTags(
  direction: Direction,
  tags: readonly string[],
  clauseFinal: boolean,
  future = false,
  stative = false,
): TransferredTags {
  const key = `${direction}${clauseFinal ? '!' : ''}${future ? '+' : ''}${stative ? '=' : ''}:${tags.join('.')}`;
  let result = transferred.get(key);
  if (!result) {
    result = computeTransfer(direction, tags, clauseFinal, future, stative);
    if (transferred.size > 20_000) transferred.clear();
    transferred.set(key, result);
  }
  return result;
}

function computeTransfer(
  direction: Direction,
  tags: readonly string[],
  clauseFinal: boolean,
  future: boolean,
  stative: boolean,
): TransferredTags {
  const rules = TAG_RULES[direction];
  const out: string[] = [];
  const before: string[] = [];
  const after: string[] = [];
  let i = 0;
  outer: while (i < tags.length) {
    for (const rule of rules) {
      if (rule.clauseFinal && !(clauseFinal && i + rule.match.length === tags.length)) continue;
      if (rule.future && !future) continue;
      if (rule.dynamic && stative) continue;
      const bound = new Map<string, string>();
      const ok = rule.match.every((m, k) => {
        const tag = tags[i + k];
        if (tag === undefined) return false;
        if (m === 'P') return PERSONS.has(tag) && (bound.set('P', tag), true);
        if (m === 'X') return POSSESSIVES.has(tag) && (bound.set('X', tag), true);
        if (m === 'C') return CASES.has(tag) && (bound.set('C', tag), true);
        return m === tag;
      });
      if (!ok) continue;
      for (const r of rule.replace) {
        if (r === 'P') out.push(bound.get('P') as string);
        else if (r === 'X')
          out.push(bound.get('X') ?? personToPossessive(bound.get('P') as string));
        else if (r === 'C') out.push(bound.get('C') as string);
        else out.push(r);
      }
      if (rule.before) before.push(rule.before);
      if (typeof rule.after === 'string') after.push(rule.after);
      else if (rule.after) after.push(rule.after[bound.get('P') ?? 'p3sg'] as string);
      i += rule.match.length;
      continue outer;
    }
    out.push(tags[i] as string);
    i++;
  }
  return { tags: out, before, after };
}
