import { describe, expect, it } from "vitest";
import { normalizeDoc } from "./doc-schema";

const p = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });

describe("normalizeDoc: a correction checked against the editor's own schema", () => {
  it("keeps paragraphs, headings, lists and quotes, dropping marks and attributes", () => {
    const doc = normalizeDoc({
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 5, id: "x" }, content: [{ type: "text", text: "Title", marks: [{ type: "bold" }] }] },
        { type: "bulletList", content: [{ type: "listItem", content: [p("one")] }] },
        { type: "blockquote", content: [p("quoted")] },
      ],
    });
    expect(doc).toEqual({
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Title" }] },
        { type: "bulletList", content: [{ type: "listItem", content: [p("one")] }] },
        { type: "blockquote", content: [p("quoted")] },
      ],
    });
  });

  it("refuses what the editor could not hold: unknown nodes, and known ones in the wrong place", () => {
    expect(() => normalizeDoc({ type: "doc", content: [{ type: "image", attrs: { src: "x" } }] })).toThrow(/does not keep \(image\)/);
    expect(() => normalizeDoc({ type: "doc", content: [{ type: "bulletList", content: [p("not in an item")] }] })).toThrow(/not arranged as an article can be/);
    expect(() => normalizeDoc({ type: "paragraph" })).toThrow(/not a valid document/);
  });
});
