// Scanners for URLs, e-mail addresses, bare domains (APA.az, Kun.uz), hashtags and mentions.
// E-mail and domain candidates are runs that a failed attempt would rescan from every later
// start inside them, so each failure remembers where its run ended and later attempts inside
// the same run are skipped: every character is scanned a bounded number of times.
import {
  APOSTROPHE,
  DIGIT,
  JOINER,
  LETTER,
  MARK,
  OTHER,
  SPACE,
  charClass,
  codePointAt,
  isAsciiAlnum,
  isAsciiLetter,
  widthOf,
} from './chars.js';
import { scanWord } from './scan-text.js';

export interface WebScanMemo {
  /** No e-mail address starts before this offset. */
  emailFailUntil: number;
  /** No bare domain starts before this offset. */
  domainFailUntil: number;
}

export function newWebScanMemo(): WebScanMemo {
  return { emailFailUntil: 0, domainFailUntil: 0 };
}

// Characters that end a URL: quotes and brackets that wrap links in running text, and markup.
const URL_STOPS = new Set([...'<>"«»“”„‹›{}|\\^`'].map((ch) => ch.codePointAt(0)!));
// Trailing characters that belong to the sentence, not the link.
const URL_TRAILING = new Set([...".,;:!?'’*"].map((ch) => ch.codePointAt(0)!));

function startsWithIgnoringCase(text: string, i: number, prefix: string): boolean {
  return text.slice(i, i + prefix.length).toLowerCase() === prefix;
}

/** The URL body from `from`: up to whitespace or a stop, minus trailing punctuation. */
function scanUrlBody(text: string, from: number): number {
  let i = from;
  let openParens = 0;
  let closeParens = 0;
  for (;;) {
    const cp = codePointAt(text, i);
    const c = charClass(cp);
    if (cp < 0 || c === SPACE || c === OTHER || URL_STOPS.has(cp)) break;
    if (cp === 0x28) openParens++;
    if (cp === 0x29) closeParens++;
    i += widthOf(cp);
  }
  for (;;) {
    const last = text.charCodeAt(i - 1);
    if (i > from && URL_TRAILING.has(last)) {
      i--;
    } else if (i > from && last === 0x29 && closeParens > openParens) {
      closeParens--;
      i--;
    } else {
      return i;
    }
  }
}

const SCHEMES = ['https://', 'http://', 'ftp://'];

/** http(s)://…, ftp://…, www.… ; -1 when there is no URL at `start`. */
export function scanUrl(text: string, start: number): number {
  for (const scheme of SCHEMES) {
    if (startsWithIgnoringCase(text, start, scheme)) {
      const from = start + scheme.length;
      const end = scanUrlBody(text, from);
      return end > from ? end : -1;
    }
  }
  if (startsWithIgnoringCase(text, start, 'www.') && isAsciiAlnum(codePointAt(text, start + 4))) {
    return scanUrlBody(text, start + 4);
  }
  return -1;
}

function isLocalPartChar(cp: number): boolean {
  return (
    isAsciiAlnum(cp) || cp === 0x2e || cp === 0x5f || cp === 0x25 || cp === 0x2b || cp === 0x2d
  );
}

interface DomainScan {
  end: number;
  labels: number;
  lastLabel: string;
}

/** Dot-separated labels of ASCII letters, digits and hyphens; the final dot is not taken. */
function scanDomainLabels(text: string, start: number): DomainScan {
  let i = start;
  let labels = 0;
  let labelStart = start;
  for (;;) {
    labelStart = i;
    while (isAsciiAlnum(codePointAt(text, i)) || text.charCodeAt(i) === 0x2d) i++;
    if (i === labelStart) break;
    labels++;
    if (text.charCodeAt(i) === 0x2e && isAsciiAlnum(codePointAt(text, i + 1))) i++;
    else break;
  }
  return { end: i, labels, lastLabel: text.slice(labelStart, i) };
}

