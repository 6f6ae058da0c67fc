import { afterAll, describe, expect, it } from "vitest";
import { createArticle, createUser } from "@/tests/factories";
import { createAnnotation } from "../annotations/create-annotation";
import { db } from "../db/client";
import { ConflictError, NotFoundError, ValidationError } from "../errors/domain-error";
import { loadReport } from "../reports/report-data";
import { toMarkdown } from "../reports/to-markdown";
import { createFact, dismissProposal, mergeFacts, moveEntry, removeEntry, renameFact } from "./change-ledger";
import { getLedger } from "./get-ledger";

afterAll(() => db.$disconnect());

async function story() {
  const annotator = await createUser("ANNOTATOR");
  const first = await createArticle(["Le Monde said the NSA recorded 70.3 million pieces of French telephone data over a 30-day period."]);
  const second = await createArticle(["The agency intercepted more than 70 million phone calls in France over a one-month period."], first.storyId);
  const tag = async (article: { id: string; text: string }, words: string) => {
    const start = article.text.indexOf(words);
    return createAnnotation(annotator, article.id, { kind: "FIGURE", start, end: start + words.length, exact: words });
  };
  return { annotator, first, second, storyId: first.storyId, tag };
}

describe("the story ledger", () => {
  it("reads a tagged figure's value from its sentence, proposes the facts several articles report, and confirms one", async () => {
    const { annotator, first, second, storyId, tag } = await story();
    const a = await tag(first, "70.3 million");
    const b = await tag(second, "70 million");
    const c = await tag(first, "30-day period");
    const d = await tag(second, "one-month period");
    expect(a.figure).toEqual({ value: 70_300_000, valueMax: null, unit: "pieces of French telephone data" });
    expect(d.figure).toMatchObject({ value: 1, unit: "months" });

    const proposed = (await getLedger(annotator, storyId)).facts;
    expect(proposed.map((f) => [f.status, f.entries.map((e) => e.annotationId).sort()])).toEqual([
      ["proposed", [a.id, b.id].sort()],
      ["proposed", [c.id, d.id].sort()],
    ]);
    const fact = await createFact(annotator, storyId, { label: "French phone records in 30 days", unit: "records", annotationIds: [a.id, b.id] });
    const ledger = await getLedger(annotator, storyId);
    const confirmed = ledger.facts.find((f) => f.id === fact.id)!;
    expect(confirmed).toMatchObject({ status: "confirmed", discrepancy: "unit", label: "French phone records in 30 days" });
    expect(ledger.facts.filter((f) => f.status === "proposed")).toHaveLength(1);
    expect(await db.activity.count({ where: { entityId: fact.id, action: "fact.created" } })).toBe(1);
  });

  it("moves, splits, renames and merges facts, refusing stale versions, strangers and unknown facts", async () => {
    const { annotator, first, second, storyId, tag } = await story();
    const a = await tag(first, "70.3 million");
    const b = await tag(second, "70 million");
    const fact = await createFact(annotator, storyId, { label: "Records", unit: null, annotationIds: [a.id, b.id] });
    const split = await createFact(annotator, storyId, { label: "Calls", unit: null, annotationIds: [b.id] });
    const facts = (await getLedger(annotator, storyId)).facts.filter((f) => f.status === "confirmed");
    expect(facts.map((f) => [f.label, f.entries.map((e) => e.annotationId)])).toEqual([
      ["Records", [a.id]],
      ["Calls", [b.id]],
    ]);
    await expect(renameFact(annotator, fact.id, { version: 1, label: "Stale", unit: null })).rejects.toThrow(ConflictError);
    const renamed = await renameFact(annotator, fact.id, { version: 2, label: "French phone records", unit: "records" });
    await expect(mergeFacts(annotator, fact.id, { version: renamed.version, otherFactId: split.id, otherVersion: 1 })).resolves.toMatchObject({ id: fact.id });
    expect((await getLedger(annotator, storyId)).facts.filter((f) => f.status === "confirmed").map((f) => f.entries.length)).toEqual([2]);
    expect(await db.fact.findUnique({ where: { id: split.id } })).toBeNull();

    const stranger = await createArticle(["Elsewhere 5 million records leaked."]);
    const start = stranger.text.indexOf("5 million");
    const foreign = await createAnnotation(annotator, stranger.id, { kind: "FIGURE", start, end: start + 9, exact: "5 million" });
    await expect(moveEntry(annotator, fact.id, { version: 4, annotationId: foreign.id })).rejects.toThrow(ValidationError);
    await expect(moveEntry(annotator, "no-such-fact", { version: 1, annotationId: a.id })).rejects.toThrow(NotFoundError);
    await expect(createFact(annotator, storyId, { label: "x", unit: null, annotationIds: ["no-such-annotation"] })).rejects.toThrow(NotFoundError);
    expect(await db.fact.count({ where: { storyId } })).toBe(1);
  });

  it("does not propose a dismissed grouping again, and the story report carries the confirmed facts", async () => {
    const { annotator, first, second, storyId, tag } = await story();
    const a = await tag(first, "70.3 million");
    const b = await tag(second, "70 million");
    const c = await tag(first, "30-day period");
    const d = await tag(second, "one-month period");
    await dismissProposal(annotator, storyId, [c.id, d.id]);
    expect((await getLedger(annotator, storyId)).facts.map((f) => f.entries.length)).toEqual([2]);
    await createFact(annotator, storyId, { label: "French phone records", unit: null, annotationIds: [a.id, b.id] });

    const report = await loadReport(annotator, { type: "story", id: storyId }, "all");
    expect(report.ledger).toMatchObject([{ label: "French phone records", values: [{ value: "70,300,000 pieces of French telephone data" }, { value: "70,000,000 phone calls" }] }]);
    expect([...toMarkdown(report)].join("")).toContain("### French phone records: different units");
    expect((await loadReport(annotator, { type: "story", id: storyId }, "approved")).ledger).toEqual([]);
  });

  it("groups the claims several articles report in like words, with the denial that answers them, and keeps claims and figures apart", async () => {
    const annotator = await createUser("ANNOTATOR");
    const first = await createArticle(["Obama said the United States is reviewing the way that it gathers intelligence, the White House said."]);
    const second = await createArticle(["The U.S. is reviewing how it gathers intelligence, officials told reporters after 70 million calls were logged."], first.storyId);
    const third = await createArticle(["A spokesman said reports that the U.S. is reviewing how it gathers intelligence were distorted."], first.storyId);
    const tag = async (article: { id: string; text: string }, kind: "CLAIM" | "DENIAL" | "FIGURE", words: string) => {
      const start = article.text.indexOf(words);
      return createAnnotation(annotator, article.id, { kind, start, end: start + words.length, exact: words });
    };
    const a = await tag(first, "CLAIM", "the United States is reviewing the way that it gathers intelligence");
    const b = await tag(second, "CLAIM", "The U.S. is reviewing how it gathers intelligence");
    const denial = await tag(third, "DENIAL", "distorted");
    const figure = await tag(second, "FIGURE", "70 million");

    const proposed = (await getLedger(annotator, first.storyId)).facts;
    expect(proposed).toHaveLength(1);
    expect(proposed[0]).toMatchObject({ kind: "claim", status: "proposed", discrepancy: "conflict" });
    const roles = (entries: { annotationId: string; role: string }[]) => Object.fromEntries(entries.map((e) => [e.annotationId, e.role]));
    expect(roles(proposed[0].entries)).toEqual({ [a.id]: "reports", [b.id]: "reports", [denial.id]: "denies" });

    await expect(createFact(annotator, first.storyId, { label: "Mixed", unit: null, annotationIds: [a.id, figure.id] })).rejects.toThrow(/either figures, or claims/);
    await expect(createFact(annotator, first.storyId, { label: "Denials alone", unit: null, annotationIds: [denial.id] })).rejects.toThrow(ValidationError);
    const fact = await createFact(annotator, first.storyId, { label: "The US is reviewing its intelligence gathering", unit: null, annotationIds: [a.id, b.id] });
    await expect(moveEntry(annotator, fact.id, { version: fact.version, annotationId: figure.id })).rejects.toThrow(/figure cannot join a fact about a claim/);
    const linked = await moveEntry(annotator, fact.id, { version: fact.version, annotationId: denial.id });
    let ledger = await getLedger(annotator, first.storyId);
    expect(ledger.facts.find((f) => f.id === fact.id)).toMatchObject({ kind: "claim", discrepancy: "conflict", notes: ["denied in Test article: “distorted”"] });
    expect(ledger.freeDenials).toEqual([]);
    expect(await db.activity.count({ where: { entityId: fact.id, action: "fact.denial_linked" } })).toBe(1);
    expect([...toMarkdown(await loadReport(annotator, { type: "story", id: first.storyId }, "all"))].join("")).toContain("### The US is reviewing its intelligence gathering: denied");

    await expect(removeEntry(annotator, fact.id, { version: fact.version, annotationId: denial.id })).rejects.toThrow(ConflictError);
    await removeEntry(annotator, fact.id, { version: linked.version, annotationId: denial.id });
    ledger = await getLedger(annotator, first.storyId);
    const kept = ledger.facts.find((f) => f.id === fact.id)!;
    expect(kept.discrepancy).toBe("none");
    expect(roles(kept.entries)).toEqual({ [a.id]: "reports", [b.id]: "reports" });
    expect(ledger.freeDenials.map((d) => d.annotationId)).toEqual([denial.id]);
  });

  it("removes a fact once its last annotation is taken out", async () => {
    const { annotator, first, storyId, tag } = await story();
    const a = await tag(first, "70.3 million");
    const fact = await createFact(annotator, storyId, { label: "Records", unit: null, annotationIds: [a.id] });
    await expect(removeEntry(annotator, fact.id, { version: 1, annotationId: "not-in-it" })).rejects.toThrow(NotFoundError);
    await removeEntry(annotator, fact.id, { version: 1, annotationId: a.id });
    expect(await db.fact.findUnique({ where: { id: fact.id } })).toBeNull();
    expect(await db.activity.count({ where: { entityId: fact.id, action: "fact.entry_removed" } })).toBe(1);
  });
});
