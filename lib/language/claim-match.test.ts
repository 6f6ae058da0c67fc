import { describe, expect, it } from "vitest";
import { claimSignature, compareClaims, numberAgreement, sameNumber } from "./claim-match";

const compare = (a: string, b: string) => compareClaims(claimSignature(a), claimSignature(b));
const numbers = (text: string) => claimSignature(text).numbers;

describe("what makes two statements one claim", () => {
  it("reads the numbers a claim states, scaled, with their precision", () => {
    expect(numbers("The NSA recorded 70.3 million pieces of data")).toEqual([{ value: 70_300_000, valueMax: null, unit: null, digits: 3, scaled: true, alternatives: [] }]);
    expect(numbers("between 3 and 7 million calls a day")[0]).toMatchObject({ value: 3_000_000, valueMax: 7_000_000 });
    expect(numbers("seventy million calls")[0]).toMatchObject({ value: 70_000_000, digits: 1 });
  });

  it("takes a rounded number for the precise one it rounds, never a different one", () => {
    const [precise] = numbers("70.3 million records");
    expect(sameNumber(precise, numbers("more than 70 million records")[0])).toBe(true);
    expect(sameNumber(precise, numbers("70,300,000 records")[0])).toBe(true);
    expect(sameNumber(precise, numbers("7 million records")[0])).toBe(false);
    expect(sameNumber(precise, numbers("73 million records")[0])).toBe(false);
    // Years and days written in full are equal or different, never "close".
    expect(sameNumber(numbers("in 2012")[0], numbers("in 2013")[0])).toBe(false);
    expect(sameNumber(numbers("12 per cent")[0], numbers("12%")[0])).toBe(true);
    expect(sameNumber(numbers("12 per cent")[0], numbers("$12")[0])).toBe(false);
  });

  it("reads shares said in words as the per cent they are, halves, and the two meanings of \"m\"", () => {
    expect(numberAgreement(numbers("One in five new teachers leaves"), numbers("20% of new teachers quit"))).toBe("same");
    expect(numberAgreement(numbers("A quarter of adults are obese"), numbers("One in four adults is obese"))).toBe("same");
    expect(numberAgreement(numbers("two thirds of voters"), numbers("67 per cent of voters"))).toBe("same");
    expect(numberAgreement(numbers("Nearly half of all emails"), numbers("Almost 50% of email"))).toBe("same");
    expect(numberAgreement(numbers("two and a half years"), numbers("2.5 years"))).toBe("same");
    expect(numberAgreement(numbers("landed 300m from its target"), numbers("300 metres from its target"))).toBe("same");
    expect(numberAgreement(numbers("a third of schools"), numbers("a quarter of schools"))).toBe("conflict");
    expect(numberAgreement(numbers("The price of insulin tripled"), numbers("Insulin costs three times as much"))).toBe("same");
    expect(numberAgreement(numbers("Attendance doubled"), numbers("Attendance tripled"))).toBe("conflict");
  });

  it("says how the numbers of two statements agree", () => {
    expect(numberAgreement(numbers("70.3 million calls"), numbers("more than 70 million calls in a 30-day period"))).toBe("same");
    expect(numberAgreement(numbers("70.3 million calls"), numbers("7 million calls"))).toBe("conflict");
    expect(numberAgreement(numbers("70.3 million calls"), numbers("millions of calls"))).toBe("one-sided");
    expect(numberAgreement(numbers("the agency spied on France"), numbers("France was spied on"))).toBe("none");
  });

  it("tells a claim from its denial, and a rise from a fall", () => {
    expect(compare("The NSA recorded the calls of French citizens", "The NSA did not record the calls of French citizens").opposite).toBe(true);
    expect(compare("The ministry denied that the NSA recorded the calls", "The NSA recorded the calls").opposite).toBe(true);
    expect(compare("no strategic justification", "without any strategic justification").opposite).toBe(false);
    expect(compare("German is no longer taught at a third of schools", "A third of schools have stopped teaching German").opposite).toBe(false);
    expect(compare("The cyclist tested negative for EPO", "The cyclist did not test positive for EPO").opposite).toBe(false);
    expect(compare("Poor children miss out on free meals", "Poor children do not get free meals").opposite).toBe(false);
    expect(compare("The senator missed 78% of votes", "The senator skipped 78% of votes").opposite).toBe(false);
    expect(compare("Unemployment rose to 5 per cent", "Unemployment fell to 5 per cent").otherWay).toBe(true);
    expect(compare("Unemployment rose to 5 per cent", "Joblessness increased to 5%").otherWay).toBe(false);
  });

  it("weighs the words two retellings share, names double, with the words news copy uses for one another", () => {
    const retold = compare("The NSA collected French phone records", "French telephone records were gathered by the NSA");
    expect(retold.words).toBeGreaterThan(0.9);
    expect(compare("Obama called Hollande on Monday", "Obama called Merkel on Monday").words).toBeLessThan(0.75);
    expect(compare("President Hollande summoned the ambassador", "Chancellor Merkel summoned the ambassador").otherNames).toBe(true);
    expect(compare("Then Kerry met Fabius in London", "Later Fabius and Kerry met in London").otherNames).toBe(false);
    // A sentence's first word is not a name for that alone; a country and its people are one name.
    expect(claimSignature("Joblessness rose in Marovia").names).toEqual(new Set(["marovia"]));
    expect(compare("A quarter of Marovian adults are obese", "One in four adults in Marovia is obese").otherNames).toBe(false);
    expect(compare("Polls show French voters are tired", "Voters in France are tired, polls show").otherNames).toBe(false);
  });
});
