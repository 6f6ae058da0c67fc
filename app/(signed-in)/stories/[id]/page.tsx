import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { ArticleList } from "@/components/stories/article-list";
import { ErrorAlert } from "@/components/ui/alert";
import { Pager, singleParams } from "@/components/ui/pager";
import { listStoryArticles } from "@/lib/articles/list-story-articles";
import { requirePageUser } from "@/lib/auth/page-guard";
import { NotFoundError } from "@/lib/errors/domain-error";
import { getStory } from "@/lib/stories/get-story";
import { storyArticlesQuerySchema } from "@/lib/validation/article-schemas";
import { parsePageQuery } from "@/lib/validation/page-query";

export const metadata: Metadata = { title: "Story" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** One story: what it is about and its articles, a page at a time. */
export default async function StoryPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requirePageUser();
  const raw = singleParams(await searchParams);
  const { query, problem } = parsePageQuery(storyArticlesQuerySchema, raw);
  const [story, articles] = await Promise.all([getStory(user, id), listStoryArticles(user, id, query)]).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  return (
    <>
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link href="/">Stories</Link> › {story.title}
      </nav>
      <h1>{story.title}</h1>
      {story.description && <p className="page-intro">{story.description}</p>}
      {story.archivedAt && <p className="muted">This story is archived: it is no longer on the dashboard.</p>}
      <p>
        {!story.archivedAt && <><Link href={`/stories/${story.id}/import`}>Import an article</Link> · </>}
        <Link prefetch={false} href={`/stories/${story.id}/report`}>Story report</Link> ·{" "}
        <Link prefetch={false} href={`/stories/${story.id}/ledger`}>Ledger</Link> ·{" "}
        <Link prefetch={false} href={`/stories/${story.id}/history`}>History</Link>
      </p>
      <ErrorAlert message={problem} />
      <section className="card" aria-labelledby="articles-heading">
        <h2 id="articles-heading">Articles</h2>
        {articles.items.length === 0 ? <p className="empty">No article in this story yet.</p> : <ArticleList articles={articles.items} storyTitle={story.title} />}
      </section>
      <Pager label="Pages of articles" path={`/stories/${story.id}`} params={raw} next={articles.next} />
    </>
  );
}
