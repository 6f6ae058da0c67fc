"use client";

import { Link } from "@/components/ui/link";
import { useEffect, useRef, useState } from "react";
import type { AnnotationView } from "@/lib/annotations/annotation-view";
import { annotationsApi } from "../api/annotations";
import { CorroborationPicker } from "./corroboration-picker";
import { RELATION_LABELS, shortQuote } from "./labels";
import { SourceForm, type WebSourceValues } from "./source-form";
import { ErrorAlert } from "@/components/ui/alert";
import { SourceArchive } from "@/components/sources/source-archive";

type Mode = { type: "idle" } | { type: "add-web" } | { type: "add-link" } | { type: "edit"; sourceId: string };

export function SourcesSection({ annotation, onChange }: { annotation: AnnotationView; onChange(updated: AnnotationView): void }) {
  const [mode, setMode] = useState<Mode>({ type: "idle" });
  const [error, setError] = useState<string>();
  // A form closed (saved or cancelled): the focus goes back to the button that opens the next one.
  const addButton = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (mode.type === "idle" && wasOpen.current && (document.activeElement === document.body || document.activeElement === null)) addButton.current?.focus();
    wasOpen.current = mode.type !== "idle";
  }, [mode]);

  async function save(call: () => Promise<AnnotationView>) {
    const updated = await call();
    onChange(updated);
    setMode({ type: "idle" });
  }

  const webBody = (values: WebSourceValues) => ({ ...values, url: values.url.trim() });

  return (
    <section className="sources" aria-labelledby="sources-heading">
      <h3 id="sources-heading">Sources ({annotation.sources.length})</h3>
      {annotation.sources.length === 0 && <p className="empty">No sources yet.</p>}
      <ul className="source-items">
        {annotation.sources.map((source) =>
          mode.type === "edit" && mode.sourceId === source.id ? (
            <li key={source.id}>
              <SourceForm
                idPrefix={`edit-${source.id}`}
                initial={source}
                submitLabel="Save source"
                onSubmit={(values) => save(() => annotationsApi.updateSource(source.id, { ...webBody(values), version: annotation.version }))}
                onCancel={() => setMode({ type: "idle" })}
              />
            </li>
          ) : (
            <li key={source.id} className="source-item">
              <span className={`relation relation-${source.relation.toLowerCase()}`}>{RELATION_LABELS[source.relation]}</span>
              {source.linked ? (
                <span>
                  Corroborated by “{shortQuote(source.linked.exact, 80)}” in{" "}
                  <Link href={`/articles/${source.linked.articleId}`}>{source.linked.articleTitle}</Link>
                  {source.linked.deleted && <span className="muted"> (since deleted)</span>}
                </span>
              ) : (
                <span>
                  <a href={source.url ?? "#"} target="_blank" rel="noopener noreferrer nofollow">
                    {source.title || source.url}
                  </a>
                  {source.publisher && <span className="muted"> · {source.publisher}</span>}
                  {source.accessedAt && <span className="muted"> · accessed {source.accessedAt}</span>}
                  {source.excerpt && <q className="excerpt">{source.excerpt}</q>}
                  <SourceArchive source={source} onChange={onChange} />
                </span>
              )}
              {annotation.canEdit && (
                <span className="source-actions">
                  {!source.linked && (
                    <button type="button" className="link" onClick={() => setMode({ type: "edit", sourceId: source.id })} aria-label={`Edit source ${source.title || source.url}`}>
                      Edit
                    </button>
                  )}
                  <button
                    type="button"
                    className="link"
                    aria-label={`Remove source ${source.title || source.url || "link"}`}
                    onClick={() => save(() => annotationsApi.removeSource(source.id, annotation.version)).catch((caught) => setError((caught as Error).message))}
                  >
                    Remove
                  </button>
                </span>
              )}
            </li>
          ),
        )}
      </ul>
      <ErrorAlert message={error} />
      {annotation.canEdit && mode.type === "idle" && (
        <div className="actions">
          <button ref={addButton} type="button" className="secondary" onClick={() => setMode({ type: "add-web" })}>
            Add source
          </button>
          <button type="button" className="secondary" onClick={() => setMode({ type: "add-link" })}>
            Link an annotation
          </button>
        </div>
      )}
      {mode.type === "add-web" && (
        <SourceForm
          idPrefix="new-source"
          submitLabel="Add this source"
          onSubmit={(values) => save(() => annotationsApi.addSource(annotation.id, webBody(values)))}
          onCancel={() => setMode({ type: "idle" })}
        />
      )}
      {mode.type === "add-link" && (
        <CorroborationPicker
          articleId={annotation.articleId}
          excludeId={annotation.id}
          onPick={(linkedAnnotationId, relation) => save(() => annotationsApi.addSource(annotation.id, { linkedAnnotationId, relation }))}
          onCancel={() => setMode({ type: "idle" })}
        />
      )}
    </section>
  );
}
