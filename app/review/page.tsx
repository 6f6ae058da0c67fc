import type { Metadata } from "next";
import { AppShell } from "@/components/layout/app-header";
import { QueueTable } from "@/components/review/queue-table";
import { KIND_LABELS, KINDS } from "@/components/annotations/labels";
import { listStories } from "@/lib/articles/list-stories";
import { requirePageUser } from "@/lib/auth/page-guard";
import { hasRole } from "@/lib/auth/roles";
import { listReviewQueue } from "@/lib/review/review-queue";
import { listPeople } from "@/lib/users/list-people";
import { reviewQueueQuerySchema } from "@/lib/validation/review-schemas";

export const metadata: Metadata = { title: "Review queue" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReviewPage({ searchParams }: Props) {
  const user = await requirePageUser("/review");
  if (!hasRole(user.role, "EDITOR")) {
    return (
      <AppShell user={user}>
        <h1>Review queue</h1>
        <div className="alert error" role="alert">
          Only editors and admins review annotations. Your own work is under My work.
        </div>
      </AppShell>
    );
  }
  const raw = Object.fromEntries(Object.entries(await searchParams).filter(([, v]) => typeof v === "string" && v !== ""));
  const parsed = reviewQueueQuerySchema.safeParse(raw);
  const filters = parsed.success ? parsed.data : {};
  const [queue, stories, people] = await Promise.all([listReviewQueue(user, filters), listStories(user), listPeople(user)]);
  const articles = stories.flatMap((story) => story.articles.map((article) => ({ ...article, story: story.title })));

  return (
    <AppShell user={user}>
      <h1>Review queue</h1>
      <p className="page-intro">Submitted annotations waiting for an editor, oldest first.</p>
      <form className="card filters-form" method="get" aria-label="Filter the queue">
        <div className="form-row">
          <div className="field">
            <label htmlFor="q-story">Story</label>
            <select id="q-story" name="storyId" defaultValue={filters.storyId ?? ""}>
              <option value="">All stories</option>
              {stories.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="q-article">Article</label>
            <select id="q-article" name="articleId" defaultValue={filters.articleId ?? ""}>
              <option value="">All articles</option>
              {articles.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.title}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="q-kind">Kind</label>
            <select id="q-kind" name="kind" defaultValue={filters.kind ?? ""}>
              <option value="">All kinds</option>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="q-author">Annotator</label>
            <select id="q-author" name="authorId" defaultValue={filters.authorId ?? ""}>
              <option value="">Everyone</option>
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
        </div>
        <button type="submit">Filter</button>
      </form>
      <section className="card" aria-labelledby="queue-heading">
        <h2 id="queue-heading">Waiting for review ({queue.length})</h2>
        {queue.length === 0 ? <p className="empty">Nothing is waiting for review. Well done.</p> : <QueueTable items={queue} label="Waiting for review" />}
      </section>
    </AppShell>
  );
}
