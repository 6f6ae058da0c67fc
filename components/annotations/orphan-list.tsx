"use client";

import type { AnnotationSummary } from "@/lib/annotations/annotation-summary";
import { KIND_LABELS, shortQuote } from "./labels";

/**
 * Annotations a correction could not place with confidence. They keep everything (note, sources,
 * review) and wait here until someone selects their words again.
 */
export function OrphanList({
  orphans,
  canReattach,
  onOpen,
  onReattach,
}: {
  orphans: readonly AnnotationSummary[];
  canReattach: boolean;
  onOpen(id: string): void;
  onReattach(id: string): void;
}) {
  if (!orphans.length) return null;
  return (
    <section className="orphans" aria-labelledby="orphans-heading">
      <h2 id="orphans-heading">Needs re-anchoring ({orphans.length})</h2>
      <p className="muted">The text changed under these. Select the words each belongs to, then re-attach it.</p>
      <ul aria-label="Annotations that need re-anchoring">
        {orphans.map((orphan) => (
          <li key={orphan.id}>
            <button type="button" className="link" onClick={() => onOpen(orphan.id)}>
              <span className={`kind-badge kind-${orphan.kind.toLowerCase()}`}>{KIND_LABELS[orphan.kind]}</span> “{shortQuote(orphan.exact, 80)}”
            </button>{" "}
            <button
              type="button"
              className="secondary"
              disabled={!canReattach}
              title={canReattach ? undefined : "Select the words in the article first"}
              aria-label={`Re-attach to selection: “${shortQuote(orphan.exact, 40)}”`}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => onReattach(orphan.id)}
            >
              Re-attach to selection
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
