import { describe, expect, it } from "vitest";
import { openWatcher } from "./open-watcher";
import { createWorkspaceStore } from "./workspace-state";

describe("which annotation is open, as the list's entries see it", () => {
  it("tells the entry closed and the entry opened, and no other", () => {
    const store = createWorkspaceStore();
    const watcher = openWatcher(store);
    const told: string[] = [];
    for (const id of ["a", "b", "c"]) watcher.subscribe(id, () => told.push(id));
    store.dispatch({ type: "annotationOpened", id: "a" });
    expect(told).toEqual(["a"]);
    store.dispatch({ type: "annotationOpened", id: "b" });
    expect(told).toEqual(["a", "a", "b"]);
    expect([watcher.isOpen("a"), watcher.isOpen("b")]).toEqual([false, true]);
    store.dispatch({ type: "helpToggled", open: true });
    store.dispatch({ type: "closed" });
    expect(told).toEqual(["a", "a", "b", "b"]);
  });

  it("is one watcher per store, and forgets an entry that stopped listening", () => {
    const store = createWorkspaceStore();
    expect(openWatcher(store)).toBe(openWatcher(store));
    let told = 0;
    const stop = openWatcher(store).subscribe("a", () => told++);
    stop();
    store.dispatch({ type: "annotationOpened", id: "a" });
    expect(told).toBe(0);
  });
});
