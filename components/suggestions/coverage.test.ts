import { describe, expect, it } from "vitest";
import { coverageOf } from "./coverage";

const a = (kind: "CLAIM" | "FIGURE", start: number, end: number, orphaned = false) => ({ kind, start, end, orphaned });

describe("coverageOf", () => {
  it("answers whether an annotation of the same kind overlaps, as a pairwise check would", () => {
    const annotations = [a("FIGURE", 10, 20), a("FIGURE", 0, 100), a("CLAIM", 200, 210), a("FIGURE", 300, 310, true)];
    const covered = coverageOf(annotations);
    const spans = [
      { kind: "FIGURE" as const, start: 50, end: 60 },
      { kind: "FIGURE" as const, start: 100, end: 120 },
      { kind: "CLAIM" as const, start: 205, end: 230 },
      { kind: "CLAIM" as const, start: 10, end: 20 },
      { kind: "FIGURE" as const, start: 300, end: 305 },
      { kind: "FIGURE" as const, start: 99, end: 101 },
    ];
    const pairwise = (s: (typeof spans)[number]) => annotations.some((x) => !x.orphaned && x.kind === s.kind && x.start < s.end && x.end > s.start);
    expect(spans.map(covered)).toEqual(spans.map(pairwise));
    expect(spans.map(covered)).toEqual([true, false, true, false, false, true]);
  });
});
