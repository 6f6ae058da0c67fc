"use client";

import { useEffect, useReducer, useRef, useState } from "react";
import type { AnnotationView, FigureValue } from "@/lib/annotations/annotation-view";
import type { PresenceEntry } from "@/lib/realtime/presence";
import { CommentsSection } from "../comments/comments-section";
import { Avatar } from "../live/presence-bar";
import { annotationsApi } from "../api/annotations";
import { ApiError } from "../api/client";
import { AssigneeSelect, type Person } from "../review/assignee-select";
import { AnnotationHistory } from "../review/history-timeline";
import { ReviewSection, type Reviewer } from "../review/review-section";
import { KIND_LABELS, KINDS, type Kind } from "./labels";
import { initialNoteDraft, isDirty, noteDraftReducer } from "./note-draft";
import { can } from "@/lib/policy/policy";
import { NoteEditor } from "./note-editor";
import { SourcesSection } from "./sources-section";
import { FigureFields } from "./figure-fields";
import { ErrorAlert } from "@/components/ui/alert";
import { CheckedBefore } from "../claims/checked-before";

interface Props {
  annotation: AnnotationView;
  viewer: Reviewer;
  people: Person[];
  /** Others who have this annotation open right now. */
  others: PresenceEntry[];
  /** Who made the latest change that arrived live, if it was someone else. */
  changedBy?: string;
  /** Set when someone else deleted this annotation while it was open here. */
  removedBy?: string;
  commentRevision: number;
  onChange(updated: AnnotationView): void;
  onDelete(annotation: AnnotationView): void;
  onRestore(annotation: AnnotationView): void;
  onClose(): void;
  /** Moves the focus to the annotation's words in the text (absent for one that lost its place). */
  onShowWords?(): void;
  /** Whether the note has unsaved changes (others see that this person is editing). */
  onEditingChange(editing: boolean): void;
}

// One formatter for every panel: toLocaleString with options builds a new one each time it is called.
const CREATED_AT = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });

