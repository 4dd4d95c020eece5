// Sentence segmentation and tokenisation that keep every character, so a translated text can
// be put back together exactly around its whitespace, punctuation, numbers, URLs and markup.
export { tokenize, type Token, type TokenKind } from './tokenize.js';
export {
  joinSegments,
  segment,
  splitSentences,
  type Segment,
  type SegmentOptions,
  type Sentence,
} from './sentences.js';
