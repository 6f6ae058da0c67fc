import type { DocNode } from "../plain-text";

const text = (value: string) => [{ type: "text", text: value }];

/** Inline Markdown reads as its words: links keep their text, emphasis and code lose their marks. */
function plain(line: string): string {
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(\*|_)(.+?)\1/g, "$2")
    .replace(/`([^`]+)`/g, "$1")
    .trim();
}

/**
 * The Markdown an article is likely to arrive in: paragraphs, # headings, - and 1. lists and >
 * quotes. Lines of one paragraph join with a space, as Markdown renders them.
 */
export function markdownToDoc(markdown: string): DocNode {
  const blocks: DocNode[] = [];
  let paragraph: string[] = [];
  let list: { type: "bulletList" | "orderedList"; items: DocNode[] } | null = null;
  let quote: string[] = [];
  const flushParagraph = () => {
    const value = plain(paragraph.join(" "));
    if (value) blocks.push({ type: "paragraph", content: text(value) });
    paragraph = [];
  };
  const flushList = () => {
    if (list?.items.length) blocks.push({ type: list.type, content: list.items });
    list = null;
  };
  const flushQuote = () => {
    const inner = markdownToDoc(quote.join("\n")).content ?? [];
    if (inner.length) blocks.push({ type: "blockquote", content: inner });
    quote = [];
  };
  const flushAll = () => {
    flushParagraph();
    flushList();
    if (quote.length) flushQuote();
  };

  for (const raw of markdown.replace(/\r\n?/g, "\n").split("\n")) {
    const line = raw.trimEnd();
    const heading = line.match(/^(#{1,6})\s+(.*)$/);
    const bullet = line.match(/^\s*[-*+]\s+(.*)$/);
    const ordered = line.match(/^\s*\d+[.)]\s+(.*)$/);
    const quoted = line.match(/^>\s?(.*)$/);
    if (!line.trim()) {
      flushAll();
    } else if (quoted) {
      flushParagraph();
      flushList();
      quote.push(quoted[1]);
    } else if (heading) {
      flushAll();
      const value = plain(heading[2]);
      if (value) blocks.push({ type: "heading", attrs: { level: Math.min(heading[1].length, 3) }, content: text(value) });
    } else if (bullet || ordered) {
      flushParagraph();
      if (quote.length) flushQuote();
      const type = bullet ? "bulletList" : "orderedList";
      if (list && list.type !== type) flushList();
      list ??= { type, items: [] };
      const value = plain((bullet ?? ordered)![1]);
      if (value) list.items.push({ type: "listItem", content: [{ type: "paragraph", content: text(value) }] });
    } else if (/^(-{3,}|\*{3,}|_{3,})$/.test(line.trim())) {
      flushAll();
    } else {
      flushList();
      if (quote.length) flushQuote();
      paragraph.push(line.trim());
    }
  }
  flushAll();
  return { type: "doc", content: blocks };
}
