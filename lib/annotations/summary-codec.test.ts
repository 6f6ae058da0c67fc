import { describe, expect, it } from "vitest";
import type { AnnotationSummary } from "./annotation-summary";
import { decodeSummaries, encodeSummaries } from "./summary-codec";

describe("summary codec", () => {
  it("round-trips summaries and stores each author once", () => {
    const ana = { id: "u1", name: "Ana" };
    const eddie = { id: "u2", name: "Eddie" };
    const base = { exact: "70.3 million", orphaned: false, status: "DRAFT", sourceCount: 0, createdAt: "2026-01-01T00:00:00.000Z" };
    const summaries: AnnotationSummary[] = [
      { ...base, id: "a", kind: "FIGURE", start: 1, end: 13, author: ana },
      { ...base, id: "b", kind: "CLAIM", start: 5, end: 9, author: eddie, orphaned: true, sourceCount: 2 },
      { ...base, id: "c", kind: "DENIAL", start: 20, end: 29, author: ana, exact: "“distorted” 😀" },
    ];
    const encoded = encodeSummaries(summaries);
    expect(encoded.authors).toEqual([ana, eddie]);
    expect(decodeSummaries(JSON.parse(JSON.stringify(encoded)))).toEqual(summaries);
  });
});
