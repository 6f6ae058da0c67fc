import { describe, expect, it } from "vitest";
import type { AnnotationSummary } from "./annotation-summary";
import { decodeSummaries, encodeSummaries } from "./summary-codec";

describe("summary codec", () => {
  const text = "Some 70.3 million records, “distorted” 😀 by reports.";
  const at = (quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length, exact: quote });
  const ana = { id: "u1", name: "Ana" };
  const eddie = { id: "u2", name: "Eddie" };
  const base = { orphaned: false, status: "DRAFT" as const, sourceCount: 0, version: 1 };
  const summaries: AnnotationSummary[] = [
    { ...base, id: "a", kind: "FIGURE", ...at("70.3 million"), author: ana },
    // An orphan's quote is no longer in the text, so it travels with it.
    { ...base, id: "b", kind: "CLAIM", start: 5, end: 9, exact: "a sentence since removed", author: eddie, orphaned: true, status: "SUBMITTED", sourceCount: 2, version: 7 },
    { ...base, id: "c", kind: "DENIAL", ...at("“distorted” 😀"), author: ana, status: "CHANGES_REQUESTED" },
  ];

  it("round-trips summaries, stores each author once and leaves out quotes the text already holds", () => {
    const encoded = encodeSummaries(summaries, text);
    expect(encoded.authors).toEqual([ana, eddie]);
    expect(encoded.rows.map((row) => row[4])).toEqual(["", "a sentence since removed", ""]);
    expect(decodeSummaries(JSON.parse(JSON.stringify(encoded)), text)).toEqual(summaries);
  });

  it("keeps a quote that differs from the text at its offsets", () => {
    const stale = { ...summaries[0], exact: "70.3 millions" };
    const encoded = encodeSummaries([stale], text);
    expect(encoded.rows[0][4]).toBe("70.3 millions");
    expect(decodeSummaries(encoded, text)).toEqual([stale]);
  });
});
