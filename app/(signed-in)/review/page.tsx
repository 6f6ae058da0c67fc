import type { Metadata } from "next";
import { NotAllowed } from "@/components/layout/not-allowed";
import { QueueTable } from "@/components/review/queue-table";
import { ErrorAlert } from "@/components/ui/alert";
import { Pager, singleParams } from "@/components/ui/pager";
import { SelectField } from "@/components/ui/select-field";
import { KIND_LABELS, KINDS } from "@/components/annotations/labels";
import { listStoryChoices } from "@/lib/articles/list-stories";
import { listStoryArticles } from "@/lib/articles/list-story-articles";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/policy/policy";
import { listReviewQueue } from "@/lib/review/review-queue";
import { listPeople } from "@/lib/users/list-people";
import { parsePageQuery } from "@/lib/validation/page-query";
import { reviewQueueQuerySchema } from "@/lib/validation/review-schemas";

export const metadata: Metadata = { title: "Review queue" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The articles of the chosen story a filter offers (a story holds a few dozen at most; more are left out). */
const ARTICLE_CHOICES = 100;

export default async function ReviewPage({ searchParams }: Props) {
  const user = await requirePageUser();
  if (!can(user, "review.queue")) {
    return <NotAllowed title="Review queue" reason="Only editors and admins review annotations. Your own work is under My work." />;
  }
  const params = singleParams(await searchParams);
  const { query: filters, problem } = parsePageQuery(reviewQueueQuerySchema, params);
  const [queue, stories, articles, people] = await Promise.all([
    listReviewQueue(user, filters),
    listStoryChoices(user, filters.storyId),
    filters.storyId ? listStoryArticles(user, filters.storyId, { limit: ARTICLE_CHOICES }).then((page) => page.items, () => []) : [],
    listPeople(user),
  ]);

  return (
    <>
      <h1>Review queue</h1>
      <p className="page-intro">Submitted annotations waiting for an editor, oldest first.</p>
      <form className="card filters-form" method="get" aria-label="Filter the queue">
        <div className="form-row">
          <SelectField id="q-story" label="Story" name="storyId" empty="All stories" defaultValue={filters.storyId ?? ""} options={stories.map((s) => ({ value: s.id, label: s.title }))} />
          {filters.storyId ? (
            <SelectField id="q-article" label="Article" name="articleId" empty="All its articles" defaultValue={filters.articleId ?? ""} options={articles.map((a) => ({ value: a.id, label: a.title }))} />
          ) : (
            <p className="muted">Choose a story and filter to choose one of its articles.</p>
          )}
          <SelectField id="q-kind" label="Kind" name="kind" empty="All kinds" defaultValue={filters.kind ?? ""} options={KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))} />
          <SelectField id="q-author" label="Annotator" name="authorId" empty="Everyone" defaultValue={filters.authorId ?? ""} options={people.map((p) => ({ value: p.id, label: p.name }))} />
        </div>
        <button type="submit">Filter</button>
      </form>
      <ErrorAlert message={problem} />
      <section className="card" aria-labelledby="queue-heading">
        <h2 id="queue-heading">Waiting for review ({queue.total})</h2>
        {queue.items.length === 0 ? <p className="empty">Nothing is waiting for review. Well done.</p> : <QueueTable items={queue.items} label="Waiting for review" />}
      </section>
      <Pager label="Pages of the queue" path="/review" params={params} next={queue.next} />
    </>
  );
}
