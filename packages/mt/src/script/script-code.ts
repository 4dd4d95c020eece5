import { azCyrlToLatn, azLatnToCyrl } from './az-cyrillic.js';
import { uzCyrlToLatn, uzLatnToCyrl } from './uz-cyrillic.js';

export type ScriptCode = 'uz-Latn' | 'uz-Cyrl' | 'az-Latn' | 'az-Cyrl';

const SCRIPT_CODES: Record<string, ScriptCode> = {
  uz: 'uz-Latn',
  'uz-latn': 'uz-Latn',
  'uz-cyrl': 'uz-Cyrl',
  az: 'az-Latn',
  'az-latn': 'az-Latn',
  'az-cyrl': 'az-Cyrl',
};

/** Parses a BCP 47 language-script code; `uz` and `az` mean their Latin forms. Case-insensitive. */
export function parseScriptCode(code: string): ScriptCode {
  const key = String(code).trim().toLowerCase().replace('_', '-');
  const parsed = SCRIPT_CODES[key];
  if (parsed === undefined) {
    throw new Error(
      `Unknown script code ${JSON.stringify(code)}: expected one of uz-Latn, uz-Cyrl, az-Latn, az-Cyrl (uz and az mean the Latin forms)`,
    );
  }
  return parsed;
}

const TRANSLITERATORS: Partial<Record<`${ScriptCode}>${ScriptCode}`, (text: string) => string>> = {
  'uz-Cyrl>uz-Latn': uzCyrlToLatn,
  'uz-Latn>uz-Cyrl': uzLatnToCyrl,
  'az-Cyrl>az-Latn': azCyrlToLatn,
  'az-Latn>az-Cyrl': azLatnToCyrl,
};

/** Converts between the scripts of one language; the same code on both sides returns the text. */
export function transliterate(
  text: string,
  from: ScriptCode | string,
  to: ScriptCode | string,
): string {
  const source = parseScriptCode(from);
  const target = parseScriptCode(to);
  if (source === target) return text;
  const convert = TRANSLITERATORS[`${source}>${target}`];
  if (convert === undefined) {
    throw new Error(
      `Unsupported transliteration ${source} → ${target}: only uz-Cyrl ⇄ uz-Latn and az-Cyrl ⇄ az-Latn`,
    );
  }
  return convert(text);
}
