"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import type { WebArticlePreview } from "@/lib/articles/import/import-from-web";
import { ApiError } from "../api/client";
import { articlesApi } from "../api/articles";
import { DeskOwnedField } from "./desk-owned-field";

type Step =
  | { type: "address"; busy: boolean }
  | { type: "preview"; preview: WebArticlePreview; busy: boolean; allowDuplicate: boolean }
  | { type: "duplicate"; preview: WebArticlePreview; duplicateOf: { id: string; title: string } };

/**
 * "From a web address": the page is fetched and read on the server, its title, outlet, date and
 * text shown to correct before anything is imported; the same address already in the story is
 * named before importing again.
 */
export function WebImportForm({ storyId, canMarkOwn }: { storyId: string; canMarkOwn: boolean }) {
  const router = useRouter();
  const [address, setAddress] = useState("");
  const [step, setStep] = useState<Step>({ type: "address", busy: false });
  const [fields, setFields] = useState({ title: "", outlet: "", publishedAt: "" });
  const [error, setError] = useState<string>();
  const [deskOwned, setDeskOwned] = useState(false);

  async function fetchPreview(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    setStep({ type: "address", busy: true });
    try {
      const preview = await articlesApi.previewWebArticle(storyId, address);
      setFields({ title: preview.title, outlet: preview.outlet, publishedAt: preview.publishedAt ?? "" });
      setStep(preview.duplicateOf ? { type: "duplicate", preview, duplicateOf: preview.duplicateOf } : { type: "preview", preview, busy: false, allowDuplicate: false });
    } catch (caught) {
      setError((caught as Error).message);
      setStep({ type: "address", busy: false });
    }
  }

  async function importPreview(preview: WebArticlePreview, allowDuplicate: boolean) {
    setError(undefined);
    setStep({ type: "preview", preview, busy: true, allowDuplicate });
    try {
      const article = await articlesApi.importWebArticle(storyId, { archiveId: preview.archiveId, ...fields, allowDuplicate, ...(canMarkOwn ? { deskOwned } : {}) });
      router.push(`/articles/${article.id}`);
    } catch (caught) {
      const details = caught instanceof ApiError ? (caught.details as { duplicateOf?: { id: string; title: string } } | undefined) : undefined;
      if (caught instanceof ApiError && caught.status === 409 && details?.duplicateOf) setStep({ type: "duplicate", preview, duplicateOf: details.duplicateOf });
      else {
        setError((caught as Error).message);
        setStep({ type: "preview", preview, busy: false, allowDuplicate });
      }
    }
  }

  const fetching = step.type === "address" && step.busy;
  return (
    <div className="card import-form">
      <form onSubmit={fetchPreview} noValidate aria-busy={fetching}>
        <div className="field">
          <label htmlFor="web-import-url">Web address of the article</label>
          <input id="web-import-url" type="url" placeholder="https://" value={address} onChange={(event) => setAddress(event.target.value)} required />
        </div>
        <button type="submit" className={step.type === "address" ? undefined : "secondary"} disabled={fetching}>
          {fetching ? "Fetching the page…" : step.type === "address" ? "Fetch and preview" : "Fetch again"}
        </button>
      </form>
      {error && (
        <div className="alert error" role="alert">
          {error}
        </div>
      )}
      {step.type === "duplicate" && (
        <div className="alert error" role="alert">
          This page is already in the story as “{step.duplicateOf.title}”. <a href={`/articles/${step.duplicateOf.id}`}>Open it</a>, or{" "}
          <button type="button" className="link" onClick={() => setStep({ type: "preview", preview: step.preview, busy: false, allowDuplicate: true })}>
            continue anyway
          </button>
          .
        </div>
      )}
      {step.type === "preview" && (
        <form
          className="web-preview"
          aria-label="Preview of the page"
          onSubmit={(event) => {
            event.preventDefault();
            void importPreview(step.preview, step.allowDuplicate);
          }}
        >
          <p className="muted">
            Read from <span className="preview-url">{step.preview.url}</span>. Correct anything the page got wrong before importing.
          </p>
          <div className="field">
            <label htmlFor="web-import-title">Title</label>
            <input id="web-import-title" value={fields.title} onChange={(event) => setFields({ ...fields, title: event.target.value })} required />
          </div>
          <div className="form-row">
            <div className="field">
              <label htmlFor="web-import-outlet">Outlet</label>
              <input id="web-import-outlet" value={fields.outlet} onChange={(event) => setFields({ ...fields, outlet: event.target.value })} />
            </div>
            <div className="field">
              <label htmlFor="web-import-date">Published</label>
              <input id="web-import-date" type="date" value={fields.publishedAt} onChange={(event) => setFields({ ...fields, publishedAt: event.target.value })} />
            </div>
          </div>
          {canMarkOwn && <DeskOwnedField id="web-import-desk-owned" checked={deskOwned} onChange={setDeskOwned} />}
          <div className="field">
            <span className="label" id="web-import-text-label">
              Article text ({step.preview.text.length.toLocaleString("en-GB")} characters)
            </span>
            <div className="preview-text" role="region" aria-labelledby="web-import-text-label" tabIndex={0}>
              {step.preview.text.split("\n\n").map((paragraph, index) => (
                <p key={index}>{paragraph}</p>
              ))}
            </div>
          </div>
          <button type="submit" disabled={step.busy}>
            {step.busy ? "Importing…" : "Import article"}
          </button>
        </form>
      )}
    </div>
  );
}
