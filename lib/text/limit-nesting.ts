/** Elements that never hold others, so they add no depth. */
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]);
/** Elements a new one of the same name closes (`<p>a<p>b` is two paragraphs, not one inside the other). */
const SELF_CLOSING_SIBLINGS = new Set(["p", "li", "dt", "dd", "option", "tr", "td", "th"]);

// `[^<>]*` rather than `[^>]*`: a tag that never closes stops at the next "<", so every
// character is looked at a bounded number of times.
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)([^<>]*)>/g;

/**
 * Drops the tags (never the text) of elements nested deeper than `maxDepth`, in one linear pass.
 * HTML parsers keep a stack of open elements and look through it for every tag, so 400,000
 * unclosed `<div>`s (2 MB) cost them minutes; after this pass no parser sees more than
 * `maxDepth` levels. The cleaner runs afterwards, so a tag misread here only loses structure.
 */
export function limitNesting(html: string, maxDepth: number): string {
  const open: string[] = [];
  let dropped = false;
  const out = html.replace(TAG, (tag, closing: string, rawName: string, rest: string) => {
    const name = rawName.toLowerCase();
    if (closing) {
      const at = open.lastIndexOf(name, open.length - 1);
      // Only the innermost few are searched: a stray close tag must not cost a scan of the stack.
      if (at >= 0 && open.length - at <= 8) {
        open.length = at;
        return tag;
      }
      if (open.length >= maxDepth) {
        dropped = true;
        return "";
      }
      return tag;
    }
    if (VOID.has(name) || rest.trimEnd().endsWith("/")) return tag;
    if (SELF_CLOSING_SIBLINGS.has(name) && open[open.length - 1] === name) open.pop();
    if (open.length >= maxDepth) {
      dropped = true;
      return "";
    }
    open.push(name);
    return tag;
  });
  return dropped ? out : html;
}
