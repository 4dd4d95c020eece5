import { readFile } from 'node:fs/promises';
import { bleu, chrF, normalizeApostrophes } from '@korpu/mt';
import { onlyOptions, UsageError, type ParsedArgs } from '../args.js';
import { write, type Io } from '../io.js';

async function readLines(path: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? error}`);
  }
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  // The Uzbek references mix ʻ ‘ ' for oʻ/gʻ and ʼ ’ for the tutuq: score one spelling.
  return lines.map((line) => normalizeApostrophes(line.replace(/\r$/, '')));
}

/** `korpu eval HYP REF`: chrF, chrF++ and BLEU with sacrebleu's definitions. */
export async function evalCommand(args: ParsedArgs, io: Io): Promise<number> {
  onlyOptions(args, []);
  const [hypPath, refPath, extra] = args.positionals;
  if (!hypPath || !refPath || extra !== undefined)
    throw new UsageError('usage: korpu eval HYP REF');
  const [hyp, ref] = await Promise.all([readLines(hypPath), readLines(refPath)]);
  if (hyp.length !== ref.length) {
    throw new UsageError(`${hypPath} has ${hyp.length} lines but ${refPath} has ${ref.length}`);
  }
  const scores = [
    ['chrF', chrF(hyp, ref).score],
    ['chrF++', chrF(hyp, ref, { wordOrder: 2 }).score],
    ['BLEU', bleu(hyp, ref).score],
  ] as const;
  await write(
    io.stdout,
    scores.map(([name, value]) => `${name}\t${value.toFixed(2)}`).join('\n') + '\n',
  );
  return 0;
}
