import { afterAll, describe, expect, it } from "vitest";
import { createArticle, createUser } from "@/tests/factories";
import { createAnnotation } from "../annotations/create-annotation";
import { deleteAnnotation } from "../annotations/delete-annotation";
import { updateAnnotation } from "../annotations/update-annotation";
import { db } from "../db/client";
import { ConflictError, ForbiddenError } from "../errors/domain-error";
import { createFact, moveEntry, renameFact } from "./change-ledger";
import { confirmFact } from "./confirm-fact";
import { getLedger } from "./get-ledger";
import { publishedLedger } from "./public-ledger";

afterAll(() => db.$disconnect());

async function story() {
  const annotator = await createUser("ANNOTATOR");
  const editor = await createUser("EDITOR");
  const first = await createArticle(["Le Monde said the NSA recorded 70.3 million pieces of French telephone data. Officials counted 12 people."]);
  const second = await createArticle(["The agency intercepted more than 70 million phone calls in France."], first.storyId);
  const tag = async (article: { id: string; text: string }, words: string) => {
    const start = article.text.indexOf(words);
    return createAnnotation(annotator, article.id, { kind: "FIGURE", start, end: start + words.length, exact: words });
  };
  const a = await tag(first, "70.3 million");
  const b = await tag(second, "70 million");
  const fact = await createFact(annotator, first.storyId, { label: "French phone records", unit: null, annotationIds: [a.id, b.id] });
  const stateOf = async () => (await getLedger(annotator, first.storyId)).facts.find((f) => f.id === fact.id)?.confirmation;
  // What a publication may show of the ledger, with both figures published as tagged.
  const published = () => publishedLedger(first.storyId, new Map([[a.id, a.exact], [b.id, b.exact]]), () => "an outlet");
  return { annotator, editor, first, second, storyId: first.storyId, a, b, fact, tag, stateOf, published };
}

describe("confirming a ledger fact", () => {
  it("starts as a proposal; only an editor confirms it, as the version they saw, and only then is it published", async () => {
    const { annotator, editor, fact, stateOf, published } = await story();
    expect(await stateOf()).toEqual({ state: "proposed", by: null, at: null, changedSince: false });
    expect(await published()).toEqual([]);

    await expect(confirmFact(annotator, fact.id, { version: fact.version })).rejects.toThrow(ForbiddenError);
    await expect(confirmFact(editor, fact.id, { version: fact.version + 1 })).rejects.toThrow(ConflictError);
    await confirmFact(editor, fact.id, { version: fact.version });
    expect(await stateOf()).toMatchObject({ state: "confirmed", by: editor.name, changedSince: false });
    expect(await published()).toEqual([
      expect.objectContaining({ factId: fact.id, label: "French phone records", discrepancy: "unit", notes: ["unit: pieces of French telephone data against phone calls"], values: [expect.objectContaining({ quote: "70.3 million" }), expect.objectContaining({ quote: "70 million" })] }),
    ]);
    expect(await db.activity.count({ where: { entityId: fact.id, action: "fact.confirmed", actorId: editor.id } })).toBe(1);
  });

  it("goes back to proposed on any later change by anyone (rename, entry added, a figure's value edited, an annotation deleted), keeping the confirmation on record", async () => {
    const { annotator, editor, first, fact, tag, a, stateOf, published } = await story();
    await confirmFact(editor, fact.id, { version: fact.version });

    const renamed = await renameFact(annotator, fact.id, { version: fact.version, label: "Renamed by an annotator", unit: null });
    expect(await stateOf()).toMatchObject({ state: "proposed", by: editor.name, changedSince: true });
    expect(await published()).toEqual([]);
    await confirmFact(editor, renamed.id, { version: renamed.version });
    expect((await published()).map((f) => f.label)).toEqual(["Renamed by an annotator"]);

    const moved = await moveEntry(annotator, fact.id, { version: renamed.version, annotationId: (await tag(first, "12 people")).id });
    expect((await stateOf())?.state).toBe("proposed");
    await confirmFact(editor, fact.id, { version: moved.version });
    expect((await stateOf())?.state).toBe("confirmed");

    // Changes to the annotations themselves do not touch the fact's version, and still make it a proposal.
    const view = await db.annotation.findUniqueOrThrow({ where: { id: a.id } });
    await updateAnnotation(annotator, a.id, { version: view.version, figure: { value: 80_000_000, valueMax: null, unit: "calls" } });
    expect((await stateOf())?.state).toBe("proposed");
    await confirmFact(editor, fact.id, { version: moved.version });
    expect((await stateOf())?.state).toBe("confirmed");
    await deleteAnnotation(annotator, a.id);
    expect((await stateOf())?.state).toBe("proposed");
    expect(await published()).toEqual([]);
  });

  it("publishes a confirmed fact only with the entries whose words are published as confirmed, and its notes only while it is whole", async () => {
    const { editor, storyId, fact, a, b } = await story();
    await confirmFact(editor, fact.id, { version: fact.version });
    const partly = await publishedLedger(storyId, new Map([[a.id, a.exact]]), () => "an outlet");
    expect(partly.map((f) => f.values.map((v) => v.quote))).toEqual([["70.3 million"]]);
    expect(partly[0].notes).toEqual([]);
    // Published with other words than the ones confirmed: not this fact's entry.
    expect(await publishedLedger(storyId, new Map([[a.id, "70.3 millions"], [b.id, "70 millions"]]), () => "an outlet")).toEqual([]);
  });
});
