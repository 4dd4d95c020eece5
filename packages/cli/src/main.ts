/** The `korpu` command. Every command reads stdin line by line and never loses a line. */
import { ENGINE_VERSION } from '@korpu/mt';
import { parseArgs, UsageError } from './args.js';
import { analyzeCommand } from './commands/analyze.js';
import { detectCommand } from './commands/detect.js';
import { evalCommand } from './commands/eval.js';
import { translateCommand } from './commands/translate.js';
import { translitCommand } from './commands/translit.js';
import { write, type Io } from './io.js';

export const HELP = `korpu — Körpü, the Azerbaijani⇄Uzbek media cooperation platform

Usage:
  korpu translate --from az --to uz [--engine builtin] [--apostrophe official|press|ascii]
                  stdin → stdout, one segment a line (az, uz, uz-Cyrl)
  korpu analyze --lang az|uz
                  one word a line → its analyses joined by "|" as lemma<tag>…, or *word
  korpu translit --from uz-Cyrl --to uz-Latn   (and back; az-Cyrl ⇄ az)
                  line by line
  korpu detect    one line in → "code<TAB>confidence" out
  korpu eval HYP REF
                  chrF, chrF++ and BLEU (sacrebleu definitions) of HYP against REF
  korpu --version | --help

Every command keeps the line count: as many lines out as in; empty lines stay empty.
Errors go to stderr with a non-zero exit status.
`;

type Command = (args: ReturnType<typeof parseArgs>, io: Io) => Promise<number>;

const COMMANDS: Record<string, { run: Command; flags?: string[] }> = {
  translate: { run: translateCommand },
  analyze: { run: analyzeCommand },
  translit: { run: translitCommand },
  detect: { run: detectCommand },
  eval: { run: evalCommand },
};

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    await write(io.stdout, HELP);
    return name === undefined ? 1 : 0;
  }
  if (name === '--version' || name === '-v') {
    await write(io.stdout, `korpu ${ENGINE_VERSION}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    await write(io.stderr, `korpu: unknown command "${name}"\n\n${HELP}`);
    return 2;
  }
  try {
    return await command.run(parseArgs(rest, command.flags), io);
  } catch (error) {
    if (error instanceof UsageError) {
      await write(io.stderr, `korpu ${name}: ${error.message}\n`);
      return 2;
    }
    await write(io.stderr, `korpu ${name}: ${(error as Error).message ?? error}\n`);
    return 1;
  }
}
