/**
 * Node adapter: reads the engine's lexicon files from disk. The engine itself (src/) does no I/O
 * so that it runs in browsers too; this is the one place that knows where the data lives.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LexiconData } from '@korpu/mt';

/** `packages/mt/lexicon`, found from this file whether it runs from source or from dist-node. */
export const LEXICON_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'lexicon');

const read = (name: string) => readFileSync(join(LEXICON_DIR, name), 'utf8');

let cached: LexiconData | undefined;

/** All lexicon files, read once per process. */
export function loadLexiconData(): LexiconData {
  if (cached) return cached;
  const bidixDir = join(LEXICON_DIR, 'az-uz');
  const bidix = readdirSync(bidixDir)
    .filter((f) => f.endsWith('.dix'))
    .sort()
    .map((f) => ({ name: `az-uz/${f}`, text: readFileSync(join(bidixDir, f), 'utf8') }));
  cached = {
    az: { lexicon: read('az.lex'), forms: read('az.forms') },
    uz: { lexicon: read('uz.lex'), forms: read('uz.forms') },
    bidix,
    rules: read('transfer.rules'),
  };
  return cached;
}
