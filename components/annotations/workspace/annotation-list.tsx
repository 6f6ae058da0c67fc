"use client";

import { memo, useCallback, useEffect, useMemo, useState, useSyncExternalStore } from "react";
import type { AnnotationSummary } from "@/lib/annotations/annotation-summary";
import type { PresenceEntry } from "@/lib/realtime/presence";
import { Avatar } from "../../live/presence-bar";
import { ShowMore } from "../../ui/show-more";
import { KIND_LABELS, KIND_PLURALS, KINDS, STATUS_LABELS, shortQuote } from "../labels";
import type { Filters } from "./actions";
import { useLivePresence } from "./live-context";
import { openWatcher, type OpenWatcher } from "./open-watcher";
import { useOperations, useWorkspace, useWorkspaceStore } from "./workspace-context";
import { LIST_PAGE } from "./view-slice";
import { selectListDrawn, selectVisible } from "./workspace-state";

interface ItemProps {
  annotation: AnnotationSummary;
  watcher: OpenWatcher;
  /** Others who have this annotation open. */
  present?: PresenceEntry[];
  /** `fromKeyboard`: the focus moves on to the opened annotation's panel. */
  onOpen(id: string, fromKeyboard: boolean): void;
}

// Each entry knows itself whether it is the open one: opening another with j renders two entries, not the list.
const ListItem = memo(function ListItem({ annotation, watcher, present, onOpen }: ItemProps) {
  const subscribe = useCallback((listener: () => void) => watcher.subscribe(annotation.id, listener), [watcher, annotation.id]);
  const isOpen = () => watcher.isOpen(annotation.id);
  const selected = useSyncExternalStore(subscribe, isOpen, isOpen);
  return (
    <li>
      <button
        type="button"
        className={`annotation-item kind-${annotation.kind.toLowerCase()}${selected ? " selected" : ""}`}
        aria-current={selected ? "true" : undefined}
        // A click made by Enter or Space has no pointer (detail 0).
        onClick={(event) => onOpen(annotation.id, event.detail === 0)}
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

/** Kinds, statuses and authors to filter by, and how many of each kind. */
function FilterBar({ annotations, filters, onChange }: { annotations: readonly AnnotationSummary[]; filters: Filters; onChange(filters: Filters): void }) {
  const authors = useMemo(() => {
    const names = new Map<string, string>();
    for (const a of annotations) names.set(a.author.id, a.author.name);
    return [...names].sort((a, b) => a[1].localeCompare(b[1]));
  }, [annotations]);
  const set = (key: keyof Filters) => (event: React.ChangeEvent<HTMLSelectElement>) => onChange({ ...filters, [key]: event.target.value });
  return (
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
  );
}

/**
 * Every annotation in document order, filtered as this person chose. A long list is drawn a page
 * at a time: the next page comes when the end of the list scrolls into view, or from the button at
 * its end, and the open annotation is always among those drawn.
 */
export const AnnotationList = memo(function AnnotationList() {
  const store = useWorkspaceStore();
  const operations = useOperations();
  const { load, list: annotations } = useWorkspace((state) => state.annotations);
  const visible = useWorkspace(selectVisible);
  const filters = useWorkspace((state) => state.view.filters);
  const drawn = useWorkspace(selectListDrawn);
  const { presentOn } = useLivePresence();
  const watcher = openWatcher(store);
  const onFiltersChange = useCallback((filters: Filters) => store.dispatch({ type: "filtersChanged", filters }), [store]);
  const onOpen = useCallback((id: string, fromKeyboard: boolean) => operations.open(id, "smooth", false, fromKeyboard), [operations]);
  const counts = useMemo(() => {
    const byKind = Object.fromEntries(KINDS.map((kind) => [kind, 0])) as Record<(typeof KINDS)[number], number>;
    for (const a of annotations) byKind[a.kind]++;
    return byKind;
  }, [annotations]);

  // The button at the list's end, watched so that the next page comes when it scrolls into view.
  const [button, watch] = useState<HTMLButtonElement | null>(null);
  const hasMore = drawn < visible.length;
  useEffect(() => {
    if (!hasMore || !button) return;
    // Observed anew after each page: if the end is still in view, the next page follows.
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) store.dispatch({ type: "listGrown", from: drawn });
    });
    observer.observe(button);
    return () => observer.disconnect();
  }, [hasMore, drawn, button, store]);
  const growing = {
    hasMore,
    watch,
    showMore: () => store.dispatch({ type: "listGrown", from: drawn }),
    next: Math.min(LIST_PAGE, visible.length - drawn),
    rest: visible.length - drawn,
  };

  return (
    <section className="annotation-list" aria-labelledby="annotations-heading">
      <h2 id="annotations-heading">Annotations{load === "ready" && ` (${annotations.length})`}</h2>
      {load === "ready" && (
        <p className="kind-counts" aria-label="Annotations per kind">
          {KINDS.map((kind) => (
            <span key={kind} className={`kind-badge kind-${kind.toLowerCase()}`}>
              {KIND_PLURALS[kind]} {counts[kind]}
            </span>
          ))}
        </p>
      )}
      <FilterBar annotations={annotations} filters={filters} onChange={onFiltersChange} />
      {load === "loading" ? (
        <p className="empty" role="status">
          Loading the annotations…
        </p>
      ) : load === "failed" ? (
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
          {visible.slice(0, drawn).map((annotation) => (
            <ListItem key={annotation.id} annotation={annotation} watcher={watcher} present={presentOn.get(annotation.id)} onOpen={onOpen} />
          ))}
        </ol>
      )}
      <ShowMore list={growing} />
    </section>
  );
});
