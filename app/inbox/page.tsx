import type { Metadata } from "next";
import { InboxList } from "@/components/inbox/inbox-list";
import { AppShell } from "@/components/layout/app-header";
import { requirePageUser } from "@/lib/auth/page-guard";
import { listInbox } from "@/lib/comments/inbox";

export const metadata: Metadata = { title: "Inbox" };

export default async function InboxPage() {
  const user = await requirePageUser("/inbox");
  const entries = await listInbox(user);
  return (
    <AppShell user={user}>
      <h1>Inbox</h1>
      <p className="page-intro">Comments that mention you, newest first.</p>
      <InboxList entries={entries} />
    </AppShell>
  );
}
