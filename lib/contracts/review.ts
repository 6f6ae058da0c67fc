import { z } from "zod";
import { assigneeSchema, historyQuerySchema, myWorkQuerySchema, reviewActionSchema, reviewQueueQuerySchema } from "../validation/review-schemas";
import { idParams } from "../validation/route-params";
import { KINDS } from "../vocabulary/names";
import { annotationViewSchema } from "./annotations";
import { route } from "./route-contract";
import { dateTime, id, named, nextCursor, personRef } from "./wire";

export const historyEntrySchema = named(
  "HistoryEntry",
  z.object({
    id,
    /** One of lib/vocabulary/actions.ts, or a name from an older version of the app. */
    action: z.string(),
    actor: personRef,
    at: dateTime,
    before: z.unknown(),
    after: z.unknown(),
    annotation: z.object({ id, exact: z.string() }).nullable(),
  }),
);

const titled = z.object({ id, title: z.string() });

export const queueItemSchema = named(
  "QueueItem",
  z.object({ id, kind: z.enum(KINDS), exact: z.string(), submittedAt: dateTime.nullable(), author: personRef, assignee: personRef.nullable(), article: titled, story: titled }),
);

const historyAnswer = { status: 200, json: z.object({ history: z.array(historyEntrySchema), next: nextCursor }) } as const;

/** Editorial review, assignments and audit trails. */
export const reviewRoutes = {
  review: route({
    method: "POST",
    path: "/api/annotations/:id/review",
    summary: "submit, approve (with a verdict), request changes or reject, against the version reviewed",
    who: "reviewer",
    params: idParams,
    body: reviewActionSchema,
    answer: { status: 200, json: annotationViewSchema },
  }),
  assignAnnotation: route({
    method: "PUT",
    path: "/api/annotations/:id/assignee",
    summary: "assign the annotation to someone (`null`: to nobody)",
    who: "editor",
    permission: "work.assign",
    params: idParams,
    body: assigneeSchema,
    answer: { status: 200, json: annotationViewSchema },
  }),
  assignArticle: route({
    method: "PUT",
    path: "/api/articles/:id/assignee",
    summary: "assign the article to someone (`null`: to nobody)",
    who: "editor",
    permission: "work.assign",
    params: idParams,
    body: assigneeSchema,
    answer: { status: 200, json: z.object({ id, assignee: personRef.nullable() }) },
  }),
  annotationHistory: route({
    method: "GET",
    path: "/api/annotations/:id/history",
    summary: "a page of the annotation's audit trail, oldest first",
    who: "signed-in",
    params: idParams,
    query: historyQuerySchema,
    answer: historyAnswer,
  }),
  articleHistory: route({
    method: "GET",
    path: "/api/articles/:id/history",
    summary: "a page of the article's audit trail, newest first",
    who: "signed-in",
    params: idParams,
    query: historyQuerySchema,
    answer: historyAnswer,
  }),
  queue: route({
    method: "GET",
    path: "/api/review-queue",
    summary: "a page of submitted annotations, oldest first, and how many match in all",
    who: "editor",
    permission: "review.queue",
    query: reviewQueueQuerySchema,
    answer: { status: 200, json: z.object({ queue: z.array(queueItemSchema), next: nextCursor, total: z.number().int() }) },
  }),
  myWork: route({
    method: "GET",
    path: "/api/my-work",
    summary: "a page of each: assigned to me, changes requested of me; the queue size; each list's next cursor and total",
    who: "signed-in",
    query: myWorkQuerySchema,
    answer: {
      status: 200,
      json: z.object({
        assignedAnnotations: z.array(queueItemSchema.extend({ status: z.string() })),
        assignedArticles: z.array(z.object({ id, title: z.string(), story: titled })),
        changesRequested: z.array(queueItemSchema),
        awaitingReview: z.number().int(),
        /** Send one back as `assignedCursor`, `articlesCursor` or `changesCursor`. */
        next: z.object({ assignedAnnotations: nextCursor, assignedArticles: nextCursor, changesRequested: nextCursor }),
        totals: z.object({ assignedAnnotations: z.number().int(), assignedArticles: z.number().int(), changesRequested: z.number().int() }),
      }),
    },
  }),
};
