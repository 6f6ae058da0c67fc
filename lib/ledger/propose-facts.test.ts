import { describe, expect, it } from "vitest";
import { proposeFacts, type FigureEntry } from "./propose-facts";

let n = 0;
const e = (articleId: string, value: number | null, unit: string | null, valueMax: number | null = null): FigureEntry => ({ id: `f${++n}`, articleId, value, valueMax, unit });
const grouped = (entries: FigureEntry[]) => proposeFacts(entries).map((f) => f.entryIds.map((id) => entries.findIndex((x) => x.id === id)));

describe("proposeFacts", () => {
  it("groups one fact told by several outlets, with rounding, kindred nouns and vague versions", () => {
    const entries = [
      e("a", 70_300_000, "recordings"),
      e("b", 70_300_000, "pieces of French telephone data"),
      e("c", 70_000_000, "phone calls"),
      e("d", null, "phone calls"),
      e("a", 3_000_000, "French telephone data per day"),
      e("c", 3_000_000, "data intercepts per day"),
      e("b", 1, "months"),
      e("c", 30, "days"),
    ];
    expect(grouped(entries)).toEqual([[0, 1, 2, 3], [4, 5], [6, 7]]);
  });

  it("keeps apart what is measured differently: a rate and a total, money and a count, people and calls", () => {
    const entries = [e("a", 3_000_000, "calls per day"), e("b", 3_000_000, "calls"), e("a", 5, "USD"), e("b", 5, "people"), e("c", 2_000, "people"), e("d", 2_000, "calls")];
    expect(grouped(entries)).toEqual([]);
  });

  it("takes a range that holds another outlet's number as the same fact", () => {
    expect(grouped([e("a", 3_000_000, "calls per day", 7_000_000), e("b", 7_000_000, "calls per day")])).toEqual([[0, 1]]);
  });

  it("does not chain numbers that step up a little at a time into one fact", () => {
    const steps = [1, 1.2, 1.44, 1.73, 2.07, 2.49].map((m, i) => e(`a${i}`, m * 1_000_000, "people"));
    for (const fact of grouped(steps)) {
      const values = fact.map((i) => steps[i].value!);
      expect(Math.max(...values) / Math.min(...values)).toBeLessThanOrEqual(1.25);
    }
  });

  it("leaves a figure that nothing else reports out of every fact", () => {
    expect(grouped([e("a", 7_000_000, null), e("b", 70_300_000, "recordings")])).toEqual([]);
  });

  it("never puts two different numbers of one article in one fact (a figure per region is many facts)", () => {
    const entries = [e("a", 1_000_000, "calls"), e("a", 1_100_000, "calls"), e("b", 1_000_000, "calls"), e("b", 1_100_000, "calls")];
    expect(grouped(entries)).toEqual([[0, 2], [1, 3]]);
  });
});
