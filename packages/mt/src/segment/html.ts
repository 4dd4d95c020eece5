// Block-level markup: a sentence never runs across it, and it lands in the gaps between
// sentences. Inline tags (<b>, <a href>, <span>) stay inside the sentences they mark up.
const BLOCK_ELEMENTS = new Set(
  (
    'p br div li ul ol dl dt dd h1 h2 h3 h4 h5 h6 hr table thead tbody tfoot tr td th caption ' +
    'blockquote section article header footer nav aside main figure figcaption pre address ' +
    'body html head title center form fieldset legend option select textarea details summary ' +
    'script style noscript iframe video audio picture source img'
  ).split(' '),
);

/** Whether a tag token separates sentences (block elements, comments, doctype, <?xml?>). */
export function isBlockTag(tagText: string): boolean {
  const lead = tagText[1];
  if (lead === '!' || lead === '?') return true;
  const match = /^<\/?([A-Za-z][A-Za-z0-9]*)/.exec(tagText);
  return match !== null && BLOCK_ELEMENTS.has(match[1]!.toLowerCase());
}
