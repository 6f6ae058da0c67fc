import { describe, expect, it } from "vitest";
import { anchorsOf, namesIn } from "./anchors";
import { tokenize } from "./tokens";

// Sentences written for these tests in the style of wire copy.
const read = (sentence: string, context = "") => {
  const names = namesIn(tokenize(`${context} ${sentence}`));
  return anchorsOf(tokenize(sentence), names);
};

describe("anchors: what makes a statement checkable", () => {
  it("counts numbers, dates and names", () => {
    expect(read("The ministry reported 1,200 new cases on Tuesday in Lagos.")).toEqual({ numbers: 1, dates: 1, names: 1 });
    expect(read("Parliament approved the budget in March 2021 by three votes.")).toEqual({ numbers: 1, dates: 2, names: 0 });
  });

  it("finds nothing in a vague statement", () => {
    expect(read("The results come too late for most of the victims.")).toEqual({ numbers: 0, dates: 0, names: 0 });
    expect(read("I think this is a great step forward.")).toEqual({ numbers: 0, dates: 0, names: 0 });
  });

  it("takes a sentence's capitalised first word for a name only when the text says it is one", () => {
    expect(read("Officials closed the road.").names).toBe(0);
    expect(read("Okafor closed the road.").names).toBe(0);
    expect(read("Okafor closed the road.", "The mayor, Ada Okafor, spoke first.").names).toBe(1);
    expect(read("UNICEF closed the school.").names).toBe(1);
    expect(read("Dennis Kimetto won.").names).toBe(2);
    expect(read("Kenya's runners won.").names).toBe(1);
  });

  it("reads the month May as a date and the word may as nothing", () => {
    expect(read("The jury convicted him in May on six counts.").dates).toBe(1);
    expect(read("the virus may spread.").dates).toBe(0);
  });

  it("reads relative dates", () => {
    expect(read("he began training four years ago").dates).toBe(1);
    expect(read("the council met last week").dates).toBe(1);
  });
});
