import { describe, expect, it } from "vitest";
import { suggestSpans } from "./suggest";

/** The suggestions of one text, as kind and words. */
const suggest = (text: string) => suggestSpans(text).map((s) => ({ kind: s.kind, words: text.slice(s.start, s.end), reason: s.reason }));
const kinds = (text: string, kind: string) => suggest(text).filter((s) => s.kind === kind);

// Sentences written for these tests in the style of wire copy, not taken from the corpus.
describe("suggestSpans on news copy", () => {
  it("finds refusals, denial verbs and a party calling the facts false", () => {
    expect(kinds("A spokesman for the company declined to comment on the lawsuit.", "DENIAL")).toHaveLength(1);
    expect(kinds("The ministry denied the allegations on Tuesday.", "DENIAL")[0].reason).toBe("denial verb: denied");
    expect(kinds('"These reports are false and misleading," the minister said.', "DENIAL")).toHaveLength(1);
    expect(kinds("The governor would not confirm or deny that talks had taken place.", "DENIAL")[0].words).toBe("The governor would not confirm or deny that talks had taken place");
  });

  it("does not take silence or the reporter's own doubt for a denial", () => {
    expect(kinds("Police did not respond to a request for comment.", "DENIAL")).toEqual([]);
    expect(kinds("The figures in the report are misleading in places.", "DENIAL")).toEqual([]);
    expect(kinds("It was not immediately clear whether anyone was hurt.", "DENIAL")).toEqual([]);
  });

  it("takes what a source said as the claim, not who said it or when", () => {
    const [claim] = kinds("The health ministry said on Friday that 1,200 people had been evacuated from the valley.", "CLAIM");
    expect(claim).toMatchObject({ words: "1,200 people had been evacuated from the valley.", reason: "attributed to health ministry" });
    expect(kinds("Unemployment fell to 4.5 percent in March, the statistics office reported.", "CLAIM")[0].words).toBe("Unemployment fell to 4.5 percent in March");
    expect(kinds("According to the census, the city's population grew by 80,000 people in a decade.", "CLAIM")[0].words).toBe(
      "the city's population grew by 80,000 people in a decade.",
    );
  });

  it("leaves out opinions, feelings, plans and questions", () => {
    expect(kinds('"I think this is a great step forward for the region," she said.', "CLAIM")).toEqual([]);
    expect(kinds('"We are deeply saddened by the loss of our colleagues," the company said.', "CLAIM")).toEqual([]);
    expect(kinds("The mayor said she will unveil the new budget next week.", "CLAIM")).toEqual([]);
    expect(kinds('"Who approved the contract?" the senator asked reporters.', "CLAIM")).toEqual([]);
  });

  it("suggests nothing twice in a paragraph copied by a scraper", () => {
    const paragraph = "The agency said that 3 million records were exposed in the breach last year.";
    const once = suggestSpans(paragraph).length;
    expect(once).toBeGreaterThan(0);
    expect(suggestSpans(`${paragraph}\n\nAn unrelated line.\n\n${paragraph}`)).toHaveLength(once);
  });
});
