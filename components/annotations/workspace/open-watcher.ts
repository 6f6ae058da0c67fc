import type { WorkspaceStore } from "./workspace-state";

export interface OpenWatcher {
  isOpen(id: string): boolean;
  /** Calls `listener` when `id` is opened or closed, and for nothing else. */
  subscribe(id: string, listener: () => void): () => void;
}

const watchers = new WeakMap<WorkspaceStore, OpenWatcher>();

/**
 * Which annotation is open, told to the list entries it concerns only: the one closed and the one
 * opened. Each entry subscribing to the whole store would have every change of the page ask a
 * thousand entries whether they are the open one.
 */
export function openWatcher(store: WorkspaceStore): OpenWatcher {
  let watcher = watchers.get(store);
  if (watcher) return watcher;
  let open = store.getState().selection.annotationId;
  const listeners = new Map<string, Set<() => void>>();
  store.subscribe(() => {
    const next = store.getState().selection.annotationId;
    if (next === open) return;
    const closed = open;
    open = next;
    if (closed) listeners.get(closed)?.forEach((listener) => listener());
    if (next) listeners.get(next)?.forEach((listener) => listener());
  });
  watcher = {
    isOpen: (id) => open === id,
    subscribe(id, listener) {
      let set = listeners.get(id);
      if (!set) listeners.set(id, (set = new Set()));
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(id);
      };
    },
  };
  watchers.set(store, watcher);
  return watcher;
}
