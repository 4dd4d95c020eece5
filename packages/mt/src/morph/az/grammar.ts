/**
 * Azerbaijani morphotactics: the suffix slots of nouns and verbs as one graph.
 * Tag names are shared with the Uzbek graph so that transfer maps tags one to one where the
 * languages agree.
 */
import { contextFree, GraphBuilder, type Realizer } from '../graph-builder.js';
import type { Grammar } from '../walker.js';
import { isVowel, lastVowel, soften, template as t } from './phonology.js';

const after = (pred: (last: string) => boolean, realize: Realizer): Realizer =>
  contextFree((ctx) => (pred(ctx.last) ? realize(ctx) : null));
const afterVowel = (r: Realizer) => after(isVowel, r);
const afterConsonant = (r: Realizer) => after((c) => !isVowel(c), r);

function build(): Grammar {
  const g = new GraphBuilder();

  // ---- nominal slots: STEM + PL + PX + CASE + -ki + copula + question ----
  const NOMINAL_STARTS = [
    'n',
    'n.pl',
    'n.px',
    'n.px3',
    'n.gen',
    'n.loc',
    'n.ki',
    'n.kipl',
    'n.end',
    'n.inf',
  ];
  const question = (from: readonly string[]) => g.add(from, 'qst', t('mI'), 'end');

  const copula = (from: readonly string[]) => {
    g.add(from, 'cop.p1sg', t('(y)Am'), 'cop.end');
    g.add(from, 'cop.p2sg', t('sAn'), 'cop.end');
    g.add(from, 'cop.p3sg', t('dIr'), 'cop.end');
    g.add(from, 'cop.p1pl', t('(y)IQ'), 'cop.end');
    g.add(from, 'cop.p2pl', t('sInIz'), 'cop.end');
    g.add(from, 'cop.p3pl', t('dIrlAr'), 'cop.end');
    g.add(from, 'cop_past', t('(y)dI'), 'pers.B');
    g.add(from, 'cop_evid', t('(y)mIş'), 'pers.A');
    g.add(from, 'cop_cond', t('(y)sA'), 'pers.B');
  };
  const plainCases = (from: readonly string[], to = 'n.end') => {
    g.add(from, 'gen', t('(n)In'), from.includes('n.ki') ? to : 'n.gen');
    g.add(from, 'acc', t('(n)I'), to);
    g.add(from, 'dat', t('(y)A'), to);
    g.add(from, 'loc', t('dA'), from.includes('n.ki') ? to : 'n.loc');
    g.add(from, 'abl', t('dAn'), to);
    g.add(from, 'ins', t('(y)lA'), to);
  };
  const possessives = (from: readonly string[]) => {
    g.add(from, 'px1sg', t('(I)m'), 'n.px');
    g.add(from, 'px2sg', t('(I)n'), 'n.px');
    g.add(from, 'px3sp', t('(s)I'), 'n.px3');
    g.add(from, 'px1pl', t('(I)mIz'), 'n.px');
    g.add(from, 'px2pl', t('(I)nIz'), 'n.px');
    g.add(from, 'px3pl', t('lArI'), 'n.px3');
  };

  g.add('n', 'pl', t('lAr'), 'n.pl');
  possessives(['n', 'n.pl']);
  plainCases(['n', 'n.pl', 'n.px']);
  // Terminative -(y)AdAk (metrədək, axşamadək): "up to", Uzbek -gacha.
  g.add(['n', 'n.pl', 'n.px'], 'term', t('(y)AdAk'), 'n.end');
  g.add('n.px3', 'term', t('nAdAk'), 'n.end');
  // After a third-person possessive the "pronominal n" comes in: evinə, evində, evini.
  g.add('n.px3', 'gen', t('nIn'), 'n.gen');
  g.add('n.px3', 'acc', t('nI'), 'n.end');
  g.add('n.px3', 'dat', t('nA'), 'n.end');
  g.add('n.px3', 'loc', t('ndA'), 'n.loc');
  g.add('n.px3', 'abl', t('ndAn'), 'n.end');
  g.add('n.px3', 'ins', t('(y)lA'), 'n.end');
  g.add(['n.gen', 'n.loc'], 'ki', t('kI'), 'n.ki');
  // -cA after a possessive: fikrimcə, fikrincə (with the pronominal n after the 3rd person).
  g.add('n.px', 'equ', t('cA'), 'n.end');
  g.add('n.px3', 'equ', t('ncA'), 'n.end');
  g.add('n.ki', 'pl', t('lAr'), 'n.kipl');
  plainCases(['n.ki', 'n.kipl']);
  copula(NOMINAL_STARTS);
  question([...NOMINAL_STARTS, 'cop.end', 'pers.end']);
  // Derivation that news coins freely; lexicalised derivatives have their own stems.
  g.add('n', 'der_subst.n', t('lIQ'), 'n', true);
  g.add('n', 'der_agent.n', t('çI'), 'n');
  g.add('n', 'der_with.adj', t('lI'), 'n');
  g.add('n', 'der_without.adj', t('sIz'), 'n');
  g.add('n', 'der_advl.adv', t('cA'), 'n.end');
  // Relational adjectives: elmi, tarixi (-i after a consonant), kimyəvi, mənəvi (-vi).
  g.add(
    'n',
    'der_iy.adj',
    contextFree((ctx) => (isVowel(ctx.last) ? 'vi' : 'i')),
    'n',
  );
  // Adjectives of time and place: bugünkü, indiki, dünənki, əvvəlki, sonrakı.
  g.add('n', 'der_gi.adj', t('kI'), 'n.ki');
  // Verbs from nouns and adjectives: müasirləş-, təmizlə-; the verb graph continues from there.
  g.add('n', 'der_la.v', t('lA'), 'v');
  g.add('n', 'der_lash.v', t('lAş'), 'v');
  // Ordinals: beşinci, and after digits only -cI (2024-cü, 5-ci).
  const [ordinalAfterDigits, ordinal] = [t('cI'), t('(I)ncI')];
  g.add(
    'n',
    'ord',
    (ctx) => (ctx.text.endsWith('-') ? ordinalAfterDigits(ctx) : ordinal(ctx)),
    'n',
  );

  // Person endings: set A after -Ir, -AcAq, -Ar, -mIş, -mAlI and copulas; set B after -dI, -sA.
  g.add('pers.A', 'p1sg', t('(y)Am'), 'pers.end');
  g.add('pers.A', 'p2sg', t('sAn'), 'pers.end');
  g.add('pers.A', 'p3sg', () => '', 'pers.end');
  g.add('pers.A', 'p1pl', t('(y)IQ'), 'pers.end');
  g.add('pers.A', 'p2pl', t('sInIz'), 'pers.end');
  g.add('pers.A', 'p3pl', t('lAr'), 'pers.end');
  g.add('pers.B', 'p1sg', t('m'), 'pers.end');
  g.add('pers.B', 'p2sg', t('n'), 'pers.end');
  g.add('pers.B', 'p3sg', () => '', 'pers.end');
  g.add('pers.B', 'p1pl', t('Q'), 'pers.end');
  g.add('pers.B', 'p2pl', t('nIz'), 'pers.end');
  g.add('pers.B', 'p3pl', t('lAr'), 'pers.end');

  // ---- verbs: STEM + VOICE + NEG + TAM + PERSON + COPULA + question ----
  const [passiveIn, passiveIl] = [t('In'), t('Il')];
  const passive: Realizer = contextFree((ctx) =>
    isVowel(ctx.last) ? 'n' : ctx.last === 'l' ? passiveIn(ctx) : passiveIl(ctx),
  );
  g.add('v', 'caus', afterConsonant(t('dIr')), 'v.1');
  g.add('v', 'caus', afterVowel(t('t')), 'v.1');
  g.add('v', 'recip', afterConsonant(t('Iş')), 'v.1');
  g.add('v', 'pass', passive, 'v.1');
  g.add('v.1', 'pass', passive, 'v.2');
  const stems = ['v', 'v.1', 'v.2'];
  const negs = stems.map((s) => `${s}.neg`);
  for (const s of stems) g.add(s, 'neg', t('mA'), `${s}.neg`);
  const both = [...stems, ...negs];

  // Tense, aspect, mood.
  g.add(stems, 'pres', t('(y)Ir'), 'v.A');
  g.add(stems, 'neg.pres', t('mIr'), 'v.A');
  g.add(both, 'past', t('dI'), 'pers.B');
  g.add(both, 'evid', t('mIş'), 'v.A');
  g.add(both, 'ib', t('(y)Ib'), 'v.ib');
  g.add(both, 'fut', t('(y)AcAQ'), 'v.fut', true);
  g.add(stems, 'aor', t('(y)Ar'), 'v.A');
  g.add(stems, 'neg.aor', t('mAz'), 'v.aorneg');
  g.add(stems, 'neg.aor.p1sg', t('mArAm'), 'pers.end');
  g.add(stems, 'neg.aor.p1pl', t('mArIQ'), 'pers.end');
  g.add(both, 'nec', t('mAlI'), 'v.A');
  g.add(both, 'cond', t('sA'), 'pers.B');
  g.add(stems, 'prog', t('mAQdA'), 'v.A');
  // Optative and imperative.
  g.add(both, 'opt.p1sg', t('(y)Im'), 'pers.end');
  g.add(both, 'opt.p1pl', t('(y)AQ'), 'pers.end');
  g.add(both, 'imp.p2sg', () => '', 'pers.end');
  g.add(both, 'imp.p2pl', t('(y)In'), 'pers.end');
  g.add(both, 'imp.p2pl', t('(y)InIz'), 'pers.end');
  g.add(both, 'imp.p3sg', t('sIn'), 'pers.end');
  g.add(both, 'imp.p3pl', t('sInlAr'), 'pers.end');
  g.add(both, 'opt.p3sg', t('(y)A'), 'pers.end');
  // Non-finite forms.
  g.add(both, 'inf', t('mAQ'), 'n.inf', true);
  g.add(both, 'vn', t('mA'), 'n');
  g.add(stems, 'vn_Iş', t('(y)Iş'), 'n');
  g.add(stems, 'prc_IcI', t('(y)IcI'), 'n');
  g.add(both, 'prc_an', t('(y)An'), 'n');
  g.add(both, 'prc_dIq', t('dIQ'), 'v.dIq', true);
  g.add(both, 'cvb_ArAq', t('(y)ArAQ'), 'end');
  g.add(both, 'cvb_IncA', t('(y)IncA'), 'end');
  g.add(stems, 'cvb_mAdAn', t('mAdAn'), 'end');
  // -mAzdAn (əvvəl): "before doing" (getməzdən əvvəl).
  g.add(stems, 'cvb_mAzdAn', t('mAzdAn'), 'end');
  // The clitic da/də written apart after a conditional: olsa da (Uzbek boʻlsa-da).
  g.add('pers.end', 'clt_da', t(' dA'), 'end');
  g.add(both, 'cvb_ArkAn', t('(y)Arkən'), 'end'); // -kən never harmonises
  g.add(both, 'cvb_AlI', t('(y)AlI'), 'end');

  // Person and copula after the tense forms.
  for (const from of ['v.A', 'v.fut', 'v.aorneg']) {
    g.add(from, 'cop_past', t('(y)dI'), 'pers.B');
    g.add(from, 'cop_evid', t('(y)mIş'), 'pers.A');
    g.add(from, 'cop_cond', t('(y)sA'), 'pers.B');
  }
  for (const from of ['v.A', 'v.fut', 'v.ib']) {
    g.add(from, 'p1sg', t('(y)Am'), 'pers.end');
    g.add(from, 'p2sg', t('sAn'), 'pers.end');
    // -(y)Ib alone is both the converb and the 3rd person perfect; transfer tells them apart.
    if (from !== 'v.ib') g.add(from, 'p3sg', () => '', 'pers.end');
    g.add(from, 'p3sg', t('dIr'), 'pers.end');
    g.add(from, 'p1pl', t('(y)IQ'), 'pers.end');
    g.add(from, 'p2pl', t('sInIz'), 'pers.end');
    g.add(from, 'p3pl', t('lAr'), 'pers.end');
    g.add(from, 'p3pl', t('dIrlAr'), 'pers.end');
  }
  g.add('v.aorneg', 'p2sg', t('sAn'), 'pers.end');
  g.add('v.aorneg', 'p3sg', () => '', 'pers.end');
  g.add('v.aorneg', 'p2pl', t('sInIz'), 'pers.end');
  g.add('v.aorneg', 'p3pl', t('lAr'), 'pers.end');
  // The future participle inflects as a noun (gələcəyini, gələcək il); -dIq takes possessives.
  g.add('v.fut', 'attr', () => '', 'n.fut');
  g.add('n.fut', 'pl', t('lAr'), 'n.pl');
  possessives(['n.fut']);
  plainCases(['n.fut']);
  possessives(['v.dIq']);
  g.add('v.dIq', 'loc', t('dA'), 'end');
  g.add('v.dIq', 'abl', t('dAn'), 'end');
  g.add('v.dIq', 'equ', t('cA'), 'end');
  plainCases(['n.inf']);
  // The infinitive takes a plural and possessive of its doers: (bizimlə) əlaqə saxlamaqlarını.
  g.add('n.inf', 'pl', t('lAr'), 'n.pl');
  question(['pers.end', 'v.A', 'v.fut', 'v.ib', 'closed']);

  const finals = new Set(g.states.keys());
  for (const s of [...stems, ...negs, 'v.A', 'v.fut', 'v.dIq', 'pers.A', 'pers.B'])
    finals.delete(s);
  return { states: g.states, finals, isVowel, lastVowel, soften };
}

export const azGrammar: Grammar = build();

/** First state of each part of speech (pronouns and closed classes inflect like nouns). */
export function startState(pos: string): string {
  if (pos === 'v') return 'v';
  if (pos === 'cnj' || pos === 'part' || pos === 'intj') return 'closed';
  return 'n';
}
