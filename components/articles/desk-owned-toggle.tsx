"use client";

import { useState } from "react";
import { ErrorAlert } from "@/components/ui/alert";
import { articlesApi } from "../api/articles";
import { useAction } from "../ui/use-action";

/** An editor's switch: whether a publication may carry this article's full text (only the desk's own). */
export function DeskOwnedToggle({ articleId, initial }: { articleId: string; initial: boolean }) {
  const [deskOwned, setDeskOwned] = useState(initial);
  const { busy, error, run } = useAction();
  return (
    <>
      <label className="toggle">
        <input
          type="checkbox"
          checked={deskOwned}
          disabled={busy}
          onChange={(event) => {
            const wanted = event.target.checked;
            void run(async () => setDeskOwned((await articlesApi.markDeskOwned(articleId, wanted)).deskOwned));
          }}
        />{" "}
        This is our desk&apos;s own article (publish its full text)
      </label>
      <ErrorAlert message={error} />
    </>
  );
}
