import type { Metadata } from "next";
import Link from "next/link";
import { QueueTable } from "@/components/review/queue-table";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/policy/policy";
import { listMyWork } from "@/lib/review/review-queue";

export const metadata: Metadata = { title: "My work" };

export default async function MyWorkPage() {
  const user = await requirePageUser();
  const work = await listMyWork(user);
  return (
    <>
      <h1>My work</h1>
      <p className="page-intro">What is assigned to you, and what is waiting on you.</p>
      {can(user, "review.queue") && (
        <p className="card">
          <strong>{work.awaitingReview}</strong> annotation{work.awaitingReview === 1 ? " is" : "s are"} waiting for review by an editor.{" "}
          <Link href="/review">Open the review queue</Link>
        </p>
      )}
      <section className="card" aria-labelledby="changes-heading">
        <h2 id="changes-heading">Changes requested of you ({work.changesRequested.length})</h2>
        {work.changesRequested.length === 0 ? <p className="empty">No editor is waiting on you.</p> : <QueueTable items={work.changesRequested} label="Changes requested of you" showSubmitted={false} />}
      </section>
      <section className="card" aria-labelledby="assigned-heading">
        <h2 id="assigned-heading">Annotations assigned to you ({work.assignedAnnotations.length})</h2>
        {work.assignedAnnotations.length === 0 ? <p className="empty">Nothing is assigned to you.</p> : <QueueTable items={work.assignedAnnotations} label="Annotations assigned to you" showSubmitted={false} />}
      </section>
      <section className="card" aria-labelledby="articles-heading">
        <h2 id="articles-heading">Articles assigned to you ({work.assignedArticles.length})</h2>
        {work.assignedArticles.length === 0 ? (
          <p className="empty">No article is assigned to you.</p>
        ) : (
          <ul>
            {work.assignedArticles.map((article) => (
              <li key={article.id}>
                <Link href={`/articles/${article.id}`}>{article.title}</Link> <span className="muted">· {article.story.title}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
