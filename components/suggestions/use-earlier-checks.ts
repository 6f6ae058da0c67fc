"use client";

import { useEffect, useRef, useState } from "react";
import type { SuggestionView } from "@/lib/suggestions/suggestion-view";
import { MAX_SPANS_PER_REQUEST } from "@/lib/validation/claim-schemas";
import { claimsApi, type CheckMatch } from "../api/claims";

type Span = Pick<SuggestionView, "articleId" | "kind" | "start" | "end" | "exact">;

/** A span as asked about: its article, place, kind and words (words change with a correction even where the offsets do not). */
export const earlierChecksKey = (span: Span) => `${span.articleId}:${span.kind}:${span.start}:${span.end}:${span.exact}`;

const NONE: readonly CheckMatch[] = [];

/**
 * The desk's earlier checks of the listed suggestions, looked up while they are still
 * suggestions: those not asked about yet, in batches of MAX_SPANS_PER_REQUEST (one request for a
 * page's first listing, a few for "Show all" on a long article), one batch after another. Each
 * answer is kept, so a list that changes (one accepted, another order, "Show all") asks only for
 * what it has not asked before. `of` gives a suggestion's matches, empty until known or when none.
 */
export function useEarlierChecks(listed: readonly Span[]): { of(span: Span): readonly CheckMatch[]; error: string | undefined } {
  const [found, setFound] = useState<ReadonlyMap<string, readonly CheckMatch[]>>(() => new Map());
  const [error, setError] = useState<string | undefined>();
  /** Keys asked about (answered or on their way): never asked twice. */
  const asked = useRef(new Set<string>());
  // The effect follows which spans are listed, not each new array holding the same ones.
  const wanted = JSON.stringify(listed.map(({ articleId, kind, start, end, exact }) => ({ articleId, kind, start, end, exact })));

  useEffect(() => {
    const missing = (JSON.parse(wanted) as Span[]).filter((span) => !asked.current.has(earlierChecksKey(span)));
    if (missing.length === 0) return;
    for (const span of missing) asked.current.add(earlierChecksKey(span));
    void (async () => {
      // The page lists one article's suggestions; a batch never mixes two, should it ever.
      const articles = [...new Set(missing.map((span) => span.articleId))];
      for (const articleId of articles) {
        const ofArticle = missing.filter((span) => span.articleId === articleId);
        for (let at = 0; at < ofArticle.length; at += MAX_SPANS_PER_REQUEST) {
          const batch = ofArticle.slice(at, at + MAX_SPANS_PER_REQUEST);
          try {
            const answer = await claimsApi.spanMatches(
              articleId,
              batch.map(({ start, end, kind }) => ({ start, end, kind })),
            );
            setFound((before) => {
              const next = new Map(before);
              batch.forEach((span, i) => next.set(earlierChecksKey(span), answer.spans[i]?.matches ?? NONE));
              return next;
            });
            setError(undefined);
          } catch (caught) {
            // Asked again when the list next changes, rather than at once in a loop.
            for (const span of batch) asked.current.delete(earlierChecksKey(span));
            setError((caught as Error).message);
          }
        }
      }
    })();
  }, [wanted]);

  return { of: (span) => found.get(earlierChecksKey(span)) ?? NONE, error };
}
