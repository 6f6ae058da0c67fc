import { deleteComment, updateComment } from "@/lib/comments/write-comment";
import { commentRoutes } from "@/lib/contracts/comments";
import { apiRoute } from "@/lib/http/api-route";

export const PATCH = apiRoute(commentRoutes.update, ({ user, params, body }) => updateComment(user, params.id, body));

export const DELETE = apiRoute(commentRoutes.remove, ({ user, params }) => deleteComment(user, params.id));
