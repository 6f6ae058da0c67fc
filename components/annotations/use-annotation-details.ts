"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { AnnotationView } from "@/lib/annotations/annotation-view";
import { annotationsApi } from "../api/annotations";

export type DetailState = { status: "loading" } | { status: "error"; message: string } | { status: "ready"; annotation: AnnotationView };

/**
 * Full annotations (note, sources, permissions), fetched when one is opened and kept while the
 * page lives. Views the page already has (from a create or an edit) go straight into the cache.
 */
export function useAnnotationDetails(selectedId: string | null) {
  const [cache, setCache] = useState<Map<string, AnnotationView>>(() => new Map());
  const [failed, setFailed] = useState<{ id: string; message: string } | null>(null);

  // The cache as of the last render, for event handlers that must not wait for one.
  const current = useRef(cache);
  useEffect(() => {
    current.current = cache;
  }, [cache]);

  const remember = useCallback((annotation: AnnotationView) => {
    setCache((previous) => new Map(previous).set(annotation.id, annotation));
  }, []);
  const versionOf = useCallback((id: string) => current.current.get(id)?.version, []);

  useEffect(() => {
    if (!selectedId || cache.has(selectedId)) return;
    let cancelled = false;
    annotationsApi.get(selectedId)
      .then((annotation) => {
        if (!cancelled) remember(annotation);
      })
      .catch((error: Error) => {
        if (!cancelled) setFailed({ id: selectedId, message: error.message });
      });
    return () => {
      cancelled = true;
    };
  }, [selectedId, cache, remember]);

  const cached = selectedId ? cache.get(selectedId) : undefined;
  const detail: DetailState | null = !selectedId
    ? null
    : cached
      ? { status: "ready", annotation: cached }
      : failed?.id === selectedId
        ? { status: "error", message: failed.message }
        : { status: "loading" };
  return { detail, remember, versionOf };
}
