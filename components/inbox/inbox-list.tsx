"use client";

import { Link } from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { InboxEntry } from "@/lib/comments/inbox";
import { KIND_LABELS } from "../annotations/labels";
import { commentsApi } from "../api/comments";
import { ErrorAlert } from "@/components/ui/alert";
import { useAction } from "../ui/use-action";

export function InboxList({ entries: initial }: { entries: InboxEntry[] }) {
  const router = useRouter();
  const [entries, setEntries] = useState(initial);
  const { error, run } = useAction();
  const unread = entries.filter((entry) => !entry.read).length;

  async function markRead(body: { ids: string[] } | { all: true }) {
    if (!(await run(() => commentsApi.markRead(body)))) return;
    const ids = "ids" in body ? new Set(body.ids) : null;
    setEntries((list) => list.map((entry) => (!ids || ids.has(entry.id) ? { ...entry, read: true } : entry)));
    router.refresh();
  }

  if (entries.length === 0) return <p className="card empty">Nothing here yet. When someone writes @ and your name in a comment, or a scheduled check finds that a page cited on your work changed or is gone, it shows up here.</p>;
  return (
    <section className="card" aria-label="Inbox">
      <div className="actions">
        <span>{unread === 0 ? "All read." : `${unread} unread.`}</span>
        {unread > 0 && (
          <button type="button" className="secondary" onClick={() => void markRead({ all: true })}>
            Mark all as read
          </button>
        )}
      </div>
      <ErrorAlert message={error} inline />
      <ol className="inbox-list">
        {entries.map((entry) => (
          <li key={entry.id} className={entry.read ? undefined : "unread"}>
            <p className="inbox-title">
              {!entry.read && <span className="visually-hidden">Unread: </span>}
              {entry.kind === "mention" ? `${entry.by.name} mentioned you on` : "A scheduled check found a source changed on"} the{" "}
              {KIND_LABELS[entry.annotation.kind as keyof typeof KIND_LABELS].toLowerCase()} “{entry.annotation.exact.slice(0, 60)}” in{" "}
              <Link href={`/articles/${entry.article.id}?annotation=${entry.annotation.id}`} onClick={() => void (entry.read ? null : markRead({ ids: [entry.id] }))}>
                {entry.article.title}
              </Link>
            </p>
            {entry.kind === "mention" ? (
              <p className="comment-body">{entry.excerpt}</p>
            ) : (
              <p className="comment-body">
                {entry.source.title || entry.source.url}: {entry.message}{" "}
                <a href={entry.source.url} rel="noopener noreferrer nofollow" target="_blank">
                  Open the page
                </a>
              </p>
            )}
            <p className="muted">
              {new Date(entry.createdAt).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" })}
              {!entry.read && (
                <>
                  {" · "}
                  <button type="button" className="link" onClick={() => void markRead({ ids: [entry.id] })}>
                    Mark as read
                  </button>
                </>
              )}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
