/**
 * Context rules of transfer, read from `transfer.rules`: lexical selection, retagging, the
 * Uzbek future markers and the month names that date reordering needs.
 */
import type { Analysis } from '../morph/types.js';
import type { Direction } from './bidix.js';

interface Condition {
  /** Which neighbour and which of its properties. */
  key:
    | 'next.pos'
    | 'prev.pos'
    | 'next.lemma'
    | 'prev.lemma'
    | 'prev.tag'
    | 'next.tag'
    | 'prev.tags'
    | 'next.tags';
  values: ReadonlySet<string>;
  negated: boolean;
}

export interface SelectionRule {
  direction: Direction;
  lemma: string;
  pos: string;
  target: string;
  conditions: Condition[];
}

/** Rewrites the end of a word's source tags in context (Az -mAğA başla- ⇄ Uz -a boshla-). */
export interface RetagRule {
  direction: Direction;
  from: readonly string[];
  to: readonly string[];
  conditions: Condition[];
}

export interface TransferRules {
  selection: SelectionRule[];
  retag: RetagRule[];
  futureMarkers: ReadonlySet<string>;
  /**
   * Lemmas (either language) that stand capitalised before a name as a title (Prezident,
   * Professor) and keep their meaning there; other capitalised common words next to an
   * unknown name are read as part of the name (detektiv Bob Blemings).
   */
  titles: ReadonlySet<string>;
  /**
   * Speech verbs as `az:bildir`, `uz:de`: an Azerbaijani one opens a `ki, …` report that Uzbek
   * gives as `…, deb`; an Uzbek one after a comma closes the report before it.
   */
  speechVerbs: ReadonlySet<string>;
  /** Stative verbs as `az:bil`: their present stays the plain present (bilir → biladi). */
  stative: ReadonlySet<string>;
  /** Verbs that take no object (`az:azal`): a -(s)I noun before them is not an accusative. */
  intransitive: ReadonlySet<string>;
  /** Azerbaijani month lemma → Uzbek, and Uzbek → Azerbaijani. */
  months: { azUz: ReadonlyMap<string, string>; uzAz: ReadonlyMap<string, string> };
}

export class TransferRulesError extends Error {
  constructor(line: number, message: string) {
    super(`transfer.rules:${line}: ${message}`);
    this.name = 'TransferRulesError';
  }
}

const KEYS = new Set([
  'next.pos',
  'prev.pos',
  'next.lemma',
  'prev.lemma',
  'prev.tag',
  'next.tag',
  'prev.tags',
  'next.tags',
]);

export function parseTransferRules(text: string): TransferRules {
  const selection: SelectionRule[] = [];
  const retag: RetagRule[] = [];
  const futureMarkers = new Set<string>();
  const titles = new Set<string>();
  const speechVerbs = new Set<string>();
  const stative = new Set<string>();
  const intransitive = new Set<string>();
  const azUz = new Map<string, string>();
  const uzAz = new Map<string, string>();
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('#')) return;
    const cols = line.split('\t');
    const [kind, a, b, c, d, e] = cols;
    if (kind === 'future' && a) futureMarkers.add(a);
    else if (kind === 'speech' && b && (a === 'az' || a === 'uz')) speechVerbs.add(`${a}:${b}`);
    else if (kind === 'stative' && b && (a === 'az' || a === 'uz')) stative.add(`${a}:${b}`);
    else if (kind === 'intransitive' && b && (a === 'az' || a === 'uz'))
      intransitive.add(`${a}:${b}`);
    else if (kind === 'title' && a && b && (a === 'az' || a === 'uz')) titles.add(`${a}:${b}`);
    else if (kind === 'month' && a && b) {
      azUz.set(a, b);
      uzAz.set(b, a);
    } else if (kind === 'select' && cols.length === 6 && a && b && c && d && e) {
      selection.push({
        direction: parseDirection(a, i + 1),
        lemma: b,
        pos: c,
        target: d,
        conditions: parseConditions(e, i + 1),
      });
    } else if (kind === 'retag' && cols.length === 5 && a && b && c && d) {
      retag.push({
        direction: parseDirection(a, i + 1),
        from: b.split('.'),
        to: c === '-' ? [] : c.split('.'),
        conditions: parseConditions(d, i + 1),
      });
    } else {
      throw new TransferRulesError(
        i + 1,
        'expected select, retag, future, title, speech, stative, intransitive or month',
      );
    }
  });
  return {
    selection,
    retag,
    futureMarkers,
    titles,
    speechVerbs,
    stative,
    intransitive,
    months: { azUz, uzAz },
  };
}

function parseDirection(direction: string, line: number): Direction {
  if (direction !== 'az-uz' && direction !== 'uz-az') {
    throw new TransferRulesError(line, `bad direction "${direction}"`);
  }
  return direction;
}

function parseConditions(text: string, line: number): Condition[] {
  return text.split(' ').map((c) => {
    const negated = c.includes('!=');
    const [key, value] = c.split(negated ? '!=' : '=');
    if (!key || !value || !KEYS.has(key))
      throw new TransferRulesError(line, `bad condition "${c}"`);
    return { key: key as Condition['key'], values: new Set(value.split('|')), negated };
  });
}

export interface Neighbours {
  prev?: Analysis | undefined;
  next?: Analysis | undefined;
}

function property(analysis: Analysis | undefined, what: string): string | undefined {
  if (!analysis) return undefined;
  if (what === 'pos') return analysis.pos;
  if (what === 'lemma') return analysis.lemma;
  if (what === 'tag') return analysis.tags.at(-1);
  return analysis.tags.join('.');
}

function holds(conditions: readonly Condition[], context: Neighbours): boolean {
  return conditions.every((c) => {
    const [side, what] = c.key.split('.') as ['prev' | 'next', string];
    const value = property(context[side], what);
    const match = value !== undefined && c.values.has(value);
    return c.negated ? !match : match;
  });
}

/** The target a selection rule picks for this word in this context, if any. */
export function selectTarget(
  rules: readonly SelectionRule[],
  direction: Direction,
  analysis: Analysis,
  context: Neighbours,
): string | undefined {
  for (const rule of rules) {
    if (
      rule.direction !== direction ||
      rule.lemma !== analysis.lemma ||
      rule.pos !== analysis.pos
    ) {
      continue;
    }
    if (holds(rule.conditions, context)) return rule.target;
  }
  return undefined;
}

/** The source tags after the first retag rule whose pattern ends them and whose context holds. */
export function retagSource(
  rules: readonly RetagRule[],
  direction: Direction,
  tags: readonly string[],
  context: Neighbours,
): readonly string[] {
  for (const rule of rules) {
    if (rule.direction !== direction || rule.from.length > tags.length) continue;
    const start = tags.length - rule.from.length;
    if (!rule.from.every((t, k) => tags[start + k] === t)) continue;
    if (holds(rule.conditions, context)) return [...tags.slice(0, start), ...rule.to];
  }
  return tags;
}
