/** ProseMirror JSON, as TipTap stores it. */
export interface DocNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocNode[];
  text?: string;
}

/**
 * Splits pasted or stored plain text into paragraphs: one per non-blank line. Words, spacing
 * inside a line and typographic characters (no-break spaces, curly quotes) are kept exactly.
 */
export function paragraphsFromPlainText(raw: string): string[] {
  return raw
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .filter((line) => line.trim().length > 0);
}

export function docFromParagraphs(paragraphs: string[]): DocNode {
  return {
    type: "doc",
    content: paragraphs.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })),
  };
}

/**
 * A title taken from the text itself, for articles whose source gives none: the lead's first
 * sentence, shortened at a word boundary. Nothing is invented.
 */
export function titleFromLead(text: string, maxLength = 90): string {
  const lead = paragraphsFromPlainText(text)[0]?.trim() ?? "";
  // A sentence ends after a lower-case word, so "U.S." or "Mr." inside it do not cut it short.
  const sentence = lead.match(/^.+?[a-z]{2}[.!?]["'’”]?(?=\s|$)/)?.[0] ?? lead;
  if (sentence.length <= maxLength) return sentence;
  const cut = sentence.slice(0, maxLength);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 40)).trimEnd()}…`;
}
