import type { ActivityAction } from "../vocabulary/actions";
import type { SessionUser } from "../auth/session";
import { runChange, type StoryChange } from "../changes/run-change";
import { db, type Tx } from "../db/client";
import { ConflictError, NotFoundError, ValidationError } from "../errors/domain-error";
import { assertCan } from "../policy/policy";
import type { FactCreateInput } from "../validation/ledger-schemas";

/**
 * One change to a story's ledger, on the write path: the story's change lock (it orders every
 * ledger change), then the change and its audit record, filed in the story's history and
 * announced on the story's live feed, which the ledger page listens to.
 */
export async function withLedgerChange<T>(actor: SessionUser, storyId: string, change: (change: StoryChange<SessionUser>) => Promise<T>): Promise<T> {
  return runChange(actor, { story: storyId }, async (unit) => {
    const articles = await unit.tx.article.count({ where: { storyId } });
    if (articles === 0) throw new ValidationError("This story has no articles yet, so it has no ledger.");
    return change(unit);
  });
}

async function lockFact(tx: Tx, factId: string, version: number | null) {
  await tx.$queryRaw`SELECT id FROM "Fact" WHERE id = ${factId} FOR UPDATE`;
  const fact = await tx.fact.findUnique({ where: { id: factId }, include: { entries: { select: { annotationId: true, role: true } } } });
  if (!fact || fact.status !== "CONFIRMED") throw new NotFoundError("That fact");
  if (version !== null && fact.version !== version) throw new ConflictError("Someone else changed this fact while you were looking at it. Reload the ledger to see it as it is now.");
  return fact;
}

const storyOfFact = async (factId: string) => {
  const fact = await db.fact.findUnique({ where: { id: factId }, select: { storyId: true } });
  if (!fact) throw new NotFoundError("That fact");
  return fact.storyId;
};

type FactKind = "FIGURE" | "CLAIM";
type Checked = { id: string; kind: "CLAIM" | "FIGURE" | "DENIAL" };

/** The annotations, checked: live annotations of this story's articles, each named once. */
async function storyAnnotations(tx: Tx, storyId: string, annotationIds: string[]): Promise<Checked[]> {
  const unique = [...new Set(annotationIds)];
  const found = await tx.annotation.findMany({ where: { id: { in: unique } }, select: { id: true, kind: true, deletedAt: true, article: { select: { storyId: true } } } });
  if (found.length !== unique.length) throw new NotFoundError("One of those annotations");
  const stranger = found.find((a) => a.article.storyId !== storyId);
  if (stranger) throw new ValidationError("An annotation from another story cannot join this story's ledger.");
  if (found.some((a) => a.deletedAt)) throw new ValidationError("A deleted annotation cannot be grouped into a fact.");
  const kindOf = new Map(found.map((a) => [a.id, a.kind]));
  return unique.map((id) => ({ id, kind: kindOf.get(id)! }));
}

/** What a set of annotations makes: figures a figure fact; claims (with the denials that answer them) a claim fact. */
function factKindOf(annotations: Checked[]): FactKind {
  if (annotations.every((a) => a.kind === "FIGURE")) return "FIGURE";
  if (annotations.some((a) => a.kind === "CLAIM") && annotations.every((a) => a.kind !== "FIGURE")) return "CLAIM";
  throw new ValidationError("A fact holds either figures, or claims with the denials that answer them; it cannot mix figures with claims or hold denials alone.");
}

function assertFits(kind: FactKind, annotation: Checked): void {
  if (kind === "FIGURE" && annotation.kind !== "FIGURE") throw new ValidationError("Only figures can join a fact about a figure.");
  if (kind === "CLAIM" && annotation.kind === "FIGURE") throw new ValidationError("A figure cannot join a fact about a claim; only claims and the denials that answer them can.");
}

const roleOf = (annotation: Checked) => (annotation.kind === "DENIAL" ? ("DENIES" as const) : ("REPORTS" as const));

/** Takes annotations out of the confirmed facts that hold them; a fact left empty goes. */
async function release(tx: Tx, storyId: string, annotationIds: string[], except?: string): Promise<void> {
  const held = await tx.factEntry.findMany({
    where: { annotationId: { in: annotationIds }, fact: { storyId, status: "CONFIRMED", ...(except && { id: { not: except } }) } },
    select: { id: true, factId: true },
  });
  if (held.length === 0) return;
  await tx.factEntry.deleteMany({ where: { id: { in: held.map((h) => h.id) } } });
  const touched = [...new Set(held.map((h) => h.factId))];
  await tx.fact.updateMany({ where: { id: { in: touched } }, data: { version: { increment: 1 } } });
  const emptied = await tx.fact.findMany({ where: { id: { in: touched }, entries: { none: {} } }, select: { id: true } });
  if (emptied.length) await tx.fact.deleteMany({ where: { id: { in: emptied.map((f) => f.id) } } });
}

function record(change: StoryChange, action: ActivityAction, factId: string, after: object, before?: object) {
  return change.record({ action, entityId: factId, before, after });
}

/** Confirms a fact: a proposal accepted, or figures chosen by a person; they leave any fact that held them. */
export async function createFact(actor: SessionUser, storyId: string, input: FactCreateInput) {
  assertCan(actor, "ledger.edit");
  return withLedgerChange(actor, storyId, async (change) => {
    const { tx } = change;
    const annotations = await storyAnnotations(tx, storyId, input.annotationIds);
    const kind = factKindOf(annotations);
    const ids = annotations.map((a) => a.id);
    await release(tx, storyId, ids);
    const fact = await tx.fact.create({
      data: { storyId, kind, label: input.label, unit: input.unit, entries: { create: annotations.map((a) => ({ annotationId: a.id, role: roleOf(a) })) } },
      select: { id: true, version: true },
    });
    await record(change, "fact.created", fact.id, { kind, label: input.label, unit: input.unit, annotationIds: ids });
    return fact;
  });
}

