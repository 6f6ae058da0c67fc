import { listComments } from "@/lib/comments/list-comments";
import { createComment } from "@/lib/comments/write-comment";
import { apiRoute, json } from "@/lib/http/api-route";
import { commentCreateSchema, type CommentCreateInput } from "@/lib/validation/comment-schemas";

type Params = { id: string };

export const GET = apiRoute<Params>({}, async ({ user, params }) => ({ threads: await listComments(user, params.id) }));

export const POST = apiRoute<Params, CommentCreateInput>({ body: commentCreateSchema }, async ({ user, params, body }) =>
  json(await createComment(user, params.id, body), 201),
);
