import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { ImportChooser } from "@/components/stories/import-chooser";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/policy/policy";
import { getStory } from "@/lib/stories/get-story";

export const metadata: Metadata = { title: "Import an article" };

export default async function ImportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser();
  const story = await getStory(user, id).catch(() => null);
  if (!story || story.archivedAt) notFound();
  return (
    <>
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link href="/">Stories</Link> › {story.title}
      </nav>
      <h1>Import an article into “{story.title}”</h1>
      <p className="page-intro">HTML keeps its paragraphs, headings, lists and quotes; scripts, styles, frames and images are left out. From a web address, Factmark fetches the page, shows what it read for you to correct, and keeps an archived copy with the article.</p>
      <ImportChooser storyId={story.id} canMarkOwn={can(user, "article.markOwn")} />
    </>
  );
}
