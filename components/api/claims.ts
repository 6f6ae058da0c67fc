import type { z } from "zod";
import { claimRoutes as routes } from "@/lib/contracts/claims";
import type { ReplyOf } from "@/lib/contracts/route-contract";
import { callApi, sendForm } from "./client";

/** An earlier check with how alike it is, as the browser reads it. */
export type CheckMatch = ReplyOf<typeof routes.matches>["matches"][number];
export type ClaimSearchResult = ReplyOf<typeof routes.search>;
export type ClaimImportResult = ReplyOf<typeof routes.importWeb>;

/** The browser's calls about the desk's memory of checks; each is its route's contract (lib/contracts/claims.ts). */
export const claimsApi = {
  matches: (annotationId: string) => callApi(routes.matches, { params: { id: annotationId } }),
  /** The earlier checks of spans of an article (its suggestions), at most MAX_SPANS_PER_REQUEST a call. */
  spanMatches: (articleId: string, spans: z.input<typeof routes.spanMatches.body>["spans"]) => callApi(routes.spanMatches, { params: { id: articleId }, body: { spans } }),
  search: (query: z.input<typeof routes.search.query>) => callApi(routes.search, { query }),
  link: (annotationId: string, body: z.input<typeof routes.link.body>) => callApi(routes.link, { params: { id: annotationId }, body }),
  unlink: (annotationId: string, version: number) => callApi(routes.unlink, { params: { id: annotationId }, query: { version } }),
  importWeb: (url: string) => callApi(routes.importWeb, { body: { url } }),
  /** A ClaimReview file (JSON or JSON-LD), sent as a form like an article's upload. */
  importFile: (file: File) => {
    const form = new FormData();
    form.set("file", file);
    return sendForm(routes.importFile, {}, form, () => {});
  },
};
