import MarkdownIt from "markdown-it";
import type { DocNode } from "../../text/plain-text";
import { htmlToDoc } from "../../text/html-to-doc";

// A maintained CommonMark parser whose running time grows linearly with its input (hand-written
// link patterns took quadratic time: 160,000 "[" held the server for 16 s). Raw HTML inside the
// Markdown goes through the same cleaner as an HTML import (which drops images).
const markdown = new MarkdownIt("commonmark", { html: true });
// A line break inside a paragraph is a space, as Markdown renders it (the HTML reader would read a new paragraph).
markdown.renderer.rules.softbreak = () => " ";

/**
 * The Markdown an article is likely to arrive in: paragraphs, headings, lists and quotes; links
 * keep their text, emphasis and code lose their marks. Lines of one paragraph join with a space,
 * as Markdown renders them.
 */
export function markdownToDoc(source: string): DocNode {
  return htmlToDoc(markdown.render(source));
}
