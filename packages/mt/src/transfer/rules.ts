/**
 * Context rules of transfer, read from `transfer.rules`: lexical selection, the Uzbek future
 * markers and the month names that date reordering needs.
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

export interface TransferRules {
  selection: SelectionRule[];
  futureMarkers: ReadonlySet<string>;
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
  const futureMarkers = new Set<string>();
  const azUz = new Map<string, string>();
  const uzAz = new Map<string, string>();
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('#')) return;
    const cols = line.split('\t');
    const kind = cols[0];
    if (kind === 'future' && cols[1]) futureMarkers.add(cols[1]);
    else if (kind === 'month' && cols[1] && cols[2]) {
      azUz.set(cols[1], cols[2]);
      uzAz.set(cols[2], cols[1]);
    } else if (kind === 'select' && cols.length === 6) {
      const [, direction, lemma, pos, target, conditionText] = cols as [
        string,
        string,
        string,
        string,
        string,
        string,
      ];
      if (direction !== 'az-uz' && direction !== 'uz-az')
        throw new TransferRulesError(i + 1, `bad direction "${direction}"`);
      const conditions = conditionText.split(' ').map((c) => {
        const negated = c.includes('!=');
        const [key, value] = c.split(negated ? '!=' : '=');
        if (!key || !value || !KEYS.has(key))
          throw new TransferRulesError(i + 1, `bad condition "${c}"`);
        return { key: key as Condition['key'], values: new Set(value.split('|')), negated };
      });
      selection.push({ direction, lemma, pos, target, conditions });
    } else {
      throw new TransferRulesError(i + 1, 'expected select, future or month');
    }
  });
  return { selection, futureMarkers, months: { azUz, uzAz } };
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

/** The target a selection rule picks for this word in this context, if any. */
export function selectTarget(
  rules: readonly SelectionRule[],
  direction: Direction,
  analysis: Analysis,
  context: Neighbours,
): string | undefined {
  for (const rule of rules) {
    if (rule.direction !== direction || rule.lemma !== analysis.lemma || rule.pos !== analysis.pos)
      continue;
    const holds = rule.conditions.every((c) => {
      const [side, what] = c.key.split('.') as ['prev' | 'next', string];
      const value = property(context[side], what);
      const match = value !== undefined && c.values.has(value);
      return c.negated ? !match : match;
    });
    if (holds) return rule.target;
  }
  return undefined;
}
