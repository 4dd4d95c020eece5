import { describe, expect, it } from 'vitest';
import { checkParadigm, expectParadigm } from '../paradigm.test-helper.js';
import { formatAnalysis } from '../types.js';
import { uzGrammar } from './grammar.js';
import { createUzbekMorphology } from './index.js';

const LEXICON = `# test lexicon
uy\tn
kitob\tn
mamlakat\tn
yurak\tn
qishloq\tn
ishtirok\tn\tnosoft
oʻgʻil\tn\talt=oʻgʻl
haq\tn\talt=haqq
birlik\tn
Toshkent\tnp.top
oʻqituvchi\tn
kel\tv
ishla\tv
oʻqi\tv
ayt\tv
chiq\tv
oshir\tv
boʻl\tv
yaxshi\tadj
emas\tcop
`;
const FORMS = `u\tu<pron>
unga\tu<pron><dat>
uning\tu<pron><gen>
`;
const uz = createUzbekMorphology(LEXICON, FORMS);
const show = (w: string) => uz.analyze(w).map(formatAnalysis);

describe('Uzbek analysis', () => {
  it.each([
    ['uylarimizda', 'uy<n><pl><px1pl><loc>'],
    ['kitobni', 'kitob<n><acc>'],
    ['mamlakatlarning', 'mamlakat<n><pl><gen>'],
    ['yuragi', 'yurak<n><px3sp>'],
    ['yurakka', 'yurak<n><dat>'],
    ['qishlogʻi', 'qishloq<n><px3sp>'],
    ['qishloqqa', 'qishloq<n><dat>'],
    ['ishtiroki', 'ishtirok<n><px3sp>'],
    ['oʻgʻli', 'oʻgʻil<n><px3sp>'],
    ['haqqi', 'haq<n><px3sp>'],
    ['birligi', 'birlik<n><px3sp>'],
    ['Toshkentdagi', 'Toshkent<np><top><loc><ki>'],
    ['Toshkentgacha', 'Toshkent<np><top><term>'],
    ['oʻqituvchiman', 'oʻqituvchi<n><cop><p1sg>'],
    ['kelyapman', 'kel<v><cont><p1sg>'],
    ['keladi', 'kel<v><pres><p3sg>'],
    ['kelmaydi', 'kel<v><neg><pres><p3sg>'],
    ['ishlaydi', 'ishla<v><pres><p3sg>'],
    ['ishlanadi', 'ishla<v><pass><pres><p3sg>'],
    ['oshirildi', 'oshir<v><pass><past><p3sg>'],
    ['aytdi', 'ayt<v><past><p3sg>'],
    ['chiqqan', 'chiq<v><prc_gan>'],
    ['kelganini', 'kel<v><prc_gan><px3sp><acc>'],
    ['kelib', 'kel<v><ib>'],
    ['kelmoqda', 'kel<v><prog><p3sg>'],
    ['kelmoqchiman', 'kel<v><intent><p1sg>'],
    ['kelishi', 'kel<v><vn><px3sp>'],
    ['kelsak', 'kel<v><cond><p1pl>'],
    ['oʻqiyotgan', 'oʻqi<v><prc_ayotgan>'],
    ['kelgach', 'kel<v><cvb_gach>'],
    ['chiqquncha', 'chiq<v><cvb_guncha>'],
    ['yaxshidir', 'yaxshi<adj><cop><p3sg>'],
    ['unga', 'u<pron><dat>'],
  ])('%s → %s', (word, expected) => {
    expect(show(word)).toContain(expected);
  });

  it('rejects forms that break assimilation and the stem alternations', () => {
    for (const wrong of ['yurakga', 'qishloqga', 'oʻgʻili', 'haqi', 'kelaydi', 'chiqgan']) {
      expect(
        uz.analyze(wrong).filter((a) => !a.guessed),
        wrong,
      ).toEqual([]);
    }
  });

  it('guesses unknown capitalised words as names with their suffixes', () => {
    expect(show('Samarqanddan')[0]).toBe('Samarqand<np><al><abl>');
    expect(show('Mirziyoyevning')[0]).toBe('Mirziyoyev<np><al><gen>');
    expect(show('AQShda')[0]).toBe('AQSh<np><al><loc>');
  });

  it('reads digit + hyphen + noun as an ordinal compound', () => {
    const uzWithYear = createUzbekMorphology(`${LEXICON}yil\tn\n`);
    expect(uzWithYear.analyze('2024-yilda').map(formatAnalysis)).toContain(
      '2024<num><ord>+yil<n><loc>',
    );
  });
});

describe('Uzbek generation', () => {
  it.each([
    [{ lemma: 'yurak', pos: 'n', tags: ['px3sp', 'loc'] }, 'yuragida'],
    [{ lemma: 'qishloq', pos: 'n', tags: ['dat'] }, 'qishloqqa'],
    [{ lemma: 'kel', pos: 'v', tags: ['pres', 'p1sg'] }, 'kelaman'],
    [{ lemma: 'ishla', pos: 'v', tags: ['neg', 'pres', 'p3sg'] }, 'ishlamaydi'],
    [{ lemma: 'chiq', pos: 'v', tags: ['prc_gan', 'p3pl'] }, 'chiqqanlar'],
    [{ lemma: 'Toshkent', pos: 'np.top', tags: ['dat'] }, 'Toshkentga'],
  ] as const)('%o → %s', (analysis, form) => {
    expect(uz.generate({ ...analysis, tags: [...analysis.tags] })[0]).toBe(form);
  });
});

describe('Uzbek paradigms round-trip', () => {
  it.each([
    ['uy', 'n'],
    ['kitob', 'n'],
    ['yurak', 'n'],
    ['qishloq', 'n'],
    ['oʻgʻil', 'n'],
    ['Toshkent', 'np.top'],
  ] as const)('every nominal form of %s', (lemma, pos) => {
    expectParadigm(checkParadigm(uz, uzGrammar, { lemma, pos }, 'n', 3), 300);
  });

  it.each([['kel'], ['ishla'], ['oʻqi'], ['chiq'], ['ayt']])('every verb form of %s', (lemma) => {
    expectParadigm(checkParadigm(uz, uzGrammar, { lemma, pos: 'v' }, 'v', 3), 1000);
  });
});
