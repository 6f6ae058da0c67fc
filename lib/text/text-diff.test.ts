import { describe, expect, it } from "vitest";
import { DIFF_LIMITS, diffTexts } from "./text-diff";

function words(count: number, seed: number): string {
  let state = seed;
  const next = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31);
  return Array.from({ length: count }, () => `w${next() % 100_000}`).join(" ");
}

describe("diffTexts", () => {
  it("compares small changes word by word", () => {
    const diff = diffTexts("The NSA recorded 70.3 million calls.", "The NSA recorded 70.4 million calls.");
    expect(diff.tooDifferent).toBe(false);
    expect(diff.parts.filter((p) => p.kind !== "removed").map((p) => p.text).join("")).toBe("The NSA recorded 70.4 million calls.");
    expect(diff.parts.filter((p) => p.kind === "added").map((p) => p.text)).toEqual(["4"]);
  });

  it("unbounded word diff: gives up on two long unrelated texts instead of pinning the CPU", () => {
    const before = words(40_000, 1);
    const after = words(40_000, 2);
    const started = performance.now();
    const diff = diffTexts(before, after);
    // The bound, not the machine, ends it: unbounded, this diff runs for minutes.
    expect(performance.now() - started).toBeLessThan(DIFF_LIMITS.timeoutMs * 5);
    expect(diff).toEqual({
      tooDifferent: true,
      parts: [
        { kind: "removed", text: before },
        { kind: "added", text: after },
      ],
    });
  });
});

describe("withContext", () => {
  it("shortens long unchanged stretches on their far side only, keeping the spaces next to a change", async () => {
    const { withContext } = await import("./text-diff");
    const before = `${"Earlier words go here. ".repeat(10)}The agency recorded 70.3 million calls ${"and later words follow. ".repeat(10)}`;
    const after = before.replace("70.3", "60");
    const shown = withContext(diffTexts(before, after).parts, 20).map((p) => p.text).join("|");
    expect(shown).toMatch(/^… .*recorded \|70\.3\|60\| million calls .* …$/);
  });
});
