import { Link } from "@/components/ui/link";
import type { ArticleDetail } from "@/lib/articles/get-article";
import { archiveDate } from "@/lib/sources/archive-date";
import { DeskOwnedToggle } from "./desk-owned-toggle";

const NOT_GIVEN = <span className="muted">Not given</span>;

export function ArticleMeta({ article, canMarkOwn }: { article: ArticleDetail; canMarkOwn: boolean }) {
  return (
    <dl className="article-meta" aria-label="Article details">
      <dt>Story</dt>
      <dd>{article.story.title}</dd>
      <dt>Outlet</dt>
      <dd>{article.outlet ?? NOT_GIVEN}</dd>
      <dt>Published</dt>
      <dd>{article.publishedAt ? article.publishedAt.toISOString().slice(0, 10) : NOT_GIVEN}</dd>
      <dt>Original</dt>
      <dd>
        {article.url ? (
          <a href={article.url} rel="noopener noreferrer nofollow" target="_blank">
            {article.url}
          </a>
        ) : (
          NOT_GIVEN
        )}
        {article.archive && (
          <>
            {" "}
            · <Link href={`/copies/${article.archive.id}`}>archived {archiveDate(article.archive.takenAt)}</Link>
          </>
        )}
      </dd>
      <dt>Version</dt>
      <dd>{article.version}</dd>
      <dt>Publishing</dt>
      <dd>
        {canMarkOwn ? (
          <DeskOwnedToggle articleId={article.id} initial={article.deskOwned} />
        ) : article.deskOwned ? (
          "The desk's own article: a publication carries its full text"
        ) : (
          "Another outlet's article: a publication quotes only the checked words in their sentence"
        )}
      </dd>
    </dl>
  );
}
