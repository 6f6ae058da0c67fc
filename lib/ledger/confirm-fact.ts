import type { SessionUser } from "../auth/session";
import { db, type Tx } from "../db/client";
import { ConflictError, NotFoundError, ValidationError } from "../errors/domain-error";
import { assertCan } from "../policy/policy";
import { withLedgerChange } from "./change-ledger";
import { describeFact } from "./discrepancy";
import { confirmedRevision, factDigest } from "./fact-confirmation";
import { describeClaim, type LedgerEntry } from "./get-ledger";

const KIND = { FIGURE: "figure", CLAIM: "claim", DENIAL: "denial" } as const;

/** The fact as the ledger shows it at this moment, read in the caller's transaction (live, placed annotations only, like the ledger). */
async function factNow(tx: Tx, factId: string) {
  await tx.$queryRaw`SELECT id FROM "Fact" WHERE id = ${factId} FOR UPDATE`;
  const fact = await tx.fact.findUnique({
    where: { id: factId },
    select: {
      id: true,
      storyId: true,
      kind: true,
      label: true,
      unit: true,
      status: true,
      version: true,
      entries: {
        where: { annotation: { deletedAt: null, orphaned: false } },
        select: {
          role: true,
          annotation: { select: { id: true, articleId: true, kind: true, exact: true, prefix: true, suffix: true, value: true, valueMax: true, unit: true, article: { select: { title: true, outlet: true } } } },
        },
      },
    },
  });
  if (!fact || fact.status !== "CONFIRMED") throw new NotFoundError("That fact");
  const names = new Map(fact.entries.map((e) => [e.annotation.articleId, e.annotation.article.outlet?.trim() || e.annotation.article.title]));
  const entries: LedgerEntry[] = fact.entries.map(({ role, annotation: a }) => ({
    annotationId: a.id,
    articleId: a.articleId,
    kind: KIND[a.kind],
    role: role === "DENIES" ? "denies" : "reports",
    exact: a.exact,
    prefix: a.prefix,
    suffix: a.suffix,
    value: a.value,
    valueMax: a.valueMax,
    unit: a.unit,
  }));
  const kind = fact.kind === "CLAIM" ? ("claim" as const) : ("figure" as const);
  const { notes } = kind === "claim" ? describeClaim(entries, (id) => names.get(id) ?? "an article") : describeFact(entries);
  return { ...fact, kind, entries, notes };
}

/**
 * An editor confirms a fact as the ledger shows it now: the label, the entries with their words
 * and values, and what the ledger says of them are kept as the confirmed revision. The fact stays
 * confirmed while it is unchanged; any later change by anyone makes it a proposal again, and the
 * public ledger shows only confirmed facts, from what was confirmed. `version` is the fact's
 * version the editor looked at: a fact changed since is refused (409).
 */
export async function confirmFact(actor: SessionUser, factId: string, input: { version: number }) {
  assertCan(actor, "ledger.confirm");
  const found = await db.fact.findUnique({ where: { id: factId }, select: { storyId: true } });
  if (!found) throw new NotFoundError("That fact");
  // The same lock, history and live feed as every other ledger change.
  return withLedgerChange(actor, found.storyId, async ({ tx, record }) => {
    const fact = await factNow(tx, factId);
    if (fact.version !== input.version) throw new ConflictError("Someone changed this fact since you looked at it. Look at it again before you confirm it.");
    if (fact.entries.length === 0) throw new ValidationError("This fact holds nothing the ledger can show, so there is nothing to confirm.");
    const revision = confirmedRevision(fact);
    await tx.fact.update({ where: { id: factId }, data: { confirmed: revision, confirmedById: actor.id, confirmedAt: new Date() } });
    await record({ action: "fact.confirmed", entityId: factId, after: { ...revision } });
    return { id: factId, version: fact.version, digest: factDigest(fact) };
  });
}
