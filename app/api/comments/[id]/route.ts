import { deleteComment, updateComment } from "@/lib/comments/write-comment";
import { apiRoute } from "@/lib/http/api-route";
import { commentUpdateSchema, type CommentUpdateInput } from "@/lib/validation/comment-schemas";

type Params = { id: string };

export const PATCH = apiRoute<Params, CommentUpdateInput>({ body: commentUpdateSchema }, async ({ user, params, body }) =>
  updateComment(user, params.id, body),
);

export const DELETE = apiRoute<Params>({}, async ({ user, params }) => {
  await deleteComment(user, params.id);
  return new Response(null, { status: 204 });
});
