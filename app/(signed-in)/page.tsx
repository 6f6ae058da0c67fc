import Link from "next/link";
import { listStories } from "@/lib/articles/list-stories";
import { NewStoryForm, StoryControls } from "@/components/stories/story-actions";
import { FirstVisitHint } from "@/components/layout/first-visit-hint";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/policy/policy";

export default async function DashboardPage() {
  const user = await requirePageUser();
  const stories = await listStories(user);
  return (
    <>
      <h1>Stories</h1>
      <p className="page-intro">
        Each story groups the articles that report one event. Before checking a claim again, <Link href="/claims">search what the desk has already checked</Link>.
      </p>
      <FirstVisitHint canReview={can(user, "review.queue")} />
      {can(user, "story.manage") && <NewStoryForm />}
      {stories.length === 0 && (
        <div className="card">
          <h2>No stories yet</h2>
          <p className="muted">When an editor imports articles, their stories appear here.</p>
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
            {story.articles.length} article{story.articles.length === 1 ? "" : "s"} ·{" "}
            <Link href={`/stories/${story.id}/import`}>Import an article</Link> ·{" "}
            {/* Not prefetched: a story report reads every annotation of the story. */}
            <Link prefetch={false} href={`/stories/${story.id}/report`}>Story report</Link> ·{" "}
            <Link prefetch={false} href={`/stories/${story.id}/ledger`}>Ledger</Link>
          </p>
          <ul className="article-list" aria-label={`Articles in ${story.title}`}>
            {story.articles.map((article) => (
              <li key={article.id}>
                <div>
                  <Link className="title" href={`/articles/${article.id}`}>
                    {article.title}
                  </Link>
                  <div className="meta">
                    {[article.outlet, article.publishedAt?.toISOString().slice(0, 10)].filter(Boolean).join(" · ") ||
                      "Outlet and date not given"}
                  </div>
                </div>
                <span className="count">
                  {article.annotationCount} annotation{article.annotationCount === 1 ? "" : "s"}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
