#!/usr/bin/env node
// Checks the format of bilingual lexicon files and reports duplicates.
// Usage: node packages/mt/scripts/check-dix.mjs [file.dix ...]   (default: every lexicon/az-uz/*.dix)
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'lexicon', 'az-uz');
const files =
  process.argv.length > 2
    ? process.argv.slice(2)
    : readdirSync(dir)
        .filter((f) => f.endsWith('.dix'))
        .map((f) => join(dir, f));
const POS = new Set([
  'n',
  'adj',
  'adv',
  'v',
  'num',
  'pron',
  'post',
  'cnj',
  'det',
  'part',
  'intj',
  'abbr',
  'cop',
  'np.top',
  'np.org',
  'np.ant',
  'np.cog',
  'np.al',
]);
const AZ = /^[A-Za-zƏəIıİiĞğŞşÇçÖöÜü0-9.\- ]+$/u;
const UZ = /^[A-Za-z\u02BB\u02BC0-9.\- ]+$/u;
let errors = 0;
let crossFile = 0;
const seen = new Map();
for (const file of files) {
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (line === '' || line.startsWith('#')) return;
    const where = `${file}:${i + 1}`;
    const cols = line.split('\t');
    const fail = (msg) => {
      errors++;
      console.error(`${where}: ${msg}: ${JSON.stringify(line)}`);
    };
    if (cols.length < 3 || cols.length > 4) return fail('expected 3 or 4 tab-separated columns');
    const [az, uz, pos, dirn = '='] = cols;
    if (!AZ.test(az) || az !== az.trim() || az.includes('  ')) fail('bad Azerbaijani lemma');
    if (!UZ.test(uz) || uz !== uz.trim() || uz.includes('  '))
      fail('bad Uzbek lemma (use ʻ U+02BB for oʻ gʻ, ʼ U+02BC for the tutuq)');
    if (/[oOgG]\u02BC/u.test(uz)) fail('oʻ/gʻ must use U+02BB, not U+02BC');
    if (!POS.has(pos)) fail(`unknown part of speech ${pos}`);
    if (!['=', '>', '<', ''].includes(dirn)) fail(`bad direction ${dirn}`);
    if (pos === 'v' && /m[əa]k$|maq$/u.test(az) && !az.includes(' '))
      fail('verb must be a bare stem, without -mAq');
    if (pos === 'v' && /moq$/u.test(uz)) fail('verb must be a bare stem, without -moq');
    const key = `${az}\t${uz}\t${pos}`;
    const earlier = seen.get(key);
    // Within a file a repeat is a mistake; across domains the same pair is harmless (loaded once).
    if (earlier?.startsWith(`${file}:`)) fail(`duplicate of ${earlier}`);
    else if (earlier) crossFile++;
    else seen.set(key, where);
  });
}
console.log(
  `${seen.size} pairs in ${files.length} files, ${errors} problems, ${crossFile} repeated across files`,
);
process.exit(errors ? 1 : 0);
