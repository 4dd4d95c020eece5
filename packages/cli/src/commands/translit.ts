import { parseScriptCode, transliterate } from '@korpu/mt';
import { onlyOptions, requireOption, UsageError, type ParsedArgs } from '../args.js';
import { mapLines, type Io } from '../io.js';

export async function translitCommand(args: ParsedArgs, io: Io): Promise<number> {
  onlyOptions(args, ['from', 'to']);
  const from = requireOption(args, 'from');
  const to = requireOption(args, 'to');
  let fromCode, toCode;
  try {
    fromCode = parseScriptCode(from);
    toCode = parseScriptCode(to);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (fromCode.slice(0, 2) !== toCode.slice(0, 2)) {
    throw new UsageError(`cannot transliterate between languages (${from} → ${to}); use translate`);
  }
  await mapLines(io, (line) => transliterate(line, fromCode, toCode));
  return 0;
}
