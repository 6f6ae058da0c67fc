import { idParams } from "@/lib/validation/route-params";
import { listComments } from "@/lib/comments/list-comments";
import { createComment } from "@/lib/comments/write-comment";
import { apiRoute, json } from "@/lib/http/api-route";
import { commentCreateSchema } from "@/lib/validation/comment-schemas";


export const GET = apiRoute({ params: idParams }, async ({ user, params }) => ({ threads: await listComments(user, params.id) }));

export const POST = apiRoute({ params: idParams, body: commentCreateSchema }, async ({ user, params, body }) =>
  json(await createComment(user, params.id, body), 201),
);
