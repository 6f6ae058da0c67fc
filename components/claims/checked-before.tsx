"use client";

import { Link } from "@/components/ui/link";
import { useEffect, useState } from "react";
import type { AnnotationView } from "@/lib/annotations/annotation-view";
import { claimsApi, type CheckMatch } from "../api/claims";
import { KIND_LABELS } from "@/lib/vocabulary/labels";
import { ErrorAlert } from "../ui/alert";
import { useAction } from "../ui/use-action";

const day = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`).toLocaleDateString("en-GB", { dateStyle: "medium", timeZone: "UTC" });

/**
 * "Checked before": the desk's closest earlier checks of this annotation's claim from other
 * stories, best first with their verdicts, and other publishers' reviews apart from them. One
 * action says this annotation is the same claim as one of them; its verdict is then offered to
 * the editor who reviews it (components/review/review-section.tsx).
 */
export function CheckedBefore({ annotation, onChange }: { annotation: AnnotationView; onChange(updated: AnnotationView): void }) {
  const [found, setFound] = useState<{ key: string; matches: CheckMatch[] } | null>(null);
  const [failed, setFailed] = useState<{ key: string; message: string } | null>(null);
  const { busy, error, run } = useAction();
  // The matches follow what the annotation says, not its every change.
  const key = `${annotation.id}:${annotation.kind}:${annotation.exact}`;

  useEffect(() => {
    let live = true;
    claimsApi.matches(annotation.id).then(
      (answer) => live && setFound({ key, matches: answer.matches }),
      (caught: Error) => live && setFailed({ key, message: caught.message }),
    );
    return () => {
      live = false;
    };
  }, [annotation.id, key]);

  const matches = found?.key === key ? found.matches : null;
  const loadError = failed?.key === key ? failed.message : undefined;
  const linked = annotation.sameClaimAs;
  const kind = KIND_LABELS[annotation.kind].toLowerCase();

  async function link(match: CheckMatch) {
    const updated = await run(() => claimsApi.link(annotation.id, { version: annotation.version, checkId: match.checkId }));
    if (updated) onChange(updated);
  }

  async function unlink() {
    const updated = await run(() => claimsApi.unlink(annotation.id, annotation.version));
    if (updated) onChange(updated);
  }

  const item = (match: CheckMatch) => (
    <li key={match.checkId} className="check">
      <blockquote>“{match.exact}”</blockquote>
      <p>
        {match.verdict ? <strong>{match.verdict.label}</strong> : <strong>No verdict given</strong>}
        {match.origin === "desk" ? (
          <>
            {" "}
            · checked by {match.checkedBy}
            {match.verdict && ` on ${day(match.verdict.reviewedAt)}`}
            {match.articleId && match.storyTitle && (
              <>
                {" "}
                · in <Link href={`/articles/${match.articleId}`}>{match.storyTitle}</Link>
              </>
            )}
            {match.publicUrl && (
              <>
                {" "}
                · <a href={match.publicUrl}>public page</a>
              </>
            )}
          </>
        ) : (
          <>
            {" "}
            · checked by {match.checkedBy}
            {match.verdict && ` on ${day(match.verdict.reviewedAt)}`}
            {match.claimant && ` · said by ${match.claimant}`}
            {match.url && (
              <>
                {" "}
                ·{" "}
                <a href={match.url} rel="noopener noreferrer nofollow" target="_blank">
                  their review
                </a>
              </>
            )}
          </>
        )}
        <span className="muted"> · {Math.round(match.score * 100)}% alike</span>
      </p>
      {annotation.canEdit && linked?.checkId !== match.checkId && (
        <button type="button" className="secondary" disabled={busy} onClick={() => void link(match)} aria-label={`Same claim as this: “${match.exact}”`}>
          Same claim as this
        </button>
      )}
    </li>
  );

  const desk = matches?.filter((m) => m.origin === "desk") ?? [];
  const others = matches?.filter((m) => m.origin === "imported") ?? [];
  return (
    <section className="checked-before" aria-labelledby={`checked-before-${annotation.id}`}>
      <h3 id={`checked-before-${annotation.id}`}>Checked before</h3>
      {linked && (
        <div className="same-claim" role="group" aria-label="Same claim as">
          <p>
            <strong>Same claim as</strong> “{linked.exact}”{" "}
            {linked.origin === "desk" ? `(the desk${linked.storyTitle ? `, in ${linked.storyTitle}` : ""})` : `(checked by ${linked.checkedBy})`}
            {linked.verdict && (
              <>
                : <strong>{linked.verdict.label}</strong> on {day(linked.verdict.reviewedAt)}
              </>
            )}
          </p>
          {!linked.current && <p className="muted">That check has since been withdrawn or deleted: its verdict is no longer offered.</p>}
          {linked.current && linked.proposal && <p className="muted">Its verdict is offered to the editor who reviews this {kind}.</p>}
          {annotation.canEdit && (
            <button type="button" className="link" disabled={busy} onClick={() => void unlink()}>
              Remove the link
            </button>
          )}
        </div>
      )}
      <ErrorAlert message={error ?? loadError} />
      {!matches && !loadError && <p className="muted">Looking through the desk’s earlier checks…</p>}
      {matches && matches.length === 0 && <p className="empty">No earlier check from another story looks like this {kind}.</p>}
      {desk.length > 0 && (
        <ol className="checks" aria-label="The desk’s earlier checks, closest first">
          {desk.map(item)}
        </ol>
      )}
      {others.length > 0 && (
        <>
          <h4>Checked by other publishers</h4>
          <ol className="checks" aria-label="Other publishers’ checks, closest first">
            {others.map(item)}
          </ol>
        </>
      )}
    </section>
  );
}
