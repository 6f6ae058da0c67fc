/**
 * W3C Web Annotation selectors on the canonical text (https://www.w3.org/TR/annotation-model/).
 * An anchor keeps both: the position for speed, the quote with context for robustness.
 */

export interface TextPositionSelector {
  type: "TextPositionSelector";
  start: number;
  end: number;
}

export interface TextQuoteSelector {
  type: "TextQuoteSelector";
  exact: string;
  prefix: string;
  suffix: string;
}

export interface Anchor {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

export const CONTEXT_LENGTH = 32;
export const MAX_QUOTE_LENGTH = 5_000;

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** Moves an offset off the middle of a surrogate pair, so context never holds half an emoji. */
function clampToCodePoint(text: string, offset: number, direction: -1 | 1): number {
  if (offset > 0 && offset < text.length && isHighSurrogate(text.charCodeAt(offset - 1))) return offset + direction;
  return offset;
}

export function quoteContext(text: string, start: number, end: number, length = CONTEXT_LENGTH) {
  const prefixStart = clampToCodePoint(text, Math.max(0, start - length), 1);
  const suffixEnd = clampToCodePoint(text, Math.min(text.length, end + length), -1);
  return { prefix: text.slice(prefixStart, start), suffix: text.slice(end, suffixEnd) };
}

export type AnchorCheck = { ok: true; anchor: Anchor } | { ok: false; message: string };

/**
 * Checks a proposed range against the text and returns the full anchor, prefix and suffix
 * recomputed here rather than trusted from the client.
 */
export function checkAnchor(text: string, range: { start: number; end: number; exact: string }): AnchorCheck {
  const { start, end, exact } = range;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return { ok: false, message: "Start and end must be whole numbers." };
  if (start < 0 || end > text.length) {
    return { ok: false, message: `The selection is outside the article's text (0 to ${text.length}).` };
  }
  if (end <= start) return { ok: false, message: "The selection is empty or its end comes before its start." };
  if (end - start > MAX_QUOTE_LENGTH) {
    return { ok: false, message: `Select at most ${MAX_QUOTE_LENGTH.toLocaleString("en")} characters.` };
  }
  const actual = text.slice(start, end);
  if (!actual.trim()) return { ok: false, message: "Select some words, not only spaces." };
  if (isHighSurrogate(text.charCodeAt(start - 1)) || isHighSurrogate(text.charCodeAt(end - 1))) {
    return { ok: false, message: "The selection cuts a character in half." };
  }
  if (actual !== exact) {
    return { ok: false, message: "The quoted text does not match the article at that place. Reload the article and select again." };
  }
  return { ok: true, anchor: { start, end, exact, ...quoteContext(text, start, end) } };
}

export function toSelectors(anchor: Anchor): [TextPositionSelector, TextQuoteSelector] {
  return [
    { type: "TextPositionSelector", start: anchor.start, end: anchor.end },
    { type: "TextQuoteSelector", exact: anchor.exact, prefix: anchor.prefix, suffix: anchor.suffix },
  ];
}
