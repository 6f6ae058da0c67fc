"use client";

import { createContext, useContext, useMemo, useSyncExternalStore } from "react";
import type { WorkspaceOperations } from "./operations";
import type { WorkspaceState, WorkspaceStore } from "./workspace-state";

const StoreContext = createContext<WorkspaceStore | null>(null);
const OperationsContext = createContext<WorkspaceOperations | null>(null);

export function WorkspaceProvider({ store, operations, children }: { store: WorkspaceStore; operations: WorkspaceOperations; children: React.ReactNode }) {
  return (
    <StoreContext.Provider value={store}>
      <OperationsContext.Provider value={operations}>{children}</OperationsContext.Provider>
    </StoreContext.Provider>
  );
}

export function useWorkspaceStore(): WorkspaceStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error("useWorkspaceStore outside a WorkspaceProvider");
  return store;
}

export function useOperations(): WorkspaceOperations {
  const operations = useContext(OperationsContext);
  if (!operations) throw new Error("useOperations outside a WorkspaceProvider");
  return operations;
}

/**
 * What a part of the page reads from the state: it renders again only when this value changes
 * (by identity), so a selector returns a primitive, a piece of the state, or a memoized derivation.
 */
export function useWorkspace<T>(selector: (state: WorkspaceState) => T): T {
  return useStoreValue(useWorkspaceStore(), selector);
}

/** useWorkspace for the component that holds the store itself. */
export function useStoreValue<T>(store: WorkspaceStore, selector: (state: WorkspaceState) => T): T {
  const read = useMemo(() => () => selector(store.getState()), [store, selector]);
  return useSyncExternalStore(store.subscribe, read, read);
}
