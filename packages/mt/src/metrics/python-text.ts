// sacrebleu is Python: its `str.split()`, `str.rstrip()` and string indexing define what a
// "word" and a "character" are. JavaScript differs (`\s` includes U+FEFF but not U+001C–U+001F
// or U+0085; strings index UTF-16 code units, not code points), so we spell Python's rules out.

const PYTHON_WHITESPACE_CLASS =
  '\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';

const WHITESPACE_RUN = new RegExp(`[${PYTHON_WHITESPACE_CLASS}]+`);
const TRAILING_WHITESPACE = new RegExp(`[${PYTHON_WHITESPACE_CLASS}]+$`);

/** Python's `s.split()` with no arguments: split on whitespace runs, drop empty pieces. */
export function pythonSplit(s: string): string[] {
  return s.split(WHITESPACE_RUN).filter((piece) => piece.length > 0);
}

/** Python's `s.rstrip()` with no arguments. */
export function pythonRstrip(s: string): string {
  return s.replace(TRAILING_WHITESPACE, '');
}

/** Python's `''.join(s.split())`: the text with every whitespace character removed. */
export function removeWhitespace(s: string): string {
  return pythonSplit(s).join('');
}

/** Python's `len(s)`: the number of code points. */
export function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const unit = s.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < s.length) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/**
 * UTF-16 offsets of every code point boundary: element i is where code point i starts, and the
 * last element is `s.length`, so `s.slice(b[i], b[i + n])` is Python's `s[i:i + n]`.
 */
export function codePointBoundaries(s: string): number[] {
  const bounds: number[] = [];
  for (let i = 0; i < s.length; i++) {
    bounds.push(i);
    const unit = s.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < s.length) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
  }
  bounds.push(s.length);
  return bounds;
}
