"use client";

// A plain anchor, not next/link: after an error the client router may be what failed.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <main id="main">
      {/* The page's own title never came: React puts this one in the head. */}
      <title>Something went wrong · Factmark</title>
      <div className="card" role="alert">
        <h1>Something went wrong</h1>
        <p>The page could not be shown. Nothing you saved before is lost; please try again in a moment.</p>
        <p className="actions">
          <button type="button" onClick={reset}>
            Try again
          </button>
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full load, on purpose (above) */}
          <a href="/">Back to the stories</a>
        </p>
      </div>
    </main>
  );
}
