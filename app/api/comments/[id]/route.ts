import { idParams } from "@/lib/validation/route-params";
import { deleteComment, updateComment } from "@/lib/comments/write-comment";
import { apiRoute } from "@/lib/http/api-route";
import { commentUpdateSchema } from "@/lib/validation/comment-schemas";


export const PATCH = apiRoute({ params: idParams, body: commentUpdateSchema }, async ({ user, params, body }) =>
  updateComment(user, params.id, body),
);

export const DELETE = apiRoute({ params: idParams }, async ({ user, params }) => {
  await deleteComment(user, params.id);
  return new Response(null, { status: 204 });
});
