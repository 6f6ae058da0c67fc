"use client";

import { useEffect, useRef } from "react";
import type { AnnotationSnapshot } from "@/lib/realtime/annotation-snapshot";
import type { AnnotationSummary } from "@/lib/annotations/annotation-summary";
import { decodeSummaries } from "@/lib/annotations/summary-codec";
import type { WorkspaceStore } from "./workspace-state";

/**
 * Takes the article's annotations in from the snapshot that streams in after its text. Only the
 * first snapshot is taken (the reducer ignores later ones): after it the live feed keeps the page
 * current, so a refresh of the page's data neither resets the feed nor reopens a linked
 * annotation. `onArrive` runs once, with them.
 */
export function useAnnotationSnapshot(store: WorkspaceStore, snapshot: Promise<AnnotationSnapshot>, text: string, onArrive: (annotations: AnnotationSummary[]) => void) {
  const arrive = useRef(onArrive);
  useEffect(() => {
    arrive.current = onArrive;
  });

  useEffect(() => {
    let current = true;
    snapshot.then(
      ({ seq, summaries }) => {
        if (!current || store.getState().annotations.load !== "loading") return;
        const annotations = decodeSummaries(summaries, text);
        store.dispatch({ type: "snapshotArrived", annotations, seq });
        arrive.current(annotations);
      },
      () => {
        if (current) store.dispatch({ type: "snapshotFailed" });
      },
    );
    return () => {
      current = false;
    };
  }, [store, snapshot, text]);
}
