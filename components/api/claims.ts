import type { z } from "zod";
import type { AnnotationView } from "@/lib/annotations/annotation-view";
import type { ClaimImportResult } from "@/lib/claims/import/import-claim-reviews";
import type { CheckMatch } from "@/lib/claims/find-matches";
import type { ClaimSearchResult } from "@/lib/claims/search-claims";
import type { claimLinkSchema, claimSearchQuerySchema } from "@/lib/validation/claim-schemas";
import { ApiError, callApi, seg } from "./client";

/** The browser's calls about the desk's memory of checks: matches, search, "same claim as", imports. */
export const claimsApi = {
  matches: (annotationId: string) => callApi<{ matches: CheckMatch[] }>("GET", `/api/annotations/${seg(annotationId)}/matches`),
  search: (query: z.input<typeof claimSearchQuerySchema>) => {
    const params = new URLSearchParams(Object.entries(query).flatMap(([key, value]) => (value === undefined || value === "" ? [] : [[key, String(value)]])));
    return callApi<ClaimSearchResult>("GET", `/api/claims?${params}`);
  },
  link: (annotationId: string, input: z.input<typeof claimLinkSchema>) => callApi<AnnotationView>("PUT", `/api/annotations/${seg(annotationId)}/same-claim`, input),
  unlink: (annotationId: string, version: number) => callApi<AnnotationView>("DELETE", `/api/annotations/${seg(annotationId)}/same-claim?version=${version}`),
  importWeb: (url: string) => callApi<ClaimImportResult>("POST", "/api/claims/imports/web", { url }),
  /** A ClaimReview file (JSON or JSON-LD), sent as a form like an article's upload. */
  importFile: async (file: File): Promise<ClaimImportResult> => {
    const form = new FormData();
    form.set("file", file);
    let response: Response;
    try {
      response = await fetch("/api/claims/imports", { method: "POST", body: form });
    } catch {
      throw new Error("The server could not be reached. Check your connection and try again.");
    }
    const data = await response.json().catch(() => ({}));
    if (!response.ok) throw new ApiError(typeof data.error === "string" ? data.error : `The import failed (${response.status}).`, response.status, data.details);
    return data as ClaimImportResult;
  },
};
