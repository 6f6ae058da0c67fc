import { afterAll, describe, expect, it } from "vitest";
import { createArticle, createUser } from "@/tests/factories";
import { db } from "../db/client";
import { runBookkeeping } from "../changes/bookkeeping";
import { createAnnotation } from "./create-annotation";
import { readAnnotationRow, readAnnotationRows } from "./annotation-rows";
import { annotationInclude } from "./annotation-view";

afterAll(() => db.$disconnect());

/** An annotation with every part the panel shows: people, a verdict, three kinds of source and a "same claim as" link. */
async function fullyDressedAnnotation() {
  const article = await createArticle(["The agency recorded 70.3 million calls in a month, officials said on Monday.", "Officials denied it."]);
  const [author, editor] = [await createUser("ANNOTATOR"), await createUser("EDITOR")];
  const at = (words: string) => ({ start: article.text.indexOf(words), end: article.text.indexOf(words) + words.length, exact: words });
  const figure = await createAnnotation(author, article.id, { kind: "FIGURE", ...at("70.3 million") });
  const denial = await createAnnotation(author, article.id, { kind: "DENIAL", ...at("denied") });
  await db.annotation.update({
    where: { id: figure.id },
    data: {
      note: "<p>Checked against the <strong>filing</strong>.</p>",
      status: "APPROVED",
      verdict: { kind: "FIGURE", rating: "ACCURATE" },
      reviewerId: editor.id,
      assigneeId: editor.id,
      submittedAt: new Date(Date.UTC(2026, 1, 2, 9, 30, 15, 123)),
      reviewedAt: new Date(Date.UTC(2026, 1, 2, 10, 0)),
      contributorIds: [editor.id],
    },
  });
  const copy = await db.pageArchive.create({
    data: { requestedUrl: "https://example.org/filing", finalUrl: "https://example.org/filing", httpStatus: 200, contentHash: "h", text: "t", html: "<p>t</p>", createdById: author.id },
  });
  const web = await db.source.create({
    data: { annotationId: figure.id, relation: "SUPPORTS", url: "https://example.org/filing", title: "The filing", publisher: "Court", accessedAt: new Date(Date.UTC(2026, 0, 5)), archiveState: "ARCHIVED", copyId: copy.id, createdById: author.id },
  });
  for (const [outcome, minute] of [["UNCHANGED", 1], ["CHANGED", 2]] as const) {
    await db.sourceCheck.create({ data: { sourceId: web.id, outcome, checkedById: editor.id, checkedAt: new Date(Date.UTC(2026, 1, 3, 8, minute)) } });
  }
  await db.source.create({ data: { annotationId: figure.id, relation: "REFUTES", linkedAnnotationId: denial.id, createdById: author.id } });
  await db.source.create({ data: { annotationId: figure.id, relation: "SUPPORTS", url: "https://example.org/pending", archiveState: "PENDING", archiveRequestedAt: new Date(), createdById: author.id } });
  const check = await db.checkedClaim.create({
    data: { origin: "IMPORTED", kind: "FIGURE", quote: "70.3 million calls", text: "70.3 million calls", rating: "False", ratingLabel: "False", verdict: { rating: "FALSE" }, checkedBy: "Another desk", reviewedAt: new Date(Date.UTC(2025, 11, 1)), url: "https://checks.example/1" },
  });
  await db.claimLink.create({ data: { annotationId: figure.id, checkId: check.id, linkedById: editor.id } });
  return { figure, denial };
}

describe("annotation rows read in one statement", () => {
  it("are what Prisma's include reads, part for part, through the pool and inside a transaction", async () => {
    const { figure, denial } = await fullyDressedAnnotation();
    for (const id of [figure.id, denial.id]) {
      const expected = await db.annotation.findUnique({ where: { id }, include: annotationInclude });
      expect(await readAnnotationRow(id)).toEqual(expected);
      expect(await runBookkeeping((tx) => readAnnotationRow(id, tx))).toEqual(expected);
    }
    const [read] = await readAnnotationRows([figure.id]);
    expect(read.sources.map((source) => source.relation)).toEqual(["SUPPORTS", "REFUTES", "SUPPORTS"]);
    expect(read.sources[0].checks.map((check) => check.outcome)).toEqual(["CHANGED"]);
    expect(read.submittedAt?.toISOString()).toBe("2026-02-02T09:30:15.123Z");
  });

  it("come back in the order asked, leaving out ids with no annotation", async () => {
    const { figure, denial } = await fullyDressedAnnotation();
    expect((await readAnnotationRows([denial.id, "no-such-annotation", figure.id])).map((row) => row.id)).toEqual([denial.id, figure.id]);
    expect(await readAnnotationRow("no-such-annotation")).toBeNull();
    expect(await readAnnotationRows([])).toEqual([]);
  });
});
