/**
 * Uzbek morphotactics as one suffix graph, with the tag names of the Azerbaijani graph wherever
 * the two languages have the same category.
 */
import { contextFree, GraphBuilder, type Realizer } from '../graph-builder.js';
import type { Grammar } from '../walker.js';
import { isVowel, lastVowel, soften, template as t } from './phonology.js';

/** Present/future -a after a consonant, -y after a vowel: keladi, ishlaydi. */
const aOrY = (rest: string): Realizer =>
  contextFree((ctx) => (isVowel(ctx.last) ? 'y' : 'a') + rest);
/** -a after a consonant, nothing after a vowel: kel-ay-lik, ishla-y-lik. */
const aAfterConsonant = (rest: string): Realizer =>
  contextFree((ctx) => (isVowel(ctx.last) ? '' : 'a') + rest);

function build(): Grammar {
  const g = new GraphBuilder();

  // ---- nominal slots: STEM + PL + PX + CASE + -gi/-ki + copula + question ----
  const NOMINAL = ['n', 'n.pl', 'n.px', 'n.gen', 'n.loc', 'n.ki', 'n.kipl', 'n.end'];
  const cases = (from: readonly string[], inner: boolean) => {
    g.add(from, 'gen', t('ning'), inner ? 'n.gen' : 'n.end');
    g.add(from, 'acc', t('ni'), 'n.end');
    g.add(from, 'dat', t('Ga'), 'n.end');
    g.add(from, 'loc', t('da'), inner ? 'n.loc' : 'n.end');
    g.add(from, 'abl', t('dan'), 'n.end');
    g.add(from, 'term', t('Gacha'), 'n.end');
    g.add(from, 'sim', t('dek'), 'n.end');
  };
  const possessives = (from: readonly string[]) => {
    g.add(from, 'px1sg', t('(i)m'), 'n.px');
    g.add(from, 'px2sg', t('(i)ng'), 'n.px');
    g.add(from, 'px3sp', t('(s)i'), 'n.px');
    g.add(from, 'px1pl', t('(i)miz'), 'n.px');
    g.add(from, 'px2pl', t('(i)ngiz'), 'n.px');
    g.add(from, 'px3pl', t('lari'), 'n.px');
  };
  g.add('n', 'pl', t('lar'), 'n.pl');
  possessives(['n', 'n.pl']);
  cases(['n', 'n.pl', 'n.px'], true);
  g.add('n.loc', 'ki', t('gi'), 'n.ki');
  g.add('n.gen', 'ki', t('ki'), 'n.ki');
  g.add('n.ki', 'pl', t('lar'), 'n.kipl');
  cases(['n.ki', 'n.kipl'], false);
  g.add(NOMINAL, 'cop.p1sg', t('man'), 'cop.end');
  g.add(NOMINAL, 'cop.p2sg', t('san'), 'cop.end');
  g.add(NOMINAL, 'cop.p3sg', t('dir'), 'cop.end');
  g.add(NOMINAL, 'cop.p1pl', t('miz'), 'cop.end');
  g.add(NOMINAL, 'cop.p2pl', t('siz'), 'cop.end');
  g.add(NOMINAL, 'cop.p3pl', t('dirlar'), 'cop.end');
  g.add([...NOMINAL, 'cop.end', 'pers.end'], 'qst', t('mi'), 'end');
  g.add('n', 'der_subst.n', t('lik'), 'n', true);
  g.add('n', 'der_agent.n', t('chi'), 'n');
  g.add('n', 'der_with.adj', t('li'), 'n');
  g.add('n', 'der_without.adj', t('siz'), 'n');
  g.add('n', 'der_advl.adv', t('cha'), 'n.end');
  g.add('n', 'ord', t('(i)nchi'), 'n');
  // Relational adjectives: ilmiy, tarixiy (-iy after a consonant), kimyoviy, maʼnaviy (-viy).
  g.add(
    'n',
    'der_iy.adj',
    contextFree((ctx) => (isVowel(ctx.last) ? 'viy' : 'iy')),
    'n',
  );
  // Adjectives of time and place: bugungi, hozirgi, kechagi, oldingi, keyingi, ichki.
  g.add('n', 'der_gi.adj', t('Gi'), 'n.ki');
  // Comparative of adjectives (kattaroq, yaxshiroq) and the restrictive -gina (birgina, endigina).
  g.add('n', 'comp', t('roq'), 'n');
  g.add(['n', 'n.pl', 'n.px', 'n.loc', 'n.end', 'pers.end'], 'lim', t('gina'), 'end');
  // Counting suffix of numerals: ikkita, beshta, ikkitadan.
  g.add('n', 'cnt', t('ta'), 'n.pl');
  // -cha after a possessive: fikricha (in his opinion), menimcha.
  g.add('n.px', 'equ', t('cha'), 'n.end');
  // Verbs from nouns and adjectives: zamonaviylash-, tozala-; the verb graph continues from there.
  g.add('n', 'der_la.v', t('la'), 'v');
  g.add('n', 'der_lash.v', t('lash'), 'v');

  // Person endings.
  const personsA = (from: string, third: Realizer, thirdPlural: Realizer) => {
    g.add(from, 'p1sg', t('man'), 'pers.end');
    g.add(from, 'p2sg', t('san'), 'pers.end');
    g.add(from, 'p3sg', third, 'pers.end');
    g.add(from, 'p1pl', t('miz'), 'pers.end');
    g.add(from, 'p2pl', t('siz'), 'pers.end');
    g.add(from, 'p3pl', thirdPlural, 'pers.end');
  };
  personsA('pers.A', () => '', t('lar'));
  g.add('pers.A', 'p3sg', t('dir'), 'pers.end');
  personsA('pers.pres', t('di'), t('dilar'));
  personsA('pers.prog', t('ti'), t('tilar'));
  g.add('pers.B', 'p1sg', t('m'), 'pers.end');
  g.add('pers.B', 'p2sg', t('ng'), 'pers.end');
  g.add('pers.B', 'p3sg', () => '', 'pers.end');
  g.add('pers.B', 'p1pl', t('k'), 'pers.end');
  g.add('pers.B', 'p2pl', t('ngiz'), 'pers.end');
  g.add('pers.B', 'p3pl', t('lar'), 'pers.end');

  // ---- verbs: STEM + VOICE + NEG + TAM + PERSON ----
  const passive: Realizer = (ctx) =>
    ctx.text.endsWith('la') ? 'n' : isVowel(ctx.last) ? 'l' : ctx.last === 'l' ? 'in' : 'il';
  // -t after vowels, -tir after -sh and -t (takomillashtir, ettir), -dir elsewhere; others are lexical.
  const causative: Realizer = (ctx) =>
    isVowel(ctx.last) ? 't' : ctx.text.endsWith('sh') || ctx.last === 't' ? 'tir' : 'dir';

  g.add('v', 'caus', causative, 'v.1');
  g.add('v', 'coop', t('(i)sh'), 'v.1');
  g.add('v', 'pass', passive, 'v.1');
  g.add('v.1', 'pass', passive, 'v.2');
  g.add('v.1', 'coop', t('(i)sh'), 'v.2');
  const stems = ['v', 'v.1', 'v.2'];
  const negs = stems.map((s) => `${s}.neg`);
  for (const s of stems) g.add(s, 'neg', t('ma'), `${s}.neg`);
  const both = [...stems, ...negs];

  g.add(both, 'past', t('di'), 'pers.B');
  g.add(both, 'pres', aOrY(''), 'pers.pres');
  g.add(both, 'cont', t('yap'), 'pers.prog');
  g.add(stems, 'prog', t('moqda'), 'pers.A');
  g.add(both, 'prc_gan', t('Gan'), 'v.gan');
  g.add(both, 'ib', t('(i)b'), 'v.ib');
  g.add(both, 'intent', t('moqchi'), 'pers.A');
  g.add(stems, 'aor', t('(a)r'), 'pers.A');
  // The past copula written attached (kelardi, kelgandi, kelayotgandi = … edi).
  g.add(both, 'aor.cop_past', t('(a)rdi'), 'pers.B');
  g.add(both, 'prc_gan.cop_past', t('Gandi'), 'pers.B');
  g.add(both, 'prc_ayotgan.cop_past', t('(a)yotgandi'), 'pers.B');
  g.add(stems, 'neg.aor', t('mas'), 'pers.A');
  // Negative verbal noun: yoʻl qoʻymaslik, kelmasligi.
  g.add(stems, 'neg.vn', t('maslik'), 'n', true);
  g.add(both, 'cond', t('sa'), 'pers.B');
  // -sa-da / -sada: "even if, although" (boʻlsa-da).
  g.add('pers.end', 'clt_da', t('-da'), 'end');
  g.add('pers.end', 'clt_da', t('da'), 'end');
  g.add(both, 'opt.p1sg', aAfterConsonant('y'), 'pers.end');
  g.add(both, 'opt.p1pl', aAfterConsonant('ylik'), 'pers.end');
  g.add(both, 'imp.p2sg', () => '', 'pers.end');
  g.add(both, 'imp.p2pl', t('(i)ng'), 'pers.end');
  g.add(both, 'imp.p2pl', t('(i)ngiz'), 'pers.end');
  g.add(both, 'imp.p3sg', t('sin'), 'pers.end');
  g.add(both, 'imp.p3pl', t('sinlar'), 'pers.end');
  // Non-finite forms.
  g.add(both, 'inf', t('moq'), 'end');
  // Only positive stems: the negative verbal noun is -maslik (above), never -mash.
  g.add(stems, 'vn', t('(i)sh'), 'n');
  g.add(both, 'prc_ayotgan', t('(a)yotgan'), 'n');
  g.add(both, 'prc_adigan', aOrY('digan'), 'n');
  g.add(
    stems,
    'prc_uvchi',
    contextFree((ctx) => (isVowel(ctx.last) ? null : 'uvchi')),
    'n',
  );
  g.add(both, 'cvb_a', aOrY(''), 'end');
  g.add(both, 'cvb_gach', t('Gach'), 'end');
  g.add(both, 'cvb_guncha', t('Guncha'), 'end');
  g.add(both, 'cvb_gani', t('Gani'), 'end');
  g.add(stems, 'cvb_masdan', t('masdan'), 'end');
  g.add(stems, 'cvb_may', t('may'), 'end');

  // -gan is a finite perfect with person endings and a participle that inflects as a noun.
  g.add('v.gan', '', () => '', 'n');
  personsA('v.gan', () => '', t('lar'));
  g.add('v.gan', 'p3sg', t('dir'), 'pers.end');
  personsA('v.ib', t('di'), t('dilar'));
  g.add(['pers.end', 'closed'], 'qst', t('mi'), 'end');

  const finals = new Set(g.states.keys());
  for (const s of [...stems, ...negs, 'v.gan', 'pers.A', 'pers.B', 'pers.pres', 'pers.prog']) {
    finals.delete(s);
  }
  return { states: g.states, finals, isVowel, lastVowel, soften };
}

export const uzGrammar: Grammar = build();

export function startState(pos: string): string {
  if (pos === 'v') return 'v';
  if (pos === 'cnj' || pos === 'part' || pos === 'intj') return 'closed';
  return 'n';
}
