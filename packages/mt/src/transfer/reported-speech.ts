/**
 * Reported speech with `ki`: Azerbaijani puts the speech verb first and the report after it
 * (Nazir bildirib ki, qiymətlər artmayacaq.), Uzbek reports first and closes with deb + the verb
 * (Vazir narxlar oshmaydi, deb bildirdi.). The sentence is cut into its parts, each part is
 * translated on its own, and the parts are joined in the target's order.
 */
import type { Token } from '../segment/index.js';

/** Token indices of `… VERB ki, REPORT END`. */
export interface SpeechSplit {
  /** First token of the speech verb (qeyd in qeyd edib). */
  verbStart: number;
  /** Last token of the speech verb. */
  verbEnd: number;
  /** The comma after ki. */
  comma: number;
  /** The sentence-final punctuation, or tokens.length when there is none. */
  end: number;
}

export interface SpanTranslation {
  source: string;
  target: string;
  alignment: { source: [number, number]; target: [number, number] }[];
  unknown: string[];
  confidence: number;
}

const FINAL = /^[.!?…]+$/u;
/** Uzbek forms of de- (say), which quote by themselves: …, dedi. */
const SELF_QUOTING = /^de(di|gan|ydi|yapti|moqda)/iu;

/**
 * Finds `VERB ki, …` where `speechVerbAt(i)` says whether a speech verb ends at token i (and
 * where it starts). Only a report that runs to the end of the sentence is moved: a quotation
 * mark or a second clause after it would be torn apart.
 */
export function findReportedSpeech(
  tokens: readonly Token[],
  isKi: (token: Token) => boolean,
  speechVerbAt: (i: number) => number | undefined,
): SpeechSplit | undefined {
  for (let k = 2; k + 1 < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (token.kind !== 'word' || !isKi(token)) continue;
    if (tokens[k - 1]?.kind !== 'space' || tokens[k + 1]?.text !== ',') continue;
    const verbStart = speechVerbAt(k - 2);
    if (verbStart === undefined) continue;
    let end = tokens.length;
    while (end > 0 && (tokens[end - 1] as Token).kind === 'space') end--;
    if (end > 0 && FINAL.test((tokens[end - 1] as Token).text)) end--;
    const rest = tokens.slice(k + 2, end);
    if (!rest.some((t) => t.kind === 'word')) return undefined;
    if (rest.some((t) => t.kind === 'punct' && /["“”«»„]/u.test(t.text))) return undefined;
    return { verbStart, verbEnd: k - 2, comma: k + 1, end };
  }
  return undefined;
}

/**
 * Joins the translated parts as `OPENING REPORT, deb VERB.` (or `REPORT, deb VERB.` when the
 * sentence opens with the verb; `quoteWord` may be empty when the verb itself quotes), keeping
 * alignments in sentence coordinates.
 */
export function reorderReportedSpeech(
  text: string,
  tokens: readonly Token[],
  split: SpeechSplit,
  quoteWord: string,
  translate: (source: string) => SpanTranslation,
  capitalize: (text: string) => string,
): SpanTranslation {
  const at = (i: number) => (tokens[i] as Token).start;
  const endOf = (i: number) => (tokens[i] as Token).end;
  const firstAfterComma = tokens.findIndex((t, i) => i > split.comma && t.kind !== 'space');
  const finalStart = split.end < tokens.length ? at(split.end) : text.length;
  const parts = {
    opening: [0, at(split.verbStart)] as [number, number],
    verb: [at(split.verbStart), endOf(split.verbEnd)] as [number, number],
    report: [at(firstAfterComma), lastNonSpace(text, finalStart)] as [number, number],
  };
  const openingText = text.slice(...parts.opening).trimEnd();
  parts.opening[1] = parts.opening[0] + openingText.length;

  const out: SpanTranslation = {
    source: text,
    target: '',
    alignment: [],
    unknown: [],
    confidence: 0,
  };
  let words = 0;
  let known = 0;
  const translated = new Map<string, SpanTranslation>();
  const translateOnce = (source: string) => {
    let piece = translated.get(source);
    if (!piece) translated.set(source, (piece = translate(source)));
    return piece;
  };
  const append = (range: [number, number], shape?: (s: string) => string) => {
    const piece = translateOnce(text.slice(...range));
    const shaped = shape ? shape(piece.target) : piece.target;
    const offset = out.target.length;
    out.target += shaped;
    for (const a of piece.alignment) {
      out.alignment.push({
        source: [a.source[0] + range[0], a.source[1] + range[0]],
        target: [a.target[0] + offset, a.target[1] + offset],
      });
    }
    out.unknown.push(...piece.unknown);
    words += piece.alignment.length;
    known += piece.confidence * piece.alignment.length;
  };
  const lowerFirst = (s: string) => s.slice(0, 1).toLowerCase() + s.slice(1);
  if (openingText !== '') {
    append(parts.opening);
    out.target += ' ';
    append(parts.report);
  } else {
    append(parts.report, capitalize);
  }
  // A verb that itself quotes (dedi) takes no quoting word before it.
  const verb = translateOnce(text.slice(...parts.verb)).target;
  const quoting = quoteWord !== '' && !SELF_QUOTING.test(verb);
  out.target += quoting ? `, ${quoteWord} ` : ', ';
  append(parts.verb, openingText === '' ? lowerFirst : undefined);
  out.target += text.slice(finalStart);
  out.confidence = words === 0 ? 1 : known / words;
  return out;
}

function lastNonSpace(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/u.test(text[e - 1] as string)) e--;
  return e;
}
