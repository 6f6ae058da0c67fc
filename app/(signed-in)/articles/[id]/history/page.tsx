import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TimelineList } from "@/components/review/history-timeline";
import { getArticle } from "@/lib/articles/get-article";
import { requirePageUser } from "@/lib/auth/page-guard";
import { NotFoundError } from "@/lib/errors/domain-error";
import { getArticleHistory } from "@/lib/review/history";

export const metadata: Metadata = { title: "Article history" };

export default async function ArticleHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser();
  const loaded = await Promise.all([getArticle(user, id), getArticleHistory(user, id)]).catch((error) => {
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
      <section className="card">
        {history.length === 0 ? <p className="empty">Nothing has happened on this article yet.</p> : <TimelineList entries={history} label="Article history" />}
      </section>
    </>
  );
}
