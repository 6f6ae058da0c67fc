import { markRead } from "@/lib/comments/inbox";
import { apiRoute } from "@/lib/http/api-route";
import { inboxReadSchema, type InboxReadInput } from "@/lib/validation/comment-schemas";

export const POST = apiRoute<Record<string, never>, InboxReadInput>({ body: inboxReadSchema }, async ({ user, body }) => markRead(user, body));
