import type { Metadata } from "next";
import { InboxList } from "@/components/inbox/inbox-list";
import { ErrorAlert } from "@/components/ui/alert";
import { Pager, singleParams } from "@/components/ui/pager";
import { requirePageUser } from "@/lib/auth/page-guard";
import { listInbox } from "@/lib/comments/inbox";
import { inboxQuerySchema } from "@/lib/validation/comment-schemas";
import { parsePageQuery } from "@/lib/validation/page-query";

export const metadata: Metadata = { title: "Inbox" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function InboxPage({ searchParams }: Props) {
  const user = await requirePageUser();
  const params = singleParams(await searchParams);
  const { query, problem } = parsePageQuery(inboxQuerySchema, params);
  const { items, next } = await listInbox(user, query);
  return (
    <>
      <h1>Inbox</h1>
      <p className="page-intro">Comments that mention you, and cited pages that changed or are gone since they were archived, newest first.</p>
      <ErrorAlert message={problem} />
      {/* A page of its own: the entries read as read on one page are not carried to the next. */}
      <InboxList key={query.cursor ? params.cursor : "first"} entries={items} />
      <Pager label="Pages of the inbox" path="/inbox" params={params} next={next} nextText="Older entries" />
    </>
  );
}
