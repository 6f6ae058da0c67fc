"use client";

import { useCallback, useRef, useState } from "react";

export interface Action {
  /** True while a call started by `run` is under way. */
  busy: boolean;
  /** The last failure's message, in words a person can act on; cleared when the next call starts. */
  error: string | undefined;
  setError(message: string | undefined): void;
  /**
   * Runs `work`, keeping `busy` and `error` true to it. Resolves to the work's result, or to
   * undefined when it failed (the message is then in `error`), so callers go on only after success.
   */
  run<T>(work: () => Promise<T>): Promise<T | undefined>;
}

/** One action's busy and error state: what every form and button that calls the API needs. */
export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const running = useRef(0);
  const run = useCallback(async <T,>(work: () => Promise<T>): Promise<T | undefined> => {
    running.current += 1;
    setBusy(true);
    setError(undefined);
    try {
      return await work();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : "Something went wrong. Please try again.");
      return undefined;
    } finally {
      running.current -= 1;
      if (running.current === 0) setBusy(false);
    }
  }, []);
  return { busy, error, setError, run };
}
