import type { z } from "zod";
import type { SaveResult } from "@/lib/articles/save-article-text";
import type { WebArticlePreview } from "@/lib/articles/import/import-from-web";
import type { articleTextSaveSchema, storyCreateSchema, storyUpdateSchema, webArticleImportSchema } from "@/lib/validation/article-schemas";
import type { presenceSchema } from "@/lib/validation/live-schemas";
import { callApi, seg } from "./client";

/** The browser's calls about stories and articles. */
export const articlesApi = {
  saveText: (articleId: string, input: z.input<typeof articleTextSaveSchema>) =>
    callApi<SaveResult>("PUT", `/api/articles/${seg(articleId)}/text`, input),
  markDeskOwned: (articleId: string, deskOwned: boolean) => callApi<{ id: string; deskOwned: boolean }>("PATCH", `/api/articles/${seg(articleId)}`, { deskOwned }),
  assign: (articleId: string, assigneeId: string | null) => callApi<unknown>("PUT", `/api/articles/${seg(articleId)}/assignee`, { assigneeId }),
  presence: (articleId: string, input: z.input<typeof presenceSchema>) => callApi<void>("PUT", `/api/articles/${seg(articleId)}/presence`, input),
  createStory: (input: z.input<typeof storyCreateSchema>) => callApi<{ id: string }>("POST", "/api/stories", input),
  updateStory: (storyId: string, input: z.input<typeof storyUpdateSchema>) => callApi<unknown>("PATCH", `/api/stories/${seg(storyId)}`, input),
  previewWebArticle: (storyId: string, url: string) => callApi<WebArticlePreview>("POST", `/api/stories/${seg(storyId)}/articles/preview`, { url }),
  importWebArticle: (storyId: string, input: z.input<typeof webArticleImportSchema>) =>
    callApi<{ id: string; title: string }>("POST", `/api/stories/${seg(storyId)}/articles/web`, input),
};
