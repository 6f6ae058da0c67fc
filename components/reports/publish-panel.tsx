"use client";

import { useEffect, useState } from "react";
import type { PublicationPreview, PublicationView } from "@/lib/publishing/publish";
import { ErrorAlert } from "@/components/ui/alert";
import { ApiError } from "../api/client";
import { publicationsApi, type ReportSubject } from "../api/reports";
import { useAction } from "../ui/use-action";

const when = (iso: string) => new Date(iso).toLocaleString("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" });

/** What publishing would put out now, as the editor publishes it: the server refuses another version (409). */
function WhatGoesOut({ preview }: { preview: PublicationPreview }) {
  if (preview.itemCount === 0) return <p>Nothing in this report is approved yet, so there is nothing to publish.</p>;
  const unlisted = preview.itemCount - preview.items.length;
  const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  return (
    <details className="publication-preview">
      <summary>
        Publishing puts out {count(preview.itemCount, "approved item")} from {count(preview.articles, "article")}
        {preview.facts.length > 0 && <>, {count(preview.facts.length, "confirmed fact")}</>}; of other outlets&apos; articles only the checked words in their sentence
        {preview.fullTexts > 0 && <> ({count(preview.fullTexts, "article")} of the desk&apos;s own in full)</>}.
      </summary>
      <ol>
        {preview.items.map((item) => (
          <li key={item.n}>
            {item.kindLabel}: “{item.quote}” ({item.verdict ?? "no verdict"}){preview.articles > 1 && <span className="muted"> · {item.article}</span>}
          </li>
        ))}
      </ol>
      {unlisted > 0 && <p>and {count(unlisted, "more item")}: the report below lists every one.</p>}
      {preview.facts.length > 0 && (
        <ul>
          {preview.facts.map((fact, i) => (
            <li key={i}>
              Fact: {fact.label} ({fact.agreement})
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}

/**
 * Publishing the report: what is public now, what publishing would put out (the version the
 * editor publishes against), publishing (again, with a public note on what changed),
 * withdrawing, and every publication on record. Only what editors approved goes out.
 */
export function PublishPanel({
  subject,
  initial,
  initialNext,
  canPublish,
}: {
  subject: ReportSubject;
  /** The newest publications, a page of them; `initialNext` the cursor of the earlier ones, if any. */
  initial: PublicationView[];
  initialNext: string | null;
  canPublish: boolean;
}) {
  const [publications, setPublications] = useState(initial);
  const [earlier, setEarlier] = useState(initialNext);
  const [preview, setPreview] = useState<PublicationPreview | null>(null);
  const [previewError, setPreviewError] = useState<string>();
  const { type, id } = subject;
  // Read after the page is up: what publishing would put out is a second reading of the whole
  // report, and the page shows the report itself first. Publishing waits for it.
  useEffect(() => {
    if (!canPublish) return;
    let current = true;
    publicationsApi.preview({ type, id }).then(
      (read) => current && setPreview(read),
      (caught) => current && setPreviewError(caught instanceof Error ? caught.message : "Could not read what publishing would put out."),
    );
    return () => {
      current = false;
    };
  }, [canPublish, type, id]);
  const [note, setNote] = useState("");
  const [told, setTold] = useState<string>();
  const { busy, error, run } = useAction();
  const latest = publications[0];
  const live = latest && !latest.withdrawnAt;
  const reload = async (message: string) => {
    const page = await publicationsApi.list(subject);
    setPublications(page.publications);
    setEarlier(page.next);
    setTold(message);
  };
  const showEarlier = (cursor: string) =>
    run(async () => {
      const page = await publicationsApi.list(subject, cursor);
      setPublications((shown) => [...shown, ...page.publications]);
      setEarlier(page.next);
    });

  const publish = () =>
    run(async () => {
      if (!preview) return;
      try {
        const made = await publicationsApi.publish(subject, { basedOn: preview.basedOn, ...(latest ? { note } : {}) });
        setNote("");
        await reload(`Published as update ${made.number}.`);
      } catch (caught) {
        // The report changed since the editor looked: show them what it is now, and say what changed.
        if (caught instanceof ApiError && caught.status === 409) setPreview(await publicationsApi.preview(subject));
        throw caught;
      }
    });
  const withdraw = () => {
    if (!window.confirm("Withdraw the public page? Its address will say it was withdrawn; the record stays here.")) return;
    void run(async () => {
      await publicationsApi.withdraw(subject);
      await reload("The public page was withdrawn.");
    });
  };

  return (
    <section className="card no-print publish-panel" aria-labelledby="publish-heading">
      <h2 id="publish-heading">Public page</h2>
      {live ? (
        <p>
          Published: <a href={latest.url}>{latest.url}</a> (update {latest.number}, {when(latest.publishedAt)}). Later work here does not change it until you
          publish again.
        </p>
      ) : latest ? (
        <p>Withdrawn on {when(latest.withdrawnAt!)}. Its address says so; publish again to put it back.</p>
      ) : (
        <p>Not published. Publishing puts the approved annotations, with their verdicts, notes and sources, on a public page anyone can read.</p>
      )}
      {canPublish &&
        (preview ? (
          <WhatGoesOut preview={preview} />
        ) : previewError ? (
          <ErrorAlert message={`What publishing would put out could not be read: ${previewError} Reload the page to try again.`} />
        ) : (
          <p className="muted" role="status">
            Reading what publishing would put out…
          </p>
        ))}
      {canPublish ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void publish();
          }}
        >
          {latest && (
            <div className="field">
              <label htmlFor="publication-note">Public note on what changed</label>
              <input id="publication-note" value={note} maxLength={500} required placeholder="Corrected the figure for daily calls" onChange={(event) => setNote(event.target.value)} />
            </div>
          )}
          <div className="actions">
            <button type="submit" disabled={busy || !preview || preview.itemCount === 0}>
              {latest ? "Publish again" : "Publish"}
            </button>
            {live && (
              <button type="button" className="secondary" disabled={busy} onClick={withdraw}>
                Unpublish
              </button>
            )}
          </div>
        </form>
      ) : (
        <p className="muted">Editors and admins publish reports.</p>
      )}
      <ErrorAlert message={error} />
      {told && !error && (
        <p className="alert success" role="status">
          {told}
        </p>
      )}
      {publications.length > 0 && (
        <details>
          {/* Publications are numbered from 1, so the newest's number is how many there are. */}
          <summary>Publications on record ({latest.number})</summary>
          <ol className="publications" reversed>
            {publications.map((p) => (
              <li key={p.number}>
                Update {p.number}, {when(p.publishedAt)} by {p.publishedBy}
                {p.note && <>: “{p.note}”</>}
                {p.changes.length > 0 && <span className="muted"> ({p.changes.length} change{p.changes.length === 1 ? "" : "s"})</span>}
                {p.withdrawnAt && <span className="muted"> · withdrawn {when(p.withdrawnAt)}</span>}
              </li>
            ))}
          </ol>
          {earlier && (
            <button type="button" className="secondary show-more" disabled={busy} onClick={() => void showEarlier(earlier)}>
              Show earlier publications
            </button>
          )}
        </details>
      )}
    </section>
  );
}
