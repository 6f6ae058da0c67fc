import type { z } from "zod";
import { commentRoutes as routes } from "@/lib/contracts/comments";
import { callApi } from "./client";

type Body<K extends keyof typeof routes> = (typeof routes)[K] extends { body: infer S extends z.ZodType } ? z.input<S> : never;

/** The browser's calls about comments and the inbox (lib/contracts/comments.ts). */
export const commentsApi = {
  list: (annotationId: string) => callApi(routes.list, { params: { id: annotationId } }),
  create: (annotationId: string, body: Body<"create">) => callApi(routes.create, { params: { id: annotationId }, body }),
  update: (commentId: string, body: Body<"update">) => callApi(routes.update, { params: { id: commentId }, body }),
  remove: (commentId: string) => callApi(routes.remove, { params: { id: commentId } }),
  markRead: (body: Body<"markRead">) => callApi(routes.markRead, { body }),
};
