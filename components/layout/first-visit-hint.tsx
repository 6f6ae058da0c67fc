"use client";

import { useEffect, useState } from "react";

const KEY = "factmark.firstVisitHint";

/**
 * Where to start, for someone who has never used Factmark: shown on the dashboard until they hide
 * it (remembered in this browser). Rendered after the page loads, so people who hid it never see
 * it flash.
 */
export function FirstVisitHint({ canReview }: { canReview: boolean }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    // Read once the page is in the browser: the server cannot know what this browser hid.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setShown(window.localStorage.getItem(KEY) !== "hidden");
  }, []);
  if (!shown) return null;
  const hide = () => {
    window.localStorage.setItem(KEY, "hidden");
    setShown(false);
  };
  return (
    <section className="card first-visit" aria-labelledby="first-visit-title">
      <h2 id="first-visit-title">Where to start</h2>
      <ol>
        <li>Open an article below and select words in its text, then tag them as a claim, a figure or a denial (or press C, F or D).</li>
        <li>Add a note and the sources that support or refute it, discuss it with the desk, and submit it for review.</li>
        <li>{canReview ? "In Review, approve each with a verdict; then publish the story's report for readers." : "An editor approves it with a verdict and publishes the story's report for readers."}</li>
        <li>Each story&apos;s Ledger lines up the figures the outlets give for the same fact; the Story report exports everything.</li>
      </ol>
      <p className="muted">On an article, press ? to see every keyboard shortcut.</p>
      <button type="button" onClick={hide}>
        Hide this guide
      </button>
    </section>
  );
}
