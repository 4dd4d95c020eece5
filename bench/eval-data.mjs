// Where the evaluation text lives: ../shared/eval/ntrex beside the repository, or KORPU_EVAL_DIR.
// It is CC BY-SA news text read at evaluation time and never copied into the project.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const EVAL_DIR = process.env.KORPU_EVAL_DIR ?? join(root, '..', 'shared', 'eval', 'ntrex');

export function readEval(lang) {
  const file = join(EVAL_DIR, `dev.${lang}`);
  if (!existsSync(file)) {
    console.error(
      `bench: ${file} not found (set KORPU_EVAL_DIR to the folder holding dev.az, dev.uz …)`,
    );
    process.exit(2);
  }
  const lines = readFileSync(file, 'utf8').split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

export function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) =>
    '| ' + cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ') + ' |';
  return [
    line(headers),
    '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|',
    ...rows.map(line),
  ].join('\n');
}
