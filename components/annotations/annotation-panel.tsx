"use client";

import { useEffect, useState } from "react";
import type { AnnotationView } from "@/lib/annotations/annotation-view";
import { ApiError, callApi } from "../ui/api-client";
import { AssigneeSelect, type Person } from "../review/assignee-select";
import { AnnotationHistory } from "../review/history-timeline";
import { ReviewSection, type Reviewer } from "../review/review-section";
import { KIND_LABELS, KINDS, type Kind } from "./labels";
import { NoteEditor } from "./note-editor";
import { SourcesSection } from "./sources-section";

interface Props {
  annotation: AnnotationView;
  viewer: Reviewer;
  people: Person[];
  onChange(updated: AnnotationView): void;
  onDelete(annotation: AnnotationView): void;
  onClose(): void;
}

/** The open annotation: its kind, note and sources, editable by its author, editors and admins. */
export function AnnotationPanel({ annotation, viewer, people, onChange, onDelete, onClose }: Props) {
  const [draft, setDraft] = useState(annotation.note);
  const [editorKey, setEditorKey] = useState(0);
  const [status, setStatus] = useState<string>();
  const [error, setError] = useState<string>();
  const [conflict, setConflict] = useState<{ mine: string } | null>(null);
  const [busy, setBusy] = useState(false);
  // An emptied editor reads "<p></p>"; that is the same as no note.
  const normalize = (html: string) => (html === "<p></p>" ? "" : html);
  const dirty = normalize(draft) !== normalize(annotation.note);
  // The note editor is a second TipTap instance; creating it in the next frame keeps the frame
  // that shows a new annotation short. Until then the saved note is shown as it is.
  const [editorReady, setEditorReady] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setEditorReady(true));
    return () => cancelAnimationFrame(frame);
  }, []);

  async function patch(body: { kind?: Kind; note?: string }, done: string) {
    setBusy(true);
    setError(undefined);
    setStatus(undefined);
    try {
      const updated = await callApi<AnnotationView>(`/api/annotations/${annotation.id}`, {
        method: "PATCH",
        body: { version: annotation.version, ...body },
      });
      onChange(updated);
      if (body.note !== undefined) {
        setDraft(updated.note);
        setEditorKey((key) => key + 1);
        setConflict(null);
      }
      setStatus(done);
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 409 && caught.details?.current) {
        const current = caught.details.current as AnnotationView;
        onChange(current);
        if (body.note !== undefined) setConflict({ mine: body.note });
        setDraft(current.note);
        setEditorKey((key) => key + 1);
      }
      setError((caught as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="annotation-panel card" aria-labelledby="panel-heading">
      <header className="panel-header">
        <h2 id="panel-heading">
          <span className={`kind-badge kind-${annotation.kind.toLowerCase()}`}>{KIND_LABELS[annotation.kind]}</span> “{annotation.exact}”
        </h2>
        <button type="button" className="secondary" onClick={onClose} aria-label="Close annotation">
          Close
        </button>
      </header>
      <p className="muted">
        By {annotation.author.name} · created{" "}
        {new Date(annotation.createdAt).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" })}
      </p>
      {annotation.orphaned && (
        <p className="alert error">
          This annotation lost its place when the text was corrected. Select the words it belongs to and choose “Re-attach to selection” under
          Needs re-anchoring.
        </p>
      )}
      {!annotation.canEdit && <p className="read-only-note">Only the author, an editor or an admin can change this annotation.</p>}

      <ReviewSection annotation={annotation} viewer={viewer} onChange={onChange} />

      <fieldset className="kind-choice" disabled={!annotation.canEdit || busy}>
        <legend>Kind</legend>
        {KINDS.map((kind) => (
          <label key={kind} className={`kind-option kind-${kind.toLowerCase()}`}>
            <input
              type="radio"
              name={`kind-${annotation.id}`}
              value={kind}
              checked={annotation.kind === kind}
              onChange={() => patch({ kind }, `Now tagged as a ${KIND_LABELS[kind].toLowerCase()}.`)}
            />
            {KIND_LABELS[kind]}
          </label>
        ))}
      </fieldset>

      <div className="field">
        <span className="label" id="note-label">
          Note
        </span>
        {!editorReady ? (
          <div className="note-editor loading" dangerouslySetInnerHTML={{ __html: annotation.note }} />
        ) : annotation.canEdit || annotation.note ? (
          <NoteEditor key={`${annotation.id}-${editorKey}`} html={draft} editable={annotation.canEdit} onChange={setDraft} />
        ) : (
          <p className="empty">No note.</p>
        )}
        {annotation.canEdit && (
          <div className="actions">
            <button type="button" disabled={!dirty || busy} onClick={() => patch({ note: draft }, "Note saved.")}>
              {busy ? "Saving…" : "Save note"}
            </button>
          </div>
        )}
      </div>

      <div aria-live="polite">
        {status && <p className="alert success" role="status">{status}</p>}
        {error && (
          <div className="alert error" role="alert">
            {error}
            {conflict && (
              <>
                {" "}Their version is shown above.{" "}
                <button type="button" className="link" onClick={() => patch({ note: conflict.mine }, "Your note was re-applied.")}>
                  Re-apply my note
                </button>
              </>
            )}
          </div>
        )}
      </div>

      <SourcesSection annotation={annotation} onChange={onChange} />

      <AssigneeSelect<AnnotationView>
        url={`/api/annotations/${annotation.id}/assignee`}
        label="Assigned to"
        people={people}
        current={annotation.assignee}
        canAssign={viewer.role !== "ANNOTATOR"}
        onChange={onChange}
      />

      <AnnotationHistory annotationId={annotation.id} version={annotation.version} />

      {annotation.canEdit && (
        <div className="danger-zone">
          <button type="button" className="danger" onClick={() => onDelete(annotation)}>
            Delete annotation
          </button>
        </div>
      )}
    </section>
  );
}
