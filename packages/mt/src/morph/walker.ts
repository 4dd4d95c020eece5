/**
 * The morphotactic walker shared by both languages: one graph of suffix slots serves analysis and
 * generation, so whatever the generator writes the analyser reads back.
 *
 * Analysis is generation guided by the input: harmony and assimilation are decided left to right,
 * so each suffix is realised against the surface built so far and kept only if the word goes on
 * with it.
 */

/** What a suffix sees of the word built so far. */
export interface SuffixContext {
  /** Surface so far (lower case). */
  text: string;
  /** Vowel that decides harmony (the last vowel, or the spoken one for digits and acronyms). */
  vowel: string;
  /** Last sound, for buffer consonants and assimilation. */
  last: string;
  /** The stem has only one syllable (k/q alternations skip monosyllables). */
  monosyllable: boolean;
}

export interface Morpheme {
  /** Tags this morpheme contributes, e.g. ['neg', 'pres']. */
  tags: readonly string[];
  /** The surface depends only on the context's vowel and last sound (templates), so it may be cached. */
  contextFree?: boolean;
  /** Surface form after the given context, or null where it cannot follow it. */
  realize(ctx: SuffixContext): string | null;
  /** A final k/q of this suffix alternates before a vowel (-AcAq → -acağ-, -dIq → -dığ-). */
  softens?: boolean;
}

export interface Edge {
  morpheme: Morpheme;
  to: string;
}

export interface Grammar {
  states: ReadonlyMap<string, readonly Edge[]>;
  /** States where a word may end. */
  finals: ReadonlySet<string>;
  isVowel(ch: string): boolean;
  lastVowel(text: string): string | undefined;
  /** Alternant of a final consonant before a vowel (k→y, q→ğ), or undefined. */
  soften(ch: string): string | undefined;
}

/** A stem surface the walk starts from. */
export interface StemStart {
  text: string;
  state: string;
  vowel: string;
  last: string;
  monosyllable: boolean;
  /** Surface before vowel-initial suffixes, when it differs. */
  alt?: string;
  /** Only `alt` may stand before a vowel (syncope); false: either may (analysis of k/q loans). */
  altStrict: boolean;
}

const MAX_MORPHEMES = 10;

/** Every tag path by which `word` continues `start`; each result is the tag list. */
export function analyzeFrom(
  grammar: Grammar,
  word: string,
  start: StemStart,
  viaAlt: boolean,
): string[][] {
  const results: string[][] = [];
  const initial = initialContext(start, viaAlt);
  if (!word.startsWith(initial.text)) return results;
  const tags: string[] = [];

  const visit = (
    state: string,
    ctx: SuffixContext,
    softens: boolean,
    first: boolean,
    depth: number,
  ) => {
    if (ctx.text.length === word.length && grammar.finals.has(state) && !(first && viaAlt)) {
      results.push([...tags]);
    }
    if (depth >= MAX_MORPHEMES) return;
    const edges = grammar.states.get(state) ?? [];
    const plan = planFor(edges, ctx);
    // Only the suffixes that can start with the word's next letter (or are empty) are tried.
    for (const e of candidates(plan, word[ctx.text.length] ?? '')) {
      const edge = edges[e] as Edge;
      const surface = plan.dynamic[e] ? edge.morpheme.realize(ctx) : (plan.surfaces[e] ?? null);
      if (surface === null) continue;
      const softensNext = edge.morpheme.softens === true || (softens && surface === '');
      // Cheap rejection first: most suffixes tried do not continue the word.
      if (!softens && !softensNext && !word.startsWith(surface, ctx.text.length)) continue;
      const vowelInitial = surface !== '' && grammar.isVowel(surface[0] ?? '');
      if (first && !stemTakes(grammar, start, viaAlt, edge.morpheme, surface, start.altStrict))
        continue;
      const next = append(grammar, ctx, surface, softens && vowelInitial);
      if (!continuesWith(grammar, word, next.text, softensNext)) continue;
      tags.push(...edge.morpheme.tags);
      visit(edge.to, next, softensNext, first && surface === '', depth + 1);
      tags.length -= edge.morpheme.tags.length;
    }
  };
  visit(start.state, initial, false, true, 0);
  return results;
}

/** Surface forms of `start` + `tags` (strict: k/q stems soften before vowels). */
export function generateFrom(
  grammar: Grammar,
  start: StemStart,
  tags: readonly string[],
): string[] {
  const out = new Set<string>();
  for (const viaAlt of start.alt === undefined ? [false] : [false, true]) {
    const initial = initialContext(start, viaAlt);
    const visit = (
      state: string,
      ctx: SuffixContext,
      softens: boolean,
      first: boolean,
      k: number,
      depth: number,
    ) => {
      if (k === tags.length && grammar.finals.has(state) && !(first && viaAlt)) out.add(ctx.text);
      if (depth >= MAX_MORPHEMES) return;
      for (const edge of grammar.states.get(state) ?? []) {
        const mt = edge.morpheme.tags;
        if (!mt.every((t, i) => tags[k + i] === t)) continue;
        const surface = edge.morpheme.realize(ctx);
        if (surface === null) continue;
        const vowelInitial = surface !== '' && grammar.isVowel(surface[0] ?? '');
        // Generation is strict: a k/q stem always softens before a vowel.
        if (first && !stemTakes(grammar, start, viaAlt, edge.morpheme, surface, true)) continue;
        const next = append(grammar, ctx, surface, softens && vowelInitial);
        const softensNext = edge.morpheme.softens === true || (softens && surface === '');
        visit(edge.to, next, softensNext, first && surface === '', k + mt.length, depth + 1);
      }
    };
    visit(start.state, initial, false, true, 0, 0);
  }
  return [...out];
}

