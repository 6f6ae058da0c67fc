import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { PageCopy } from "@/components/sources/page-copy";
import { requirePageUser } from "@/lib/auth/page-guard";
import { NotFoundError } from "@/lib/errors/domain-error";
import { getPageCopy } from "@/lib/sources/page-copy";

export const metadata: Metadata = { title: "Archived copy" };

export default async function PageCopyPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser();
  const copy = await getPageCopy(user, id).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const first = copy.citedBy[0];
  return (
    <>
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link href="/">Stories</Link>
        {first && (
          <>
            {" "}› <Link href={`/articles/${first.articleId}`}>{first.articleTitle}</Link>
          </>
        )}{" "}
        › Archived copy
      </nav>
      <PageCopy copy={copy} />
    </>
  );
}
