import { detectLanguage } from '@korpu/mt';
import { onlyOptions, type ParsedArgs } from '../args.js';
import { mapLines, type Io } from '../io.js';

/** One line in, `code<TAB>confidence` out; an empty line stays empty. */
export async function detectCommand(args: ParsedArgs, io: Io): Promise<number> {
  onlyOptions(args, []);
  await mapLines(io, (line) => {
    if (line.trim() === '') return '';
    const { code, confidence } = detectLanguage(line);
    return `${code}\t${confidence.toFixed(3)}`;
  });
  return 0;
}
