"use client";

import { useCallback, useEffect, useState } from "react";
import type { CommentThread, CommentView } from "@/lib/comments/comment-view";
import type { Person } from "../review/assignee-select";
import { commentsApi } from "../api/comments";
import { useAction } from "../ui/use-action";
import { CommentComposer } from "./comment-composer";
import { ErrorAlert } from "@/components/ui/alert";

interface Props {
  annotationId: string;
  people: Person[];
  /** Goes up whenever the live feed says this annotation's discussion changed. */
  revision: number;
}

type Load = { status: "loading" } | { status: "error"; message: string } | { status: "ready"; threads: CommentThread[] };

/** The discussion of one annotation: threads with replies, kept current by the live feed. */
export function CommentsSection({ annotationId, people, revision }: Props) {
  const [load, setLoad] = useState<Load>({ status: "loading" });
  const [replyTo, setReplyTo] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const { busy, error, run } = useAction();

  const [reloads, setReloads] = useState(0);
  const refresh = useCallback(() => setReloads((n) => n + 1), []);

  useEffect(() => {
    let cancelled = false;
    commentsApi.list(annotationId).then(
      ({ threads }) => !cancelled && setLoad({ status: "ready", threads }),
      (caught: Error) => !cancelled && setLoad({ status: "error", message: caught.message }),
    );
    return () => {
      cancelled = true;
    };
  }, [annotationId, revision, reloads]);

  async function send(request: () => Promise<unknown>): Promise<boolean> {
    const done = await run(async () => {
      await request();
      return true;
    });
    if (done) refresh();
    return done === true;
  }

  const post = (parentId?: string) => (body: string, mentions: string[]) =>
    send(() => commentsApi.create(annotationId, { body, mentions, parentId })).then((ok) => {
      if (ok) setReplyTo(null);
      return ok;
    });

  const edit = (comment: CommentView) => (body: string, mentions: string[]) =>
    send(() => commentsApi.update(comment.id, { version: comment.version, body, mentions })).then((ok) => {
      if (ok) setEditing(null);
      return ok;
    });

  function renderComment(comment: CommentView, threadId: string) {
    if (editing === comment.id) {
      return (
        <CommentComposer label="Edit your comment" people={people} initial={comment.body} submitLabel="Save comment" busy={busy} onSubmit={edit(comment)} onCancel={() => setEditing(null)} />
      );
    }
    return (
      <article className="comment" aria-label={`Comment by ${comment.author.name}`}>
        <header className="muted">
          <strong>{comment.author.name}</strong> · {new Date(comment.createdAt).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" })}
          {comment.edited && !comment.deleted && " · edited"}
        </header>
        {comment.deleted ? <p className="muted">Comment deleted.</p> : <p className="comment-body">{comment.body}</p>}
        {!comment.deleted && (
          <div className="comment-actions">
            <button type="button" className="link" onClick={() => setReplyTo(threadId)}>
              Reply
            </button>
            {comment.canEdit && (
              <button type="button" className="link" onClick={() => setEditing(comment.id)}>
                Edit
              </button>
            )}
            {comment.canDelete && (
              <button type="button" className="link" onClick={() => void send(() => commentsApi.remove(comment.id))}>
                Delete
              </button>
            )}
          </div>
        )}
      </article>
    );
  }

  return (
    <section className="comments" aria-labelledby={`comments-${annotationId}`}>
      <h3 id={`comments-${annotationId}`}>Discussion</h3>
      {load.status === "loading" && <p role="status">Loading the discussion…</p>}
      {load.status === "error" && (
        <p className="alert error" role="alert">
          {load.message}{" "}
          <button type="button" className="link" onClick={refresh}>
            Try again
          </button>
        </p>
      )}
      {load.status === "ready" && load.threads.length === 0 && <p className="empty">No comments yet.</p>}
      {load.status === "ready" && (
        <ol className="threads">
          {load.threads.map((thread) => (
            <li key={thread.id}>
              {renderComment(thread, thread.id)}
              {thread.replies.length > 0 && (
                <ol className="replies" aria-label={`Replies to ${thread.author.name}`}>
                  {thread.replies.map((reply) => (
                    <li key={reply.id}>{renderComment(reply, thread.id)}</li>
                  ))}
                </ol>
              )}
              {replyTo === thread.id && (
                <CommentComposer label={`Reply to ${thread.author.name}`} people={people} submitLabel="Reply" busy={busy} onSubmit={post(thread.id)} onCancel={() => setReplyTo(null)} />
              )}
            </li>
          ))}
        </ol>
      )}
      <ErrorAlert message={error} inline />
      <CommentComposer label="Add a comment" people={people} submitLabel="Comment" busy={busy} onSubmit={post()} />
    </section>
  );
}
