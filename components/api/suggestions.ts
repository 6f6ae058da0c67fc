import type { z } from "zod";
import type { AnnotationView } from "@/lib/annotations/annotation-view";
import type { SuggestionView } from "@/lib/suggestions/suggestion-view";
import type { SuggestionOrder, suggestionAcceptAllSchema } from "@/lib/validation/suggestion-schemas";
import { callApi, seg } from "./client";

/** The browser's calls about the machine's suggestions. */
export const suggestionsApi = {
  list: (articleId: string, order: SuggestionOrder = "text") =>
    callApi<{ suggestions: SuggestionView[] }>("GET", `/api/articles/${seg(articleId)}/suggestions${order === "score" ? "?order=score" : ""}`),
  accept: (id: string) => callApi<AnnotationView>("POST", `/api/suggestions/${seg(id)}/accept`),
  acceptAll: (articleId: string, input: z.input<typeof suggestionAcceptAllSchema>) =>
    callApi<{ accepted: number }>("POST", `/api/articles/${seg(articleId)}/suggestions/accept`, input),
  dismiss: (id: string) => callApi<SuggestionView>("POST", `/api/suggestions/${seg(id)}/dismiss`),
  restore: (id: string) => callApi<SuggestionView>("POST", `/api/suggestions/${seg(id)}/restore`),
};
