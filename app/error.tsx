"use client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <main id="main">
      <div className="card" role="alert">
        <h1>Something went wrong</h1>
        <p>The page could not be shown. Your work is saved; please try again.</p>
        <button type="button" onClick={reset}>
          Try again
        </button>
      </div>
    </main>
  );
}
