"use client";

import { useState } from "react";
import type { AnnotationSearchHit } from "@/lib/annotations/search-annotations";
import type { SourceRelation } from "@/lib/vocabulary/names";
import { annotationsApi } from "../api/annotations";
import { useAction } from "../ui/use-action";
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
  onPick(linkedAnnotationId: string, relation: SourceRelation): Promise<void>;
  onCancel(): void;
}) {
  const [query, setQuery] = useState("");
  const [relation, setRelation] = useState<SourceRelation>("SUPPORTS");
  const [results, setResults] = useState<AnnotationSearchHit[] | null>(null);
  const { busy, error, run } = useAction();

  async function search(event: React.FormEvent) {
    event.preventDefault();
    const data = await run(() => annotationsApi.searchInStory(articleId, query));
    if (data) setResults(data.results.filter((hit) => hit.id !== excludeId));
  }

  async function pick(id: string) {
    await run(() => onPick(id, relation));
  }

  return (
    <div className="source-form">
      <form onSubmit={search} role="search">
        <div className="field">
          <label htmlFor="corroboration-query">Search annotations in this story</label>
          <input id="corroboration-query" value={query} onChange={(event) => setQuery(event.target.value)} placeholder="e.g. 70 million" />
        </div>
        <SelectField id="corroboration-relation" label="Relation" value={relation} onChange={(event) => setRelation(event.target.value as SourceRelation)} options={RELATION_OPTIONS} />
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
