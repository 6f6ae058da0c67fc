import type { z } from "zod";
import { articleRoutes as routes } from "@/lib/contracts/articles";
import { liveRoutes } from "@/lib/contracts/live";
import { reviewRoutes } from "@/lib/contracts/review";
import { callApi, sendForm, urlOf } from "./client";

type Body<K extends keyof typeof routes> = (typeof routes)[K] extends { body: infer S extends z.ZodType } ? z.input<S> : never;

/** The browser's calls about stories and articles (lib/contracts/articles.ts). */
export const articlesApi = {
  saveText: (articleId: string, body: Body<"saveText">) => callApi(routes.saveText, { params: { id: articleId }, body }),
  markDeskOwned: (articleId: string, deskOwned: boolean) => callApi(routes.markDeskOwned, { params: { id: articleId }, body: { deskOwned } }),
  assign: (articleId: string, assigneeId: string | null) => callApi(reviewRoutes.assignArticle, { params: { id: articleId }, body: { assigneeId } }),
  presence: (articleId: string, body: z.input<typeof liveRoutes.presence.body>) => callApi(liveRoutes.presence, { params: { id: articleId }, body }),
  /** Where the article's live feed is (components/live/use-live-feed.ts opens it). */
  eventsUrl: (articleId: string) => urlOf(liveRoutes.articleEvents, { params: { id: articleId } }),
  createStory: (body: Body<"createStory">) => callApi(routes.createStory, { body }),
  updateStory: (storyId: string, body: Body<"updateStory">) => callApi(routes.updateStory, { params: { id: storyId }, body }),
  /** The import form (multipart), with its upload's progress. */
  importArticle: (storyId: string, form: FormData, onProgress: (percent: number) => void) => sendForm(routes.importArticle, { id: storyId }, form, onProgress),
  previewWebArticle: (storyId: string, url: string) => callApi(routes.previewWebArticle, { params: { id: storyId }, body: { url } }),
  importWebArticle: (storyId: string, body: Body<"importWebArticle">) => callApi(routes.importWebArticle, { params: { id: storyId }, body }),
};
