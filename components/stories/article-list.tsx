import { Link } from "@/components/ui/link";
import type { ArticleSummary } from "@/lib/articles/list-story-articles";

/** A story's articles as the dashboard and the story's page list them: title, outlet and date, annotations. */
export function ArticleList({ articles, storyTitle }: { articles: ArticleSummary[]; storyTitle: string }) {
  return (
    <ul className="article-list" aria-label={`Articles in ${storyTitle}`}>
      {articles.map((article) => (
        <li key={article.id}>
          <div>
            <Link className="title" href={`/articles/${article.id}`}>
              {article.title}
            </Link>
            <div className="meta">
              {[article.outlet, article.publishedAt?.toISOString().slice(0, 10)].filter(Boolean).join(" · ") || "Outlet and date not given"}
            </div>
          </div>
          <span className="count">
            {article.annotationCount} annotation{article.annotationCount === 1 ? "" : "s"}
          </span>
        </li>
      ))}
    </ul>
  );
}
