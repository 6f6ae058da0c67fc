import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { ArticleWorkspace } from "@/components/annotations/article-workspace";
import { ArticleMeta } from "@/components/articles/article-meta";
import { buildTextIndex, type JsonNode } from "@/lib/anchoring/text-index";
import { readAnnotationSnapshot } from "@/lib/realtime/annotation-snapshot";
import { getArticle } from "@/lib/articles/get-article";
import { AssigneeSelect } from "@/components/review/assignee-select";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/policy/policy";
import { getSettings } from "@/lib/settings/settings";
import { listPeople } from "@/lib/users/list-people";
import { getSessionUser } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors/domain-error";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(id: string) {
  const user = await requirePageUser();
  try {
    const [article, people, settings] = await Promise.all([getArticle(user, id), listPeople(user), getSettings()]);
    // Not awaited: the page streams without it, and the annotations follow in the same response
    // while the browser is already busy showing the text.
    const annotations = readAnnotationSnapshot(user, id, buildTextIndex(article.content as unknown as JsonNode).text);
    return { user, article, annotations, people, settings };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await getSessionUser();
  const article = user ? await getArticle(user, (await params).id).catch(() => null) : null;
  return { title: article?.title ?? "Article" };
}

export default async function ArticlePage({ params, searchParams }: Props) {
  const { user, article, annotations, people, settings } = await load((await params).id);
  const requested = (await searchParams).annotation;
  return (
    <div className="wide-page">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link href="/">Stories</Link> › {article.story.title}
      </nav>
      <h1>{article.title}</h1>
      <ArticleMeta article={article} canMarkOwn={can(user, "article.markOwn")} />
      {/* Not prefetched: each of these pages reads the whole article's history, text or report,
          which is a lot of work to do for every visit on the chance of a click. */}
      <div className="article-tools">
        <AssigneeSelect
          subject={{ type: "article", id: article.id }}
          label="Article assigned to"
          people={people}
          current={article.assignee}
          canAssign={can(user, "work.assign")}
        />
        <Link prefetch={false} href={`/articles/${article.id}/history`}>Article history</Link>
        <Link prefetch={false} href={`/articles/${article.id}/versions`}>Versions</Link>
        <Link prefetch={false} href={`/articles/${article.id}/report`}>Report</Link>
        <Link prefetch={false} href={`/stories/${article.story.id}/ledger`}>Story ledger</Link>
        <Link prefetch={false} href={`/stories/${article.story.id}/report`}>Story report</Link>
        {can(user, "article.correct") && (
          <Link prefetch={false} className="button secondary" href={`/articles/${article.id}/edit`}>
            Correct the text
          </Link>
        )}
      </div>
      <ArticleWorkspace
        articleId={article.id}
        viewer={{ id: user.id, role: user.role, allowSelfApproval: settings.allowSelfApproval }}
        people={people}
        initialSelectedId={typeof requested === "string" ? requested : undefined}
        content={article.content as unknown as JsonNode}
        annotations={annotations}
      />
    </div>
  );
}
