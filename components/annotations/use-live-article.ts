"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { AnnotationView } from "@/lib/annotations/annotation-view";
import { isAnnotationChange, isCommentChange, isSuggestionChange, type LiveChange } from "@/lib/contracts/live";
import { VERSIONED_ANNOTATION_EVENTS } from "@/lib/realtime/event-kinds";
import type { PresenceEntry } from "@/lib/realtime/presence";
import { othersPresent } from "../live/presence-bar";
import { useLiveFeed } from "../live/use-live-feed";
import type { Person } from "../review/assignee-select";
import { annotationsApi } from "../api/annotations";
import { articlesApi } from "../api/articles";
import { ApiError } from "../api/client";

const OWN_CHANGE_GRACE_MS = 600;

interface Options {
  articleId: string;
  /** Null until the page's annotations have arrived: the feed starts from where they were read. */
  initialSeq: number | null;
  viewerId: string;
  people: Person[];
  selectedId: string | null;
  editing: boolean;
  versionOf(id: string): number | undefined;
  upsert(annotation: AnnotationView): void;
  drop(id: string): void;
  /** Someone accepted, dismissed or restored a suggestion. */
  onSuggestionsChange(): void;
}

/**
 * Keeps an article page in step with everyone else on it: takes each annotation others changed
 * from the feed (which carries it with this viewer's permissions; replayed changes do not, and are
 * fetched), drops deleted ones, refreshes discussions, and says
 * what this person has open so others can see it. Never moves the reader's scroll or selection.
 */
export function useLiveArticle({ articleId, initialSeq, viewerId, people, selectedId, editing, versionOf, upsert, drop, onSuggestionsChange }: Options) {
  const router = useRouter();
  const [changedBy, setChangedBy] = useState<Record<string, string>>({});
  const [removedBy, setRemovedBy] = useState<Record<string, string>>({});
  const [commentRevisions, setCommentRevisions] = useState<Record<string, number>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const inFlight = useRef(new Map<string, boolean>());
  const nameOf = useCallback((id: string) => (id === viewerId ? "You (in another tab)" : (people.find((p) => p.id === id)?.name ?? "Someone")), [people, viewerId]);

  /** Fetches the annotation once, again if more changes arrived meanwhile. */
  const refetch = useCallback(
    async (id: string) => {
      if (inFlight.current.has(id)) {
        inFlight.current.set(id, true);
        return;
      }
      do {
        inFlight.current.set(id, false);
        try {
          upsert(await annotationsApi.get(id));
        } catch (error) {
          if (error instanceof ApiError && error.status === 404) drop(id);
        }
      } while (inFlight.current.get(id));
      inFlight.current.delete(id);
    },
    [upsert, drop],
  );

  const handle = useCallback(
    (event: LiveChange) => {
      const id = event.annotationId;
      const mine = event.actorId === viewerId;
      if (event.type === "article.text_corrected") {
        setNotice(`${mine ? "The" : `${nameOf(event.actorId)} corrected the`} article text (version ${event.version}). Reload to read the new text with its re-anchored annotations.`);
      } else if (event.type === "article.assigned") {
        router.refresh();
      } else if (isSuggestionChange(event)) {
        onSuggestionsChange();
      } else if (!id) {
        return;
      } else if (isCommentChange(event)) {
        setCommentRevisions((revisions) => ({ ...revisions, [id]: (revisions[id] ?? 0) + 1 }));
      } else if (event.type === "annotation.deleted") {
        const known = versionOf(id);
        // Restored since (an undo): the newer version stands.
        if (known !== undefined && event.version !== null && known > event.version) return;
        if (!mine) setRemovedBy((removed) => ({ ...removed, [id]: nameOf(event.actorId) }));
        drop(id);
      } else {
        if (event.type === "annotation.restored") setRemovedBy((removed) => Object.fromEntries(Object.entries(removed).filter(([key]) => key !== id)));
        const known = versionOf(id);
        if (VERSIONED_ANNOTATION_EVENTS.has(event.type) && known !== undefined && event.version !== null && known >= event.version) return;
        if (!mine) setChangedBy((changed) => ({ ...changed, [id]: nameOf(event.actorId) }));
        // The feed brings the annotation as it now is; a fetch still under way may answer older, so it goes again instead.
        const annotation = isAnnotationChange(event) ? event.annotation : undefined;
        if (annotation && !inFlight.current.has(id)) upsert(annotation);
        else void refetch(id);
      }
    },
    [viewerId, nameOf, router, drop, versionOf, refetch, upsert, onSuggestionsChange],
  );

  // This person's own change usually reaches the feed before the API's answer reaches the page;
  // waiting a moment lets the answer land first, so the page does not fetch what it already has
  // (or re-render thousands of annotations for nothing). Another tab of theirs still catches up.
  const onChange = useCallback(
    (event: LiveChange) => {
      if (event.actorId === viewerId) setTimeout(() => handle(event), OWN_CHANGE_GRACE_MS);
      else handle(event);
    },
    [viewerId, handle],
  );

  const onReset = useCallback(() => setNotice("You were away for a while and missed many changes. Reload to see the article as it is now."), []);
  const feed = useLiveFeed(articlesApi.eventsUrl(articleId), initialSeq, { onChange, onReset });

  // Tells the others which annotation this person has open, and whether they are changing it.
  useEffect(() => {
    const connectionId = feed.connectionId;
    if (!connectionId) return;
    const timer = setTimeout(() => {
      void articlesApi
        .presence(articleId, { connectionId, annotationId: selectedId, editing: selectedId ? editing : false })
        .catch(() => {});
    }, 150);
    return () => clearTimeout(timer);
  }, [articleId, feed.connectionId, selectedId, editing]);

  // Who is here is only known while connected; an old list would mislead.
  const others = useMemo(() => (feed.status === "live" ? othersPresent(feed.presence, viewerId) : []), [feed.status, feed.presence, viewerId]);
  const presentOn = useMemo(() => {
    const map = new Map<string, PresenceEntry[]>();
    for (const entry of others) if (entry.annotationId) map.set(entry.annotationId, [...(map.get(entry.annotationId) ?? []), entry]);
    return map;
  }, [others]);

  return { status: feed.status, reconnect: feed.reconnect, others, presentOn, changedBy, removedBy, commentRevisions, notice };
}
