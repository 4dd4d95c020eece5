import { abbreviationKey, abbreviationsFor, isInitial } from './abbreviations.js';
import { charClass, isLowercase, LETTER } from './chars.js';
import { isBlockTag } from './html.js';
import { TERMINATORS } from './scan-text.js';
import { tokenize, type Token } from './tokenize.js';

/**
 * One item of a segmented text. Sentences never begin or end with whitespace; everything
 * between two sentences — whitespace, paragraph breaks, block markup such as <p> or <br> —
 * is one 'gap', and so are the text's leading and trailing whitespace. Items alternate
 * (never two gaps or two sentences in a row) and joining their texts gives the input back.
 */
export interface Segment {
  kind: 'sentence' | 'gap';
  text: string;
  start: number;
  end: number;
}

export interface Sentence {
  text: string;
  start: number;
  end: number;
  tokens?: never;
}

export interface SegmentOptions {
  /** BCP 47 language of the text ('az', 'uz', 'uz-Cyrl'); picks the abbreviation list. */
  lang?: string;
}

// Marks that close what a sentence-final mark ended: «…!» (…?) "…."
const CLOSERS = new Set([...'»”"\'’)]}›“'].map((ch) => ch.codePointAt(0)!));
// Marks a sentence may open with, looked through to find its first word: «Salam», – dedi.
const OPENERS = new Set([...'«“„"\'‘([{‹–—―‒-−'].map((ch) => ch.codePointAt(0)!));
// One-letter words that are not abbreviations and do end sentences: "– dedi o." (az o, uz u)
const PRONOUNS = new Set(['o', 'u', 'у']);
const NBSP_ENTITIES = new Set(['&nbsp;', '&#160;', '&#xa0;', '&#xA0;']);

function isTerminator(token: Token): boolean {
  if (token.kind !== 'punct') return false;
  for (const ch of token.text) if (!TERMINATORS.has(ch.codePointAt(0)!)) return false;
  return true;
}

function isSingleMark(token: Token, set: ReadonlySet<number>): boolean {
  return token.kind === 'punct' && token.text.length === 1 && set.has(token.text.charCodeAt(0));
}

/** Whitespace, or an entity that only spells a space: never where a sentence starts or ends. */
function isBlank(token: Token): boolean {
  return token.kind === 'space' || (token.kind === 'entity' && NBSP_ENTITIES.has(token.text));
}

function isGapMarkup(token: Token): boolean {
  return token.kind === 'tag' && isBlockTag(token.text);
}

function isInlineTag(token: Token): boolean {
  return token.kind === 'tag' && !isBlockTag(token.text);
}

function isClosingInlineTag(token: Token): boolean {
  return isInlineTag(token) && token.text.startsWith('</');
}

/** How many line breaks a whitespace token holds, counting only up to two. */
function lineBreaks(space: string): number {
  let count = 0;
  for (let i = 0; i < space.length && count < 2; i++) {
    const ch = space[i];
    // U+2029 PARAGRAPH SEPARATOR is a blank line by itself
    if (ch === '\u2029') {
      count += 2;
    } else if (ch === '\n' || ch === '\u2028' || ch === '\u0085' || ch === '\v' || ch === '\f') {
      count++;
    } else if (ch === '\r') {
      count++;
      if (space[i + 1] === '\n') i++;
    }
  }
  return count;
}

function startsLowercase(token: Token): boolean {
  return token.kind === 'word' && isLowercase(token.text.codePointAt(0)!);
}

