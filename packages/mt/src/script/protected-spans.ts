// Markup tags, URLs and e-mail addresses must come out of normalisation and transliteration
// byte-for-byte: `<a href>` must not become `<а ҳреф>`, and a URL is not Uzbek text.

// Linear: an attempt that starts at `<` stops at the next `<` or `>`.
const TAG = /<\/?[A-Za-z!?][^<>]*>/g;

function isWhitespace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

function looksLikeUrlOrEmail(chunk: string): boolean {
  if (chunk.includes('://')) return true;
  const lower = chunk.slice(0, 8).toLowerCase();
  if (lower.startsWith('www.') || /^\W{1,4}www\./.test(lower)) return true;
  const at = chunk.indexOf('@');
  return at > 0 && chunk.indexOf('.', at + 2) > at + 1;
}

/** Pushes [start, end) pairs of URL/e-mail chunks inside text[from, to). */
function collectUrlChunks(text: string, from: number, to: number, out: number[]): void {
  let i = from;
  while (i < to) {
    while (i < to && isWhitespace(text.charCodeAt(i))) i++;
    const start = i;
    let suspicious = false;
    while (i < to && !isWhitespace(text.charCodeAt(i))) {
      const c = text.charCodeAt(i);
      if (c === 0x3a || c === 0x40 || c === 0x2e) suspicious = true; // : @ .
      i++;
    }
    if (suspicious && i > start && looksLikeUrlOrEmail(text.slice(start, i))) out.push(start, i);
  }
}

function protectedRanges(text: string): number[] {
  const ranges: number[] = [];
  let last = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(text); m !== null; m = TAG.exec(text)) {
    collectUrlChunks(text, last, m.index, ranges);
    ranges.push(m.index, m.index + m[0].length);
    last = m.index + m[0].length;
  }
  collectUrlChunks(text, last, text.length, ranges);
  return ranges;
}

/**
 * Applies `convert` to every stretch of text outside markup tags, URLs and e-mail addresses,
 * and copies those unchanged. Stretches end at whitespace or a tag, so they never split a word.
 */
export function mapUnprotected(text: string, convert: (part: string) => string): string {
  if (text.length === 0) return text;
  const ranges = protectedRanges(text);
  if (ranges.length === 0) return convert(text);
  let out = '';
  let last = 0;
  for (let r = 0; r < ranges.length; r += 2) {
    const start = ranges[r] ?? 0;
    const end = ranges[r + 1] ?? start;
    if (start > last) out += convert(text.slice(last, start));
    out += text.slice(start, end);
    last = end;
  }
  if (last < text.length) out += convert(text.slice(last));
  return out;
}
