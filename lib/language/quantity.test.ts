import { describe, expect, it } from "vitest";
import { readQuantity } from "./quantity";
import { findFigures } from "./figures";
import { tokenize } from "./tokens";

/** Reads the quantity at the start of `text`, as the figure rules do. */
function read(text: string) {
  const tokens = tokenize(text);
  const q = readQuantity(tokens, 0);
  return q && { value: q.value, valueMax: q.valueMax, unit: q.unit, words: text.slice(tokens[q.from].start, tokens[q.to - 1].end) };
}

// [written form, value, valueMax, unit]
const FORMS: [string, number | null, number | null, string | null][] = [
  ["7", 7, null, null],
  ["70", 70, null, null],
  ["1,000", 1000, null, null],
  ["70,300,000", 70300000, null, null],
  ["1,234,567.89", 1234567.89, null, null],
  ["70.3", 70.3, null, null],
  ["0.5", 0.5, null, null],
  ["3,5", 3.5, null, null],
  ["70.300.000", 70300000, null, null],
  ["70.3 million", 70300000, null, null],
  ["70 million", 70000000, null, null],
  ["3million", 3000000, null, null],
  ["1.5 billion", 1500000000, null, null],
  ["2 trillion", 2e12, null, null],
  ["400 thousand", 400000, null, null],
  ["3m", 3000000, null, null],
  ["3mn", 3000000, null, null],
  ["1.5bn", 1500000000, null, null],
  ["20k", 20000, null, null],
  ["2tn", 2e12, null, null],
  ["seven", 7, null, null],
  ["seventy", 70, null, null],
  ["twenty-five", 25, null, null],
  ["seventy million", 70000000, null, null],
  ["three million", 3000000, null, null],
  ["one hundred", 100, null, null],
  ["one hundred and twenty", 120, null, null],
  ["two hundred thousand", 200000, null, null],
  ["a million", 1000000, null, null],
  ["a hundred", 100, null, null],
  ["half a million", 500000, null, null],
  ["a dozen", 12, null, null],
  ["dozen", 12, null, null],
  ["ninety-nine", 99, null, null],
  ["eleven", 11, null, null],
  ["$5", 5, null, "USD"],
  ["$1.5 billion", 1500000000, null, "USD"],
  ["$1.5bn", 1500000000, null, "USD"],
  ["US$20m", 20000000, null, "USD"],
  ["€20 million", 20000000, null, "EUR"],
  ["£3bn", 3000000000, null, "GBP"],
  ["¥100", 100, null, "JPY"],
  ["5 dollars", 5, null, "USD"],
  ["20 million euros", 20000000, null, "EUR"],
  ["12%", 12, null, "%"],
  ["12.5%", 12.5, null, "%"],
  ["12 percent", 12, null, "%"],
  ["12 per cent", 12, null, "%"],
  ["three percent", 3, null, "%"],
  ["2 percentage points", 2, null, "percentage points"],
  ["3-7 million", 3000000, 7000000, null],
  ["3 to 7 million", 3000000, 7000000, null],
  ["3million-7million", 3000000, 7000000, null],
  ["3–7", 3, 7, null],
  ["two or three", 2, 3, null],
  ["10 to 20 percent", 10, 20, "%"],
  ["10%-20%", 10, 20, "%"],
  ["$3-$5", 3, 5, "USD"],
  ["five to ten", 5, 10, null],
  ["millions", null, null, null],
  ["tens of millions", null, null, null],
  ["hundreds of thousands", null, null, null],
  ["thousands", null, null, null],
  ["dozens", null, null, null],
];

describe("readQuantity", () => {
  it.each(FORMS)("reads %s", (text, value, valueMax, unit) => {
    expect(read(text)).toEqual({ value, valueMax, unit, words: text });
  });

  it("reads a range that starts with 'between'", () => {
    const tokens = tokenize("between 3 and 7 million");
    const q = readQuantity(tokens, 1);
    expect(q).toMatchObject({ value: 3000000, valueMax: 7000000 });
  });

  it("has at least 60 written forms", () => {
    expect(FORMS.length).toBeGreaterThanOrEqual(60);
  });

  it("reads no number where there is none", () => {
    expect(read("million")).toBeNull();
    expect(read("tens")).toBeNull();
    expect(read("the")).toBeNull();
  });
});