function continuesWord(cp: number): boolean {
  const c = charClass(cp);
  return c === LETTER || c === DIGIT || c === MARK || c === JOINER || c === APOSTROPHE;
}

/** name@example.az; -1 when there is none at `start`. */
export function scanEmail(text: string, start: number, memo: WebScanMemo): number {
  if (start < memo.emailFailUntil) return -1;
  let at = start;
  while (isLocalPartChar(codePointAt(text, at))) at++;
  const domain = text.charCodeAt(at) === 0x40 ? scanDomainLabels(text, at + 1) : undefined;
  const ok =
    domain !== undefined &&
    text.charCodeAt(at - 1) !== 0x2e &&
    domain.labels >= 2 &&
    /^[a-z]{2,}$/i.test(domain.lastLabel) &&
    !continuesWord(codePointAt(text, domain.end));
  if (ok) return domain.end;
  memo.emailFailUntil = at;
  return -1;
}

// Top-level domains that news text names sites with (Report.az, Kun.uz, president.az). A
// closed list, because "word.word" is otherwise just a missing space after a full stop.
const NEWS_TLDS = new Set(
  (
    'az uz com org net ru gov edu info io tr kz kg tj tm ua by ge am ir uk de fr eu int co tv ' +
    'biz su cn jp kr news online site pro app dev'
  ).split(' '),
);

/**
 * The end of a bare domain's top-level domain, with a hyphenated case suffix kept on it as on
 * any abbreviation (APA.az-a, Kun.uz-ga, Report.az-ın); -1 when the last label is no TLD.
 */
function topLevelDomainEnd(text: string, domain: DomainScan): number {
  if (NEWS_TLDS.has(domain.lastLabel.toLowerCase())) {
    return continuesWord(codePointAt(text, domain.end)) ? -1 : domain.end;
  }
  const hyphen = domain.lastLabel.indexOf('-');
  if (hyphen < 0 || !NEWS_TLDS.has(domain.lastLabel.slice(0, hyphen).toLowerCase())) return -1;
  const suffixStart = domain.end - domain.lastLabel.length + hyphen + 1;
  return charClass(codePointAt(text, suffixStart)) === LETTER ? scanWord(text, suffixStart) : -1;
}

/** A bare domain such as APA.az or gazeta.uz/ru/news, as a URL; -1 when there is none. */
export function scanBareDomain(text: string, start: number, memo: WebScanMemo): number {
  if (start < memo.domainFailUntil || !isAsciiLetter(codePointAt(text, start))) return -1;
  const domain = scanDomainLabels(text, start);
  const end = domain.labels >= 2 ? topLevelDomainEnd(text, domain) : -1;
  if (end < 0) {
    memo.domainFailUntil = domain.end;
    return -1;
  }
  return end === domain.end && text.charCodeAt(end) === 0x2f ? scanUrlBody(text, end) : end;
}

/** #xəbər, #Oʻzbekiston, #COP29: needs at least one letter; -1 when there is none. */
export function scanHashtag(text: string, start: number): number {
  let i = start + 1;
  let letters = 0;
  for (;;) {
    const cp = codePointAt(text, i);
    const c = charClass(cp);
    if (c === LETTER) letters++;
    if (c === LETTER || c === DIGIT || c === MARK || c === JOINER || cp === 0x5f) {
      i += widthOf(cp);
    } else if (c === APOSTROPHE && charClass(codePointAt(text, i + 1)) === LETTER) {
      i += 1;
    } else {
      break;
    }
  }
  return letters > 0 ? i : -1;
}

/** @user, @apa_az, @kun.uz: -1 when there is none. */
export function scanMention(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
    const cp = codePointAt(text, i);
    const c = charClass(cp);
    if (c === LETTER || c === DIGIT || cp === 0x5f) {
      i += widthOf(cp);
    } else if (cp === 0x2e && charClass(codePointAt(text, i + 1)) === LETTER) {
      i += 1;
    } else {
      break;
    }
  }
  return i > start + 1 ? i : -1;
}
