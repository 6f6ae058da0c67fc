import { describe, expect, it } from "vitest";
import { salienceOf } from "./salience";
import { tokenize } from "./tokens";

describe("salience", () => {
  it("counts records, consequential acts and vague words", () => {
    expect(salienceOf(tokenize("The bank raised rates by the biggest step since 1994."))).toEqual({ superlatives: 2, consequentialActs: 1, vague: 0, words: 10 });
    expect(salienceOf(tokenize("Some residents said about 40 people attended."))).toMatchObject({ vague: 2, superlatives: 0 });
  });
});
