import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { QueueTable } from "@/components/review/queue-table";
import { ErrorAlert } from "@/components/ui/alert";
import { Pager, singleParams } from "@/components/ui/pager";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/policy/policy";
import { listMyWork } from "@/lib/review/review-queue";
import { parsePageQuery } from "@/lib/validation/page-query";
import { myWorkQuerySchema } from "@/lib/validation/review-schemas";

export const metadata: Metadata = { title: "My work" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MyWorkPage({ searchParams }: Props) {
  const user = await requirePageUser();
  const params = singleParams(await searchParams);
  const { query, problem } = parsePageQuery(myWorkQuerySchema, params);
  const work = await listMyWork(user, query);
  return (
    <>
      <h1>My work</h1>
      <p className="page-intro">What is assigned to you, and what is waiting on you.</p>
      <ErrorAlert message={problem} />
      {can(user, "review.queue") && (
        <p className="card">
          <strong>{work.awaitingReview}</strong> annotation{work.awaitingReview === 1 ? " is" : "s are"} waiting for review by an editor.{" "}
          <Link href="/review">Open the review queue</Link>
        </p>
      )}
      <section className="card" aria-labelledby="changes-heading">
        <h2 id="changes-heading">Changes requested of you ({work.totals.changesRequested})</h2>
        {work.changesRequested.length === 0 ? <p className="empty">No editor is waiting on you.</p> : <QueueTable items={work.changesRequested} label="Changes requested of you" showSubmitted={false} />}
        <Pager label="Pages of changes requested of you" path="/my-work" params={params} param="changesCursor" next={work.next.changesRequested} />
      </section>
      <section className="card" aria-labelledby="assigned-heading">
        <h2 id="assigned-heading">Annotations assigned to you ({work.totals.assignedAnnotations})</h2>
        {work.assignedAnnotations.length === 0 ? <p className="empty">Nothing is assigned to you.</p> : <QueueTable items={work.assignedAnnotations} label="Annotations assigned to you" showSubmitted={false} />}
        <Pager label="Pages of annotations assigned to you" path="/my-work" params={params} param="assignedCursor" next={work.next.assignedAnnotations} />
      </section>
      <section className="card" aria-labelledby="articles-heading">
        <h2 id="articles-heading">Articles assigned to you ({work.totals.assignedArticles})</h2>
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
        <Pager label="Pages of articles assigned to you" path="/my-work" params={params} param="articlesCursor" next={work.next.assignedArticles} />
      </section>
    </>
  );
}
