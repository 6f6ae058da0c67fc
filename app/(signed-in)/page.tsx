import { Link } from "@/components/ui/link";
import { listStories } from "@/lib/articles/list-stories";
import { ArticleList } from "@/components/stories/article-list";
import { NewStoryForm, StoryControls } from "@/components/stories/story-actions";
import { FirstVisitHint } from "@/components/layout/first-visit-hint";
import { ErrorAlert } from "@/components/ui/alert";
import { Pager, singleParams } from "@/components/ui/pager";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/policy/policy";
import { storyListQuerySchema } from "@/lib/validation/article-schemas";
import { parsePageQuery } from "@/lib/validation/page-query";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DashboardPage({ searchParams }: Props) {
  const user = await requirePageUser();
  const params = singleParams(await searchParams);
  const { query, problem } = parsePageQuery(storyListQuerySchema, params);
  const { items: stories, next } = await listStories(user, query);
  return (
    <>
      <h1>Stories</h1>
      <p className="page-intro">
        Each story groups the articles that report one event, newest first. Before checking a claim again, <Link href="/claims">search what the desk has already checked</Link>.
      </p>
      <FirstVisitHint canReview={can(user, "review.queue")} />
      {can(user, "story.manage") && <NewStoryForm />}
      <form className="card story-search" method="get" role="search" aria-label="Stories">
        <div className="field">
          <label htmlFor="story-q">Find a story</label>
          <input id="story-q" name="q" type="search" defaultValue={query.q ?? ""} />
        </div>
        <button type="submit">Search</button>
        {query.q && <Link href="/">Show every story</Link>}
      </form>
      <ErrorAlert message={problem} />
      {stories.length === 0 && (
        <div className="card">
          {query.q ? (
            <h2>No open story’s title holds “{query.q}”</h2>
          ) : (
            <>
              <h2>No stories yet</h2>
              <p className="muted">When an editor imports articles, their stories appear here.</p>
            </>
          )}
        </div>
      )}
      {stories.map((story) => (
        <section className="card" key={story.id} aria-labelledby={`story-${story.id}`}>
          <div className="story-head">
            <h2 id={`story-${story.id}`}>{story.title}</h2>
            {can(user, "story.manage") && <StoryControls storyId={story.id} title={story.title} />}
          </div>
          {story.description && <p className="story-meta">{story.description}</p>}
          <p className="muted">
            {story.articleCount > story.articles.length ? (
              <Link prefetch={false} href={`/stories/${story.id}`}>All {story.articleCount} articles</Link>
            ) : (
              <>
                {story.articleCount} article{story.articleCount === 1 ? "" : "s"}
              </>
            )}{" "}
            · <Link href={`/stories/${story.id}/import`}>Import an article</Link> ·{" "}
            {/* Not prefetched: a story report reads every annotation of the story. */}
            <Link prefetch={false} href={`/stories/${story.id}/report`}>Story report</Link> ·{" "}
            <Link prefetch={false} href={`/stories/${story.id}/ledger`}>Ledger</Link>
          </p>
          <ArticleList articles={story.articles} storyTitle={story.title} />
        </section>
      ))}
      <Pager label="Pages of stories" path="/" params={params} next={next} />
    </>
  );
}
