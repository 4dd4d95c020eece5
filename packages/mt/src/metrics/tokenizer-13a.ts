import { pythonSplit } from './python-text.js';

// sacrebleu's Tokenizer13a (mteval-v13a.pl) followed by its TokenizerRegexp, rule for rule.
// The order matters: each regex runs over the output of the previous one, exactly as the
// Python `re.sub` calls do (left-to-right, non-overlapping matches, same as a /g replace).
const POST_TOKENIZER_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  // language-dependent part: ASCII symbols {|}~ [\]^_` space!"#$%& ()*+ :;<=>?@ and /
  [/([{-~[-` -&(-+:-@/])/g, ' $1 '],
  // period and comma unless preceded by a digit
  [/([^0-9])([.,])/g, '$1 $2 '],
  // period and comma unless followed by a digit
  [/([.,])([^0-9])/g, ' $1 $2'],
  // dash when preceded by a digit
  [/([0-9])(-)/g, '$1 $2 '],
];

/** sacrebleu's '13a' tokenizer: returns the tokens joined by single spaces. */
export function tokenize13a(line: string): string {
  let s = line.replaceAll('<skipped>', '').replaceAll('-\n', '').replaceAll('\n', ' ');
  if (s.includes('&')) {
    s = s
      .replaceAll('&quot;', '"')
      .replaceAll('&amp;', '&')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>');
  }
  s = ` ${s} `;
  for (const [pattern, replacement] of POST_TOKENIZER_RULES) s = s.replace(pattern, replacement);
  return pythonSplit(s).join(' ');
}
