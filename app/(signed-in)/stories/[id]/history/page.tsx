import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { TimelineList } from "@/components/review/history-timeline";
import { ErrorAlert } from "@/components/ui/alert";
import { Pager, singleParams } from "@/components/ui/pager";
import { requirePageUser } from "@/lib/auth/page-guard";
import { NotFoundError } from "@/lib/errors/domain-error";
import { getStoryHistory } from "@/lib/review/history";
import { getStory } from "@/lib/stories/get-story";
import { parsePageQuery } from "@/lib/validation/page-query";
import { historyQuerySchema } from "@/lib/validation/review-schemas";

export const metadata: Metadata = { title: "Story history" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function StoryHistoryPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requirePageUser();
  const raw = singleParams(await searchParams);
  const { query, problem } = parsePageQuery(historyQuerySchema, raw);
  const loaded = await Promise.all([getStory(user, id), getStoryHistory(user, id, query)]).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const [story, history] = loaded;
  return (
    <>
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link href="/">Stories</Link> › <Link href={`/stories/${story.id}/ledger`}>{story.title}</Link> › History
      </nav>
      <h1>History of “{story.title}”</h1>
      <p className="page-intro">Every change to the story and its ledger, newest first. Each article keeps its own history. The record cannot be edited.</p>
      <ErrorAlert message={problem} />
      <section className="card">
        {history.items.length === 0 ? <p className="empty">Nothing has happened to this story or its ledger yet.</p> : <TimelineList entries={history.items} label="Story history" />}
      </section>
      <Pager label="Pages of the history" path={`/stories/${story.id}/history`} params={raw} next={history.next} nextText="Older entries" />
    </>
  );
}
