import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LedgerView } from "@/components/ledger/ledger-view";
import { requirePageUser } from "@/lib/auth/page-guard";
import { NotFoundError } from "@/lib/errors/domain-error";
import { getLedger } from "@/lib/ledger/get-ledger";
import { encodeLedger } from "@/lib/ledger/ledger-codec";

export const metadata: Metadata = { title: "Story ledger" };

export default async function LedgerPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser();
  const ledger = await getLedger(user, (await params).id).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  return (
    <div className="wide-page">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link href="/">Stories</Link> › {ledger.title} › Ledger
      </nav>
      <h1>Ledger of “{ledger.title}”</h1>
      <p className="page-intro">
        Each fact the story&apos;s articles report: the figure every article gives for it and where they disagree, and the claims they make and
        who denies them. Factmark proposes facts from the figures and claims you tagged; a person confirms them.
      </p>
      <LedgerView encoded={encodeLedger(ledger)} />
    </div>
  );
}
