import { describe, expect, it } from "vitest";
import { anchorsOf, namesIn } from "../language/anchors";
import { salienceOf } from "../language/salience";
import { tokenize } from "../language/tokens";
import { checkWorthiness, type WorthinessInput } from "./check-worthiness";

const claim = (sentence: string, over: Partial<WorthinessInput> = {}) => {
  const tokens = tokenize(sentence);
  return checkWorthiness({
    kind: "CLAIM",
    anchors: anchorsOf(tokens, namesIn(tokens)),
    salience: salienceOf(tokens),
    attributed: false,
    hasFigure: false,
    unit: null,
    valued: false,
    reason: "",
    ...over,
  });
};
const none = { anchors: { numbers: 0, dates: 0, names: 0 }, salience: { superlatives: 0, consequentialActs: 0, vague: 0, words: 10 }, attributed: false, hasFigure: false, reason: "" };

// Sentences written for these tests in the style of wire copy.
describe("check-worthiness", () => {
  it("is a number from 0 to 1 for every kind", () => {
    for (const kind of ["CLAIM", "FIGURE", "DENIAL"] as const) {
      const score = checkWorthiness({ ...none, kind, unit: null, valued: false });
      expect(score).toBeGreaterThan(0);
      expect(score).toBeLessThan(1);
    }
  });

  it("puts a claim with a figure, a date and named parties above a plain one", () => {
    const specific = claim("The health ministry in Lagos reported 1,200 deaths on Tuesday.", { hasFigure: true });
    const plain = claim("The Smiths moved house.");
    expect(specific).toBeGreaterThan(plain + 0.2);
  });

  it("raises a record and a consequential act, and lowers vague words", () => {
    expect(claim("The bank raised rates by the largest step since 1994.")).toBeGreaterThan(claim("The bank changed its rates in Frankfurt."));
    expect(claim("Some officials said many people attended in Paris.")).toBeLessThan(claim("Officials said people attended in Paris."));
  });

  it("scores figures by what they count, and a valued figure above a vague one", () => {
    const base = { ...none, kind: "FIGURE" as const };
    const deaths = checkWorthiness({ ...base, unit: "deaths", valued: true });
    const days = checkWorthiness({ ...base, unit: "days", valued: true });
    const vague = checkWorthiness({ ...base, unit: "deaths", valued: false });
    expect(deaths).toBeGreaterThan(days);
    expect(deaths).toBeGreaterThan(vague);
    expect(checkWorthiness({ ...base, unit: "%", valued: true })).toBe(deaths);
  });

  it("puts a denial of the facts above a refusal to comment", () => {
    const denied = checkWorthiness({ ...none, kind: "DENIAL", unit: null, valued: false, reason: "denial verb: denied" });
    const refused = checkWorthiness({ ...none, kind: "DENIAL", unit: null, valued: false, reason: "refuses to comment" });
    expect(denied).toBeGreaterThan(refused);
  });
});
