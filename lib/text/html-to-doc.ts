import { parseDocument } from "htmlparser2";
import sanitizeHtml from "sanitize-html";
import type { DocNode } from "./plain-text";
import { limitNesting } from "./limit-nesting";

/** Structure an imported article keeps; every other tag is unwrapped (its text stays) or dropped. */
const BLOCKS = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "br", "div", "section", "article", "main"];

// Blocks nested deeper than any real article are read as plain text, never recursed into.
const MAX_DEPTH = 32;

type HtmlNode = { type: string; name?: string; data?: string; children?: HtmlNode[] };

/**
 * Turns an HTML page into the article's document: paragraphs, headings, lists and quotes, with
 * plain text inside. Scripts, styles, iframes, images, forms, event attributes and inline
 * formatting are gone before anything is parsed.
 */
export function htmlToDoc(html: string): DocNode {
  const clean = sanitizeHtml(limitNesting(html, MAX_DEPTH), {
    allowedTags: BLOCKS,
    allowedAttributes: {},
    disallowedTagsMode: "discard",
    // Their text is code or chrome, never article text.
    nonTextTags: ["script", "style", "textarea", "option", "noscript", "iframe", "svg", "template", "head", "title", "nav", "button", "select"],
  });
  const dom = parseDocument(clean) as unknown as HtmlNode;
  const blocks: DocNode[] = [];
  collectBlocks(dom.children ?? [], blocks);
  return { type: "doc", content: blocks };
}

const HEADING_LEVEL: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 3, h5: 3, h6: 3 };

/** The text of `nodes`, a line break for each <br>; iterative, so no nesting depth can overflow the stack. */
function inlineText(nodes: HtmlNode[]): string {
  const parts: string[] = [];
  const stack = [...nodes].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === "text") parts.push(node.data ?? "");
    else if (node.name === "br") parts.push("\n");
    else if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return parts.join("");
}


/** HTML's whitespace rule: runs of spaces and line breaks read as one space. No-break spaces stay. */
function collapse(text: string): string {
  return text.replace(/[ \t\r\n\f]+/g, " ").trim();
}

function textBlock(type: string, text: string, attrs?: Record<string, unknown>): DocNode | null {
  const value = collapse(text);
  return value ? { type, ...(attrs ? { attrs } : {}), content: [{ type: "text", text: value }] } : null;
}

function collectBlocks(nodes: HtmlNode[], out: DocNode[], depth = 0) {
  let inline: HtmlNode[] = [];
  if (depth > MAX_DEPTH) {
    inline = nodes;
    nodes = [];
  }
  const flush = () => {
    // A line break inside running text starts a new paragraph.
    for (const line of inlineText(inline).split("\n")) {
      const block = textBlock("paragraph", line);
      if (block) out.push(block);
    }
    inline = [];
  };
  for (const node of nodes) {
    const name = node.type === "tag" ? node.name : undefined;
    if (!name || name === "br" || !BLOCKS.includes(name)) {
      inline.push(node);
      continue;
    }
    flush();
    if (name in HEADING_LEVEL) {
      const block = textBlock("heading", inlineText(node.children ?? []), { level: HEADING_LEVEL[name] });
      if (block) out.push(block);
    } else if (name === "ul" || name === "ol") {
      const items = (node.children ?? [])
        .filter((child) => child.type === "tag" && child.name === "li")
        .map((li): DocNode | null => {
          const content: DocNode[] = [];
          collectBlocks(li.children ?? [], content, depth + 1);
          return content.length ? { type: "listItem", content } : null;
        })
        .filter((item): item is DocNode => item !== null);
      if (items.length) out.push({ type: name === "ul" ? "bulletList" : "orderedList", content: items });
    } else if (name === "blockquote") {
      const content: DocNode[] = [];
      collectBlocks(node.children ?? [], content, depth + 1);
      if (content.length) out.push({ type: "blockquote", content });
    } else if (name === "p") {
      inline = node.children ?? [];
      flush();
    } else {
      collectBlocks(node.children ?? [], out, depth + 1);
    }
  }
  flush();
}