/** The open annotation: its kind, note and sources, editable by its author, editors and admins. */
export function AnnotationPanel(props: Props) {
  const { annotation, viewer, people, others, changedBy, removedBy, commentRevision, onChange, onDelete, onRestore, onClose, onShowWords, onEditingChange } = props;
  // The draft, the saved note it started from, and a conflict when their note arrives under it
  // (note-draft.ts, a tested reducer).
  const [note, dispatch] = useReducer(noteDraftReducer, undefined, () => initialNoteDraft(annotation.note, annotation.version));
  const { draft, editorKey, conflict } = note;
  const [status, setStatus] = useState<string>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const dirty = isDirty(note);
  // Deleted by someone else while open here: only the words are left to read (and copy).
  const removed = removedBy !== undefined;
  const readOnly = !annotation.canEdit || removed;

  // Taken in while rendering, not in an effect: a save clicked in the same frame must already
  // know that their note arrived (and send the draft's own version).
  if (annotation.version !== note.base.version) {
    dispatch({ type: "saved-annotation", note: annotation.note, version: annotation.version, by: changedBy });
  }

  useEffect(() => onEditingChange(dirty), [dirty, onEditingChange]);
  // On a narrow screen the panel sits below the whole text (the workspace's one column in
  // globals.css): opening it brings it into view, or a phone's user tags words and sees nothing
  // happen. Once per annotation opened (the panel is keyed by it), never on a live change.
  const root = useRef<HTMLElement>(null);
  useEffect(() => {
    if (window.matchMedia("(max-width: 980px)").matches) root.current?.scrollIntoView({ block: "start" });
  }, []);
  // The frame that shows a new (or newly opened) annotation draws its head only: the note editor
  // (a second TipTap instance), the review, sources, discussion, assignee and history come in
  // the next one, each fetching what it needs from there. Until then the saved note is shown as it is.
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setSettled(true));
    return () => cancelAnimationFrame(frame);
  }, []);

  async function patch(body: { kind?: Kind; note?: string; figure?: FigureValue }, done: string, version = annotation.version) {
    setBusy(true);
    setError(undefined);
    setStatus(undefined);
    try {
      const updated = await annotationsApi.update(annotation.id, { version, ...body });
      if (body.note !== undefined) dispatch({ type: "note-saved", note: updated.note, version: updated.version });
      onChange(updated);
      setStatus(done);
    } catch (caught) {
      // A 409 carries the current annotation: taking it in shows their change beside the draft.
      if (caught instanceof ApiError && caught.status === 409 && caught.details?.current) onChange(caught.details.current as AnnotationView);
      setError((caught as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section ref={root} className="annotation-panel card" aria-labelledby="panel-heading" data-annotation-id={annotation.id}>
      <header className="panel-header">
        {/* Focusable from script only: the keyboard arrives here when it opens an annotation (o, Enter in the list). */}
        <h2 id="panel-heading" tabIndex={-1}>
          <span className={`kind-badge kind-${annotation.kind.toLowerCase()}`}>{KIND_LABELS[annotation.kind]}</span> “{annotation.exact}”
        </h2>
        <span className="actions">
          {onShowWords && !annotation.orphaned && (
            <button type="button" className="secondary" onClick={onShowWords}>
              Go to the words
            </button>
          )}
          <button type="button" className="secondary" onClick={onClose} aria-label="Close annotation">
            Close
          </button>
        </span>
      </header>
      <p className="muted">
        By {annotation.author.name} · created{" "}
        {CREATED_AT.format(new Date(annotation.createdAt))}
      </p>
      {annotation.orphaned && (
        <p className="alert error">
          This annotation lost its place when the text was corrected. Select the words it belongs to and choose “Re-attach to selection” under
          Needs re-anchoring.
        </p>
      )}
      {removed && (
        <div className="alert error" role="alert">
          {removedBy} deleted this annotation while you had it open.
          {dirty && " Your unsaved note is still below, so you can copy it."}{" "}
          {/* Someone else deleted it: restoring is offered only to those who may (lib/policy/policy.ts). */}
          {can(viewer, "annotation.restore", { authorId: annotation.author.id, deletedById: null }) && (
            <button type="button" className="link" onClick={() => onRestore(annotation)}>
              Restore the annotation
            </button>
          )}
        </div>
      )}
      {!removed && others.length > 0 && (
        <p className="panel-presence">
          {others.map((entry) => (
            <span key={entry.userId}>
              <Avatar name={entry.name} editing={entry.editing} /> {entry.name} {entry.editing ? "is editing this annotation" : "has this annotation open"}.
            </span>
          ))}
        </p>
      )}
      {!annotation.canEdit && <p className="read-only-note">Only the author, an editor or an admin can change this annotation.</p>}

      {!removed && settled && <ReviewSection annotation={annotation} viewer={viewer} onChange={onChange} />}
      {!removed && settled && <CheckedBefore annotation={annotation} onChange={onChange} />}
      {!readOnly && (annotation.status === "APPROVED" || annotation.status === "REJECTED") && (
        <p className="read-only-note">An editor has decided on this annotation. Changing its kind, note or sources sends it back for review.</p>
      )}

      <fieldset className="kind-choice" disabled={readOnly || busy}>
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

      {annotation.kind === "FIGURE" && (
        <FigureFields
          key={`${annotation.id}-${annotation.version}`}
          id={`figure-${annotation.id}`}
          figure={annotation.figure}
          readOnly={readOnly}
          busy={busy}
          onSave={(figure) => patch({ figure }, "Figure value saved.")}
        />
      )}

      <div className="field">
        <span className="label" id="note-label">
          Note
        </span>
        {!settled ? (
          <div className="note-editor loading" dangerouslySetInnerHTML={{ __html: annotation.note }} />
        ) : annotation.canEdit || annotation.note ? (
          <NoteEditor key={`${annotation.id}-${editorKey}`} html={draft} editable={!readOnly} onChange={(html) => dispatch({ type: "typed", html })} />
        ) : (
          <p className="empty">No note.</p>
        )}
        {conflict && (
          <div className="conflict" role="alert">
            <p>
              <strong>{conflict.by ?? "Someone else"} saved a different note while you were editing.</strong> Nothing is lost: their saved note and your
              unsaved one are both here.
            </p>
            <div className="conflict-columns">
              <div>
                <span className="label">Their saved note</span>
                <div className="note-preview" dangerouslySetInnerHTML={{ __html: conflict.theirs || "<p><em>No note</em></p>" }} />
              </div>
              <div>
                <span className="label">Your unsaved note (in the editor above)</span>
                <div className="note-preview" dangerouslySetInnerHTML={{ __html: draft }} />
              </div>
            </div>
            <div className="actions">
              <button type="button" disabled={busy} onClick={() => patch({ note: draft }, "Your note was re-applied.")}>
                Re-apply my note
              </button>
              <button
                type="button"
                className="secondary"
                onClick={() => dispatch({ type: "kept-theirs" })}
              >
                Keep theirs
              </button>
            </div>
          </div>
        )}
        {!readOnly && (
          <div className="actions">
            <button type="button" disabled={!dirty || busy} onClick={() => patch({ note: draft }, "Note saved.", conflict?.draftVersion)}>
              {busy ? "Saving…" : "Save note"}
            </button>
          </div>
        )}
      </div>

      <div aria-live="polite">
        {status && <p className="alert success" role="status">{status}</p>}
        <ErrorAlert message={error} />
      </div>

      {!removed && settled && (
        <>
          <SourcesSection annotation={annotation} onChange={onChange} />

          <CommentsSection annotationId={annotation.id} people={people} revision={commentRevision} />

          <AssigneeSelect<AnnotationView>
            subject={{ type: "annotation", id: annotation.id }}
            label="Assigned to"
            people={people}
            current={annotation.assignee}
            canAssign={viewer.role !== "ANNOTATOR"}
            onChange={onChange}
          />

          <AnnotationHistory annotationId={annotation.id} version={annotation.version} />
        </>
      )}

      {!readOnly && annotation.canDelete && (
        <div className="danger-zone">
          <button type="button" className="danger" onClick={() => onDelete(annotation)}>
            Delete annotation
          </button>
        </div>
      )}
    </section>
  );
}
