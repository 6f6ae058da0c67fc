"use client";

import { useState } from "react";
import type { AnnotationSearchHit } from "@/lib/annotations/search-annotations";
import { callApi } from "../ui/api-client";
import { SelectField } from "../ui/select-field";
import { KIND_LABELS, RELATION_OPTIONS, shortQuote, type Kind } from "./labels";
import { ErrorAlert } from "@/components/ui/alert";

/** Finds another annotation in the story, by its quote, to link as corroboration. */
export function CorroborationPicker({
  articleId,
  excludeId,
  onPick,
  onCancel,
}: {
  articleId: string;
  excludeId: string;
  onPick(linkedAnnotationId: string, relation: string): Promise<void>;
  onCancel(): void;
}) {
  const [query, setQuery] = useState("");
  const [relation, setRelation] = useState("SUPPORTS");
  const [results, setResults] = useState<AnnotationSearchHit[] | null>(null);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function search(event: React.FormEvent) {
    event.preventDefault();
    setError(undefined);
    setBusy(true);
    try {
      const data = await callApi<{ results: AnnotationSearchHit[] }>(
        `/api/articles/${articleId}/annotations/search?q=${encodeURIComponent(query)}`,
        { method: "GET" },
      );
      setResults(data.results.filter((hit) => hit.id !== excludeId));
    } catch (caught) {
      setError((caught as Error).message);
    } finally {
      setBusy(false);
    }
  }

  async function pick(id: string) {
    setError(undefined);
    try {
      await onPick(id, relation);
    } catch (caught) {
      setError((caught as Error).message);
    }
  }

  return (
    <div className="source-form">
      <form onSubmit={search} role="search">
        <div className="field">
          <label htmlFor="corroboration-query">Search annotations in this story</label>
          <input id="corroboration-query" value={query} onChange={(event) => setQuery(event.target.value)} placeholder="e.g. 70 million" />
        </div>
        <SelectField id="corroboration-relation" label="Relation" value={relation} onChange={(event) => setRelation(event.target.value)} options={RELATION_OPTIONS} />
        <div className="actions">
          <button type="submit" disabled={busy}>
            {busy ? "Searching…" : "Search"}
          </button>
          <button type="button" className="secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
      <ErrorAlert message={error} />
      {results && results.length === 0 && <p className="empty">No other annotation in this story quotes that.</p>}
      {results && results.length > 0 && (
        <ul className="search-results" aria-label="Matching annotations">
          {results.map((hit) => (
            <li key={hit.id}>
              <span>
                <span className={`kind-badge kind-${hit.kind.toLowerCase()}`}>{KIND_LABELS[hit.kind as Kind]}</span> “{shortQuote(hit.exact, 90)}”
                <span className="muted"> in {hit.articleTitle}</span>
              </span>
              <button type="button" className="secondary" onClick={() => pick(hit.id)} aria-label={`Link “${shortQuote(hit.exact, 60)}”`}>
                Link
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
