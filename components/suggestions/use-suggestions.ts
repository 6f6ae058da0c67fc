"use client";

import { useCallback, useEffect, useState, useSyncExternalStore } from "react";
import type { SuggestionView } from "@/lib/suggestions/suggestion-view";
import type { AnnotationKind } from "@/lib/vocabulary/names";
import type { SuggestionOrder } from "@/lib/validation/suggestion-schemas";
import { suggestionsApi } from "../api/suggestions";

const SHOWN_KEY = "factmark:show-suggestions";

const listeners = new Set<() => void>();
function subscribeShown(listener: () => void) {
  listeners.add(listener);
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}
const readShown = () => window.localStorage.getItem(SHOWN_KEY) !== "false";

/**
 * The machine's suggestions for one article: loaded once the annotations are in, reloaded when
 * anyone on the desk accepts or dismisses one (the live feed says so), the order they are listed
 * in, and whether this person shows them, remembered in the browser.
 */
export function useSuggestions(articleId: string, ready: boolean) {
  const [items, setItems] = useState<SuggestionView[]>([]);
  const [state, setState] = useState<"loading" | "ready" | "error">("loading");
  const [error, setError] = useState<string>();
  const [order, setOrder] = useState<SuggestionOrder>("text");
  const shown = useSyncExternalStore(subscribeShown, readShown, () => true);

  const toggle = useCallback((value: boolean) => {
    window.localStorage.setItem(SHOWN_KEY, String(value));
    listeners.forEach((listener) => listener());
  }, []);

  const reload = useCallback(
    () =>
      suggestionsApi.list(articleId, order).then(
        ({ suggestions }) => {
          setItems(suggestions);
          setState("ready");
        },
        (caught: Error) => {
          setError(caught.message);
          setState("error");
        },
      ),
    [articleId, order],
  );

  // Fetched once the article is on screen and the browser has a moment: suggestions are the
  // machine's extra, never what a person waits for.
  useEffect(() => {
    if (!ready) return;
    const idle = window.requestIdleCallback ?? ((callback: () => void) => window.setTimeout(callback, 50));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const handle = idle(() => void reload(), { timeout: 1_000 });
    return () => cancel(handle);
  }, [ready, reload]);

  const replace = useCallback((updated: SuggestionView) => setItems((list) => list.map((s) => (s.id === updated.id ? updated : s))), []);

  return {
    items,
    state,
    error,
    setError,
    shown,
    toggle,
    reload,
    /** In the order of the text, or most check-worthy first (the server orders; changing it reloads). */
    order,
    setOrder,
    async accept(id: string) {
      const annotation = await suggestionsApi.accept(id);
      setItems((list) => list.filter((s) => s.id !== id));
      return annotation;
    },
    async acceptAll(kind: AnnotationKind) {
      const result = await suggestionsApi.acceptAll(articleId, { kind });
      await reload();
      return result.accepted;
    },
    async dismiss(id: string) {
      const dismissed = await suggestionsApi.dismiss(id);
      replace(dismissed);
      return dismissed;
    },
    async restore(id: string) {
      replace(await suggestionsApi.restore(id));
    },
  };
}
