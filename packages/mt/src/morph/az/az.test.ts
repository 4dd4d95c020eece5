import { describe, expect, it } from 'vitest';
import { expectParadigm, checkParadigm } from '../paradigm.test-helper.js';
import { formatAnalysis } from '../types.js';
import { azGrammar } from './grammar.js';
import { createAzerbaijaniMorphology, spokenLastWord } from './index.js';

const LEXICON = `# test lexicon
ev\tn
kitab\tn
ölkə\tn
uşaq\tn
çörək\tn
oğul\tn\talt=oğl
su\tn\talt=suy
iştirak\tn\tnosoft
Bakı\tnp.top
BMT\tnp.org
gəl\tv
al\tv
oxu\tv
işlə\tv
et\tv\talt=ed
bildir\tv
gör\tv
ol\tv
yaxşı\tadj
narahat\tadj
deyil\tcop
`;
const FORMS = `o\to<pron>
ona\to<pron><dat>
onun\to<pron><gen>
`;
const az = createAzerbaijaniMorphology(LEXICON, FORMS);
const show = (w: string) => az.analyze(w).map(formatAnalysis);

describe('Azerbaijani analysis', () => {
  it.each([
    ['evlərimizdə', 'ev<n><pl><px1pl><loc>'],
    ['kitabı', 'kitab<n><acc>'],
    ['ölkələrin', 'ölkə<n><pl><gen>'],
    ['uşağı', 'uşaq<n><acc>'],
    ['çörəyin', 'çörək<n><gen>'],
    ['oğlu', 'oğul<n><px3sp>'],
    ['suyu', 'su<n><acc>'],
    ['iştirakı', 'iştirak<n><acc>'],
    ['evində', 'ev<n><px3sp><loc>'],
    ['evdəki', 'ev<n><loc><ki>'],
    ['Bakıdakılar', 'Bakı<np><top><loc><ki><pl>'],
    ['gəlirəm', 'gəl<v><pres><p1sg>'],
    ['gəlmirik', 'gəl<v><neg><pres><p1pl>'],
    ['gələcəyəm', 'gəl<v><fut><p1sg>'],
    ['alacağıq', 'al<v><fut><p1pl>'],
    ['oxuyur', 'oxu<v><pres><p3sg>'],
    ['oxumayacaq', 'oxu<v><neg><fut><p3sg>'],
    ['işləyir', 'işlə<v><pres><p3sg>'],
    ['edir', 'et<v><pres><p3sg>'],
    ['etdi', 'et<v><past><p3sg>'],
    ['bildirib', 'bildir<v><ib>'],
    ['gəldiyini', 'gəl<v><prc_dIq><px3sp><acc>'],
    ['gəlməlidir', 'gəl<v><nec><p3sg>'],
    ['olunub', 'ol<v><pass><ib>'],
    ['görüşdü', 'gör<v><recip><past><p3sg>'],
    ['gələndə', 'gəl<v><prc_an><loc>'],
    ['olmağa', 'ol<v><inf><dat>'],
    ['gəlmərəm', 'gəl<v><neg><aor><p1sg>'],
    ['gəlirdilər', 'gəl<v><pres><cop_past><p3pl>'],
    ['narahatlığı', 'narahat<adj><der_subst><n><acc>'],
    ['yaxşıdır', 'yaxşı<adj><cop><p3sg>'],
    ['deyiləm', 'deyil<cop><cop><p1sg>'],
    ['ona', 'o<pron><dat>'],
    ['BMT-nin', 'BMT<np><org><gen>'],
    ['2024-cü', '2024<num><ord>'],
    ['15-də', '15<num><loc>'],
  ])('%s → %s', (word, expected) => {
    expect(show(word)).toContain(expected);
  });

  it('rejects forms that break harmony or the stem alternations', () => {
    for (const wrong of ['evlarimizda', 'kitabə', 'oğulu', 'susu', 'gəlıram', 'etir']) {
      expect(
        az.analyze(wrong).filter((a) => !a.guessed),
        wrong,
      ).toEqual([]);
    }
  });

  it('guesses unknown capitalised words as names with their suffixes', () => {
    expect(show('Daşkənddən')[0]).toBe('Daşkənd<np><al><abl>');
    expect(show('Mirziyoyevin')[0]).toBe('Mirziyoyev<np><al><gen>');
    expect(show('Əliyeva')[0]).toBe('Əliyeva<np><al>');
    expect(az.analyze('Mirziyoyevin')[0]?.guessed).toBe(true);
  });

  it('leaves unknown lower-case words unanalysed', () => {
    expect(az.analyze('qzxwv')).toEqual([]);
  });

  it('reads numbers by their spoken last word', () => {
    expect(spokenLastWord('2024')).toBe('dörd');
    expect(spokenLastWord('2020')).toBe('iyirmi');
    expect(spokenLastWord('1000')).toBe('min');
    expect(spokenLastWord('300')).toBe('yüz');
    expect(spokenLastWord('5000000')).toBe('milyon');
    expect(az.generate({ lemma: '10-', pos: 'num', tags: ['loc'] })).toEqual(['10-da']);
    expect(az.generate({ lemma: '6-', pos: 'num', tags: ['ord'] })).toEqual(['6-cı']);
  });
});

describe('Azerbaijani generation', () => {
  it.each([
    [{ lemma: 'uşaq', pos: 'n', tags: ['px3sp', 'loc'] }, 'uşağında'],
    [{ lemma: 'gəl', pos: 'v', tags: ['fut', 'p1sg'] }, 'gələcəyəm'],
    [{ lemma: 'et', pos: 'v', tags: ['pres', 'p3sg'] }, 'edir'],
    [{ lemma: 'Bakı', pos: 'np.top', tags: ['dat'] }, 'Bakıya'],
    [{ lemma: 'oxu', pos: 'v', tags: ['neg', 'past', 'p3pl'] }, 'oxumadılar'],
    [{ lemma: 'ev', pos: 'n', tags: ['pl', 'px3sp', 'abl'] }, 'evlərindən'],
  ] as const)('%o → %s', (analysis, form) => {
    expect(az.generate({ ...analysis, tags: [...analysis.tags] })[0]).toBe(form);
  });
});

describe('Azerbaijani paradigms round-trip', () => {
  it.each([
    ['ev', 'n'],
    ['kitab', 'n'],
    ['ölkə', 'n'],
    ['uşaq', 'n'],
    ['oğul', 'n'],
    ['su', 'n'],
    ['Bakı', 'np.top'],
  ] as const)('every nominal form of %s', (lemma, pos) => {
    expectParadigm(checkParadigm(az, azGrammar, { lemma, pos }, 'n', 3), 300);
  });

  it.each([['gəl'], ['al'], ['oxu'], ['işlə'], ['et'], ['gör']])(
    'every verb form of %s',
    (lemma) => {
      expectParadigm(checkParadigm(az, azGrammar, { lemma, pos: 'v' }, 'v', 3), 1000);
    },
  );
});
