import { describe, expect, it } from "vitest";
import { announced, cleared, initialAnnouncer, JOIN_WITHIN_MS } from "./announcer-state";

describe("the announcer's regions", () => {
  it("say a message in the region of its politeness, with its white space tidied", () => {
    const state = announced(initialAnnouncer, "  Note   saved. ", "polite", 1_000);
    expect(state.polite).toEqual({ text: "Note saved.", at: 1_000 });
    expect(state.assertive.text).toBe("");
    expect(announced(state, "Could not save.", "assertive", 1_001).assertive.text).toBe("Could not save.");
  });

  it("join messages that arrive together, so that each is heard, and do not repeat one already being said", () => {
    let state = announced(initialAnnouncer, "Ana added a claim.", "polite", 1_000);
    state = announced(state, "Eddie approved it.", "polite", 1_000 + JOIN_WITHIN_MS - 1);
    expect(state.polite.text).toBe("Ana added a claim. Eddie approved it.");
    expect(announced(state, "Eddie approved it.", "polite", 1_000 + JOIN_WITHIN_MS)).toBe(state);
    // Where the keyboard went replaces what was said a moment ago: only where it stopped matters.
    expect(announced(state, "Claim, 2 of 9.", "polite", 1_001, "replace").polite.text).toBe("Claim, 2 of 9.");
    const later = announced(state, "Ana deleted an annotation.", "polite", 10_000);
    expect(later.polite.text).toBe("Ana deleted an annotation.");
  });

  it("say the same message again later by changing it inaudibly, so the region changes and is spoken", () => {
    const once = announced(initialAnnouncer, "No annotation at the caret.", "polite", 1_000);
    const twice = announced(once, "No annotation at the caret.", "polite", 5_000);
    expect(twice.polite.text).not.toBe(once.polite.text);
    expect(twice.polite.text.trim()).toBe("No annotation at the caret.");
    const thrice = announced(twice, "No annotation at the caret.", "polite", 9_000);
    expect(thrice.polite.text).toBe(once.polite.text);
  });

  it("ignore an empty message, and empty a region once its message is old", () => {
    expect(announced(initialAnnouncer, "   ", "polite", 1)).toBe(initialAnnouncer);
    const said = announced(initialAnnouncer, "Saved.", "polite", 1);
    expect(cleared(said, "polite", 20_000).polite.text).toBe("");
    expect(cleared(initialAnnouncer, "polite", 2)).toBe(initialAnnouncer);
  });
});
