import { z } from "zod";
import { CheckOutcome } from "../db/generated/enums";
import { commentCreateSchema, commentUpdateSchema, inboxQuerySchema, inboxReadSchema } from "../validation/comment-schemas";
import { idParams } from "../validation/route-params";
import { route } from "./route-contract";
import { dateTime, id, named, nextCursor, personRef } from "./wire";

export const commentViewSchema = named(
  "Comment",
  z.object({
    id,
    annotationId: id,
    parentId: id.nullable(),
    author: personRef,
    /** Empty once deleted: a deleted comment keeps its place in the thread, not its words. */
    body: z.string(),
    mentions: z.array(personRef),
    version: z.number().int(),
    deleted: z.boolean(),
    edited: z.boolean(),
    createdAt: dateTime,
    canEdit: z.boolean(),
    canDelete: z.boolean(),
  }),
);

export const commentThreadSchema = named("CommentThread", commentViewSchema.extend({ replies: z.array(commentViewSchema) }));

const entryBase = {
  id,
  read: z.boolean(),
  createdAt: dateTime,
  annotation: z.object({ id, exact: z.string(), kind: z.string() }),
  article: z.object({ id, title: z.string() }),
};

/** A comment that mentions the reader, or a scheduled re-check that found a cited page changed or gone. */
export const inboxEntrySchema = named(
  "InboxEntry",
  z.discriminatedUnion("kind", [
    z.object({ ...entryBase, kind: z.literal("mention"), by: personRef, excerpt: z.string() }),
    z.object({ ...entryBase, kind: z.literal("source"), outcome: z.enum(CheckOutcome), message: z.string(), source: z.object({ id, url: z.string(), title: z.string() }) }),
  ]),
);

/** Discussions on annotations, and the inbox. */
export const commentRoutes = {
  list: route({
    method: "GET",
    path: "/api/annotations/:id/comments",
    summary: "the discussion: threads with replies",
    who: "signed-in",
    params: idParams,
    answer: { status: 200, json: z.object({ threads: z.array(commentThreadSchema) }) },
  }),
  create: route({
    method: "POST",
    path: "/api/annotations/:id/comments",
    summary: "comment, or reply (`parentId`); each mentioned user id must appear as `@Name` in the body",
    who: "signed-in",
    params: idParams,
    body: commentCreateSchema,
    answer: { status: 201, json: commentViewSchema },
  }),
  update: route({
    method: "PATCH",
    path: "/api/comments/:id",
    summary: "edit your comment; 409 with the current comment if it changed",
    who: "author",
    params: idParams,
    body: commentUpdateSchema,
    answer: { status: 200, json: commentViewSchema },
  }),
  remove: route({
    method: "DELETE",
    path: "/api/comments/:id",
    summary: "soft delete",
    who: "owner",
    params: idParams,
    answer: { status: 204 },
  }),
  inbox: route({
    method: "GET",
    path: "/api/inbox",
    summary: "a page of comments that mention you and re-checks of sources you cited or approved, newest first, with the unread count",
    who: "signed-in",
    query: inboxQuerySchema,
    answer: { status: 200, json: z.object({ entries: z.array(inboxEntrySchema), next: nextCursor, unread: z.number().int() }) },
  }),
  markRead: route({
    method: "POST",
    path: "/api/inbox/read",
    summary: "mark entries (`ids`) or everything (`all: true`) as read",
    who: "signed-in",
    body: inboxReadSchema,
    answer: { status: 200, json: z.object({ updated: z.number().int() }) },
  }),
};
