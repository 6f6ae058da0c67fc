import type { z } from "zod";
import type { SuggestionOrder } from "@/lib/validation/suggestion-schemas";
import { suggestionRoutes as routes } from "@/lib/contracts/suggestions";
import { callApi } from "./client";

/** The browser's calls about the machine's suggestions (lib/contracts/suggestions.ts). */
export const suggestionsApi = {
  list: (articleId: string, order: SuggestionOrder = "text") => callApi(routes.list, { params: { id: articleId }, query: { order } }),
  accept: (id: string) => callApi(routes.accept, { params: { id } }),
  acceptAll: (articleId: string, body: z.input<typeof routes.acceptAll.body>) => callApi(routes.acceptAll, { params: { id: articleId }, body }),
  dismiss: (id: string) => callApi(routes.dismiss, { params: { id } }),
  restore: (id: string) => callApi(routes.restore, { params: { id } }),
};
