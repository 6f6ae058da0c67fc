import { parseDocument } from "htmlparser2";
import type { ChildNode, Element } from "domhandler";
import MarkdownIt from "markdown-it";
import { parseCsv } from "../csv";

const RUNNABLE_SCHEME = /^(javascript|vbscript|data):/i;
const URL_ATTRIBUTES = new Set(["href", "src", "action", "formaction", "xlink:href", "poster", "srcdoc", "background"]);

function* elements(nodes: ChildNode[]): Generator<Element> {
  const pending = [...nodes];
  while (pending.length) {
    const node = pending.pop()!;
    if (node.type === "tag" || node.type === "script" || node.type === "style") {
      yield node as Element;
      pending.push(...(node as Element).children);
    }
  }
}

const textOf = (element: Element) => element.children.map((child) => ("data" in child ? String(child.data) : "")).join("");

/**
 * What in a page of ours would run or load something a user wrote: an element with an event
 * handler attribute (the app renders none; React attaches its own), a link or source with a
 * script or data scheme, a script whose text is a payload's, a style a payload brought, an
 * embedded frame or object, or JSON-LD that no longer parses (a `</script>` broke out of it).
 * Answers the findings in words; an empty list is a clean page.
 */
export function runnableInHtml(html: string, where: string): string[] {
  const found: string[] = [];
  for (const element of elements(parseDocument(html).children)) {
    for (const [name, value] of Object.entries(element.attribs)) {
      if (/^on/i.test(name)) found.push(`${where}: <${element.name} ${name}="${value.slice(0, 40)}">`);
      // Browsers ignore control characters and spaces inside a scheme; so does this check.
      if (URL_ATTRIBUTES.has(name.toLowerCase()) && RUNNABLE_SCHEME.test(value.replace(/[\u0000-\u0020]/g, "")) && !isOwnDataImage(element, value)) {
        found.push(`${where}: <${element.name} ${name}="${value.slice(0, 40)}">`);
      }
    }
    const text = textOf(element);
    if (element.name === "script") {
      if (text.includes("window.__hostile") && !isNextData(text) && element.attribs.type !== "application/ld+json") found.push(`${where}: a script that runs a payload`);
      if (element.attribs.type === "application/ld+json") {
        try {
          JSON.parse(text);
        } catch {
          found.push(`${where}: JSON-LD that no longer parses (something closed its script tag)`);
        }
      }
    }
    if (element.name === "style" && text.includes("--hostile")) found.push(`${where}: a payload's style element`);
    if (["iframe", "object", "embed", "frame", "base"].includes(element.name)) found.push(`${where}: <${element.name}>`);
    if (element.name === "meta" && /refresh/i.test(element.attribs["http-equiv"] ?? "")) found.push(`${where}: <meta http-equiv=refresh>`);
  }
  return found;
}

// Next.js streams the page's data to the browser in inline scripts, as escaped JSON strings
// inside `self.__next_f.push(...)`: a payload's words in there are data, not code.
const isNextData = (text: string) => /^\s*\(?self\.__next_[fs]/.test(text);
const isOwnDataImage = (element: Element, value: string) => element.name === "img" && /^data:image\/(png|gif|svg\+xml);/.test(value) && !value.includes("hostile");

/** A Markdown report rendered as the most permissive viewer would (raw HTML allowed), then checked like a page. */
export function runnableInMarkdown(markdown: string, where: string): string[] {
  const html = new MarkdownIt({ html: true, linkify: true }).render(markdown);
  const found = runnableInHtml(html, where);
  // markdown-it refuses javascript: links itself; a report must not rely on its viewer to. An
  // escaped bracket ("\\]") is a bracket, not the end of a link's text.
  for (const [, target] of markdown.matchAll(/(?<!\\)\]\(\s*<?([^)\s>]*)/g)) {
    if (RUNNABLE_SCHEME.test(target.replace(/[\u0000-\u0020]/g, ""))) found.push(`${where}: a Markdown link to ${target.slice(0, 40)}`);
  }
  return found;
}

/** Cells a spreadsheet would run: starting with = + - @, a tab or a carriage return, not defused by a leading apostrophe. */
export function formulaCells(csv: string, where: string): string[] {
  const found: string[] = [];
  for (const row of parseCsv(csv.replace(/^\uFEFF/, ""))) {
    for (const cell of row) if (/^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell)) found.push(`${where}: a cell starting ${JSON.stringify(cell.slice(0, 30))}`);
  }
  return found;
}
