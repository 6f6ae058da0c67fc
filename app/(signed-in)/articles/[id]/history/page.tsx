import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { TimelineList } from "@/components/review/history-timeline";
import { ErrorAlert } from "@/components/ui/alert";
import { Pager, singleParams } from "@/components/ui/pager";
import { getArticle } from "@/lib/articles/get-article";
import { requirePageUser } from "@/lib/auth/page-guard";
import { NotFoundError } from "@/lib/errors/domain-error";
import { getArticleHistory } from "@/lib/review/history";
import { parsePageQuery } from "@/lib/validation/page-query";
import { historyQuerySchema } from "@/lib/validation/review-schemas";

export const metadata: Metadata = { title: "Article history" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ArticleHistoryPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requirePageUser();
  const raw = singleParams(await searchParams);
  const { query, problem } = parsePageQuery(historyQuerySchema, raw);
  const loaded = await Promise.all([getArticle(user, id), getArticleHistory(user, id, query)]).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const [article, history] = loaded;
  return (
    <>
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link href="/">Stories</Link> › <Link href={`/articles/${article.id}`}>{article.title}</Link> › History
      </nav>
      <h1>History of “{article.title}”</h1>
      <p className="page-intro">Every change to the article and its annotations, newest first. The record cannot be edited.</p>
      <ErrorAlert message={problem} />
      <section className="card">
        {history.items.length === 0 ? <p className="empty">Nothing has happened on this article yet.</p> : <TimelineList entries={history.items} label="Article history" />}
      </section>
      <Pager label="Pages of the history" path={`/articles/${article.id}/history`} params={raw} next={history.next} nextText="Older entries" />
    </>
  );
}
