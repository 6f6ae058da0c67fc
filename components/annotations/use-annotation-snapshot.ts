"use client";

import { useEffect, useRef, useState } from "react";
import type { AnnotationSnapshot } from "@/lib/realtime/annotation-snapshot";
import type { AnnotationSummary } from "@/lib/annotations/annotation-summary";
import { decodeSummaries } from "@/lib/annotations/summary-codec";

export type LoadState = "loading" | "ready" | "failed";

/**
 * The article's annotations, from the snapshot that streams in after its text. Only the first
 * snapshot is taken: after it the live feed keeps the page current, so a refresh of the page's
 * data neither resets the feed nor reopens a linked annotation. `onArrive` runs once, with them.
 */
export function useAnnotationSnapshot(snapshot: Promise<AnnotationSnapshot>, text: string, onArrive: (annotations: AnnotationSummary[]) => void) {
  const [annotations, setAnnotations] = useState<AnnotationSummary[]>([]);
  const [state, setState] = useState<LoadState>("loading");
  const [seq, setSeq] = useState<number | null>(null);
  const received = useRef(false);
  const arrive = useRef(onArrive);
  useEffect(() => {
    arrive.current = onArrive;
  });

  useEffect(() => {
    let current = true;
    snapshot.then(
      ({ seq, summaries }) => {
        if (!current || received.current) return;
        received.current = true;
        const loaded = decodeSummaries(summaries, text);
        setAnnotations(loaded);
        setSeq(seq);
        setState("ready");
        arrive.current(loaded);
      },
      () => {
        if (current && !received.current) setState("failed");
      },
    );
    return () => {
      current = false;
    };
  }, [snapshot, text]);

  return { annotations, setAnnotations, state, seq };
}
