import { describe, expect, it } from "vitest";
import { annotationsAt, describeEntered, describeHere, describeLiveChange, describeStep, describeSuggestionDone, describeTagged, sameHere } from "./announcements";

const claim = { id: "a", kind: "CLAIM" as const, exact: "France summoned the ambassador", status: "DRAFT" as const, start: 10, end: 40, orphaned: false };
const figure = { id: "b", kind: "FIGURE" as const, exact: "70.3 million", status: "APPROVED" as const, start: 20, end: 32, orphaned: false };
const orphan = { ...claim, id: "c", orphaned: true };

describe("what the article page says", () => {
  it("says each annotation j and k reach: kind, place, words and status", () => {
    expect(describeStep(claim, 3, 12)).toBe("Claim, 3 of 12: “France summoned the ambassador”. Draft.");
    expect(describeStep({ kind: "DENIAL", exact: "We deny it" }, 1, 2, true)).toBe("Suggested denial, 1 of 2: “We deny it”.");
    expect(describeStep({ ...claim, exact: "word ".repeat(40) }, 1, 1)).toMatch(/…”\. Draft\.$/);
  });

  it("finds the annotations at the caret, innermost first, at either end of their words, orphans aside", () => {
    const list = [claim, figure, orphan];
    expect(annotationsAt(list, 25).map((a) => a.id)).toEqual(["b", "a"]);
    expect(annotationsAt(list, 10).map((a) => a.id)).toEqual(["a"]);
    expect(annotationsAt(list, 40).map((a) => a.id)).toEqual(["a"]);
    expect(annotationsAt(list, 41)).toEqual([]);
  });

  it("says what is at the caret on request, with the key that opens it (none when switched off)", () => {
    expect(describeHere([], "o")).toBe("No annotation at the caret.");
    expect(describeHere([claim], "o")).toBe("At the caret: claim “France summoned the ambassador”, draft. Press o to open it.");
    expect(describeHere([figure, claim], null)).toBe("At the caret, 2 annotations: figure “70.3 million”, approved; claim “France summoned the ambassador”, draft.");
  });

  it("says the kinds when the caret enters annotated words, and nothing new while it stays in the same ones", () => {
    expect(describeEntered([])).toBeNull();
    expect(describeEntered([claim])).toBe("In a claim.");
    expect(describeEntered([figure, claim, { ...claim, kind: "DENIAL" }])).toBe("In a figure, a claim and a denial.");
    expect(sameHere([claim], [{ id: "a" }])).toBe(true);
    expect(sameHere([claim], [figure])).toBe(false);
  });

  it("says what was tagged, and what others did, leaving out what is not worth interrupting for", () => {
    expect(describeTagged(claim)).toBe("Tagged as a claim: “France summoned the ambassador”.");
    expect(describeSuggestionDone(figure, "accepted")).toBe("Accepted the suggested figure “70.3 million”: it is your draft figure now.");
    expect(describeSuggestionDone(claim, "dismissed")).toBe("Dismissed the suggested claim “France summoned the ambassador”.");
    expect(describeLiveChange("annotation.created", "Ana Annotator", figure)).toBe("Ana Annotator added a figure: “70.3 million”.");
    expect(describeLiveChange("annotation.approve", "Eddie Editor", figure)).toBe("Eddie Editor approved it (figure “70.3 million”).");
    expect(describeLiveChange("annotation.deleted", "Ana Annotator", undefined)).toBe("Ana Annotator deleted an annotation.");
    expect(describeLiveChange("source.archived", "Ana Annotator", figure)).toBeNull();
  });
});
