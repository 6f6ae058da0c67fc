import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ImportForm } from "@/components/stories/import-form";
import { requirePageUser } from "@/lib/auth/page-guard";
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
      <p className="page-intro">HTML keeps its paragraphs, headings, lists and quotes; scripts, styles, frames and images are left out.</p>
      <ImportForm storyId={story.id} />
    </>
  );
}
