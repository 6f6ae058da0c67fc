import { describe, expect, it, vi } from "vitest";
import { approximateMatches, boundedDistance } from "./match-quote";
import { reanchor, REANCHOR_LIMITS, type StoredAnchor } from "./reanchor";
import { quoteContext } from "./selectors";

// The costly comparisons, watched (they still do their work): which quotes each was asked about.
vi.mock("./match-quote", { spy: true });

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

describe("re-anchoring cost (security review, item 8)", () => {
  // 3,000 overlapping 5,000-character annotations, each with a word corrected inside it.
  const words = Array.from({ length: 3_000 }, (_, i) => `word${i}`).join(" ");
  const corrected = words.replace(/word(\d*)5 /g, "WORD$15 ");
  const anchors: StoredAnchor[] = Array.from({ length: 3_000 }, (_, i) => {
    const start = i * 5;
    return { id: String(i), start, end: start + 5_000, exact: words.slice(start, start + 5_000), ...quoteContext(words, start, start + 5_000) };
  });

  it("never compares long quotes character by character: they are kept only when unchanged, otherwise orphaned", () => {
    vi.mocked(boundedDistance).mockClear();
    vi.mocked(approximateMatches).mockClear();
    // A clock that never moves: the time budget cannot be what orphans them.
    const results = reanchor(words, corrected, anchors, { clock: () => 0 });
    expect(results.every((r) => r.status === "orphaned")).toBe(true);
    // Unbounded, each annotation cost an edit distance of 5,000 x 5,000: minutes in all.
    const compared = [...vi.mocked(boundedDistance).mock.calls.map(([quote]) => quote), ...vi.mocked(approximateMatches).mock.calls.map(([, quote]) => quote)];
    expect(compared.filter((quote) => quote.length > REANCHOR_LIMITS.maxFuzzyQuote)).toEqual([]);
  });

  it("stops the costly steps when the time budget is spent, and orphans what is left", () => {
    // 50 sentences; in each, one word inside the annotated span is corrected, its neighbours are not.
    const sentences = Array.from({ length: 50 }, (_, i) => `Paragraph ${i} opens here. The agency recorded seventy million calls in month ${i}. It closes here.`);
    const text = sentences.join("\n\n");
    const edited = text.replace(/seventy million/g, "seventy-one million");
    const spans = sentences.map((sentence, i) => {
      const start = text.indexOf(`The agency recorded seventy million calls in month ${i}.`);
      const end = start + `The agency recorded seventy million calls in month ${i}.`.length;
      return { id: String(i), start, end, exact: text.slice(start, end), ...quoteContext(text, start, end) };
    });
    expect(reanchor(text, edited, spans).every((r) => r.status === "placed")).toBe(true);
    let now = 0;
    const results = reanchor(text, edited, spans, { budgetMs: 10, clock: () => now++ });
    const placed = results.filter((r) => r.status === "placed").length;
    expect(placed).toBeGreaterThan(0);
    expect(placed).toBeLessThanOrEqual(10);
    expect(results.slice(10).every((r) => r.status === "orphaned")).toBe(true);
  });

  it("the band computes the same distance as the full table", () => {
    expect(boundedDistance("70.3 million records", "70.4 millon records", 3)).toBe(2);
    expect(boundedDistance("kitten", "sitting", 3)).toBe(3);
    expect(boundedDistance("kitten", "sitting", 2)).toBe(3);
    expect(boundedDistance("x".repeat(5_000), `${"x".repeat(2_500)}y${"x".repeat(2_499)}`, 40)).toBe(1);
  });
});
