"use client";

import { useEffect, useState } from "react";

/**
 * A long list drawn a page at a time, so a page with thousands of items still opens quickly: the
 * next page comes when the "show more" button at the list's end scrolls into view, or when it is
 * pressed. `atLeast` keeps an item (the open one) among those drawn.
 */
export function useGrowingList(total: number, page: number, atLeast = 0) {
  const [limit, setLimit] = useState(page);
  const shown = Math.min(total, Math.max(limit, atLeast));
  // A callback ref (the button's setter), so the list knows when its button comes and goes.
  const [button, watch] = useState<HTMLButtonElement | null>(null);
  const hasMore = shown < total;
  useEffect(() => {
    if (!hasMore || !button) return;
    // Observing anew after each page: if the end is still in view, the next page follows.
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setLimit((current) => Math.max(current, shown) + page);
    });
    observer.observe(button);
    return () => observer.disconnect();
  }, [hasMore, shown, page, button]);
  return { shown, hasMore, watch, showMore: () => setLimit(shown + page), next: Math.min(page, total - shown), rest: total - shown };
}
