import type { z } from "zod";
import type { AnnotationSearchHit } from "@/lib/annotations/search-annotations";
import type { AnnotationView } from "@/lib/annotations/annotation-view";
import type { HistoryEntry } from "@/lib/review/history";
import type { SourceCheckResult } from "@/lib/sources/check-source";
import type {
  annotationCreateSchema,
  annotationReattachSchema,
  annotationUpdateSchema,
  sourceCreateSchema,
  sourceUpdateSchema,
} from "@/lib/validation/annotation-schemas";
import type { reviewActionSchema } from "@/lib/validation/review-schemas";
import { callApi, seg } from "./client";

/** The browser's calls about annotations and their sources; inputs are the routes' own schemas. */
export const annotationsApi = {
  get: (id: string) => callApi<AnnotationView>("GET", `/api/annotations/${seg(id)}`),
  create: (articleId: string, input: z.input<typeof annotationCreateSchema>) =>
    callApi<AnnotationView>("POST", `/api/articles/${seg(articleId)}/annotations`, input),
  update: (id: string, input: z.input<typeof annotationUpdateSchema>) => callApi<AnnotationView>("PATCH", `/api/annotations/${seg(id)}`, input),
  remove: (id: string) => callApi<void>("DELETE", `/api/annotations/${seg(id)}`),
  restore: (id: string) => callApi<AnnotationView>("POST", `/api/annotations/${seg(id)}/restore`),
  reattach: (id: string, input: z.input<typeof annotationReattachSchema>) =>
    callApi<AnnotationView>("PUT", `/api/annotations/${seg(id)}/anchor`, input),
  review: (id: string, input: z.input<typeof reviewActionSchema>) => callApi<AnnotationView>("POST", `/api/annotations/${seg(id)}/review`, input),
  assign: (id: string, assigneeId: string | null) => callApi<AnnotationView>("PUT", `/api/annotations/${seg(id)}/assignee`, { assigneeId }),
  history: (id: string, cursor?: string) =>
    callApi<{ history: HistoryEntry[]; next: string | null }>("GET", `/api/annotations/${seg(id)}/history${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ""}`),
  searchInStory: (articleId: string, q: string) =>
    callApi<{ results: AnnotationSearchHit[] }>("GET", `/api/articles/${seg(articleId)}/annotations/search?q=${encodeURIComponent(q)}`),
  addSource: (id: string, input: z.input<typeof sourceCreateSchema>) => callApi<AnnotationView>("POST", `/api/annotations/${seg(id)}/sources`, input),
  updateSource: (sourceId: string, input: z.input<typeof sourceUpdateSchema>) =>
    callApi<AnnotationView>("PATCH", `/api/sources/${seg(sourceId)}`, input),
  removeSource: (sourceId: string, version: number) => callApi<AnnotationView>("DELETE", `/api/sources/${seg(sourceId)}?version=${version}`),
  checkSource: (sourceId: string) =>
    callApi<{ check: SourceCheckResult; annotation: AnnotationView }>("POST", `/api/sources/${seg(sourceId)}/check`),
};
