import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { TextEditor } from "@/components/articles/text-editor";
import type { JsonNode } from "@/lib/anchoring/text-index";
import { getArticle } from "@/lib/articles/get-article";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/policy/policy";

export const metadata: Metadata = { title: "Correct the text" };

export default async function EditArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser();
  const article = await getArticle(user, id).catch(() => null);
  if (!article) notFound();
  return (
    <>
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link href="/">Stories</Link> › <Link href={`/articles/${article.id}`}>{article.title}</Link> › Correct the text
      </nav>
      <h1>Correct “{article.title}”</h1>
      {can(user, "article.correct") ? (
        <>
          <p className="page-intro">
            Fix transcription errors. Saving makes version {article.version + 1}; annotations follow their words, and any that cannot be placed with
            confidence are listed under “Needs re-anchoring”.
          </p>
          <TextEditor articleId={article.id} version={article.version} content={article.content as unknown as JsonNode} />
        </>
      ) : (
        <div className="alert error" role="alert">
          Only editors and admins correct an article&apos;s text.
        </div>
      )}
    </>
  );
}
