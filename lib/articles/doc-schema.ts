import { ValidationError } from "../errors/domain-error";
import type { DocNode } from "./plain-text";

const BLOCK_CHILDREN: Record<string, readonly string[]> = {
  doc: ["paragraph", "heading", "bulletList", "orderedList", "blockquote"],
  blockquote: ["paragraph", "heading", "bulletList", "orderedList", "blockquote"],
  listItem: ["paragraph", "heading", "bulletList", "orderedList", "blockquote"],
  bulletList: ["listItem"],
  orderedList: ["listItem"],
};
const TEXTBLOCKS = new Set(["paragraph", "heading"]);
const MAX_NODES = 50_000;

/**
 * Checks an article document sent by the editor and rebuilds it from the allowed structure only:
 * paragraphs, headings (levels 1–3), lists, quotes and plain text. Marks and unknown attributes
 * are dropped; anything else is refused with a message.
 */
export function normalizeDoc(input: unknown): DocNode {
  let count = 0;
  const visit = (node: unknown, allowed: readonly string[], depth: number): DocNode => {
    if (++count > MAX_NODES || depth > 12) throw new ValidationError("The article is too long or too deeply nested.");
    if (typeof node !== "object" || node === null) throw new ValidationError("The article's content is not a valid document.");
    const { type, content, attrs } = node as { type?: unknown; content?: unknown; attrs?: { level?: unknown } };
    if (typeof type !== "string" || !allowed.includes(type)) {
      throw new ValidationError(`The article's content has an element Factmark does not keep (${String(type)}).`);
    }
    const children = Array.isArray(content) ? content : [];
    if (TEXTBLOCKS.has(type)) {
      const inline = children.map((child) => {
        const { type: childType, text } = (child ?? {}) as { type?: unknown; text?: unknown };
        if (childType === "hardBreak") return { type: "hardBreak" };
        if (childType !== "text" || typeof text !== "string") throw new ValidationError("A paragraph may only hold text.");
        return { type: "text", text };
      });
      const level = Number(attrs?.level);
      return {
        type,
        ...(type === "heading" ? { attrs: { level: level >= 1 && level <= 3 ? level : 2 } } : {}),
        ...(inline.length ? { content: inline } : {}),
      };
    }
    return { type, content: children.map((child) => visit(child, BLOCK_CHILDREN[type] ?? [], depth + 1)) };
  };
  return visit(input, ["doc"], 0);
}
