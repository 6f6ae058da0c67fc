"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { articlesApi } from "../api/articles";
import { ApiError } from "../api/client";
import { DeskOwnedField } from "./desk-owned-field";

type Status =
  | { type: "idle" }
  | { type: "uploading"; percent: number }
  | { type: "error"; message: string }
  | { type: "duplicate"; message: string; articleId: string };

const MAX_BYTES = 2 * 1024 * 1024;

/** Import by pasting or uploading; an upload shows its progress, a duplicate asks before it goes in. */
export function ImportForm({ storyId, canMarkOwn }: { storyId: string; canMarkOwn: boolean }) {
  const router = useRouter();
  const [mode, setMode] = useState<"paste" | "file">("file");
  const [status, setStatus] = useState<Status>({ type: "idle" });
  const form = useRef<HTMLFormElement>(null);

  function send(allowDuplicate: boolean) {
    const element = form.current;
    if (!element) return;
    const data = new FormData(element);
    if (mode === "paste") data.delete("file");
    else data.delete("text");
    const file = data.get("file");
    if (file instanceof File && file.size > MAX_BYTES) {
      setStatus({ type: "error", message: "The file is larger than the 2 MB limit. Import a shorter text." });
      return;
    }
    if (allowDuplicate) data.set("allowDuplicate", "true");
    setStatus({ type: "uploading", percent: 0 });
    articlesApi.importArticle(storyId, data, (percent) => setStatus({ type: "uploading", percent })).then(
      (article) => router.push(`/articles/${article.id}`),
      (error: Error) => {
        const duplicateOf = error instanceof ApiError && error.status === 409 ? (error.details?.duplicateOf as { id?: unknown } | undefined) : undefined;
        if (typeof duplicateOf?.id === "string") setStatus({ type: "duplicate", message: error.message, articleId: duplicateOf.id });
        else setStatus({ type: "error", message: error.message });
      },
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    send(false);
  }

  const busy = status.type === "uploading";
  return (
    <form ref={form} className="card import-form" onSubmit={submit} noValidate aria-busy={busy}>
      <div className="field">
        <label htmlFor="import-title">Title</label>
        <input id="import-title" name="title" required />
      </div>
      <div className="form-row">
        <div className="field">
          <label htmlFor="import-outlet">Outlet</label>
          <input id="import-outlet" name="outlet" />
        </div>
        <div className="field">
          <label htmlFor="import-url">Original URL</label>
          <input id="import-url" name="url" type="url" placeholder="https://" />
        </div>
        <div className="field">
          <label htmlFor="import-date">Published</label>
          <input id="import-date" name="publishedAt" type="date" />
        </div>
      </div>
      {canMarkOwn && <DeskOwnedField id="import-desk-owned" />}
      <fieldset className="kind-choice">
        <legend>Text</legend>
        <label className="kind-option">
          <input type="radio" name="mode" checked={mode === "file"} onChange={() => setMode("file")} /> Upload a file
        </label>
        <label className="kind-option">
          <input type="radio" name="mode" checked={mode === "paste"} onChange={() => setMode("paste")} /> Paste text
        </label>
      </fieldset>
      {mode === "file" ? (
        <div className="field">
          <label htmlFor="import-file">File (.txt, .md or .html, up to 2 MB)</label>
          <input id="import-file" name="file" type="file" accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html" />
        </div>
      ) : (
        <>
          <div className="field">
            <label htmlFor="import-format">Format</label>
            <select id="import-format" name="format" defaultValue="text">
              <option value="text">Plain text</option>
              <option value="markdown">Markdown</option>
              <option value="html">HTML</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="import-text">Article text</label>
            <textarea id="import-text" name="text" rows={12} />
          </div>
        </>
      )}
      {status.type === "uploading" && (
        <div className="progress">
          <label htmlFor="import-progress">Uploading</label>
          <progress id="import-progress" max={100} value={status.percent}>
            {status.percent} %
          </progress>
        </div>
      )}
      {status.type === "error" && (
        <div className="alert error" role="alert">
          {status.message}
        </div>
      )}
      {status.type === "duplicate" && (
        <div className="alert error" role="alert">
          {status.message}{" "}
          <a href={`/articles/${status.articleId}`}>Open it</a>, or{" "}
          <button type="button" className="link" onClick={() => send(true)}>
            import anyway
          </button>
          .
        </div>
      )}
      <button type="submit" disabled={busy}>
        {busy ? "Importing…" : "Import article"}
      </button>
    </form>
  );
}
