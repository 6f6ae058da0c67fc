import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { DiffView } from "@/components/articles/diff-view";
import { SelectField } from "@/components/ui/select-field";
import { getArticle } from "@/lib/articles/get-article";
import { diffArticleVersions, listArticleVersions } from "@/lib/articles/versions";
import { requirePageUser } from "@/lib/auth/page-guard";
import { DomainError } from "@/lib/errors/domain-error";
import { formatWhen } from "@/components/review/labels";

export const metadata: Metadata = { title: "Versions" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function VersionsPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requirePageUser();
  const article = await getArticle(user, id).catch(() => null);
  if (!article) notFound();
  const versions = await listArticleVersions(user, id);
  const query = await searchParams;
  const latest = versions[0].version;
  const clamp = (value: unknown, fallback: number) => {
    const n = Number(value);
    return Number.isInteger(n) && versions.some((v) => v.version === n) ? n : fallback;
  };
  const to = clamp(query.to, latest);
  const from = clamp(query.from, Math.max(1, to - 1));
  // Versions too long to compare, or a server too busy to now, still leave the page readable.
  const diff = await diffArticleVersions(user, id, from, to).catch((error: unknown) => {
    if (error instanceof DomainError) return { parts: [], tooDifferent: false, unavailable: error.message };
    throw error;
  });
  const choices = versions.map((v) => ({ value: v.version, label: String(v.version) }));
  return (
    <>
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link href="/">Stories</Link> › <Link href={`/articles/${article.id}`}>{article.title}</Link> › Versions
      </nav>
      <h1>Versions of “{article.title}”</h1>
      <section className="card">
        <ul>
          {versions.map((v) => (
            <li key={v.version}>
              Version {v.version} · {formatWhen(v.createdAt)} · {v.createdBy?.name ?? "imported"}
            </li>
          ))}
        </ul>
      </section>
      <form className="card" method="get" aria-label="Compare versions">
        <div className="form-row">
          <SelectField id="from" label="From version" name="from" defaultValue={from} options={choices} />
          <SelectField id="to" label="To version" name="to" defaultValue={to} options={choices} />
        </div>
        <button type="submit">Compare</button>
      </form>
      <section className="card" aria-labelledby="diff-heading">
        <h2 id="diff-heading">
          Changes from version {from} to version {to}
        </h2>
        <DiffView parts={diff.parts} tooDifferent={diff.tooDifferent} unavailable={diff.unavailable} label={`Changes from version ${from} to version ${to}`} />
      </section>
    </>
  );
}
