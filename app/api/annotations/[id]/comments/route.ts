import { listComments } from "@/lib/comments/list-comments";
import { createComment } from "@/lib/comments/write-comment";
import { commentRoutes } from "@/lib/contracts/comments";
import { apiRoute } from "@/lib/http/api-route";

export const GET = apiRoute(commentRoutes.list, async ({ user, params }) => ({ threads: await listComments(user, params.id) }));

export const POST = apiRoute(commentRoutes.create, ({ user, params, body }) => createComment(user, params.id, body));
