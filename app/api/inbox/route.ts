import { countUnread, listInbox } from "@/lib/comments/inbox";
import { apiRoute } from "@/lib/http/api-route";
import { inboxQuerySchema } from "@/lib/validation/comment-schemas";

/** A page of the inbox, newest first (`?cursor=` from the last page's `next`, `?limit=`), and how many entries are unread in all. */
export const GET = apiRoute({ query: inboxQuerySchema }, async ({ user, query }) => {
  const [{ items, next }, unread] = await Promise.all([listInbox(user, query), countUnread(user)]);
  return { entries: items, next, unread };
});