/** Keeps a proposal from being made again; its figures stay free for other facts. */
export async function dismissProposal(actor: SessionUser, storyId: string, annotationIds: string[]) {
  assertCan(actor, "ledger.edit");
  return withLedgerChange(actor, storyId, async (change) => {
    const { tx } = change;
    const annotations = await storyAnnotations(tx, storyId, annotationIds);
    const ids = annotations.map((a) => a.id);
    const fact = await tx.fact.create({
      data: { storyId, kind: factKindOf(annotations), label: "Dismissed proposal", status: "DISMISSED", entries: { create: annotations.map((a) => ({ annotationId: a.id, role: roleOf(a) })) } },
      select: { id: true },
    });
    await record(change, "fact.dismissed", fact.id, { annotationIds: ids });
    return fact;
  });
}

export async function renameFact(actor: SessionUser, factId: string, input: { version: number; label: string; unit: string | null }) {
  assertCan(actor, "ledger.edit");
  return withLedgerChange(actor, await storyOfFact(factId), async (change) => {
    const { tx } = change;
    const before = await lockFact(tx, factId, input.version);
    const fact = await tx.fact.update({ where: { id: factId }, data: { label: input.label, unit: input.unit, version: { increment: 1 } }, select: { id: true, version: true } });
    await record(change, "fact.updated", factId, { label: input.label, unit: input.unit }, { label: before.label, unit: before.unit });
    return fact;
  });
}

/**
 * Moves one annotation into this fact, out of the fact that held it: a figure to a figure fact,
 * a claim to a claim fact, and a denial to a claim fact, which it then answers.
 */
export async function moveEntry(actor: SessionUser, factId: string, input: { version: number; annotationId: string }) {
  assertCan(actor, "ledger.edit");
  const storyId = await storyOfFact(factId);
  return withLedgerChange(actor, storyId, async (change) => {
    const { tx } = change;
    const target = await lockFact(tx, factId, input.version);
    const [annotation] = await storyAnnotations(tx, storyId, [input.annotationId]);
    assertFits(target.kind, annotation);
    await release(tx, storyId, [annotation.id], factId);
    const role = roleOf(annotation);
    await tx.factEntry.upsert({ where: { factId_annotationId: { factId, annotationId: annotation.id } }, create: { factId, annotationId: annotation.id, role }, update: { role } });
    const fact = await tx.fact.update({ where: { id: factId }, data: { version: { increment: 1 } }, select: { id: true, version: true } });
    await record(change, annotation.kind === "DENIAL" ? "fact.denial_linked" : "fact.entry_moved", factId, { annotationId: annotation.id });
    return fact;
  });
}

/** Takes one annotation out of this fact (a denial that answers something else, a claim that belongs nowhere); a fact left empty goes. */
export async function removeEntry(actor: SessionUser, factId: string, input: { version: number; annotationId: string }) {
  assertCan(actor, "ledger.edit");
  return withLedgerChange(actor, await storyOfFact(factId), async (change) => {
    const { tx } = change;
    const fact = await lockFact(tx, factId, input.version);
    if (!fact.entries.some((e) => e.annotationId === input.annotationId)) throw new NotFoundError("That annotation in this fact");
    await tx.factEntry.delete({ where: { factId_annotationId: { factId, annotationId: input.annotationId } } });
    const left = fact.entries.length - 1;
    const after = left > 0 ? await tx.fact.update({ where: { id: factId }, data: { version: { increment: 1 } }, select: { id: true, version: true } }) : null;
    if (!after) await tx.fact.delete({ where: { id: factId } });
    await record(change, "fact.entry_removed", factId, { annotationId: input.annotationId, factRemoved: !after });
    return after ?? { id: factId, version: null };
  });
}

/** Merges another fact into this one: its figures move here, and it goes. */
export async function mergeFacts(actor: SessionUser, factId: string, input: { version: number; otherFactId: string; otherVersion: number }) {
  assertCan(actor, "ledger.edit");
  if (input.otherFactId === factId) throw new ValidationError("A fact cannot be merged with itself.");
  const storyId = await storyOfFact(factId);
  return withLedgerChange(actor, storyId, async (change) => {
    const { tx } = change;
    const kept = await lockFact(tx, factId, input.version);
    const other = await lockFact(tx, input.otherFactId, input.otherVersion);
    if (other.storyId !== storyId) throw new ValidationError("Only facts of the same story can be merged.");
    if (other.kind !== kept.kind) throw new ValidationError("A fact about a figure cannot be merged with one about a claim.");
    const ids = other.entries.map((e) => e.annotationId);
    await tx.factEntry.deleteMany({ where: { factId: other.id } });
    await tx.fact.delete({ where: { id: other.id } });
    await tx.factEntry.createMany({ data: other.entries.map((e) => ({ factId, annotationId: e.annotationId, role: e.role })), skipDuplicates: true });
    const fact = await tx.fact.update({ where: { id: factId }, data: { version: { increment: 1 } }, select: { id: true, version: true } });
    await record(change, "fact.merged", factId, { merged: other.id, label: other.label, annotationIds: ids });
    return fact;
  });
}
