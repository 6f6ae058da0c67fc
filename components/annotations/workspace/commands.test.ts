import { describe, expect, it } from "vitest";
import { toAnnotationSummary } from "@/lib/annotations/annotation-summary";
import type { WorkspaceAction } from "./actions";
import { commandFor, stepFrom, WORKSPACE_COMMANDS, type KeyPress } from "./commands";
import type { WorkspaceOperations } from "./operations";
import { annotationView, suggestionView, textSelection } from "./test-fixtures";
import { createWorkspaceStore, initialWorkspaceState, workspaceReducer, type WorkspaceState } from "./workspace-state";

const press = (key: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, altKey: false, ...modifiers });
const stateAfter = (actions: WorkspaceAction[]) => actions.reduce(workspaceReducer, initialWorkspaceState);

const a = annotationView({ id: "a", start: 0, end: 5 });
const b = annotationView({ id: "b", start: 40, end: 45 });
const withAnnotations = stateAfter([{ type: "snapshotArrived", annotations: [a, b].map(toAnnotationSummary), seq: 1 }]);

/** Runs the command a key press finds, with operations that only record what they were asked. */
function perform(key: KeyPress, state: WorkspaceState) {
  const calls: unknown[][] = [];
  const record = (name: string) => (...args: unknown[]) => void calls.push([name, ...args]);
  const operations = {
    open: record("open"),
    close: record("close"),
    tag: record("tag"),
    acceptSuggestion: record("accept"),
    dismissSuggestion: record("dismiss"),
    sayHere: record("sayHere"),
    openHere: record("openHere"),
    goToWords: record("goToWords"),
    goToPanel: record("goToPanel"),
  } as unknown as WorkspaceOperations;
  const store = createWorkspaceStore();
  const command = commandFor(key, state);
  command?.perform({ state, store, operations });
  return { command: command?.name, calls, store };
}

describe("stepping through with j and k", () => {
  it("goes to the next and the previous, round at either end, and starts at either end when none is open", () => {
    const ids = ["a", "b", "c"];
    expect(stepFrom(ids, "a", 1)).toBe("b");
    expect(stepFrom(ids, "c", 1)).toBe("a");
    expect(stepFrom(ids, "a", -1)).toBe("c");
    expect(stepFrom(ids, null, 1)).toBe("a");
    expect(stepFrom(ids, null, -1)).toBe("c");
    expect(stepFrom([], null, 1)).toBeUndefined();
  });

  it("opens the next annotation of the list, and the shown suggestions between them in the order of the text", () => {
    const open = workspaceReducer(withAnnotations, { type: "annotationOpened", id: "a" });
    expect(perform(press("j"), open).calls).toEqual([["open", "b", "smooth", true]]);
    const suggested = workspaceReducer(open, { type: "suggestionsLoaded", suggestions: [suggestionView({ id: "s", start: 20, end: 25 })] });
    expect(perform(press("j"), suggested).calls).toEqual([["open", "s", "smooth", true]]);
    const hidden = workspaceReducer(suggested, { type: "suggestionsShownChanged", shown: false });
    expect(perform(press("j"), hidden).calls).toEqual([["open", "b", "smooth", true]]);
  });

  it("goes through the filtered list only", () => {
    const figures = stateAfter([
      { type: "snapshotArrived", annotations: [a, { ...b, kind: "FIGURE" as const }, annotationView({ id: "c", start: 50, end: 55, kind: "FIGURE" })].map(toAnnotationSummary), seq: 1 },
      { type: "filtersChanged", filters: { kind: "FIGURE", status: "", author: "" } },
      { type: "annotationOpened", id: "b" },
    ]);
    expect(perform(press("k"), figures).calls).toEqual([["open", "c", "smooth", true]]);
  });

  it("leaves the keys to the browser when there is nothing to go through, or a modifier is held", () => {
    expect(perform(press("j"), initialWorkspaceState).command).toBeUndefined();
    expect(perform(press("j", { ctrlKey: true }), withAnnotations).command).toBeUndefined();
  });
});

describe("the other shortcuts", () => {
  it("tag the selected words by kind, only while words are selected", () => {
    expect(perform(press("c"), withAnnotations).command).toBeUndefined();
    const selected = workspaceReducer(withAnnotations, { type: "textSelected", selection: textSelection(10, 20) });
    expect(perform(press("f"), selected).calls).toEqual([["tag", "FIGURE"]]);
    expect(perform(press("D"), selected).calls).toEqual([["tag", "DENIAL"]]);
  });

  it("accept or dismiss the open suggestion, and do nothing with an annotation open", () => {
    const suggestion = stateAfter([
      { type: "suggestionsLoaded", suggestions: [suggestionView({ id: "s", start: 20, end: 25 })] },
      { type: "suggestionOpened", id: "s" },
    ]);
    expect(perform(press("a"), suggestion).calls).toEqual([["accept", "s"]]);
    expect(perform(press("x"), suggestion).calls).toEqual([["dismiss", "s"]]);
    expect(perform(press("a"), workspaceReducer(withAnnotations, { type: "annotationOpened", id: "a" })).command).toBeUndefined();
  });

  it("close the open annotation with Escape (the browser keeps it too), and show the shortcuts with ?", () => {
    expect(perform(press("Escape"), withAnnotations).calls).toEqual([["close"]]);
    expect(commandFor(press("Escape"), withAnnotations)?.keepsDefault).toBe(true);
    expect(perform(press("?"), withAnnotations).store.getState().view.helpOpen).toBe(true);
  });

  it("are each listed once, with a key and a description, for the shortcuts dialog", () => {
    const keys = WORKSPACE_COMMANDS.map((command) => command.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(["c", "f", "d", "j", "k", "a", "x", "Escape", "i", "o", "p", "t", "?"]);
    for (const command of WORKSPACE_COMMANDS) expect(command.label).toMatch(/^[A-Z]/);
  });
});

describe("this person's keys", () => {
  it("move a shortcut to another key, or switch it off, and leave the others alone", () => {
    const selected = workspaceReducer(withAnnotations, { type: "textSelected", selection: textSelection(10, 20) });
    const moved = workspaceReducer(selected, { type: "keysChanged", keys: { "tag-claim": "l", next: "" } });
    expect(perform(press("c"), moved).command).toBeUndefined();
    expect(perform(press("l"), moved).calls).toEqual([["tag", "CLAIM"]]);
    expect(perform(press("j"), moved).command).toBeUndefined();
    expect(perform(press("k"), moved).command).toBe("previous");
    expect(perform(press("Escape"), moved).command).toBe("close");
  });

  it("reach the caret's annotations and the open one's words", () => {
    expect(perform(press("i"), withAnnotations).calls).toEqual([["sayHere"]]);
    expect(perform(press("o"), withAnnotations).calls).toEqual([["openHere"]]);
    expect(perform(press("t"), withAnnotations).command).toBeUndefined();
    expect(perform(press("p"), withAnnotations).command).toBeUndefined();
    expect(perform(press("p"), workspaceReducer(withAnnotations, { type: "annotationOpened", id: "a" })).calls).toEqual([["goToPanel"]]);
    expect(perform(press("t"), workspaceReducer(withAnnotations, { type: "annotationOpened", id: "a" })).calls).toEqual([["goToWords", "a"]]);
  });
});