describe("findFigures", () => {
  const figures = (text: string) => findFigures(tokenize(text)).map((f) => ({ words: text.slice(f.start, f.end), value: f.value, valueMax: f.valueMax, unit: f.unit }));

  it("takes the counted noun, the modifier and the rate with the number", () => {
    expect(figures("The NSA recorded 70.3 million pieces of French telephone data.")).toEqual([
      { words: "70.3 million pieces of French telephone data", value: 70300000, valueMax: null, unit: "pieces of French telephone data" },
    ]);
    expect(figures("It intercepted more than 70 million phone calls in France.")[0]).toMatchObject({ words: "more than 70 million phone calls", value: 70000000 });
    expect(figures("an average of 3 million data intercepts a day")[0]).toMatchObject({ unit: "data intercepts per day", value: 3000000 });
    expect(figures("sometimes up to seven million, from")[0]).toMatchObject({ words: "up to seven million", value: 7000000 });
  });

  it("reads durations and vague quantities", () => {
    expect(figures("over a 30-day period")[0]).toMatchObject({ words: "30-day period", value: 30, unit: "days" });
    expect(figures("over a one-month period")[0]).toMatchObject({ words: "one-month period", value: 1, unit: "months" });
    expect(figures("it gathered tens of millions of French phone records")[0]).toMatchObject({ words: "tens of millions of French phone records", value: null });
  });

  it("leaves out dates, years, times, names with numbers and small counts in words", () => {
    for (const text of [
      "between Dec 10, 2012 and Jan 8, 2013",
      "from December 10th, 2012, until January 8th",
      "Calderon in 2010, saying",
      "IE 11 is not supported.",
      "the G-20 summit",
      "an every day, 24-7-365 task",
      "at 9 a.m. on Monday",
      "at 10:30 on Monday",
      "France, one of our closest allies",
      "The two Presidents agreed",
      "on 10 December",
    ]) {
      expect(figures(text), text).toEqual([]);
    }
    expect(figures("Three people were killed.")[0]).toMatchObject({ value: 3, unit: "people" });
  });

  // Written for these tests in the style of sports and court copy.
  it("reads race times and durations in parts, in seconds, but not clock times", () => {
    expect(figures("She won in 2:19:36, a record.")[0]).toMatchObject({ words: "2:19:36", value: 8376, unit: "seconds" });
    expect(figures("He reached halfway in 64:05.")[0]).toMatchObject({ words: "64:05", value: 64 * 3600 + 5 * 60 });
    expect(figures("No one had run a marathon in under 2:01.")[0]).toMatchObject({ words: "2:01", value: 7260 });
    expect(figures("finishing in 2 hours 17 minutes 1 second")[0]).toMatchObject({ words: "2 hours 17 minutes 1 second", value: 8221, unit: "seconds" });
    expect(figures("The match lasted two hours and 56 minutes.")[0]).toMatchObject({ words: "two hours and 56 minutes", value: 10560 });
    expect(figures("The markets closed at 4:30 p.m. on Friday.")).toEqual([]);
  });

  it("counts small numbers in words when they report a count, not when they point back", () => {
    expect(figures("The ministry reported seven new infections.")[0]).toMatchObject({ words: "seven new infections", value: 7 });
    expect(figures("He was convicted on all four counts of fraud.")[0]).toMatchObject({ words: "four counts of fraud", value: 4 });
    expect(figures("The three runners pulled away.")).toEqual([]);
    expect(figures("a single case was reported in one town")).toEqual([]);
  });

  it("reads a part of a whole, a number whose noun is understood, and a change from a range", () => {
    expect(figures("The jury convicted her on 18 of the 22 counts she faced.")[0]).toMatchObject({ words: "18 of the 22 counts", value: 18 });
    expect(figures("Payrolls were cut by 7,000 to 72,000.")).toMatchObject([{ words: "7,000", value: 7000, valueMax: null }, { words: "72,000", value: 72000 }]);
    expect(figures("between 3,000 and 4,000 people")[0]).toMatchObject({ value: 3000, valueMax: 4000 });
  });

  it("leaves out ages, heights, ranks, case numbers and relative dates", () => {
    for (const text of ["a 62-year-old man", "a three-time Olympic champion", "a 6-foot-5 guard", "No. 12-cr-00204", "he began running four years ago", "13 months later"]) {
      expect(figures(text), text).toEqual([]);
    }
  });
});
