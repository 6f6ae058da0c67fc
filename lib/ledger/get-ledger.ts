import { createHash } from "node:crypto";
import type { SessionUser } from "../auth/session";
import { db } from "../db/client";
import { NotFoundError } from "../errors/domain-error";
import { assertCan } from "../policy/policy";
import { describeFact, type FactDiscrepancy } from "./discrepancy";
import { proposeFacts } from "./propose-facts";

export interface LedgerArticle {
  id: string;
  /** Its outlet, or its title when no outlet is given: the column's heading. */
  name: string;
  title: string;
}

export interface LedgerEntry {
  annotationId: string;
  articleId: string;
  exact: string;
  /** The words around it, for the cell's hover and focus. */
  prefix: string;
  suffix: string;
  value: number | null;
  valueMax: number | null;
  unit: string | null;
}

export interface LedgerFact {
  /** The fact's id; a proposal's is "proposal-" and a digest of its entries, stable while they are. */
  id: string;
  label: string;
  unit: string | null;
  status: "proposed" | "confirmed";
  version: number;
  discrepancy: FactDiscrepancy;
  /** How the entries differ, in words, one line a pair that is not the same. */
  notes: string[];
  entries: LedgerEntry[];
}

export interface Ledger {
  storyId: string;
  title: string;
  archived: boolean;
  articles: LedgerArticle[];
  facts: LedgerFact[];
  /** The article whose live feed carries the ledger's changes (the story's first), and its position. */
  channel: { articleId: string; seq: number } | null;
}

/** A column's heading: the outlet, or the title cut at a word near 40 characters (the full title is its tooltip). */
function columnName(name: string): string {
  if (name.length <= 40) return name;
  const cut = name.slice(0, 40);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 24)).trimEnd()}…`;
}

export const proposalId = (annotationIds: string[]) => `proposal-${createHash("sha256").update([...annotationIds].sort().join(",")).digest("hex").slice(0, 16)}`;

/**
 * A story's ledger: its confirmed facts with each article's figures and their discrepancy, and
 * the facts Factmark proposes from the figures no confirmed fact holds yet (a proposal a person
 * dismissed is not made again). Everyone on the desk reads it.
 */
export async function getLedger(actor: SessionUser, storyId: string): Promise<Ledger> {
  assertCan(actor, "article.read");
  const story = await db.story.findUnique({
    where: { id: storyId },
    select: { id: true, title: true, archivedAt: true, articles: { orderBy: { position: "asc" }, select: { id: true, title: true, outlet: true, eventSeq: true } } },
  });
  if (!story) throw new NotFoundError("That story");
  const articleIds = story.articles.map((a) => a.id);
  const [figures, facts] = await Promise.all([
    db.annotation.findMany({
      where: { articleId: { in: articleIds }, kind: "FIGURE", deletedAt: null, orphaned: false },
      orderBy: [{ articleId: "asc" }, { start: "asc" }],
      select: { id: true, articleId: true, exact: true, prefix: true, suffix: true, value: true, valueMax: true, unit: true },
    }),
    db.fact.findMany({ where: { storyId }, orderBy: { createdAt: "asc" }, select: { id: true, label: true, unit: true, status: true, version: true, entries: { select: { annotationId: true } } } }),
  ]);
  const byId = new Map(figures.map((f) => [f.id, { annotationId: f.id, articleId: f.articleId, exact: f.exact, prefix: f.prefix, suffix: f.suffix, value: f.value, valueMax: f.valueMax, unit: f.unit }]));
  const order = new Map(articleIds.map((id, i) => [id, i]));
  const entriesOf = (ids: string[]) =>
    ids
      .map((id) => byId.get(id))
      .filter((e): e is LedgerEntry => e !== undefined)
      .sort((a, b) => order.get(a.articleId)! - order.get(b.articleId)!);

  const confirmed: LedgerFact[] = facts
    .filter((f) => f.status === "CONFIRMED")
    .map((f) => {
      const entries = entriesOf(f.entries.map((e) => e.annotationId));
      return { id: f.id, label: f.label, unit: f.unit, status: "confirmed", version: f.version, entries, ...describeFact(entries) };
    });
  const placed = new Set(confirmed.flatMap((f) => f.entries.map((e) => e.annotationId)));
  const dismissed = new Set(facts.filter((f) => f.status === "DISMISSED").map((f) => proposalId(f.entries.map((e) => e.annotationId))));
  const proposed: LedgerFact[] = proposeFacts(figures.filter((f) => !placed.has(f.id)))
    .map((p) => ({ ...p, id: proposalId(p.entryIds) }))
    .filter((p) => !dismissed.has(p.id))
    .map((p) => {
      const entries = entriesOf(p.entryIds);
      return { id: p.id, label: p.label, unit: p.unit, status: "proposed", version: 0, entries, ...describeFact(entries) };
    });

  const first = story.articles[0];
  return {
    storyId,
    title: story.title,
    archived: story.archivedAt !== null,
    articles: story.articles.map((a) => ({ id: a.id, name: columnName(a.outlet?.trim() || a.title), title: a.title })),
    facts: [...confirmed, ...proposed],
    channel: first ? { articleId: first.id, seq: first.eventSeq } : null,
  };
}
