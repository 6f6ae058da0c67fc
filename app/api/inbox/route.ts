import { countUnread, listInbox } from "@/lib/comments/inbox";
import { commentRoutes } from "@/lib/contracts/comments";
import { apiRoute } from "@/lib/http/api-route";

/** A page of the inbox, newest first (`?cursor=` from the last page's `next`, `?limit=`), and how many entries are unread in all. */
export const GET = apiRoute(commentRoutes.inbox, async ({ user, query }) => {
  const [{ items, next }, unread] = await Promise.all([listInbox(user, query), countUnread(user)]);
  return { entries: items, next, unread };
});
