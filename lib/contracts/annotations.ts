import { z } from "zod";
import { CheckOutcome } from "../db/generated/enums";
import {
  annotationCreateSchema,
  annotationReattachSchema,
  annotationSearchSchema,
  annotationUpdateSchema,
  sourceCreateSchema,
  sourceRemoveQuery,
  sourceUpdateSchema,
} from "../validation/annotation-schemas";
import { idParams } from "../validation/route-params";
import { KINDS, RELATIONS, STATUSES } from "../vocabulary/names";
import { verdictSchema } from "../vocabulary/verdicts";
import { route } from "./route-contract";
import { dateTime, id, isoDate, named, personRef } from "./wire";

const offset = z.number().int().min(0);

export const sourceArchiveSchema = z.object({
  /** pending: the page is being fetched; not-archived: there is no copy (problem says why). */
  state: z.enum(["pending", "archived", "not-archived"]),
  problem: z.string().nullable(),
  copy: z.object({ id, takenAt: dateTime }).nullable(),
  lastCheck: z.object({ outcome: z.enum(CheckOutcome), problem: z.string().nullable(), checkedAt: dateTime }).nullable(),
});

export const sourceViewSchema = named(
  "Source",
  z.object({
    id,
    relation: z.enum(RELATIONS),
    url: z.string().nullable(),
    title: z.string(),
    publisher: z.string(),
    excerpt: z.string(),
    accessedAt: isoDate.nullable(),
    /** A corroborating annotation, instead of a web address. */
    linked: z.object({ id, exact: z.string(), kind: z.string(), articleId: id, articleTitle: z.string(), deleted: z.boolean() }).nullable(),
    /** A web source's archived copy and latest check; null for a corroborating annotation. */
    archive: sourceArchiveSchema.nullable(),
  }),
);

export const figureValueSchema = z.object({ value: z.number().nullable(), valueMax: z.number().nullable(), unit: z.string().nullable() });

/**
 * "Same claim as": the earlier check (lib/claims) an annotation says it repeats. `proposal` is
 * the verdict the review is offered (an editor still approves); `current` is false once that
 * check stopped being the desk's word, and nothing is proposed then.
 */
export const sameClaimViewSchema = z.object({
  checkId: id,
  origin: z.enum(["desk", "imported"]),
  kind: z.enum(KINDS),
  exact: z.string(),
  storyTitle: z.string().nullable(),
  articleId: id.nullable(),
  /** The desk's reviewer, or the publisher that checked it. */
  checkedBy: z.string(),
  /** An imported review's own address. */
  url: z.string().nullable(),
  verdict: z.object({ label: z.string(), reviewedAt: isoDate }).nullable(),
  proposal: verdictSchema.nullable(),
  current: z.boolean(),
  linkedBy: personRef,
  linkedAt: dateTime,
});

export const annotationViewSchema = named(
  "Annotation",
  z.object({
    id,
    articleId: id,
    kind: z.enum(KINDS),
    start: offset,
    end: offset,
    exact: z.string(),
    prefix: z.string(),
    suffix: z.string(),
    orphaned: z.boolean(),
    note: z.string(),
    figure: figureValueSchema,
    status: z.enum(STATUSES),
    author: personRef,
    verdict: verdictSchema.nullable(),
    reviewer: personRef.nullable(),
    reviewedAt: dateTime.nullable(),
    submittedAt: dateTime.nullable(),
    assignee: personRef.nullable(),
    version: z.number().int(),
    createdAt: dateTime,
    updatedAt: dateTime,
    deleted: z.boolean(),
    /** People other than the author who changed it since its last approval (they may not approve it). */
    contributorIds: z.array(id),
    canEdit: z.boolean(),
    canDelete: z.boolean(),
    sources: z.array(sourceViewSchema),
    sameClaimAs: sameClaimViewSchema.nullable(),
  }),
  "An annotation with its note, review and sources, and what the reader may do with it.",
);

export const diffPartSchema = named("DiffPart", z.object({ kind: z.enum(["same", "added", "removed"]), text: z.string() }));

export const textDiffSchema = z.object({
  parts: z.array(diffPartSchema),
  tooDifferent: z.boolean(),
  unavailable: z.string().optional(),
});

