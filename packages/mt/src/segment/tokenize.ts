import {
  APOSTROPHE,
  DIGIT,
  LETTER,
  PUNCT,
  SPACE,
  SYMBOL,
  charClass,
  codePointAt,
  codePointBefore,
  isAsciiAlnum,
  isWordChar,
} from './chars.js';
import { newMarkupScanMemo, scanEntity, scanTag, type MarkupScanMemo } from './scan-markup.js';
import { scanNumber, scanOther, scanPunct, scanSpace, scanSymbol, scanWord } from './scan-text.js';
import {
  newWebScanMemo,
  scanBareDomain,
  scanEmail,
  scanHashtag,
  scanMention,
  scanUrl,
  type WebScanMemo,
} from './scan-web.js';

/**
 * What a token is. Notes on the less obvious ones: 'word' includes apostrophes between letters
 * (oʻzbek, taʼlim) and hyphenated parts (BMT-nin, COVID-19); 'number' includes dates, times,
 * separators and a hyphenated suffix (2024-cü, 15-də, 5-sinf), so its digits are a prefix of
 * it; 'url' includes bare news domains (APA.az, Kun.uz-ga); 'punct' groups a run of
 * sentence-final marks (?!, ...); 'other' holds controls, lone surrogates and stray marks.
 */
export type TokenKind =
  | 'word'
  | 'number'
  | 'punct'
  | 'space'
  | 'url'
  | 'email'
  | 'hashtag'
  | 'mention'
  | 'tag'
  | 'entity'
  | 'symbol'
  | 'other';

/** A slice of the input: `text === input.slice(start, end)`, offsets in UTF-16 code units. */
export interface Token {
  kind: TokenKind;
  text: string;
  start: number;
  end: number;
}

interface Memo {
  web: WebScanMemo;
  markup: MarkupScanMemo;
}

interface Scanned {
  kind: TokenKind;
  end: number;
}

const LESS_THAN = 0x3c;
const AMPERSAND = 0x26;
const HASH = 0x23;
const AT = 0x40;
const URL_INITIALS = new Set([...'hHfFwW'].map((ch) => ch.codePointAt(0)!));

/** Web-shaped tokens that start with an ASCII letter or digit; undefined when none applies. */
function scanWebToken(text: string, i: number, cp: number, memo: Memo): Scanned | undefined {
  if (URL_INITIALS.has(cp) && !isWordChar(codePointBefore(text, i))) {
    const end = scanUrl(text, i);
    if (end > i) return { kind: 'url', end };
  }
  const emailEnd = scanEmail(text, i, memo.web);
  if (emailEnd > i) return { kind: 'email', end: emailEnd };
  const before = codePointBefore(text, i);
  if (!isWordChar(before) && before !== 0x2e && before !== 0x2d) {
    const domainEnd = scanBareDomain(text, i, memo.web);
    if (domainEnd > i) return { kind: 'url', end: domainEnd };
  }
  return undefined;
}

function scanAt(text: string, i: number, memo: Memo): Scanned {
  const cp = codePointAt(text, i);
  const c = charClass(cp);
  if (c === SPACE) return { kind: 'space', end: scanSpace(text, i) };
  if (isAsciiAlnum(cp)) {
    const web = scanWebToken(text, i, cp, memo);
    if (web) return web;
  }
  if (c === LETTER) return { kind: 'word', end: scanWord(text, i) };
  if (c === DIGIT) return { kind: 'number', end: scanNumber(text, i) };
  if (cp === LESS_THAN) {
    const end = scanTag(text, i, memo.markup);
    return end > i ? { kind: 'tag', end } : { kind: 'symbol', end: i + 1 };
  }
  if (cp === AMPERSAND) {
    const end = scanEntity(text, i);
    if (end > i) return { kind: 'entity', end };
  }
  if ((cp === HASH || cp === AT) && !isWordChar(codePointBefore(text, i))) {
    const end = cp === HASH ? scanHashtag(text, i) : scanMention(text, i);
    if (end > i) return { kind: cp === HASH ? 'hashtag' : 'mention', end };
  }
  if (c === PUNCT || c === APOSTROPHE) return { kind: 'punct', end: scanPunct(text, i) };
  if (c === SYMBOL) return { kind: 'symbol', end: scanSymbol(text, i) };
  return { kind: 'other', end: scanOther(text, i) };
}

/**
 * Splits text into tokens that keep everything: whitespace, punctuation, markup and bytes that
 * mean nothing are tokens too, so joining the token texts gives back the input exactly.
 * Runs in linear time on any input.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const memo: Memo = { web: newWebScanMemo(), markup: newMarkupScanMemo() };
  let i = 0;
  while (i < text.length) {
    const { kind, end } = scanAt(text, i, memo);
    tokens.push({ kind, text: text.slice(i, end), start: i, end });
    i = end;
  }
  return tokens;
}
