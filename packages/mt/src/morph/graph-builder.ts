import type { Edge, Morpheme, SuffixContext } from './walker.js';

export type Realizer = (ctx: SuffixContext) => string | null;

/** Marks a realizer whose output depends only on the context's vowel and last sound. */
export function contextFree(realize: Realizer): Realizer {
  return Object.assign(realize, { contextFree: true });
}

/** Collects the suffix graph of one language: `add(from, 'neg.pres', realize, to)`. */
export class GraphBuilder {
  readonly states = new Map<string, Edge[]>();

  add(
    from: string | readonly string[],
    tags: string,
    realize: Realizer,
    to: string,
    softens = false,
  ) {
    const morpheme: Morpheme = {
      tags: tags === '' ? [] : tags.split('.'),
      realize,
      softens,
      // Templates, and constants such as () => '', depend on nothing but vowel and last sound.
      contextFree:
        realize.length === 0 || (realize as { contextFree?: boolean }).contextFree === true,
    };
    for (const state of typeof from === 'string' ? [from] : from) {
      let edges = this.states.get(state);
      if (!edges) this.states.set(state, (edges = []));
      edges.push({ morpheme, to });
    }
    if (!this.states.has(to)) this.states.set(to, []);
  }
}
