#!/usr/bin/env node
// Appends to az.lex and uz.lex every single-word lemma of the bilingual lexicon that they lack,
// and the head verb of multiword verbs (qəbul et → et). Never removes or reorders a line, so
// flags written by hand stay. Usage: npm run lexicon:sync [-- --check]  (--check: report only,
// exit 1 when something is missing).
import { readFileSync, readdirSync, appendFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const lexDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'lexicon');
const check = process.argv.includes('--check');
const known = { az: new Set(), uz: new Set() };
for (const lang of ['az', 'uz']) {
  for (const line of readFileSync(join(lexDir, `${lang}.lex`), 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [lemma, pos] = line.split('\t');
    known[lang].add(`${lemma}\t${pos}`);
  }
}
const missing = { az: new Map(), uz: new Map() };
const dixDir = join(lexDir, 'az-uz');
for (const file of readdirSync(dixDir)
  .filter((f) => f.endsWith('.dix'))
  .sort()) {
  for (const line of readFileSync(join(dixDir, file), 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [az, uz, pos] = line.split('\t');
    for (const [lang, lemma] of [
      ['az', az],
      ['uz', uz],
    ]) {
      if (!lemma || !pos) continue;
      const words = lemma.split(' ');
      // Multiword units: only a final verb is a stem of its own; the rest are ordinary words.
      const [stem, stemPos] =
        words.length === 1 ? [lemma, pos] : pos === 'v' ? [words.at(-1), 'v'] : [];
      if (!stem || /^[\d.]+$/.test(stem)) continue;
      const key = `${stem}\t${stemPos}`;
      if (!known[lang].has(key) && !missing[lang].has(key)) missing[lang].set(key, file);
    }
  }
}
for (const lang of ['az', 'uz']) {
  const lines = [...missing[lang].keys()];
  console.log(`${lang}.lex: ${known[lang].size} stems, ${lines.length} missing`);
  if (!check && lines.length > 0) {
    appendFileSync(
      join(lexDir, `${lang}.lex`),
      `\n# --- added from the bilingual lexicon ---\n${lines.join('\n')}\n`,
    );
  }
}
if (check && (missing.az.size || missing.uz.size)) process.exit(1);
