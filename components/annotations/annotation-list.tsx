"use client";

import { memo } from "react";
import type { AnnotationSummary } from "@/lib/annotations/annotation-summary";
import type { PresenceEntry } from "@/lib/realtime/presence";
import { Avatar } from "../live/presence-bar";
import { ShowMore } from "../ui/show-more";
import { useGrowingList } from "../ui/use-growing-list";
import { KIND_LABELS, KIND_PLURALS, KINDS, STATUS_LABELS, shortQuote } from "./labels";
import type { Filters } from "./workspace/actions";

interface ItemProps {
  annotation: AnnotationSummary;
  selected: boolean;
  /** Others who have this annotation open. */
  present?: PresenceEntry[];
  onOpen(id: string): void;
}

const ListItem = memo(function ListItem({ annotation, selected, present, onOpen }: ItemProps) {
  return (
    <li>
      <button
        type="button"
        className={`annotation-item kind-${annotation.kind.toLowerCase()}${selected ? " selected" : ""}`}
        aria-current={selected ? "true" : undefined}
        onClick={() => onOpen(annotation.id)}
      >
        <span className="quote">“{shortQuote(annotation.exact)}”</span>
        <span className="item-meta">
          <span className={`kind-badge kind-${annotation.kind.toLowerCase()}`}>{KIND_LABELS[annotation.kind]}</span>
          <span>{annotation.author.name}</span>
          <span>{STATUS_LABELS[annotation.status] ?? annotation.status}</span>
          {annotation.sourceCount > 0 && <span>{annotation.sourceCount} source{annotation.sourceCount === 1 ? "" : "s"}</span>}
          {present?.map((entry) => (
            <span key={entry.userId} className="item-presence">
              <Avatar name={entry.name} editing={entry.editing} /> {entry.name} {entry.editing ? "editing" : "viewing"}
            </span>
          ))}
        </span>
      </button>
    </li>
  );
});

interface Props {
  loading: "loading" | "ready" | "failed";
  annotations: readonly AnnotationSummary[];
  visible: readonly AnnotationSummary[];
  filters: Filters;
  selectedId: string | null;
  presentOn: Map<string, PresenceEntry[]>;
  onFiltersChange(filters: Filters): void;
  onOpen(id: string): void;
}

/**
 * Long lists grow a page at a time, so a 2,000-annotation article still opens quickly: the next
 * page comes when the end of the list scrolls into view, or from the button at its end.
 */
const PAGE = 40;

export function AnnotationList({ loading, annotations, visible, filters, selectedId, presentOn, onFiltersChange, onOpen }: Props) {
  const selectedAt = selectedId ? visible.findIndex((a) => a.id === selectedId) : -1;
  // The open annotation is always in the rendered part of the list.
  const growing = useGrowingList(visible.length, PAGE, selectedAt + 1);
  const shown = visible.slice(0, growing.shown);
  const authors = [...new Map(annotations.map((a) => [a.author.id, a.author.name])).entries()].sort((a, b) => a[1].localeCompare(b[1]));
  const counts = Object.fromEntries(KINDS.map((kind) => [kind, annotations.filter((a) => a.kind === kind).length]));
  const set = (key: keyof Filters) => (event: React.ChangeEvent<HTMLSelectElement>) => onFiltersChange({ ...filters, [key]: event.target.value });

  return (
    <section className="annotation-list" aria-labelledby="annotations-heading">
      <h2 id="annotations-heading">Annotations{loading === "ready" && ` (${annotations.length})`}</h2>
      {loading === "ready" && (
        <p className="kind-counts" aria-label="Annotations per kind">
          {KINDS.map((kind) => (
            <span key={kind} className={`kind-badge kind-${kind.toLowerCase()}`}>
              {KIND_PLURALS[kind]} {counts[kind]}
            </span>
          ))}
        </p>
      )}
      <div className="filters">
        <div>
          <label htmlFor="filter-kind">Kind</label>
          <select id="filter-kind" value={filters.kind} onChange={set("kind")}>
            <option value="">All kinds</option>
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-status">Status</label>
          <select id="filter-status" value={filters.status} onChange={set("status")}>
            <option value="">All statuses</option>
            {Object.entries(STATUS_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-author">Author</label>
          <select id="filter-author" value={filters.author} onChange={set("author")}>
            <option value="">Everyone</option>
            {authors.map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {loading === "loading" ? (
        <p className="empty" role="status">
          Loading the annotations…
        </p>
      ) : loading === "failed" ? (
        <div className="alert error" role="alert">
          The annotations could not be loaded.{" "}
          <button type="button" className="link" onClick={() => window.location.reload()}>
            Reload
          </button>
        </div>
      ) : annotations.length === 0 ? (
        <p className="empty">No annotations yet. Select words in the article and choose Claim, Figure or Denial.</p>
      ) : visible.length === 0 ? (
        <p className="empty">No annotation matches these filters.</p>
      ) : (
        <ol className="annotation-items" aria-label="Annotations in document order">
          {shown.map((annotation) => (
            <ListItem key={annotation.id} annotation={annotation} selected={annotation.id === selectedId} present={presentOn.get(annotation.id)} onOpen={onOpen} />
          ))}
        </ol>
      )}
      <ShowMore list={growing} />
    </section>
  );
}
