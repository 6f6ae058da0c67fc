"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { claimsApi, type ClaimImportResult } from "../api/claims";
import { ErrorAlert } from "../ui/alert";
import { useAction } from "../ui/use-action";

const said = (result: ClaimImportResult) =>
  `Imported ${result.imported} review${result.imported === 1 ? "" : "s"}${result.alreadyKnown ? ` (${result.alreadyKnown} already in the memory)` : ""} from ${result.publishers.join(", ")}.`;

/** Editors bring other publishers' checks into the memory: a ClaimReview file, or the address of a fact-check page or another desk's feed. */
export function ImportChecks() {
  const router = useRouter();
  const [done, setDone] = useState<string>();
  const file = useAction();
  const web = useAction();

  async function sendFile(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(undefined);
    const form = event.currentTarget;
    const chosen = new FormData(form).get("file");
    if (!(chosen instanceof File) || chosen.size === 0) return file.setError("Choose a ClaimReview file (.json or .jsonld) to import.");
    const result = await file.run(() => claimsApi.importFile(chosen));
    if (!result) return;
    form.reset();
    setDone(said(result));
    router.refresh();
  }

  async function sendAddress(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(undefined);
    const form = event.currentTarget;
    const url = String(new FormData(form).get("url") ?? "");
    const result = await web.run(() => claimsApi.importWeb(url));
    if (!result) return;
    form.reset();
    setDone(said(result));
    router.refresh();
  }

  return (
    <section className="card" aria-labelledby="import-checks-heading">
      <h2 id="import-checks-heading">Import other publishers’ checks</h2>
      <p className="muted">
        Their reviews join the memory as “checked by” them: offered beside the desk’s own checks, never published as the desk’s. A review already in the
        memory is kept once.
      </p>
      <form onSubmit={(event) => void sendFile(event)} aria-label="Import a ClaimReview file">
        <div className="field">
          <label htmlFor="import-file">ClaimReview file (.json or .jsonld, up to 2 MB)</label>
          <input id="import-file" name="file" type="file" accept=".json,.jsonld,application/json,application/ld+json" />
        </div>
        <ErrorAlert message={file.error} />
        <div className="actions">
          <button type="submit" disabled={file.busy}>
            {file.busy ? "Importing…" : "Import the file"}
          </button>
        </div>
      </form>
      <form onSubmit={(event) => void sendAddress(event)} aria-label="Import from a web address">
        <div className="field">
          <label htmlFor="import-url">Address of a fact-check page or a Factmark feed (/p/feed.json)</label>
          <input id="import-url" name="url" type="url" required placeholder="https://desk.example/p/feed.json" />
        </div>
        <ErrorAlert message={web.error} />
        <div className="actions">
          <button type="submit" disabled={web.busy}>
            {web.busy ? "Fetching…" : "Import from the address"}
          </button>
        </div>
      </form>
      <div aria-live="polite">{done && <p className="alert success" role="status">{done}</p>}</div>
    </section>
  );
}
