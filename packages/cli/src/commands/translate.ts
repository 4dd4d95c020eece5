import { createTranslator, parseTranslationPair, type ApostropheStyle } from '@korpu/mt';
import { loadLexiconData } from '@korpu/mt/node';
import { onlyOptions, option, requireOption, UsageError, type ParsedArgs } from '../args.js';
import { mapLines, type Io } from '../io.js';

/** stdin → stdout, one segment a line, the same number of lines out as in. */
export async function translateCommand(args: ParsedArgs, io: Io): Promise<number> {
  onlyOptions(args, ['from', 'to', 'engine', 'apostrophe']);
  const from = requireOption(args, 'from');
  const to = requireOption(args, 'to');
  option(args, 'engine', ['builtin']);
  const apostrophe = option(args, 'apostrophe', ['official', 'press', 'ascii']) as
    ApostropheStyle | undefined;
  let pair;
  try {
    pair = parseTranslationPair(from, to);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const translator = createTranslator(loadLexiconData());
  await mapLines(io, (line) =>
    line.trim() === '' ? line : translator.translate(line, { ...pair, apostrophe }).text,
  );
  return 0;
}