class SentenceSplitter {
  private readonly segments: Segment[] = [];
  private readonly abbreviations: ReadonlySet<string>;
  private emittedUpTo = 0;
  private first = -1; // token index where the open sentence starts, -1 when none is open
  private last = -1; // token index of its last non-blank token
  private hasContent = false; // whether it holds more than punctuation

  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
    lang: string | undefined,
  ) {
    this.abbreviations = abbreviationsFor(lang);
  }

  run(): Segment[] {
    const { tokens } = this;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (isBlank(token)) {
        if (this.first >= 0 && token.kind === 'space') this.onWhitespace(token, i);
      } else if (isGapMarkup(token)) {
        this.close();
      } else {
        this.extend(i);
        if (isTerminator(token)) i = this.onTerminator(i) - 1;
      }
    }
    this.close();
    this.push('gap', this.text.length);
    return this.segments;
  }

  private extend(i: number): void {
    if (this.first < 0) this.first = i;
    this.last = i;
    const token = this.tokens[i]!;
    if (token.kind !== 'punct' && !isInlineTag(token)) this.hasContent = true;
  }

  /** A blank line ends a paragraph; a single line break ends a line unless the next starts in lower case. */
  private onWhitespace(space: Token, i: number): void {
    const breaks = lineBreaks(space.text);
    if (breaks >= 2) this.close();
    else if (breaks === 1) {
      const next = this.tokens[i + 1];
      if (next === undefined || !startsLowercase(next)) this.close();
    }
  }

  /** Takes in the closing quotes and brackets after a final mark; returns where to go on. */
  private onTerminator(i: number): number {
    const { tokens } = this;
    let j = i + 1;
    for (; j < tokens.length; j++) {
      const t = tokens[j]!;
      if (!isSingleMark(t, CLOSERS) && !isClosingInlineTag(t) && !isTerminator(t)) break;
      this.extend(j);
    }
    if (this.endsSentence(i, j)) this.close();
    return j;
  }

  /** Whether the final mark at `mark`, with its closers up to `after`, ends the sentence. */
  private endsSentence(mark: number, after: number): boolean {
    if (!this.hasContent || this.isAbbreviationStop(mark) || this.isListNumber(mark)) return false;
    const { tokens } = this;
    const next = tokens[after];
    if (next === undefined || isGapMarkup(next)) return true;
    if (!isBlank(next)) return false; // 3.Bakı, e.ə.: no space, no boundary
    let k = after;
    while (k < tokens.length) {
      const t = tokens[k]!;
      if (!isBlank(t) && !isSingleMark(t, OPENERS) && !isInlineTag(t)) break;
      k++;
    }
    const first = tokens[k];
    if (first === undefined) return true;
    if (first.kind === 'word') return !isLowercase(first.text.codePointAt(0)!);
    // a comma or colon right after the mark continues the sentence: "Nə?", – dedi
    return first.kind !== 'punct' || isTerminator(first);
  }

  /** A full stop right after an abbreviation or an initial: və s., mln., İ. Əliyev, Sh. */
  private isAbbreviationStop(mark: number): boolean {
    const stop = this.tokens[mark]!;
    const word = this.tokens[mark - 1];
    if (stop.text !== '.' || word === undefined || word.kind !== 'word') return false;
    if (charClass(word.text.codePointAt(0)!) !== LETTER) return false;
    const isOneLetter = [...word.text].length === 1 && !PRONOUNS.has(word.text);
    return (
      isOneLetter || isInitial(word.text) || this.abbreviations.has(abbreviationKey(word.text))
    );
  }

  /** "1. Giriş": a number that opens a line and its full stop are a list marker. */
  private isListNumber(mark: number): boolean {
    const number = this.tokens[mark - 1];
    return this.tokens[mark]!.text === '.' && number?.kind === 'number' && this.first === mark - 1;
  }

  private close(): void {
    if (this.first < 0) return;
    const start = this.tokens[this.first]!.start;
    this.push('gap', start);
    this.push('sentence', this.tokens[this.last]!.end);
    this.first = -1;
    this.last = -1;
    this.hasContent = false;
  }

  /** Emits the text from where the last item ended up to `end` as one item of `kind`. */
  private push(kind: Segment['kind'], end: number): void {
    if (end <= this.emittedUpTo) return;
    const start = this.emittedUpTo;
    this.segments.push({ kind, text: this.text.slice(start, end), start, end });
    this.emittedUpTo = end;
  }
}

/**
 * Splits text into sentences and the gaps between them. Joining the texts of the returned
 * items gives the input back exactly, so a translation can be put back together by replacing
 * each sentence and keeping each gap (see `joinSegments`).
 */
export function segment(text: string, options: SegmentOptions = {}): Segment[] {
  return new SentenceSplitter(text, tokenize(text), options.lang).run();
}

/**
 * The sentences of a text, without the gaps between them: each is `text.slice(start, end)`,
 * trimmed of whitespace. The gaps are what lies between one sentence's end and the next's
 * start; `segment` returns them as items of their own.
 */
export function splitSentences(text: string, options: SegmentOptions = {}): Sentence[] {
  const sentences: Sentence[] = [];
  for (const item of segment(text, options)) {
    if (item.kind === 'sentence') {
      sentences.push({ text: item.text, start: item.start, end: item.end });
    }
  }
  return sentences;
}

/**
 * Puts segmented text back together, optionally replacing each sentence (with its
 * translation, say) while every gap is kept as it was.
 */
export function joinSegments(
  segments: readonly Segment[],
  replaceSentence?: (sentence: Segment, index: number) => string,
): string {
  let out = '';
  let sentenceIndex = 0;
  for (const item of segments) {
    if (item.kind === 'sentence' && replaceSentence) {
      out += replaceSentence(item, sentenceIndex++);
    } else {
      out += item.text;
    }
  }
  return out;
}
