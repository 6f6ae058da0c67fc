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

  it("suggests the outlet's own checkable statements, with no cue word and no quote", () => {
    expect(kinds("The storm reached Manila on Sunday after crossing the Philippine Sea.", "CLAIM")).toEqual([
      { kind: "CLAIM", words: "The storm reached Manila on Sunday after crossing the Philippine Sea.", reason: "states a fact (a date, names)" },
    ]);
    expect(kinds("The council closed 14 libraries in Leeds last year.", "CLAIM")[0]).toMatchObject({ reason: "states a finding with a figure" });
    expect(kinds("BOGOTA — Police arrested the former mayor on Friday.", "CLAIM")[0].words).toBe("Police arrested the former mayor on Friday.");
  });

  it("leaves out plans, hedges, conditionals and statements that name, date and count nothing", () => {
    expect(kinds("The ministry will publish the figures for Ghana on Monday.", "CLAIM")).toEqual([]);
    expect(kinds("The fire may have started in the kitchen of the Grand Hotel.", "CLAIM")).toEqual([]);
    expect(kinds("If the dam fails, 3,000 homes in Tula would flood.", "CLAIM")).toEqual([]);
    expect(kinds("The results were a relief for everyone involved.", "CLAIM")).toEqual([]);
    expect(kinds("Foreign Minister Ana Ruiz told reporters in Lima.", "CLAIM")).toEqual([]);
  });

  it("takes a headline that states a fact for a claim, but not a heading in the middle of the text", () => {
    const text = "Floods kill 12 in southern Chile\n\nRescuers searched the Biobio valley on Monday for missing villagers.\n\nRescue efforts in Biobio\n\nThe army sent 400 soldiers to the region.";
    expect(kinds(text, "CLAIM").map((c) => c.words)).toEqual([
      "Floods kill 12 in southern Chile",
      "Rescuers searched the Biobio valley on Monday for missing villagers.",
      "The army sent 400 soldiers to the region.",
    ]);
  });

  it("gives every suggestion a check-worthiness from 0 to 1, higher for a claim with a figure and a record", () => {
    const spans = suggestSpans("The bank raised rates by 75 basis points on Wednesday, its biggest increase since 1994. The bank's staff met in Frankfurt.");
    for (const span of spans) {
      expect(span.score).toBeGreaterThan(0);
      expect(span.score).toBeLessThan(1);
    }
    const [record, meeting] = spans.filter((s) => s.kind === "CLAIM");
    expect(record.score).toBeGreaterThan(meeting.score);
  });

  it("suggests nothing twice in a paragraph copied by a scraper", () => {
    const paragraph = "The agency said that 3 million records were exposed in the breach last year.";
    const once = suggestSpans(paragraph).length;
    expect(once).toBeGreaterThan(0);
    expect(suggestSpans(`${paragraph}\n\nAn unrelated line.\n\n${paragraph}`)).toHaveLength(once);
  });
});
