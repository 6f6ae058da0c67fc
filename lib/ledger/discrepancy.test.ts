import { describe, expect, it } from "vitest";
import { compareFigures, factDiscrepancy, precisionOf, type StatedFigure } from "./discrepancy";

const f = (value: number | null, unit: string | null = "phone calls", valueMax: number | null = null): StatedFigure => ({ value, valueMax, unit });

describe("precisionOf", () => {
  it.each([
    [70_300_000, 100_000],
    [70_000_000, 10_000_000],
    [3_000_000, 1_000_000],
    [3.5, 0.1],
    [30, 10],
    [12.25, 0.01],
  ])("%d is stated to %d", (value, precision) => expect(precisionOf(value)).toBe(precision));
});

describe("compareFigures", () => {
  const table: [string, StatedFigure, StatedFigure, string][] = [
    ["the same number", f(70_300_000), f(70_300_000), "same"],
    ["70.3 million against 70 million", f(70_300_000), f(70_000_000), "rounding"],
    ["70 million against 70.3 million (either order)", f(70_000_000), f(70_300_000), "rounding"],
    ["3.5 million does not round to 3 million", f(3_500_000), f(3_000_000), "conflict"],
    ["70.3 million against 75 million", f(70_300_000), f(75_000_000), "conflict"],
    ["7 against 7.4: rounding", f(7), f(7.4), "rounding"],
    ["a month against 30 days", f(1, "months"), f(30, "days"), "same"],
    ["two weeks against 15 days", f(2, "weeks"), f(15, "days"), "conflict"],
    ["calls against records", f(70_000_000, "phone calls"), f(70_300_000, "recordings"), "unit"],
    ["a daily rate against a total", f(3_000_000, "calls per day"), f(70_000_000, "calls"), "unit"],
    ["per cent against a count", f(12, "%"), f(12, "people"), "unit"],
    ["dollars against euros", f(5, "USD"), f(5, "EUR"), "unit"],
    ["the same range", f(3_000_000, "calls", 7_000_000), f(3_000_000, "calls", 7_000_000), "same"],
    ["a range that holds the other value only partly agrees", f(3_000_000, "calls per day", 7_000_000), f(7_000_000, "calls per day"), "conflict"],
    ["disjoint ranges", f(1, "calls", 2), f(5, "calls", 9), "conflict"],
    ["a vague figure against a number", f(null, "phone calls"), f(70_000_000, "phone calls"), "rounding"],
    ["two vague figures", f(null, "phone calls"), f(null, "calls"), "same"],
    ["the head noun decides: phone records are records, not calls", f(null, "French phone records"), f(70_300_000, "recordings"), "rounding"],
    ["pieces of data against recordings: one family", f(70_300_000, "pieces of French telephone data"), f(70_300_000, "recordings"), "same"],
  ];
  it.each(table)("%s", (_, a, b, expected) => expect(compareFigures(a, b).class).toBe(expected));

  it("says how a range only partly agrees", () => {
    expect(compareFigures(f(3_000_000, "calls per day", 7_000_000), f(7_000_000, "calls per day")).note).toBe("3,000,000–7,000,000 only partly agrees with 7,000,000");
  });
});

describe("factDiscrepancy", () => {
  it("is the worst pair of the fact, or none", () => {
    expect(factDiscrepancy([f(70_300_000), f(70_300_000)])).toBe("none");
    expect(factDiscrepancy([f(70_300_000), f(70_000_000), f(70_300_000)])).toBe("rounding");
    expect(factDiscrepancy([f(70_300_000), f(70_000_000), f(90_000_000)])).toBe("conflict");
    expect(factDiscrepancy([f(70_300_000), f(3_000_000, "calls per day")])).toBe("unit");
    expect(factDiscrepancy([f(1)])).toBe("none");
  });
});
