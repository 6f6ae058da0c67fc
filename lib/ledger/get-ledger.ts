import { createHash } from "node:crypto";
import type { SessionUser } from "../auth/session";
import { db } from "../db/client";
import { NotFoundError } from "../errors/domain-error";
import { assertCan } from "../policy/policy";
import { describeFact, type FactDiscrepancy } from "./discrepancy";
import { confirmationOf, type FactConfirmation } from "./fact-confirmation";
import { sentenceAt } from "../language/sentences";
import { cachedLedger } from "./ledger-cache";
import { readLedgerRows } from "./ledger-rows";
import { proposeClaims, type DenialEntry } from "./propose-claims";
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
  kind: "figure" | "claim" | "denial";
  /** A claim fact's denials answer it; everything else reports the fact. */
  role: "reports" | "denies";
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
  kind: "figure" | "claim";
  label: string;
  unit: string | null;
  /** "confirmed": a fact a person accepted and the desk keeps (see `confirmation` for whether an editor confirmed it); "proposed": Factmark's proposal. */
  status: "proposed" | "confirmed";
  version: number;
  /** A kept fact's standing with the editors: only a fact confirmed as it stands is published. Null for Factmark's proposals. */
  confirmation: FactConfirmation | null;
  /** For a claim: "conflict" once a denial answers it. */
  discrepancy: FactDiscrepancy;
  /** How the entries differ, in words, one line a pair that is not the same (for a claim, who denied it). */
  notes: string[];
  entries: LedgerEntry[];
  /** Every annotation of the fact, set when `entries` was cut short for a page (see ledger-codec.ts). */
  annotationIds?: string[];
}

export interface Ledger {
  storyId: string;
  title: string;
  archived: boolean;
  articles: LedgerArticle[];
  facts: LedgerFact[];
  /** Denials no confirmed fact holds yet: what a person may link to a claim fact. */
  freeDenials: LedgerEntry[];
  /** Where the story's live feed stood when this was read (lib/realtime/story-stream.ts): the page listens from there. */
  position: number;
}

