"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

/** How long a page still loading may take to show its heading and still be given the focus. */
const WAIT_FOR_HEADING_MS = 10_000;

/**
 * A move to another page within the app changes the page without loading it, so the browser
 * leaves the focus where it was: on the link that was followed, or nowhere once that is gone, and
 * the next Tab goes on from a place that no longer means anything. The new page's heading takes
 * the focus instead, as a screen reader's user hears where they are and a keyboard's user goes on
 * from the top of what is new. Never when the page itself (an annotation opened from a link) or
 * the person has put the focus somewhere meanwhile.
 */
export function RouteFocus() {
  const pathname = usePathname();
  const shown = useRef(pathname);
  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    const main = document.getElementById("main");
    if (!main) return;
    const left = document.activeElement;
    const untouched = () => {
      const active = document.activeElement;
      return !active || active === document.body || active === left;
    };
    /** Whether the heading is there (given the focus if nobody has taken it). */
    const focusHeading = () => {
      const heading = main.querySelector<HTMLElement>("h1");
      if (!heading) return false;
      if (untouched()) {
        heading.tabIndex = -1;
        heading.focus({ preventScroll: true });
      }
      return true;
    };
    if (focusHeading()) return;
    // A page that shows "Loading…" first has its heading a moment later.
    const observer = new MutationObserver(() => focusHeading() && observer.disconnect());
    observer.observe(main, { childList: true, subtree: true });
    const giveUp = window.setTimeout(() => observer.disconnect(), WAIT_FOR_HEADING_MS);
    return () => {
      observer.disconnect();
      window.clearTimeout(giveUp);
    };
  }, [pathname]);
  return null;
}
