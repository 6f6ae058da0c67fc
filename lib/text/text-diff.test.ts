import { describe, expect, it, onTestFinished, vi } from "vitest";
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

  // The diff's clock is Date.now, read once per step of the comparison: these tests set it, so
  // the machine's speed and load decide nothing. Unbounded, either comparison runs for minutes.
  it("unbounded word diff: gives up on two long unrelated texts once its time is spent, instead of pinning the CPU", () => {
    const before = words(40_000, 1);
    const after = words(40_000, 2);
    let now = 0;
    const clock = vi.spyOn(Date, "now").mockImplementation(() => (now += 1));
    onTestFinished(() => clock.mockRestore());
    const diff = diffTexts(before, after);
    expect(diff).toEqual({
      tooDifferent: true,
      parts: [
        { kind: "removed", text: before },
        { kind: "added", text: after },
      ],
    });
    // Stopped by its time limit (one step a millisecond here), long before its limit of edits.
    expect(now).toBeGreaterThan(DIFF_LIMITS.timeoutMs);
    expect(now).toBeLessThan(DIFF_LIMITS.timeoutMs + 10);
  });

  it("unbounded word diff: gives up past its number of edits even with time to spare", () => {
    const clock = vi.spyOn(Date, "now").mockReturnValue(0);
    onTestFinished(() => clock.mockRestore());
    const before = words(3_000, 1);
    const after = words(3_000, 2);
    expect(diffTexts(before, after)).toMatchObject({ tooDifferent: true });
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
