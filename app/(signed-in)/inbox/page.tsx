import type { Metadata } from "next";
import { InboxList } from "@/components/inbox/inbox-list";
import { requirePageUser } from "@/lib/auth/page-guard";
import { listInbox } from "@/lib/comments/inbox";

export const metadata: Metadata = { title: "Inbox" };

export default async function InboxPage() {
  const user = await requirePageUser();
  const entries = await listInbox(user);
  return (
    <>
      <h1>Inbox</h1>
      <p className="page-intro">Comments that mention you, and cited pages that changed or are gone since they were archived, newest first.</p>
      <InboxList entries={entries} />
    </>
  );
}
