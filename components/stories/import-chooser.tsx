"use client";

import { useState } from "react";
import { ImportForm } from "./import-form";
import { WebImportForm } from "./web-import-form";

/** The two ways an article comes in: a file or pasted text, or a web address Factmark fetches. */
export function ImportChooser({ storyId, canMarkOwn }: { storyId: string; canMarkOwn: boolean }) {
  const [from, setFrom] = useState<"file" | "web">("file");
  return (
    <>
      <fieldset className="kind-choice import-from">
        <legend>Import from</legend>
        <label className="kind-option">
          <input type="radio" name="import-from" checked={from === "file"} onChange={() => setFrom("file")} /> A file or pasted text
        </label>
        <label className="kind-option">
          <input type="radio" name="import-from" checked={from === "web"} onChange={() => setFrom("web")} /> From a web address
        </label>
      </fieldset>
      {from === "file" ? <ImportForm storyId={storyId} canMarkOwn={canMarkOwn} /> : <WebImportForm storyId={storyId} canMarkOwn={canMarkOwn} />}
    </>
  );
}
