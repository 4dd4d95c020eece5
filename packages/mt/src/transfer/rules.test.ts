import { describe, expect, it } from 'vitest';
import { parseTransferRules, retagSource, selectTarget } from './rules.js';

const RULES = `# test
select\taz-uz\tçox\tadv\tjuda\tnext.pos=adj|adv
select\taz-uz\tget\tv\tket\tprev.tag!=dat
future\tertaga
month\tmay\tmay
retag\taz-uz\tinf.dat\topt.p3sg\tnext.lemma=başla
title\taz\tprezident
speech\taz\tqeyd et
speech\tuz\tde
stative\taz\tbil
intransitive\taz\tazal
`;

describe('transfer rules', () => {
  const rules = parseTransferRules(RULES);

  it('reads titles and speech verbs with their language', () => {
    expect(rules.titles.has('az:prezident')).toBe(true);
    expect(rules.speechVerbs.has('az:qeyd et')).toBe(true);
    expect(rules.speechVerbs.has('uz:de')).toBe(true);
    expect(rules.stative.has('az:bil')).toBe(true);
    expect(rules.intransitive.has('az:azal')).toBe(true);
    expect(() => parseTransferRules('title\tru\tprezident')).toThrow(/transfer.rules:1/);
  });

  it('reads selection rules, future markers and months', () => {
    expect(rules.selection).toHaveLength(2);
    expect(rules.futureMarkers.has('ertaga')).toBe(true);
    expect(rules.months.azUz.get('may')).toBe('may');
  });

  it('applies a rule only when all its conditions hold', () => {
    const cox = { lemma: 'çox', pos: 'adv' as const, tags: [] };
    const adj = { lemma: 'yaxşı', pos: 'adj' as const, tags: [] };
    const noun = { lemma: 'kitab', pos: 'n' as const, tags: [] };
    expect(selectTarget(rules.selection, 'az-uz', cox, { next: adj })).toBe('juda');
    expect(selectTarget(rules.selection, 'az-uz', cox, { next: noun })).toBeUndefined();
    expect(selectTarget(rules.selection, 'uz-az', cox, { next: adj })).toBeUndefined();
  });

  it('supports negated conditions, true when the neighbour is missing', () => {
    const get = { lemma: 'get', pos: 'v' as const, tags: ['past', 'p3sg'] };
    const toCity = { lemma: 'Bakı', pos: 'np.top' as const, tags: ['dat'] };
    expect(selectTarget(rules.selection, 'az-uz', get, { prev: toCity })).toBeUndefined();
    expect(selectTarget(rules.selection, 'az-uz', get, {})).toBe('ket');
  });

  it('retags the end of the source tags only in its context', () => {
    const start = { lemma: 'başla', pos: 'v' as const, tags: ['past', 'p3sg'] };
    const tags = ['inf', 'dat'];
    expect(retagSource(rules.retag, 'az-uz', tags, { next: start })).toEqual(['opt', 'p3sg']);
    expect(retagSource(rules.retag, 'az-uz', tags, {})).toEqual(tags);
    expect(retagSource(rules.retag, 'uz-az', tags, { next: start })).toEqual(tags);
  });

  it('names the line of a malformed rule', () => {
    expect(() => parseTransferRules('select\taz-uz\tçox\tadv\tjuda\tnext.colour=red')).toThrow(
      /transfer.rules:1: bad condition/,
    );
    expect(() => parseTransferRules('\nfrobnicate\tx')).toThrow(/transfer.rules:2/);
  });
});
