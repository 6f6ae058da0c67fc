import { describe, expect, it } from "vitest";
import { ValidationError } from "../errors/domain-error";
import { assertStorableText, unstorableReason } from "./storable-text";

describe("text that cannot be stored", () => {
  it("names the NUL character and a lone surrogate, and lets everything else through", () => {
    expect(unstorableReason("a\u0000b")).toMatch(/NUL/);
    expect(unstorableReason("cut \uD83D emoji")).toMatch(/half of a character/);
    expect(unstorableReason("tail \uDE00 first")).toMatch(/half of a character/);
    // Whole emoji, combining marks, right-to-left and zero-width characters are text like any other.
    expect(unstorableReason("😀 e\u0301 \u202Eevil\u202C zero\u200Bwidth ‮")).toBeNull();
  });

  it("finds it anywhere in a request, keys included, however deep", () => {
    let deep: unknown = "bad\u0000";
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(() => assertStorableText({ a: deep })).toThrow(ValidationError);
    expect(() => assertStorableText({ ["key\uDC00"]: 1 })).toThrow(/half of a character/);
    expect(() => assertStorableText({ note: "<p>fine</p>", list: ["ok", { nested: "😀" }], n: 1, empty: null })).not.toThrow();
  });
});
