import { countUnread, listInbox } from "@/lib/comments/inbox";
import { commentRoutes } from "@/lib/contracts/comments";
import { apiRoute } from "@/lib/http/api-route";

export const GET = apiRoute(commentRoutes.inbox, async ({ user }) => {
  const [entries, unread] = await Promise.all([listInbox(user), countUnread(user)]);
  return { entries, unread };
});