/** A column's heading: the outlet, or the title cut at a word near 40 characters (the full title is its tooltip). */
function columnName(name: string): string {
  if (name.length <= 40) return name;
  const cut = name.slice(0, 40);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 24)).trimEnd()}…`;
}

export const proposalId = (annotationIds: string[]) => `proposal-${createHash("sha256").update([...annotationIds].sort().join(",")).digest("hex").slice(0, 16)}`;

const KIND = { FIGURE: "figure", CLAIM: "claim", DENIAL: "denial" } as const;

/** The sentence around each denial, for matching it to the claim it answers: "distorted" alone says nothing. */
async function denialSentences(denials: { id: string; articleId: string; start: number }[]): Promise<DenialEntry[]> {
  if (denials.length === 0) return [];
  const texts = await db.article.findMany({ where: { id: { in: [...new Set(denials.map((d) => d.articleId))] } }, select: { id: true, text: true } });
  const textOf = new Map(texts.map((t) => [t.id, t.text]));
  return denials.map((d) => {
    const text = textOf.get(d.articleId) ?? "";
    const sentence = sentenceAt(text, d.start);
    return { id: d.id, articleId: d.articleId, sentence: sentence ? text.slice(sentence.start, sentence.end) : "" };
  });
}

/** Whether a claim is denied, and by whom, in words: "denied in Reuters: “distorted”". */
export function describeClaim(entries: LedgerEntry[], nameOf: (articleId: string) => string): { discrepancy: FactDiscrepancy; notes: string[] } {
  const denials = entries.filter((e) => e.role === "denies");
  return { discrepancy: denials.length ? "conflict" : "none", notes: denials.slice(0, 6).map((d) => `denied in ${nameOf(d.articleId)}: “${d.exact}”`) };
}

/**
 * A story's ledger: its confirmed facts with each article's figures or claims and how they
 * disagree, and the facts Factmark proposes from the figures and claims no confirmed fact holds
 * yet (a proposal a person dismissed is not made again). Everyone on the desk reads it. The
 * result is shared: callers make new objects from it, never change it.
 */
export async function getLedger(actor: SessionUser, storyId: string): Promise<Ledger> {
  assertCan(actor, "article.read");
  // Everyone reads the same ledger (it depends on no one's permissions), recomputed when the story changes.
  return cachedLedger(storyId, () => computeLedger(storyId));
}

async function computeLedger(storyId: string): Promise<Ledger> {
  const story = await db.story.findUnique({
    where: { id: storyId },
    select: { id: true, title: true, archivedAt: true, eventSeq: true, articles: { orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: { id: true, title: true, outlet: true, eventSeq: true } } },
  });
  if (!story) throw new NotFoundError("That story");
  const articleIds = story.articles.map((a) => a.id);
  const { annotations, facts } = await readLedgerRows(storyId);
  const byId = new Map<string, LedgerEntry>(
    annotations.map((a) => [
      a.id,
      { annotationId: a.id, articleId: a.articleId, kind: KIND[a.kind], role: "reports", exact: a.exact, prefix: a.prefix, suffix: a.suffix, value: a.value, valueMax: a.valueMax, unit: a.unit },
    ]),
  );
  const order = new Map(articleIds.map((id, i) => [id, i]));
  const columns = story.articles.map((a) => ({ id: a.id, name: columnName(a.outlet?.trim() || a.title), title: a.title }));
  const nameOf = (articleId: string) => columns.find((c) => c.id === articleId)?.name ?? "an article";
  const entriesOf = (ids: string[], denies = new Set<string>()) =>
    ids
      .map((id) => byId.get(id))
      .filter((e): e is LedgerEntry => e !== undefined)
      .map((e) => (denies.has(e.annotationId) ? { ...e, role: "denies" as const } : e))
      .sort((a, b) => order.get(a.articleId)! - order.get(b.articleId)!);
  const describe = (kind: LedgerFact["kind"], entries: LedgerEntry[]) => (kind === "claim" ? describeClaim(entries, nameOf) : describeFact(entries));

  const confirmed: LedgerFact[] = facts
    .filter((f) => f.status === "CONFIRMED")
    .map((f) => {
      const kind = f.kind === "CLAIM" ? "claim" : "figure";
      const entries = entriesOf(
        f.entries.map((e) => e.annotationId),
        new Set(f.entries.filter((e) => e.role === "DENIES").map((e) => e.annotationId)),
      );
      const confirmation = confirmationOf({ kind, label: f.label, unit: f.unit, entries }, f);
      return { id: f.id, kind, label: f.label, unit: f.unit, status: "confirmed", version: f.version, confirmation, entries, ...describe(kind, entries) };
    });
  const placed = new Set(confirmed.flatMap((f) => f.entries.map((e) => e.annotationId)));
  const dismissed = new Set(facts.filter((f) => f.status === "DISMISSED").map((f) => proposalId(f.entries.map((e) => e.annotationId))));
  const free = annotations.filter((a) => !placed.has(a.id));
  const proposal = (kind: LedgerFact["kind"], label: string, unit: string | null, ids: string[], denies?: Set<string>): LedgerFact => {
    const entries = entriesOf(ids, denies);
    return { id: proposalId(ids), kind, label, unit, status: "proposed", version: 0, confirmation: null, entries, ...describe(kind, entries) };
  };
  const freeDenials = free.filter((a) => a.kind === "DENIAL");
  const figureProposals = proposeFacts(free.filter((a) => a.kind === "FIGURE")).map((p) => proposal("figure", p.label, p.unit, p.entryIds));
  const claimProposals = proposeClaims(
    free.filter((a) => a.kind === "CLAIM"),
    await denialSentences(freeDenials),
  ).map((p) => proposal("claim", p.label, null, [...p.claimIds, ...p.denialIds], new Set(p.denialIds)));

  return {
    storyId,
    title: story.title,
    archived: story.archivedAt !== null,
    articles: columns,
    facts: [...confirmed, ...[...figureProposals, ...claimProposals].filter((p) => !dismissed.has(p.id))],
    freeDenials: freeDenials.map((d) => ({ ...byId.get(d.id)!, role: "denies" })),
    // Read with the story, before anything else: a change made while the rest is read is heard again, never lost.
    position: story.eventSeq + story.articles.reduce((sum, a) => sum + a.eventSeq, 0),
  };
}

