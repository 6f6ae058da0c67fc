import type { z } from "zod";
import type { CommentThread, CommentView } from "@/lib/comments/comment-view";
import type { commentCreateSchema, commentUpdateSchema, inboxReadSchema } from "@/lib/validation/comment-schemas";
import { callApi, seg } from "./client";

/** The browser's calls about comments and the inbox. */
export const commentsApi = {
  list: (annotationId: string) => callApi<{ threads: CommentThread[] }>("GET", `/api/annotations/${seg(annotationId)}/comments`),
  create: (annotationId: string, input: z.input<typeof commentCreateSchema>) =>
    callApi<CommentView>("POST", `/api/annotations/${seg(annotationId)}/comments`, input),
  update: (commentId: string, input: z.input<typeof commentUpdateSchema>) => callApi<CommentView>("PATCH", `/api/comments/${seg(commentId)}`, input),
  remove: (commentId: string) => callApi<void>("DELETE", `/api/comments/${seg(commentId)}`),
  markRead: (input: z.input<typeof inboxReadSchema>) => callApi<{ updated: number }>("POST", "/api/inbox/read", input),
};
