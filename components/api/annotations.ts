import type { z } from "zod";
import { annotationRoutes as routes } from "@/lib/contracts/annotations";
import { reviewRoutes } from "@/lib/contracts/review";
import { callApi } from "./client";

type Body<K extends keyof typeof routes> = (typeof routes)[K] extends { body: infer S extends z.ZodType } ? z.input<S> : never;

/** The browser's calls about annotations and their sources; each is its route's contract (lib/contracts/annotations.ts). */
export const annotationsApi = {
  get: (id: string) => callApi(routes.get, { params: { id } }),
  create: (articleId: string, body: Body<"create">) => callApi(routes.create, { params: { id: articleId }, body }),
  update: (id: string, body: Body<"update">) => callApi(routes.update, { params: { id }, body }),
  remove: (id: string) => callApi(routes.remove, { params: { id } }),
  restore: (id: string) => callApi(routes.restore, { params: { id } }),
  reattach: (id: string, body: Body<"reattach">) => callApi(routes.reattach, { params: { id }, body }),
  review: (id: string, body: z.input<typeof reviewRoutes.review.body>) => callApi(reviewRoutes.review, { params: { id }, body }),
  assign: (id: string, assigneeId: string | null) => callApi(reviewRoutes.assignAnnotation, { params: { id }, body: { assigneeId } }),
  history: (id: string, cursor?: string) => callApi(reviewRoutes.annotationHistory, { params: { id }, query: { cursor } }),
  searchInStory: (articleId: string, q: string) => callApi(routes.search, { params: { id: articleId }, query: { q } }),
  addSource: (id: string, body: Body<"addSource">) => callApi(routes.addSource, { params: { id }, body }),
  updateSource: (sourceId: string, body: Body<"updateSource">) => callApi(routes.updateSource, { params: { id: sourceId }, body }),
  removeSource: (sourceId: string, version: number) => callApi(routes.removeSource, { params: { id: sourceId }, query: { version } }),
  checkSource: (sourceId: string) => callApi(routes.checkSource, { params: { id: sourceId } }),
};