/**
 * The surfaces of every edge of a state after a context, cached on the context's vowel and last
 * sound (analysis tries every edge at every step, and most suffixes are templates that depend on
 * nothing else), with the edges grouped by the first letter of their surface.
 */
interface Plan {
  surfaces: readonly (string | null)[];
  /** Edges whose surface depends on more than vowel and last sound: realised on every visit. */
  dynamic: readonly boolean[];
  /** Edge indices, in graph order, worth trying before a given next letter. */
  byNext: Map<string, number[]>;
}

const planCache = new WeakMap<readonly Edge[], Map<string, Plan>>();

function planFor(edges: readonly Edge[], ctx: SuffixContext): Plan {
  let byContext = planCache.get(edges);
  if (!byContext) planCache.set(edges, (byContext = new Map()));
  const key = `${ctx.vowel}\u0000${ctx.last}`;
  let plan = byContext.get(key);
  if (!plan) {
    const dynamic = edges.map((edge) => !edge.morpheme.contextFree);
    const surfaces = edges.map((edge, i) => (dynamic[i] ? null : edge.morpheme.realize(ctx)));
    plan = { surfaces, dynamic, byNext: new Map() };
    byContext.set(key, plan);
  }
  return plan;
}

function candidates(plan: Plan, next: string): readonly number[] {
  let list = plan.byNext.get(next);
  if (!list) {
    list = [];
    for (let i = 0; i < plan.surfaces.length; i++) {
      const surface = plan.surfaces[i];
      if (plan.dynamic[i] || surface === '' || (surface && surface[0] === next)) list.push(i);
    }
    plan.byNext.set(next, list);
  }
  return list;
}

function initialContext(start: StemStart, viaAlt: boolean): SuffixContext {
  const text = viaAlt ? (start.alt ?? start.text) : start.text;
  return {
    text,
    vowel: start.vowel,
    last: viaAlt ? text.slice(-1) : start.last,
    monosyllable: start.monosyllable,
  };
}

/**
 * May the stem (its base or its alternant) take this first non-empty suffix? The alternant
 * stands only before vowels; `strict` also bars the base where the alternant is due.
 */
function stemTakes(
  grammar: Grammar,
  start: StemStart,
  viaAlt: boolean,
  morpheme: Morpheme,
  surface: string,
  strict: boolean,
): boolean {
  if (surface === '') return true;
  if (viaAlt) return grammar.isVowel(surface[0] ?? '');
  return !(strict && prefersAlt(grammar, start, morpheme));
}

/**
 * The alternant stem takes every suffix that has a vowel-initial form after it: oğl+u, suy+u,
 * ed+ir — so the base stem may not take that suffix (no *oğulu, *susu, *etir).
 */
function prefersAlt(grammar: Grammar, start: StemStart, morpheme: Morpheme): boolean {
  if (start.alt === undefined) return false;
  const surface = morpheme.realize({
    text: start.alt,
    vowel: start.vowel,
    last: start.alt.slice(-1),
    monosyllable: start.monosyllable,
  });
  return surface !== null && surface !== '' && grammar.isVowel(surface[0] ?? '');
}

/**
 * Does `word` go on with `text`? A suffix whose final k/q softens before a vowel (-AcAq, -dIq)
 * may show its soft alternant in the word (gələcəyəm), which the next suffix confirms.
 */
function continuesWith(grammar: Grammar, word: string, text: string, softens: boolean): boolean {
  if (word.startsWith(text)) return true;
  if (!softens || word.length <= text.length) return false;
  const cut = text.length - 1;
  return word.startsWith(text.slice(0, cut)) && grammar.soften(text[cut] ?? '') === word[cut];
}

function append(
  grammar: Grammar,
  ctx: SuffixContext,
  surface: string,
  soften: boolean,
): SuffixContext {
  if (surface === '') return ctx;
  let text = ctx.text;
  if (soften) {
    const soft = grammar.soften(text.slice(-1));
    if (soft !== undefined) text = text.slice(0, -1) + soft;
  }
  return {
    text: text + surface,
    vowel: grammar.lastVowel(surface) ?? ctx.vowel,
    last: surface.slice(-1),
    monosyllable: ctx.monosyllable,
  };
}

/**
 * Every tag sequence the graph accepts from `state`, up to `maxDepth` morphemes; used by the
 * paradigm tests and by tools that print whole paradigms.
 */
export function enumeratePaths(grammar: Grammar, state: string, maxDepth: number): string[][] {
  const paths: string[][] = [];
  const walk = (s: string, tags: string[], depth: number) => {
    if (grammar.finals.has(s)) paths.push(tags);
    if (depth >= maxDepth) return;
    for (const edge of grammar.states.get(s) ?? []) {
      walk(edge.to, [...tags, ...edge.morpheme.tags], depth + 1);
    }
  };
  walk(state, [], 0);
  return paths;
}
