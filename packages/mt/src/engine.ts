/**
 * translate(): the engine's one public entry. Normalise → segment → analyse → bilingual lookup
 * (multiword units first) → tag transfer → generate → restore case, spacing and markup.
 * Returns, per sentence, the source↔target alignment, the unknown words and a confidence score
 * so the desk can show editors where to look.
 */
import type { LexiconData } from './data.js';
import { createMorphology } from './morph/index.js';
import {
  detectScript,
  normalizeText,
  setApostropheStyle,
  toLower,
  transliterate,
  type ApostropheStyle,
} from './script/index.js';
import { segment } from './segment/index.js';
import { parseBidix, type Direction } from './transfer/bidix.js';
import { azToUzName, azToUzSpelling, uzToAzName, uzToAzSpelling } from './transfer/cognate.js';
import { DirectionEngine } from './transfer/direction.js';
import { parseTransferRules } from './transfer/rules.js';

export const ENGINE_NAME = 'korpu-builtin';
export const ENGINE_VERSION = '0.1.0';

export type EngineLanguage = 'az' | 'uz';
export type Script = 'Latn' | 'Cyrl';

export interface TranslationPair {
  from: EngineLanguage;
  to: EngineLanguage;
  /** Script of the input; detected per text when absent. */
  fromScript?: Script;
  /** Script of the output (Uzbek may be asked for in Cyrillic); Latin when absent. */
  toScript?: Script;
}

export interface TranslateOptions extends TranslationPair {
  apostrophe?: ApostropheStyle | undefined;
}

/** Half-open offsets into the sentence strings. */
export interface AlignedSpan {
  source: [number, number];
  target: [number, number];
}

export interface SentenceTranslation {
  source: string;
  target: string;
  alignment: AlignedSpan[];
  /** Source words the engine had no translation for (copied or spelled over). */
  unknown: string[];
  /** 0–1: the share of words translated from the lexicon rather than guessed. */
  confidence: number;
}

export interface TranslationResult {
  text: string;
  sentences: SentenceTranslation[];
  engine: { name: string; version: string };
}

export interface Translator {
  translate(text: string, options: TranslateOptions): TranslationResult;
}

const LANGUAGE_CODES: Record<string, { lang: EngineLanguage; script?: Script }> = {
  az: { lang: 'az', script: 'Latn' },
  'az-Latn': { lang: 'az', script: 'Latn' },
  'az-Cyrl': { lang: 'az', script: 'Cyrl' },
  uz: { lang: 'uz', script: 'Latn' },
  'uz-Latn': { lang: 'uz', script: 'Latn' },
  'uz-Cyrl': { lang: 'uz', script: 'Cyrl' },
};

/** `az`, `uz`, `uz-Latn`, `uz-Cyrl`, `az-Cyrl` → a pair the built-in engine serves. */
export function parseTranslationPair(from: string, to: string): TranslationPair {
  const source = LANGUAGE_CODES[from];
  const target = LANGUAGE_CODES[to];
  if (!source) throw new Error(`unsupported source language "${from}" (az, uz, uz-Cyrl, az-Cyrl)`);
  if (!target) throw new Error(`unsupported target language "${to}" (az, uz, uz-Cyrl, az-Cyrl)`);
  const pair: TranslationPair = {
    from: source.lang,
    to: target.lang,
    toScript: target.script ?? 'Latn',
  };
  if (from.includes('-')) pair.fromScript = source.script as Script;
  return pair;
}

export function createTranslator(data: LexiconData): Translator {
  const az = createMorphology('az', data.az);
  const uz = createMorphology('uz', data.uz);
  const lowerAz = (s: string) => toLower(s, 'az');
  const lowerUz = (s: string) => s.toLowerCase();
  const { azUz, uzAz } = parseBidix(data.bidix, lowerAz, lowerUz);
  const rules = parseTransferRules(data.rules);
  const directions: Record<Direction, DirectionEngine> = {
    'az-uz': new DirectionEngine('az', 'uz', az, uz, azUz, azToUzSpelling, azToUzName, rules),
    'uz-az': new DirectionEngine('uz', 'az', uz, az, uzAz, uzToAzSpelling, uzToAzName, rules),
  };

  return {
    translate(text, options) {
      let source = text;
      const fromScript = options.fromScript ?? (detectScript(text) === 'Cyrl' ? 'Cyrl' : 'Latn');
      if (fromScript === 'Cyrl')
        source = transliterate(source, `${options.from}-Cyrl`, `${options.from}-Latn`);
      source = normalizeText(source, options.from);
      const sentences: SentenceTranslation[] = [];
      let out = '';
      if (options.from === options.to) {
        out = source;
      } else {
        const engine = directions[`${options.from}-${options.to}` as Direction];
        for (const part of segment(source, { lang: options.from })) {
          if (part.kind === 'gap') {
            out += part.text;
            continue;
          }
          const sentence = engine.translateSentence(part.text);
          sentences.push(sentence);
          out += sentence.target;
        }
      }
      if (options.to === 'uz' && options.toScript === 'Cyrl')
        out = transliterate(out, 'uz-Latn', 'uz-Cyrl');
      else if (options.to === 'az' && options.toScript === 'Cyrl')
        out = transliterate(out, 'az-Latn', 'az-Cyrl');
      else if (options.to === 'uz' && options.apostrophe)
        out = setApostropheStyle(out, options.apostrophe);
      return { text: out, sentences, engine: { name: ENGINE_NAME, version: ENGINE_VERSION } };
    },
  };
}
