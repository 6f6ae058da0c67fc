import type { SessionUser } from "../auth/session";
import { runChange, type ArticleChange } from "../changes/run-change";
import { db, type Tx } from "../db/client";
import { ConflictError, NotFoundError, ValidationError } from "../errors/domain-error";
import type { CommentCreateInput, CommentUpdateInput } from "../validation/comment-schemas";
import { cleanCommentText, mentionsName } from "./comment-text";
import { assertCan } from "../policy/policy";
import { commentInclude, toCommentView, type CommentView } from "./comment-view";

/**
 * The people a comment mentions: each must be an active user whose name the text carries as
 * "@Name", so the inbox never shows a mention the words do not.
 */
async function checkMentions(tx: Tx, body: string, ids: string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const people = await tx.user.findMany({ where: { id: { in: unique }, disabled: false }, select: { id: true, name: true } });
  if (people.length !== unique.length) throw new ValidationError("Someone you mentioned was not found or their account is disabled.");
  const missing = people.filter((person) => !mentionsName(body, person.name));
  if (missing.length) throw new ValidationError(`Write the mention in the comment as @${missing[0].name}.`);
  return unique;
}

/** A change to an annotation's discussion: its article locked, and the annotation still there. */
function withDiscussionChange<T>(actor: SessionUser, annotationId: string, work: (change: ArticleChange<SessionUser>) => Promise<T>): Promise<T> {
  return runChange(actor, { annotation: annotationId }, async (change) => {
    const annotation = await change.tx.annotation.findUnique({ where: { id: annotationId }, select: { deletedAt: true } });
    if (!annotation || annotation.deletedAt) throw new NotFoundError("That annotation");
    return work(change);
  });
}

export async function createComment(actor: SessionUser, annotationId: string, input: CommentCreateInput): Promise<CommentView> {
  const body = cleanCommentText(input.body);
  if (!body) throw new ValidationError("The comment is empty.");
  return withDiscussionChange(actor, annotationId, async ({ tx, record }) => {
    let parentId: string | null = null;
    if (input.parentId) {
      const parent = await tx.comment.findUnique({ where: { id: input.parentId }, select: { annotationId: true, parentId: true } });
      if (!parent || parent.annotationId !== annotationId) throw new ValidationError("The comment you replied to is not on this annotation.");
      parentId = parent.parentId ?? input.parentId;
    }
    const mentioned = await checkMentions(tx, body, input.mentions);
    const row = await tx.comment.create({
      data: {
        annotationId,
        parentId,
        authorId: actor.id,
        body,
        mentions: { create: mentioned.filter((id) => id !== actor.id).map((userId) => ({ userId })) },
      },
      include: commentInclude,
    });
    await record({
      version: row.version,
      action: "comment.created",
      entityId: row.id,
      annotationId,
      after: { body, parentId, mentions: mentioned },
    });
    return toCommentView(row, actor);
  });
}

type LockedComment = Awaited<ReturnType<typeof lockComment>>;

async function lockComment(tx: Tx, commentId: string) {
  await tx.$queryRaw`SELECT id FROM "Comment" WHERE id = ${commentId} FOR UPDATE`;
  const comment = await tx.comment.findUniqueOrThrow({ where: { id: commentId }, include: { mentions: { select: { userId: true } } } });
  if (comment.deletedAt) throw new NotFoundError("That comment");
  return comment;
}

/**
 * A change to one comment: its annotation's discussion, then the comment locked. A comment never
 * moves to another annotation, so which one it is on is read before the change takes its locks.
 */
async function withCommentChange<T>(actor: SessionUser, commentId: string, work: (change: ArticleChange<SessionUser>, comment: LockedComment) => Promise<T>): Promise<T> {
  const found = await db.comment.findUnique({ where: { id: commentId }, select: { annotationId: true } });
  if (!found) throw new NotFoundError("That comment");
  return withDiscussionChange(actor, found.annotationId, async (change) => work(change, await lockComment(change.tx, commentId)));
}

/** Rewrites the author's own comment; people newly mentioned get an inbox entry. */
export async function updateComment(actor: SessionUser, commentId: string, input: CommentUpdateInput): Promise<CommentView> {
  const body = cleanCommentText(input.body);
  if (!body) throw new ValidationError("The comment is empty.");
  return withCommentChange(actor, commentId, async ({ tx, record }, comment) => {
    assertCan(actor, "comment.edit", comment);
    if (comment.version !== input.version) {
      const current = await tx.comment.findUniqueOrThrow({ where: { id: commentId }, include: commentInclude });
      throw new ConflictError("This comment changed since you opened it.", { current: toCommentView(current, actor) });
    }
    const mentioned = await checkMentions(tx, body, input.mentions);
    const already = new Set(comment.mentions.map((m) => m.userId));
    const row = await tx.comment.update({
      where: { id: commentId },
      data: {
        body,
        version: { increment: 1 },
        mentions: { create: mentioned.filter((id) => id !== actor.id && !already.has(id)).map((userId) => ({ userId })) },
      },
      include: commentInclude,
    });
    await record({
      version: row.version,
      action: "comment.updated",
      entityId: commentId,
      annotationId: comment.annotationId,
      before: { body: comment.body },
      after: { body, mentions: mentioned },
    });
    return toCommentView(row, actor);
  });
}

/** Soft delete: replies stay readable; the words and the inbox entries go. */
export async function deleteComment(actor: SessionUser, commentId: string): Promise<void> {
  await withCommentChange(actor, commentId, async ({ tx, record }, comment) => {
    assertCan(actor, "comment.delete", comment);
    const row = await tx.comment.update({ where: { id: commentId }, data: { deletedAt: new Date(), version: { increment: 1 } } });
    await tx.mention.deleteMany({ where: { commentId } });
    await record({
      version: row.version,
      action: "comment.deleted",
      entityId: commentId,
      annotationId: comment.annotationId,
      before: { body: comment.body },
    });
  });
}
