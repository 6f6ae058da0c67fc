import { createHash } from "node:crypto";
import { z } from "zod";
import type { LedgerEntry } from "./get-ledger";

/** A stored fact's standing: confirmed by an editor while it is as they confirmed it, otherwise proposed. */
export interface FactConfirmation {
  state: "confirmed" | "proposed";
  /** Who confirmed it last and when (kept when a later change made it a proposal again). */
  by: string | null;
  at: string | null;
  /** Confirmed once, changed since: it needs confirming again. */
  changedSince: boolean;
}

const entrySchema = z
  .object({
    annotationId: z.string(),
    articleId: z.string(),
    kind: z.enum(["figure", "claim", "denial"]),
    role: z.enum(["reports", "denies"]),
    exact: z.string(),
    value: z.number().nullable(),
    valueMax: z.number().nullable(),
    unit: z.string().nullable(),
  })
  .strict();

/** What an editor confirmed of a fact (Fact.confirmed): its label and entries as they were, and the digest that says whether it still is. */
export const confirmedFactSchema = z
  .object({
    digest: z.string(),
    kind: z.enum(["figure", "claim"]),
    label: z.string(),
    unit: z.string().nullable(),
    notes: z.array(z.string()),
    entries: z.array(entrySchema),
  })
  .strict();

export type ConfirmedFact = z.infer<typeof confirmedFactSchema>;
export type ConfirmedEntry = z.infer<typeof entrySchema>;

interface FactContent {
  kind: "figure" | "claim";
  label: string;
  unit: string | null;
  entries: Pick<LedgerEntry, "annotationId" | "role" | "exact" | "value" | "valueMax" | "unit">[];
}

/**
 * A digest of everything a fact says: its label, unit and each entry's words, value and role.
 * Any change by any path (a rename, an entry moved in or out, a figure's value edited, an
 * annotation deleted or orphaned) gives another digest, so the fact stops being confirmed
 * without each path having to remember to say so.
 */
export function factDigest(fact: FactContent): string {
  const entries = [...fact.entries]
    .sort((a, b) => (a.annotationId < b.annotationId ? -1 : a.annotationId > b.annotationId ? 1 : 0))
    .map((e) => [e.annotationId, e.role, e.exact, e.value, e.valueMax, e.unit]);
  return createHash("sha256").update(JSON.stringify([fact.kind, fact.label, fact.unit, entries])).digest("base64url");
}

/** The revision an editor confirms: the fact as the ledger shows it now. */
export function confirmedRevision(fact: { kind: "figure" | "claim"; label: string; unit: string | null; notes: string[]; entries: LedgerEntry[] }): ConfirmedFact {
  return {
    digest: factDigest(fact),
    kind: fact.kind,
    label: fact.label,
    unit: fact.unit,
    notes: fact.notes,
    entries: fact.entries.map((e) => ({ annotationId: e.annotationId, articleId: e.articleId, kind: e.kind, role: e.role, exact: e.exact, value: e.value, valueMax: e.valueMax, unit: e.unit })),
  };
}

/** Reads a stored revision; one that does not parse counts as never confirmed. */
export function readConfirmedFact(stored: unknown): ConfirmedFact | null {
  if (stored === null || stored === undefined) return null;
  const parsed = confirmedFactSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

/** Where a stored fact stands against the revision an editor confirmed. */
export function confirmationOf(fact: FactContent, stored: { confirmed: unknown; confirmedBy: { name: string } | null; confirmedAt: Date | null }): FactConfirmation {
  const revision = readConfirmedFact(stored.confirmed);
  const confirmed = revision !== null && revision.digest === factDigest(fact);
  return {
    state: confirmed ? "confirmed" : "proposed",
    by: revision ? (stored.confirmedBy?.name ?? null) : null,
    at: revision ? (stored.confirmedAt?.toISOString() ?? null) : null,
    changedSince: revision !== null && !confirmed,
  };
}
