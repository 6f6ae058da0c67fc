import { describe, expect, it } from "vitest";
import { devSetProblems } from "@/scripts/lib/dev-set";

describe("the claims development set", () => {
  it("has every gold offset on its exact words, 20+ articles of 300-1,500 words on 6+ subjects, split in halves", () => {
    expect(devSetProblems(process.cwd())).toEqual([]);
  });
});
