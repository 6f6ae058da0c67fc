import { z } from "zod";
import { publicationsQuerySchema, publishSchema, reportQuerySchema } from "../validation/report-schemas";
import { reportParams } from "../validation/route-params";
import { route } from "./route-contract";
import { dateTime, named, nextCursor } from "./wire";

export const publicationViewSchema = named(
  "Publication",
  z.object({
    slug: z.string(),
    number: z.number().int(),
    url: z.string(),
    note: z.string(),
    publishedAt: dateTime,
    publishedBy: z.string(),
    withdrawnAt: dateTime.nullable(),
    /** What this publication changed for readers, item by item. */
    changes: z.array(z.object({ type: z.enum(["added", "removed", "verdict", "words"]), quote: z.string(), before: z.string().nullable().optional(), after: z.string().nullable().optional() })),
  }),
);

export const publicationPreviewSchema = named("PublicationPreview", z.object({
  /** The report's version: publish against it. */
  basedOn: z.string(),
  /** The first 50 items that go out (the report lists all of them). */
  items: z.array(z.object({ n: z.number().int(), kindLabel: z.string(), quote: z.string(), verdict: z.string().nullable(), article: z.string() })),
  /** How many items go out. */
  itemCount: z.number().int(),
  articles: z.number().int(),
  fullTexts: z.number().int(),
  facts: z.array(z.object({ label: z.string(), agreement: z.string() })),
}));

/** A report's `:type` is `article` or `story`; any other is a 404. */
const publicationsPath = "/api/reports/:type/:id/publications";

/** Verification reports and their public pages. */
export const reportRoutes = {
  download: route({
    method: "GET",
    path: "/api/reports/:type/:id",
    summary: "an article's (`type` article) or a whole story's report as a file; `format` is `pdf`, `md`, `csv`, `json`, `w3c` or `claimreview`; `scope` is `approved` (default) or `all`",
    who: "signed-in",
    params: reportParams,
    query: reportQuerySchema,
    answer: { status: 200, file: ["application/pdf", "text/markdown", "text/csv", "application/json", "application/ld+json"] },
  }),
  publications: route({
    method: "GET",
    path: publicationsPath,
    summary: "a page of the report's publications, newest first",
    who: "signed-in",
    params: reportParams,
    query: publicationsQuerySchema,
    answer: { status: 200, json: z.object({ publications: z.array(publicationViewSchema), next: nextCursor }) },
  }),
  preview: route({
    method: "GET",
    path: `${publicationsPath}/preview`,
    summary: "what publishing now would put out (approved revisions and confirmed facts only) and its version",
    who: "editor",
    permission: "report.publish",
    params: reportParams,
    answer: { status: 200, json: publicationPreviewSchema },
  }),
  publish: route({
    method: "POST",
    path: publicationsPath,
    summary: "publish the approved report as previewed; 409 naming what was added, changed or removed when the report changed since that preview; from the second time on `note` (plain text, up to 500 characters) is required",
    who: "editor",
    permission: "report.publish",
    params: reportParams,
    body: publishSchema,
    answer: { status: 201, json: publicationViewSchema },
  }),
  withdraw: route({
    method: "DELETE",
    path: publicationsPath,
    summary: "withdraw the public page (410 from then on); 409 if already withdrawn",
    who: "editor",
    permission: "report.publish",
    params: reportParams,
    answer: { status: 200, json: publicationViewSchema },
  }),
};
