import { describe, expect, it } from "vitest";
import { reanchor, type StoredAnchor } from "./reanchor";
import { quoteContext } from "./selectors";

function anchorOn(text: string, quote: string, id = "a", nth = 0): StoredAnchor {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(quote, start + 1);
  return { id, start, end: start + quote.length, exact: quote, ...quoteContext(text, start, start + quote.length) };
}

const TEXT = [
  "The NSA recorded 70.3 million pieces of French telephone data.",
  "The White House said some reports had distorted its activities.",
  "Kerry said lots of countries engage in intelligence activities.",
].join("\n\n");

describe("reanchor", () => {
  it("follows a span when words are inserted or deleted before it", () => {
    const anchor = anchorOn(TEXT, "70.3 million");
    const edited = TEXT.replace("The NSA recorded", "Le Monde said the NSA had recorded");
    const [result] = reanchor(TEXT, edited, [anchor]);
    expect(result).toMatchObject({ status: "placed", method: "position", anchor: { exact: "70.3 million" } });
    if (result.status === "placed") expect(edited.slice(result.anchor.start, result.anchor.end)).toBe("70.3 million");
  });

  it("finds a span in a moved paragraph", () => {
    const anchor = anchorOn(TEXT, "lots of countries");
    const [a, b, c] = TEXT.split("\n\n");
    const moved = [c, a, b].join("\n\n");
    const [result] = reanchor(TEXT, moved, [anchor]);
    expect(result).toMatchObject({ status: "placed", anchor: { start: moved.indexOf("lots of countries"), exact: "lots of countries" } });
  });

  it("keeps a span whose words were lightly corrected, on the corrected words", () => {
    const anchor = anchorOn(TEXT, "some reports had distorted its activities");
    const edited = TEXT.replace("some reports had distorted", "some reports have distorted");
    const [result] = reanchor(TEXT, edited, [anchor]);
    expect(result).toMatchObject({ status: "placed", method: "fuzzy", anchor: { exact: "some reports have distorted its activities" } });
  });

  it("orphans a span whose sentence was deleted, rather than guess", () => {
    const anchor = anchorOn(TEXT, "distorted its activities");
    const edited = TEXT.replace("The White House said some reports had distorted its activities.", "The White House declined to comment.");
    expect(reanchor(TEXT, edited, [anchor])).toEqual([{ id: "a", status: "orphaned" }]);
  });

  it("never moves a span onto an identical repeated passage", () => {
    const repeated = `${TEXT}\n\nThe NSA recorded 70.3 million pieces of French telephone data.`;
    const anchor = anchorOn(repeated, "70.3 million", "a", 0);
    const edited = repeated.replace("recorded 70.3 million", "recorded seventy million");
    const [result] = reanchor(repeated, edited, [anchor]);
    expect(result.status === "orphaned" || (result.status === "placed" && result.anchor.start < 40)).toBe(true);
  });

  it("places emoji and no-break spaces correctly", () => {
    const text = "Before\u00a0😀 the “quote” here.\n\nNext paragraph.";
    const anchor = anchorOn(text, "“quote”");
    const edited = `Intro 👍🏽.\n\n${text}`;
    const [result] = reanchor(text, edited, [anchor]);
    expect(result).toMatchObject({ status: "placed", anchor: { start: edited.indexOf("“quote”"), exact: "“quote”" } });
  });
});
