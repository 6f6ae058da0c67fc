"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef } from "react";
import { isAnnotationChange, isCommentChange, isFactChange, isSuggestionChange, type ArticleLiveChange, type LiveChange } from "@/lib/contracts/live";
import { VERSIONED_ANNOTATION_EVENTS } from "@/lib/realtime/event-kinds";
import type { PresenceEntry } from "@/lib/realtime/presence";
import { othersPresent } from "../../live/presence-bar";
import { useLiveFeed } from "../../live/use-live-feed";
import type { Person } from "../../review/assignee-select";
import { annotationsApi } from "../../api/annotations";
import { articlesApi } from "../../api/articles";
import { ApiError } from "../../api/client";
import { announce } from "../../ui/announcer";
import { describeLiveChange } from "./announcements";
import { findAnnotation } from "./annotations-slice";
import { versionOf } from "./details-slice";
import type { WorkspaceOperations } from "./operations";
import type { WorkspaceStore } from "./workspace-state";

const OWN_CHANGE_GRACE_MS = 600;

interface Options {
  store: WorkspaceStore;
  operations: WorkspaceOperations;
  articleId: string;
  /** Null until the page's annotations have arrived: the feed starts from where they were read. */
  initialSeq: number | null;
  viewerId: string;
  people: Person[];
}

/**
 * Keeps an article page in step with everyone else on it: takes each annotation others changed
 * from the feed (which carries it with this viewer's permissions; replayed changes do not, and are
 * fetched), drops deleted ones, refreshes discussions, and says what this person has open so
 * others can see it. Never moves the reader's scroll or selection. What it learns goes into the
 * page's state as named actions; the feed's connection and who is here are returned.
 */
export function useLiveArticle({ store, operations, articleId, initialSeq, viewerId, people }: Options) {
  const router = useRouter();
  const { dispatch } = store;
  const inFlight = useRef(new Map<string, boolean>());
  const nameOf = useCallback((id: string) => (id === viewerId ? "You (in another tab)" : (people.find((p) => p.id === id)?.name ?? "Someone")), [people, viewerId]);
  const known = useCallback((id: string) => versionOf(store.getState().details, id), [store]);

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
          dispatch({ type: "annotationReceived", annotation: await annotationsApi.get(id) });
        } catch (error) {
          if (error instanceof ApiError && error.status === 404) dispatch({ type: "annotationDropped", id });
        }
      } while (inFlight.current.get(id));
      inFlight.current.delete(id);
    },
    [dispatch],
  );

  const handle = useCallback(
    (event: ArticleLiveChange) => {
      const id = event.annotationId;
      const mine = event.actorId === viewerId;
      // Others' work is said as it arrives (the list and the highlights change without a sound).
      if (!mine) {
        const item = (isAnnotationChange(event) ? event.annotation : undefined) ?? (id ? findAnnotation(store.getState().annotations, id) : undefined);
        const said = describeLiveChange(event.type, nameOf(event.actorId), item);
        if (said) announce(said);
      }
      if (event.type === "article.text_corrected") {
        const notice = `${mine ? "The" : `${nameOf(event.actorId)} corrected the`} article text (version ${event.version}). Reload to read the new text with its re-anchored annotations.`;
        dispatch({ type: "pageOutdated", notice });
      } else if (event.type === "article.assigned") {
        router.refresh();
      } else if (isSuggestionChange(event)) {
        void operations.loadSuggestions();
      } else if (!id) {
        return;
      } else if (isCommentChange(event)) {
        dispatch({ type: "commentsChanged", id });
      } else if (event.type === "annotation.deleted") {
        const version = known(id);
        // Restored since (an undo): the newer version stands.
        if (version !== undefined && event.version !== null && version > event.version) return;
        if (!mine) dispatch({ type: "removedByOther", id, by: nameOf(event.actorId) });
        dispatch({ type: "annotationDropped", id });
      } else {
        if (event.type === "annotation.restored") dispatch({ type: "restoredLive", id });
        const version = known(id);
        if (VERSIONED_ANNOTATION_EVENTS.has(event.type) && version !== undefined && event.version !== null && version >= event.version) return;
        if (!mine) dispatch({ type: "changedByOther", id, by: nameOf(event.actorId) });
        // The feed brings the annotation as it now is; a fetch still under way may answer older, so it goes again instead.
        const annotation = isAnnotationChange(event) ? event.annotation : undefined;
        if (annotation && !inFlight.current.has(id)) dispatch({ type: "annotationReceived", annotation });
        else void refetch(id);
      }
    },
    [viewerId, nameOf, router, dispatch, known, refetch, operations, store],
  );

  // This person's own change usually reaches the feed before the API's answer reaches the page;
  // waiting a moment lets the answer land first, so the page does not fetch what it already has
  // (or re-render thousands of annotations for nothing). Another tab of theirs still catches up.
  const onChange = useCallback(
    (event: LiveChange) => {
      // The article's feed carries no ledger changes (they are the story's).
      if (isFactChange(event)) return;
      if (event.actorId === viewerId) setTimeout(() => handle(event), OWN_CHANGE_GRACE_MS);
      else handle(event);
    },
    [viewerId, handle],
  );

  const onReset = useCallback(() => dispatch({ type: "pageOutdated", notice: "You were away for a while and missed many changes. Reload to see the article as it is now." }), [dispatch]);
  const feed = useLiveFeed(articlesApi.eventsUrl(articleId), initialSeq, { onChange, onReset });

  // Tells the others which annotation this person has open, and whether they are changing it:
  // a moment after it settles, so paging through with j sends only where the person stopped.
  const connectionId = feed.connectionId;
  useEffect(() => {
    if (!connectionId) return;
    let sent: { annotationId: string | null; editing: boolean } | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      const { annotationId, editing } = store.getState().selection;
      const next = { annotationId, editing: annotationId ? editing : false };
      if (sent && sent.annotationId === next.annotationId && sent.editing === next.editing) return;
      sent = next;
      clearTimeout(timer);
      timer = setTimeout(() => void articlesApi.presence(articleId, { connectionId, ...next }).catch(() => {}), 150);
    };
    check();
    const unsubscribe = store.subscribe(check);
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [store, articleId, connectionId]);

  // Who is here is only known while connected; an old list would mislead.
  const others = useMemo(() => (feed.status === "live" ? othersPresent(feed.presence, viewerId) : []), [feed.status, feed.presence, viewerId]);
  const presentOn = useMemo(() => {
    const map = new Map<string, PresenceEntry[]>();
    for (const entry of others) if (entry.annotationId) map.set(entry.annotationId, [...(map.get(entry.annotationId) ?? []), entry]);
    return map;
  }, [others]);

  const { status, reconnect } = feed;
  return useMemo(() => ({ status, reconnect, others, presentOn }), [status, reconnect, others, presentOn]);
}
