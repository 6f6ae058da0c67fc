import { markRead } from "@/lib/comments/inbox";
import { apiRoute } from "@/lib/http/api-route";
import { inboxReadSchema } from "@/lib/validation/comment-schemas";

export const POST = apiRoute({ body: inboxReadSchema }, async ({ user, body }) => markRead(user, body));
