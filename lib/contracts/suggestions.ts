import { z } from "zod";
import { idParams } from "../validation/route-params";
import { suggestionAcceptAllSchema, suggestionListQuerySchema } from "../validation/suggestion-schemas";
import { KINDS, SuggestionStatus } from "../vocabulary/names";
import { annotationViewSchema } from "./annotations";
import { route } from "./route-contract";
import { dateTime, id, named, personRef } from "./wire";

export const suggestionViewSchema = named(
  "Suggestion",
  z.object({
    id,
    articleId: id,
    kind: z.enum(KINDS),
    start: z.number().int(),
    end: z.number().int(),
    exact: z.string(),
    reason: z.string(),
    value: z.number().nullable(),
    valueMax: z.number().nullable(),
    unit: z.string().nullable(),
    status: z.enum(SuggestionStatus),
    version: z.number().int(),
    /** The annotation it became, once accepted. */
    annotationId: id.nullable(),
    /** Who accepted or dismissed it, and when. */
    decidedBy: personRef.nullable(),
    decidedAt: dateTime.nullable(),
    /** How check-worthy it is, 0 to 1 (lib/suggestions/check-worthiness.ts); null for one made before scores existed. */
    score: z.number().min(0).max(1).nullable(),
  }),
);

/** The machine's first pass: suggestions to accept or dismiss. */
export const suggestionRoutes = {
  list: route({
    method: "GET",
    path: "/api/articles/:id/suggestions",
    summary: "open and dismissed suggestions in document order, or most check-worthy first with ?order=score; open ones an annotation of the same kind covers are left out",
    who: "signed-in",
    params: idParams,
    query: suggestionListQuerySchema,
    answer: { status: 200, json: z.object({ suggestions: z.array(suggestionViewSchema) }) },
  }),
  accept: route({
    method: "POST",
    path: "/api/suggestions/:id/accept",
    summary: "the new DRAFT annotation (yours, keeping a figure's value); 409 if it was already accepted or dismissed",
    who: "signed-in",
    params: idParams,
    answer: { status: 201, json: annotationViewSchema },
  }),
  acceptAll: route({
    method: "POST",
    path: "/api/articles/:id/suggestions/accept",
    summary: "accept every open suggestion of that kind (\"Accept all figures\")",
    who: "signed-in",
    params: idParams,
    body: suggestionAcceptAllSchema,
    answer: { status: 200, json: z.object({ accepted: z.number().int() }) },
  }),
  dismiss: route({
    method: "POST",
    path: "/api/suggestions/:id/dismiss",
    summary: "hides it for the desk, recorded with who and when; 409 if not open",
    who: "signed-in",
    whoLabel: "signed in (annotators too)",
    params: idParams,
    answer: { status: 200, json: suggestionViewSchema },
  }),
  restore: route({
    method: "POST",
    path: "/api/suggestions/:id/restore",
    summary: "undoes a dismissal; 409 if not dismissed",
    who: "signed-in",
    params: idParams,
    answer: { status: 200, json: suggestionViewSchema },
  }),
};
