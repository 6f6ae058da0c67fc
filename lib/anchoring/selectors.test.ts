import { describe, expect, it } from "vitest";
import { checkAnchor, quoteContext, toSelectors } from "./selectors";

const text = "Obama spoke.\n\nThe NSA recorded 70.3 million pieces 😀 of data.";

describe("checkAnchor", () => {
  it("accepts the text at the offsets and recomputes prefix and suffix", () => {
    const start = text.indexOf("70.3 million");
    const result = checkAnchor(text, { start, end: start + 12, exact: "70.3 million" });
    expect(result).toEqual({
      ok: true,
      anchor: { start, end: start + 12, exact: "70.3 million", prefix: text.slice(0, start).slice(-32), suffix: " pieces 😀 of data." },
    });
  });

  it.each([
    [{ start: 3, end: 3, exact: "" }, /empty/],
    [{ start: 8, end: 4, exact: "" }, /empty or its end comes before/],
    [{ start: -1, end: 4, exact: "Obam" }, /outside the article/],
    [{ start: 0, end: 999, exact: "x" }, /outside the article/],
    [{ start: 12, end: 14, exact: "\n\n" }, /not only spaces/],
    [{ start: 0, end: 5, exact: "Obama!" }, /does not match/],
    [{ start: 0.5, end: 5, exact: "Obama" }, /whole numbers/],
  ])("refuses %o", (range, message) => {
    const result = checkAnchor(text, range);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it("refuses a range that splits an emoji", () => {
    const start = text.indexOf("😀");
    expect(checkAnchor(text, { start, end: start + 1, exact: text.slice(start, start + 1) }).ok).toBe(false);
    expect(checkAnchor(text, { start, end: start + 2, exact: "😀" }).ok).toBe(true);
  });
});

describe("quoteContext", () => {
  it("never keeps half of a surrogate pair in the context", () => {
    const s = "😀".repeat(40);
    const { prefix, suffix } = quoteContext(s, 40, 42, 31);
    expect(prefix.length % 2).toBe(0);
    expect(suffix.length % 2).toBe(0);
  });
});

describe("toSelectors", () => {
  it("gives the two W3C selectors", () => {
    expect(toSelectors({ start: 1, end: 3, exact: "ab", prefix: "x", suffix: "y" })).toEqual([
      { type: "TextPositionSelector", start: 1, end: 3 },
      { type: "TextQuoteSelector", exact: "ab", prefix: "x", suffix: "y" },
    ]);
  });
});
