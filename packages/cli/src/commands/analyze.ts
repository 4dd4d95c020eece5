import {
  createMorphology,
  formatAnalysis,
  normalizeText,
  transliterate,
  detectScript,
} from '@korpu/mt';
import { loadLexiconData } from '@korpu/mt/node';
import { onlyOptions, requireOption, type ParsedArgs } from '../args.js';
import { mapLines, type Io } from '../io.js';

/** One word a line in; its analyses joined by `|`, or `*word` when unknown. */
export async function analyzeCommand(args: ParsedArgs, io: Io): Promise<number> {
  onlyOptions(args, ['lang']);
  const lang = requireOption(args, 'lang', ['az', 'uz']) as 'az' | 'uz';
  const data = loadLexiconData();
  const morphology = createMorphology(lang, data[lang]);
  await mapLines(io, (line) => {
    const word = line.trim();
    if (word === '') return '';
    let text = normalizeText(word, lang);
    if (detectScript(text) === 'Cyrl') text = transliterate(text, `${lang}-Cyrl`, `${lang}-Latn`);
    const analyses = morphology.analyze(text);
    return analyses.length ? analyses.map(formatAnalysis).join('|') : `*${word}`;
  });
  return 0;
}
