/**
 * A store as small as the page needs: one state, changed only by dispatching a named action
 * through a pure reducer, and read by whoever subscribes. Parts of the page read only the slice
 * they show (useWorkspace), so opening an annotation re-renders what shows the open one, not the
 * 2,000-entry list around it.
 */
export interface Store<State, Action> {
  getState(): State;
  dispatch(action: Action): void;
  subscribe(listener: () => void): () => void;
}

export function createStore<State, Action>(reducer: (state: State, action: Action) => State, initial: State): Store<State, Action> {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    dispatch(action) {
      const next = reducer(state, action);
      if (next === state) return;
      state = next;
      listeners.forEach((listener) => listener());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * A selector that computes again only when what it reads changed (compared by identity), so
 * derived lists keep their identity, and components reading them do not render for nothing.
 */
export function memoize<Input extends readonly unknown[], Output>(compute: (...input: Input) => Output): (...input: Input) => Output {
  let last: { input: Input; output: Output } | null = null;
  return (...input) => {
    if (last && last.input.length === input.length && last.input.every((value, i) => Object.is(value, input[i]))) return last.output;
    const output = compute(...input);
    last = { input, output };
    return output;
  };
}
