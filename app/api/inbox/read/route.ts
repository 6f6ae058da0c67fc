import { markRead } from "@/lib/comments/inbox";
import { commentRoutes } from "@/lib/contracts/comments";
import { apiRoute } from "@/lib/http/api-route";

export const POST = apiRoute(commentRoutes.markRead, ({ user, body }) => markRead(user, body));
