import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { LedgerView } from "@/components/ledger/ledger-view";
import { requirePageUser } from "@/lib/auth/page-guard";
import type { SessionUser } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors/domain-error";
import { getLedger } from "@/lib/ledger/get-ledger";
import { encodeLedger } from "@/lib/ledger/ledger-codec";
import { can } from "@/lib/policy/policy";
import { getStory } from "@/lib/stories/get-story";

export const metadata: Metadata = { title: "Story ledger" };

/** The ledger itself, streamed after the page's frame: the browser fetches the page's code while the server reads a large story. */
async function StoryLedger({ user, storyId }: { user: SessionUser; storyId: string }) {
  return <LedgerView encoded={encodeLedger(await getLedger(user, storyId))} canConfirm={can(user, "ledger.confirm")} />;
}

export default async function LedgerPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser();
  const storyId = (await params).id;
  const story = await getStory(user, storyId).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  return (
    <div className="wide-page">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link href="/">Stories</Link> › {story.title} › Ledger
      </nav>
      <h1>Ledger of “{story.title}”</h1>
      <p className="page-intro">
        Each fact the story&apos;s articles report: the figure every article gives for it and where they disagree, and the claims they make and
        who denies them. Factmark proposes facts from the figures and claims you tagged; a person accepts them, and an editor confirms a fact before it is
        published (any later change makes it a proposal again).
      </p>
      <div className="article-tools">
        <Link prefetch={false} href={`/stories/${story.id}/history`}>Story history</Link>
        <Link prefetch={false} href={`/stories/${story.id}/report`}>Story report</Link>
      </div>
      <Suspense fallback={<p className="muted">Loading the ledger…</p>}>
        <StoryLedger user={user} storyId={storyId} />
      </Suspense>
    </div>
  );
}
