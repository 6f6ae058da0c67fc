import type { Metadata } from "next";
import { NotAllowed } from "@/components/layout/not-allowed";
import { QueueTable } from "@/components/review/queue-table";
import { SelectField } from "@/components/ui/select-field";
import { KIND_LABELS, KINDS } from "@/components/annotations/labels";
import { listStories } from "@/lib/articles/list-stories";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/policy/policy";
import { listReviewQueue } from "@/lib/review/review-queue";
import { listPeople } from "@/lib/users/list-people";
import { reviewQueueQuerySchema } from "@/lib/validation/review-schemas";

export const metadata: Metadata = { title: "Review queue" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReviewPage({ searchParams }: Props) {
  const user = await requirePageUser();
  if (!can(user, "review.queue")) {
    return <NotAllowed title="Review queue" reason="Only editors and admins review annotations. Your own work is under My work." />;
  }
  const raw = Object.fromEntries(Object.entries(await searchParams).filter(([, v]) => typeof v === "string" && v !== ""));
  const parsed = reviewQueueQuerySchema.safeParse(raw);
  const filters = parsed.success ? parsed.data : {};
  const [queue, stories, people] = await Promise.all([listReviewQueue(user, filters), listStories(user), listPeople(user)]);
  const articles = stories.flatMap((story) => story.articles);

  return (
    <>
      <h1>Review queue</h1>
      <p className="page-intro">Submitted annotations waiting for an editor, oldest first.</p>
      <form className="card filters-form" method="get" aria-label="Filter the queue">
        <div className="form-row">
          <SelectField id="q-story" label="Story" name="storyId" empty="All stories" defaultValue={filters.storyId ?? ""} options={stories.map((s) => ({ value: s.id, label: s.title }))} />
          <SelectField id="q-article" label="Article" name="articleId" empty="All articles" defaultValue={filters.articleId ?? ""} options={articles.map((a) => ({ value: a.id, label: a.title }))} />
          <SelectField id="q-kind" label="Kind" name="kind" empty="All kinds" defaultValue={filters.kind ?? ""} options={KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))} />
          <SelectField id="q-author" label="Annotator" name="authorId" empty="Everyone" defaultValue={filters.authorId ?? ""} options={people.map((p) => ({ value: p.id, label: p.name }))} />
        </div>
        <button type="submit">Filter</button>
      </form>
      <section className="card" aria-labelledby="queue-heading">
        <h2 id="queue-heading">Waiting for review ({queue.length})</h2>
        {queue.length === 0 ? <p className="empty">Nothing is waiting for review. Well done.</p> : <QueueTable items={queue} label="Waiting for review" />}
      </section>
    </>
  );
}
