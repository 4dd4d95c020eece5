// Inline HTML/XML: tags and character entities. A tag attempt stops at the next '<', so
// attempts never overlap and a text full of stray '<' still scans in linear time.
import { codePointAt, isAsciiAlnum, isAsciiLetter } from './chars.js';

export interface MarkupScanMemo {
  /** Set once a search for '-->' has failed: no later comment can be closed either. */
  unclosedComment: boolean;
}

export function newMarkupScanMemo(): MarkupScanMemo {
  return { unclosedComment: false };
}

function isNameChar(cp: number): boolean {
  return isAsciiAlnum(cp) || cp === 0x2d || cp === 0x5f || cp === 0x3a || cp === 0x2e;
}

/** <b>, </a>, <br/>, <a href="…">, <!-- … -->, <!DOCTYPE …>, <?xml …?>; -1 when none. */
export function scanTag(text: string, start: number, memo: MarkupScanMemo): number {
  if (text.startsWith('<!--', start)) {
    if (memo.unclosedComment) return -1;
    const close = text.indexOf('-->', start + 4);
    if (close < 0) memo.unclosedComment = true;
    return close < 0 ? -1 : close + 3;
  }
  let i = start + 1;
  const lead = text.charCodeAt(i);
  if (lead === 0x2f || lead === 0x21 || lead === 0x3f) i++; // / ! ?
  if (!isAsciiLetter(codePointAt(text, i))) return -1;
  while (isNameChar(codePointAt(text, i))) i++;
  const afterName = text.charCodeAt(i);
  const nameEnds =
    afterName === 0x3e || afterName === 0x2f || afterName === 0x3f || /\s/.test(text[i] ?? '');
  if (!nameEnds) return -1;
  let quote = 0;
  for (; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit === 0x3c) return -1;
    if (quote !== 0) {
      if (unit === quote) quote = 0;
    } else if (unit === 0x22 || unit === 0x27) {
      quote = unit;
    } else if (unit === 0x3e) {
      return i + 1;
    }
  }
  return -1;
}

/** &amp; &nbsp; &#8212; &#x2014; — only with the closing semicolon; -1 when none. */
export function scanEntity(text: string, start: number): number {
  let i = start + 1;
  let maxDigits = 32;
  let isDigit: (cp: number) => boolean = isAsciiAlnum;
  if (text.charCodeAt(i) === 0x23) {
    i++;
    const hex = text.charCodeAt(i) === 0x78 || text.charCodeAt(i) === 0x58;
    if (hex) i++;
    maxDigits = hex ? 6 : 7;
    isDigit = hex
      ? (cp) => /[0-9a-f]/i.test(String.fromCharCode(cp))
      : (cp) => cp >= 0x30 && cp <= 0x39;
  } else if (!isAsciiLetter(codePointAt(text, i))) {
    return -1;
  }
  const from = i;
  while (i - from < maxDigits && isDigit(codePointAt(text, i))) i++;
  return i > from && text.charCodeAt(i) === 0x3b ? i + 1 : -1;
}
