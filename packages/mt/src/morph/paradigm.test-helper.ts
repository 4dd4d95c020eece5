/** Shared check for the paradigm property tests of both languages. */
import { expect } from 'vitest';
import type { Analysis, Morphology } from './types.js';
import { enumeratePaths, type Grammar } from './walker.js';

export interface ParadigmReport {
  forms: number;
  failures: string[];
}

/**
 * For every tag path the graph allows from the stem's first state (up to `depth` morphemes):
 * each generated form must analyse back to the same lemma and tags, and generating each of
 * the form's analyses must give the form back.
 */
export function checkParadigm(
  morph: Morphology,
  grammar: Grammar,
  stem: Pick<Analysis, 'lemma' | 'pos'>,
  startState: string,
  depth: number,
  samples = 1000,
): ParadigmReport {
  const seen = new Set<string>();
  const failures: string[] = [];
  let forms = 0;
  const paths = [
    ...enumeratePaths(grammar, startState, depth),
    ...randomPaths(grammar, startState, samples, depth + 4),
  ];
  for (const tags of paths) {
    const key = tags.join('.');
    if (seen.has(key)) continue;
    seen.add(key);
    for (const form of morph.generate({ ...stem, tags })) {
      forms++;
      const analyses = morph.analyze(form);
      const back = analyses.some((a) => a.lemma === stem.lemma && a.tags.join('.') === key);
      if (!back)
        failures.push(
          `${form} ← ${stem.lemma}<${key}>: analysed as ${analyses.map((a) => `${a.lemma}<${a.tags.join('.')}>`).join(' | ') || 'nothing'}`,
        );
      for (const a of analyses) {
        if (a.guessed) continue;
        if (!morph.generate(a).includes(form))
          failures.push(`${form}: ${a.lemma}<${a.tags.join('.')}> does not generate it`);
      }
    }
  }
  return { forms, failures };
}

export function expectParadigm(report: ParadigmReport, minForms: number) {
  expect(report.failures.slice(0, 10)).toEqual([]);
  expect(report.forms).toBeGreaterThanOrEqual(minForms);
}

/** Seeded random walks through the graph, for the paths too long to enumerate. */
function randomPaths(grammar: Grammar, start: string, count: number, maxDepth: number): string[][] {
  let seed = 12345;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const paths: string[][] = [];
  for (let n = 0; n < count; n++) {
    let state = start;
    const tags: string[] = [];
    for (let d = 0; d < maxDepth; d++) {
      const edges = grammar.states.get(state) ?? [];
      if (edges.length === 0 || (grammar.finals.has(state) && next() < 0.2)) break;
      const edge = edges[Math.floor(next() * edges.length)];
      if (!edge) break;
      tags.push(...edge.morpheme.tags);
      state = edge.to;
    }
    if (grammar.finals.has(state)) paths.push(tags);
  }
  return paths;
}
