import { countUnread, listInbox } from "@/lib/comments/inbox";
import { apiRoute } from "@/lib/http/api-route";

export const GET = apiRoute({}, async ({ user }) => {
  const [entries, unread] = await Promise.all([listInbox(user), countUnread(user)]);
  return { entries, unread };
});
