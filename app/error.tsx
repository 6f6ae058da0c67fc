"use client";

import { Link } from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { startTransition } from "react";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const router = useRouter();
  // A page that failed on the server (the database away) is only drawn again once the server is
  // asked again: resetting the boundary alone would show the same failure.
  const tryAgain = () =>
    startTransition(() => {
      router.refresh();
      reset();
    });
  return (
    <main id="main">
      {/* The page's own title never came: React puts this one in the head. */}
      <title>Something went wrong · Factmark</title>
      <div className="card" role="alert">
        <h1>Something went wrong</h1>
        <p>The page could not be shown. Nothing you saved before is lost; please try again in a moment.</p>
        <p className="actions">
          <button type="button" onClick={tryAgain}>
            Try again
          </button>
          <Link href="/">Back to the stories</Link>
        </p>
      </div>
    </main>
  );
}
