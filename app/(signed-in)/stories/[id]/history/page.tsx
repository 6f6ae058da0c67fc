import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TimelineList } from "@/components/review/history-timeline";
import { requirePageUser } from "@/lib/auth/page-guard";
import { NotFoundError } from "@/lib/errors/domain-error";
import { getStoryHistory } from "@/lib/review/history";
import { getStory } from "@/lib/stories/get-story";

export const metadata: Metadata = { title: "Story history" };

export default async function StoryHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser();
  const loaded = await Promise.all([getStory(user, id), getStoryHistory(user, id)]).catch((error) => {
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
      <section className="card">
        {history.length === 0 ? <p className="empty">Nothing has happened to this story or its ledger yet.</p> : <TimelineList entries={history} label="Story history" />}
      </section>
    </>
  );
}
