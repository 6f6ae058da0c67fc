import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { getSchema } from "@tiptap/core";
import { Node as PmNode } from "@tiptap/pm/model";
import StarterKit from "@tiptap/starter-kit";
import { describe, expect, it } from "vitest";
import { docFromParagraphs, paragraphsFromPlainText } from "../text/plain-text";
import { buildTextIndex, offsetToPos, posToOffset, type JsonNode } from "./text-index";

const schema = getSchema([StarterKit]);
const corpusDir = path.join(process.cwd(), "prisma", "seed-data", "corpus");
const corpus = readdirSync(corpusDir)
  .filter((file) => file.endsWith(".txt"))
  .map((file) => ({ file, paragraphs: paragraphsFromPlainText(readFileSync(path.join(corpusDir, file), "utf8")) }));

/** Every offset where a word starts or ends (a change between space and non-space). */
function wordBoundaries(text: string): number[] {
  const boundaries: number[] = [];
  for (let i = 0; i <= text.length; i++) {
    const before = i > 0 && /\S/.test(text[i - 1]);
    const after = i < text.length && /\S/.test(text[i]);
    if (before !== after) boundaries.push(i);
  }
  return boundaries;
}

function check(docJson: JsonNode) {
  const doc = PmNode.fromJSON(schema, docJson);
  const index = buildTextIndex(docJson);
  // The canonical text is what ProseMirror itself reads with a blank line between blocks.
  expect(index.text).toBe(doc.textBetween(0, doc.content.size, "\n\n"));
  return { doc, index };
}

describe("offset ↔ editor position", () => {
  it.each(corpus.map((c) => [c.file, c.paragraphs] as const))("round-trips every word boundary of %s", (_file, paragraphs) => {
    const { doc, index } = check(docFromParagraphs(paragraphs) as JsonNode);
    const boundaries = wordBoundaries(index.text);
    expect(boundaries.length).toBeGreaterThan(300);
    for (const offset of boundaries) {
      const pos = offsetToPos(index, offset, "start");
      expect(posToOffset(index, pos, "start")).toBe(offset);
      expect(posToOffset(index, offsetToPos(index, offset, "end"), "end")).toBe(offset);
    }
    // Each word between consecutive boundaries reads the same in the document and in the text.
    for (let i = 0; i + 1 < boundaries.length; i += 2) {
      const [start, end] = [boundaries[i], boundaries[i + 1]];
      const from = offsetToPos(index, start, "start");
      const to = offsetToPos(index, end, "end");
      expect(doc.textBetween(from, to, "\n\n")).toBe(index.text.slice(start, end));
    }
  });

  it("maps a selection across paragraphs, including the blank line between them", () => {
    const paragraphs = corpus.find((c) => c.file.startsWith("003"))!.paragraphs;
    const { doc, index } = check(docFromParagraphs(paragraphs) as JsonNode);
    const start = index.text.indexOf("70.3 million");
    const end = index.text.indexOf("shocking") + "shocking".length;
    const quote = index.text.slice(start, end);
    expect(quote).toContain("\n\n");
    expect(doc.textBetween(offsetToPos(index, start), offsetToPos(index, end, "end"), "\n\n")).toBe(quote);
  });

  it("counts emoji, no-break spaces and curly quotes as JavaScript does", () => {
    const paragraphs = ["Before 🇫🇷 flag\u00a0and “quotes” – 😀x", "👍🏽 second ‘para’ …"];
    const { doc, index } = check(docFromParagraphs(paragraphs) as JsonNode);
    const cases = ["🇫🇷", "flag\u00a0and", "“quotes”", "😀x", "👍🏽 second", "😀x\n\n👍🏽", "…"];
    for (const needle of cases) {
      const start = index.text.indexOf(needle);
      const end = start + needle.length;
      const from = offsetToPos(index, start);
      const to = offsetToPos(index, end, "end");
      expect(doc.textBetween(from, to, "\n\n")).toBe(needle);
      expect([posToOffset(index, from), posToOffset(index, to, "end")]).toEqual([start, end]);
    }
  });

  it("maps nested blocks (lists, quotes, headings) like ProseMirror", () => {
    const docJson: JsonNode = {
      type: "doc",
      content: [
        { type: "heading", content: [{ type: "text", text: "Heading" }] },
        { type: "blockquote", content: [{ type: "paragraph", content: [{ type: "text", text: "Quoted words" }] }] },
        {
          type: "bulletList",
          content: [
            { type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "one 🙂" }] }] },
            { type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "two" }] }] },
          ],
        },
        { type: "paragraph", content: [{ type: "text", text: "End" }] },
      ],
    };
    const withLevel = JSON.parse(JSON.stringify(docJson).replace('"heading"', '"heading","attrs":{"level":2}'));
    const { doc, index } = check(withLevel);
    for (const offset of wordBoundaries(index.text)) {
      expect(posToOffset(index, offsetToPos(index, offset))).toBe(offset);
    }
    const start = index.text.indexOf("words");
    const end = index.text.indexOf("two") + 3;
    expect(doc.textBetween(offsetToPos(index, start), offsetToPos(index, end, "end"), "\n\n")).toBe(index.text.slice(start, end));
  });

  it("snaps positions between blocks to the adjoining block", () => {
    const { index } = check(docFromParagraphs(["ab", "cd"]) as JsonNode);
    // "ab" occupies positions 1..3; the gap between paragraphs is positions 3..5.
    expect(posToOffset(index, 4, "start")).toBe(4);
    expect(posToOffset(index, 4, "end")).toBe(2);
    expect(offsetToPos(index, 3, "start")).toBe(5);
    expect(offsetToPos(index, 3, "end")).toBe(3);
  });
});
