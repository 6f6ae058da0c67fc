import { describe, expect, it } from "vitest";
import { WORKSPACE_COMMANDS } from "./commands";
import { allOff, keyOf, NO_BINDINGS, parseBindings, rebind, sameKey, typedKey, type KeyBindings } from "./shortcut-keys";

const command = (name: string) => WORKSPACE_COMMANDS.find((c) => c.name === name)!;
const bindings = (result: ReturnType<typeof rebind>): KeyBindings => {
  if ("error" in result) throw new Error(result.error);
  return result.bindings;
};

describe("a person's shortcut keys", () => {
  it("are the usual ones until changed; a changed one answers to its new key, a switched-off one to none", () => {
    expect(keyOf(command("next"), NO_BINDINGS)).toBe("j");
    const moved = bindings(rebind(NO_BINDINGS, WORKSPACE_COMMANDS, "next", "N"));
    expect(moved).toEqual({ next: "n" });
    expect(keyOf(command("next"), moved)).toBe("n");
    const off = bindings(rebind(moved, WORKSPACE_COMMANDS, "tag-claim", ""));
    expect(keyOf(command("tag-claim"), off)).toBeNull();
    // Back to its usual key: nothing left to remember.
    expect(bindings(rebind(off, WORKSPACE_COMMANDS, "next", "j"))).toEqual({ "tag-claim": "" });
  });

  it("refuse a key another shortcut has, a key that is not one character, and keys that are not single-key shortcuts", () => {
    expect(rebind(NO_BINDINGS, WORKSPACE_COMMANDS, "next", "k")).toEqual({ error: "“k” already does “Previous annotation”. Change that one first." });
    expect(rebind(NO_BINDINGS, WORKSPACE_COMMANDS, "next", " ")).toHaveProperty("error");
    expect(rebind(NO_BINDINGS, WORKSPACE_COMMANDS, "next", "ab")).toHaveProperty("error");
    expect(rebind(NO_BINDINGS, WORKSPACE_COMMANDS, "close", "q")).toEqual({ error: "That shortcut cannot be changed." });
    // A key freed by moving its shortcut can be taken.
    const freed = bindings(rebind(NO_BINDINGS, WORKSPACE_COMMANDS, "previous", "q"));
    expect(bindings(rebind(freed, WORKSPACE_COMMANDS, "next", "k"))).toEqual({ previous: "q", next: "k" });
  });

  it("can all be switched off at once, Escape aside (it is not a character)", () => {
    const off = allOff(WORKSPACE_COMMANDS);
    for (const c of WORKSPACE_COMMANDS) expect(keyOf(c, off)).toBe(c.single ? null : "Escape");
  });

  it("are read back from the browser, dropping what cannot be trusted", () => {
    expect(parseBindings(JSON.stringify({ next: "n", "tag-claim": "" }), WORKSPACE_COMMANDS)).toEqual({ next: "n", "tag-claim": "" });
    expect(parseBindings(null, WORKSPACE_COMMANDS)).toEqual({});
    expect(parseBindings("{not json", WORKSPACE_COMMANDS)).toEqual({});
    expect(parseBindings(JSON.stringify({ next: "too long" }), WORKSPACE_COMMANDS)).toEqual({});
    // An unknown command, and a second command on a taken key, are dropped; the rest stays.
    expect(parseBindings(JSON.stringify({ gone: "w", next: "k", previous: "q" }), WORKSPACE_COMMANDS)).toEqual({ previous: "q" });
  });

  it("match a letter in either case, and take what was typed into a field holding the old key", () => {
    expect(sameKey("J", "j")).toBe(true);
    expect(sameKey("?", "?")).toBe(true);
    expect(sameKey("Enter", "e")).toBe(false);
    expect(typedKey("n", "j")).toBe("n");
    expect(typedKey("jn", "j")).toBe("n");
    expect(typedKey("nj", "j")).toBe("n");
    expect(typedKey("", "j")).toBe("");
    expect(typedKey("q", "")).toBe("q");
  });
});