export const sourceCheckSchema = named("SourceCheck", z.object({
  sourceId: id,
  outcome: z.enum(CheckOutcome),
  message: z.string(),
  checkedAt: dateTime,
  copy: z.object({ id, takenAt: dateTime, finalUrl: z.string() }).nullable(),
  diff: textDiffSchema.nullable(),
}));

const searchHitSchema = named("AnnotationSearchHit", z.object({ id, kind: z.string(), exact: z.string(), articleId: id, articleTitle: z.string() }));

const annotationAnswer = { status: 200, json: annotationViewSchema } as const;

/** Annotations and their sources. */
export const annotationRoutes = {
  list: route({
    method: "GET",
    path: "/api/articles/:id/annotations",
    summary: "the article's annotations, full, in document order",
    who: "signed-in",
    params: idParams,
    answer: { status: 200, json: z.object({ annotations: z.array(annotationViewSchema) }) },
  }),
  create: route({
    method: "POST",
    path: "/api/articles/:id/annotations",
    summary: "create an annotation on the words at `start`–`end`, which must read `exact`; any other field (an author, a status) is refused by name",
    who: "signed-in",
    params: idParams,
    body: annotationCreateSchema,
    answer: { status: 201, json: annotationViewSchema },
  }),
  search: route({
    method: "GET",
    path: "/api/articles/:id/annotations/search",
    summary: "annotations in the same story whose quote contains `q`",
    who: "signed-in",
    params: idParams,
    query: annotationSearchSchema,
    answer: { status: 200, json: z.object({ results: z.array(searchHitSchema) }) },
  }),
  get: route({
    method: "GET",
    path: "/api/annotations/:id",
    summary: "one annotation with its note and sources",
    who: "signed-in",
    params: idParams,
    answer: annotationAnswer,
  }),
  update: route({
    method: "PATCH",
    path: "/api/annotations/:id",
    summary: "change the kind, the note or a figure's value (`figure`: `{value, valueMax, unit}`, each may be `null`); 409 with the current annotation if `version` is stale",
    who: "owner",
    params: idParams,
    body: annotationUpdateSchema,
    answer: annotationAnswer,
  }),
  remove: route({
    method: "DELETE",
    path: "/api/annotations/:id",
    summary: "soft delete",
    who: "owner",
    whoLabel: "author (until approved), editor, admin",
    params: idParams,
    answer: annotationAnswer,
  }),
  restore: route({
    method: "POST",
    path: "/api/annotations/:id/restore",
    summary: "undo a delete",
    who: "owner",
    whoLabel: "whoever deleted it (the author), editor, admin",
    params: idParams,
    answer: annotationAnswer,
  }),
  reattach: route({
    method: "PUT",
    path: "/api/annotations/:id/anchor",
    summary: "re-attach an orphaned annotation to newly selected words",
    who: "owner",
    params: idParams,
    body: annotationReattachSchema,
    answer: annotationAnswer,
  }),
  addSource: route({
    method: "POST",
    path: "/api/annotations/:id/sources",
    summary: "add a web source (`url`) or a corroborating annotation (`linkedAnnotationId`); web pages are archived in the background",
    who: "owner",
    params: idParams,
    body: sourceCreateSchema,
    answer: { status: 201, json: annotationViewSchema },
  }),
  updateSource: route({
    method: "PATCH",
    path: "/api/sources/:id",
    summary: "change any of the source's fields; `version` is the annotation's, 409 if stale",
    who: "owner",
    params: idParams,
    body: sourceUpdateSchema,
    answer: annotationAnswer,
  }),
  removeSource: route({
    method: "DELETE",
    path: "/api/sources/:id",
    summary: "remove the source; `version` is the annotation's (400 without it, 409 when stale)",
    who: "owner",
    params: idParams,
    query: sourceRemoveQuery,
    answer: annotationAnswer,
  }),
  checkSource: route({
    method: "POST",
    path: "/api/sources/:id/check",
    summary: "fetch the source's page now; outcome `ARCHIVED`, `UNCHANGED`, `CHANGED`, `MOVED`, `GONE` or `FAILED`",
    who: "signed-in",
    permission: "source.check",
    params: idParams,
    answer: { status: 200, json: z.object({ check: sourceCheckSchema, annotation: annotationViewSchema }) },
  }),
};
