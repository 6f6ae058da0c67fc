import { describe, expect, it } from "vitest";
import { docFromParagraphs, paragraphsFromPlainText, titleFromLead } from "./plain-text";

describe("paragraphsFromPlainText", () => {
  it("makes a paragraph of each non-blank line and keeps the characters exactly", () => {
    const raw = "Title\r\n\r\n\u00a0\u201cQuoted\u201d \u2013 text\u2026\n   \nLast line ";
    expect(paragraphsFromPlainText(raw)).toEqual(["Title", "\u00a0\u201cQuoted\u201d \u2013 text\u2026", "Last line "]);
  });

  it("builds a ProseMirror doc with one paragraph per line", () => {
    expect(docFromParagraphs(["a", "b"])).toEqual({
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "a" }] },
        { type: "paragraph", content: [{ type: "text", text: "b" }] },
      ],
    });
  });
});

describe("titleFromLead", () => {
  it("takes the first sentence and does not stop at abbreviations", () => {
    expect(titleFromLead("The U.S. ambassador met Mr. Fabius on Monday. He left.")).toBe("The U.S. ambassador met Mr. Fabius on Monday.");
  });

  it("shortens a long sentence at a word boundary", () => {
    const title = titleFromLead(`${"word ".repeat(40)}end.`, 50);
    expect(title.length).toBeLessThanOrEqual(51);
    expect(title.endsWith("word…")).toBe(true);
  });
});
