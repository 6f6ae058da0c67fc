"use client";

import { EditorContent, useEditor } from "@tiptap/react";
import { articleExtensions } from "@/lib/articles/article-extensions";
import { Link } from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { DiffPart } from "@/lib/text/text-diff";
import type { JsonNode } from "@/lib/anchoring/text-index";
import { articlesApi } from "../api/articles";
import { ApiError } from "../api/client";
import { DiffView } from "./diff-view";

type Outcome =
  | { type: "saved"; from: number; version: number; placed: number; orphaned: number }
  | { type: "conflict"; message: string; theirChange: DiffPart[] }
  | { type: "error"; message: string };

/** The article's words, editable by an editor: paragraphs, headings, lists and quotes, no formatting. */
export function TextEditor({ articleId, version, content }: { articleId: string; version: number; content: JsonNode }) {
  const router = useRouter();
  const [outcome, setOutcome] = useState<Outcome>();
  const [busy, setBusy] = useState(false);
  const editor = useEditor({
    immediatelyRender: false,
    extensions: articleExtensions(),
    content,
    editorProps: { attributes: { class: "article-body", "aria-label": "Article text (editing)", spellcheck: "true" } },
  });

  async function save() {
    if (!editor) return;
    setBusy(true);
    setOutcome(undefined);
    try {
      const result = await articlesApi.saveText(articleId, { baseVersion: version, content: editor.getJSON() });
      setOutcome({ type: "saved", from: version, ...result });
      router.refresh();
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 409) {
        setOutcome({ type: "conflict", message: caught.message, theirChange: (caught.details?.theirChange as DiffPart[]) ?? [] });
      } else {
        setOutcome({ type: "error", message: (caught as Error).message });
      }
    } finally {
      setBusy(false);
    }
  }

  // A save of the very text already there makes no version: the editor stays open for a real one.
  const saved = outcome?.type === "saved" ? outcome : undefined;
  const changed = saved !== undefined && saved.version !== saved.from;

  return (
    <div className="text-editor">
      {editor ? <EditorContent editor={editor} /> : <p className="muted">Loading the editor…</p>}
      <div className="actions">
        <button type="button" onClick={save} disabled={busy || !editor || changed}>
          {busy ? "Saving…" : "Save correction"}
        </button>
        <Link className="button secondary" href={`/articles/${articleId}`}>
          {changed ? "Back to the article" : "Cancel"}
        </Link>
      </div>
      <div aria-live="polite">
        {saved && !changed && (
          <p className="alert info" role="status">
            Nothing to save: the text is the same as version {saved.from}.
          </p>
        )}
        {saved && changed && (
          <p className="alert success" role="status">
            Saved as version {saved.version}. {saved.placed} annotation{saved.placed === 1 ? "" : "s"} kept on their words
            {saved.orphaned > 0 ? `; ${saved.orphaned} need${saved.orphaned === 1 ? "s" : ""} re-anchoring` : ""}.
          </p>
        )}
        {outcome?.type === "error" && (
          <p className="alert error" role="alert">
            {outcome.message}
          </p>
        )}
      </div>
      {outcome?.type === "conflict" && (
        <div className="alert error" role="alert">
          <p>{outcome.message}</p>
          <DiffView parts={outcome.theirChange} label="Their change" />
          <p>Your edits are still in the editor above. Copy what you need, then start again from the latest text.</p>
          <button type="button" onClick={() => window.location.reload()}>
            Start again from the latest text
          </button>
        </div>
      )}
    </div>
  );
}
