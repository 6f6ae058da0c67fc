import { ValidationError } from "../errors/domain-error";
import { articleSchema } from "./article-extensions";
import type { DocNode } from "../text/plain-text";

const MAX_NODES = 50_000;
const MAX_DEPTH = 12;

/**
 * Checks an article document sent by the correction editor against the editor's own schema
 * (lib/articles/article-extensions.ts), after keeping of each node only its type, its text, its
 * children and a heading's level (1–3): marks and other attributes are dropped, anything the
 * schema does not allow is refused with a message.
 */
export function normalizeDoc(input: unknown): DocNode {
  let count = 0;
  const strip = (node: unknown, depth: number): DocNode => {
    if (++count > MAX_NODES || depth > MAX_DEPTH) throw new ValidationError("The article is too long or too deeply nested.");
    if (typeof node !== "object" || node === null) throw new ValidationError("The article's content is not a valid document.");
    const { type, text, content, attrs } = node as { type?: unknown; text?: unknown; content?: unknown; attrs?: { level?: unknown } };
    if (typeof type !== "string" || !(type in articleSchema.nodes)) {
      throw new ValidationError(`The article's content has an element Factmark does not keep (${String(type)}).`);
    }
    if (type === "text") {
      if (typeof text !== "string" || !text) throw new ValidationError("A text node must hold text.");
      return { type, text };
    }
    const level = Number(attrs?.level);
    const children = Array.isArray(content) ? content.map((child) => strip(child, depth + 1)) : [];
    return {
      type,
      ...(type === "heading" ? { attrs: { level: level >= 1 && level <= 3 ? level : 2 } } : {}),
      ...(children.length ? { content: children } : {}),
    };
  };
  const doc = strip(input, 0);
  if (doc.type !== "doc") throw new ValidationError("The article's content is not a valid document.");
  if (!doc.content?.length) throw new ValidationError("The article cannot be empty.");
  try {
    articleSchema.nodeFromJSON(doc).check();
  } catch (error) {
    throw new ValidationError(`The article's content is not arranged as an article can be: ${(error as Error).message}`);
  }
  return doc;
}
