import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle, createUser } from "@/tests/factories";
import { quoteContext } from "../anchoring/selectors";
import type { SessionUser } from "../auth/session";
import { db } from "../db/client";
import { createFact } from "../ledger/change-ledger";
import { loadReport, type ReportData, type ReportScope } from "./report-data";

afterAll(() => db.$disconnect());

// A story big enough that the report's one statement meets many rows of every kind it joins:
// annotations of every status (some deleted, some orphaned), web sources with and without an
// archived copy, corroborations both ways to approved, draft and deleted annotations, and
// confirmed ledger facts mixing approved and draft figures. Written in bulk, as an import would
// (no ANALYZE afterwards), and checked against a plain reading of the same rows.
const PER_ARTICLE = 150;
const STATUSES = ["APPROVED", "APPROVED", "DRAFT", "SUBMITTED", "CHANGES_REQUESTED"] as const;
const KINDS = ["CLAIM", "FIGURE", "DENIAL"] as const;

let editor: SessionUser;
let storyId: string;
let facts: { id: string; annotationIds: string[] }[];

beforeAll(async () => {
  const annotator = await createUser("ANNOTATOR");
  editor = await createUser("EDITOR");
  const paragraphs = Array.from({ length: 60 }, (_, i) => `Paragraph ${i}: the agency kept ${i * 7 + 3} million records of calls in France, officials said.`);
  const first = await createArticle(paragraphs);
  storyId = first.storyId;
  const articles = [first, await createArticle(paragraphs, storyId), await createArticle(paragraphs, storyId)];
  for (const [position, article] of articles.entries()) await db.article.update({ where: { id: article.id }, data: { position, title: `Article ${position + 1}` } });

  const copy = await db.pageArchive.create({
    data: { requestedUrl: "https://example.org/a", finalUrl: "https://example.org/a", httpStatus: 200, contentHash: "0".repeat(64), text: "A page.", html: "<p>A page.</p>", takenAt: new Date("2026-11-20T08:00:00Z"), createdById: editor.id },
  });
  const words = [...first.text.matchAll(/\S+/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  for (const article of articles) {
    await db.annotation.createMany({
      data: Array.from({ length: PER_ARTICLE }, (_, i) => {
        const { start } = words[(i * 5) % (words.length - 3)];
        const { end } = words[((i * 5) % (words.length - 3)) + (i % 3)];
        const kind = KINDS[i % 3];
        const status = STATUSES[i % STATUSES.length];
        const decided = status === "APPROVED";
        return {
          articleId: article.id,
          authorId: annotator.id,
          kind,
          start,
          end,
          exact: article.text.slice(start, end),
          ...quoteContext(article.text, start, end),
          orphaned: i % 17 === 0,
          note: `<p>Note ${i} on <strong>${article.title}</strong> &amp; more</p>`,
          status,
          verdict: decided ? (kind === "CLAIM" ? { kind, rating: "MOSTLY_TRUE" } : kind === "FIGURE" ? { kind, outcome: "CONFIRMED" } : { kind, finding: "ESTABLISHED" }) : undefined,
          reviewerId: decided ? editor.id : null,
          reviewedAt: decided ? new Date("2026-11-21T09:00:00Z") : null,
          value: kind === "FIGURE" ? 70 + (i % 4) : null,
          deletedAt: i % 23 === 0 ? new Date() : null,
          createdAt: new Date(Date.UTC(2026, 10, 20, 0, 0, i)),
        };
      }),
    });
  }
  const all = await db.annotation.findMany({ where: { articleId: { in: articles.map((a) => a.id) } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, articleId: true, kind: true, status: true, deletedAt: true } });
  // Every annotation cites the web; every third source has an archived copy; every fourth
  // annotation is corroborated by another, whatever either's status.
  await db.source.createMany({
    data: all.map((a, i) => ({
      annotationId: a.id,
      relation: (["SUPPORTS", "REFUTES", "CONTEXT"] as const)[i % 3],
      url: `https://example.org/${i}`,
      title: `Source ${i}`,
      publisher: "Example",
      excerpt: i % 2 ? `Excerpt ${i}` : "",
      accessedAt: i % 4 ? new Date("2026-11-19T00:00:00Z") : null,
      copyId: i % 3 === 0 ? copy.id : null,
      createdById: annotator.id,
      createdAt: new Date(Date.UTC(2026, 10, 20, 1, 0, i)),
    })),
  });
  await db.source.createMany({
    data: all.flatMap((a, i) =>
      i % 4 === 0 ? [{ annotationId: a.id, linkedAnnotationId: all[(i * 7 + 3) % all.length].id, relation: "SUPPORTS" as const, createdById: annotator.id, createdAt: new Date(Date.UTC(2026, 10, 20, 2, 0, i)) }] : [],
    ),
  });

  // Facts of figures from the three articles, each mixing approved figures with drafts.
  const figures = all.filter((a) => a.kind === "FIGURE" && !a.deletedAt);
  const fromEach = (n: number) => articles.map((article, k) => figures.filter((f) => f.articleId === article.id)[n + k].id);
  facts = [];
  for (const n of [0, 1, 2, 3, 4]) {
    const annotationIds = fromEach(n);
    facts.push({ id: (await createFact(annotator, storyId, { label: `Records ${n}`, unit: null, annotationIds })).id, annotationIds });
  }
});

/** The report's entries as a plain reading of the rows gives them, one relation at a time. */
async function expectedEntries(scope: ReportScope) {
  const shown = (a: { deletedAt: Date | null; status: string }) => !a.deletedAt && (scope === "all" || a.status === "APPROVED");
  const articles = await db.article.findMany({ where: { storyId }, orderBy: { position: "asc" } });
  const rows = await db.annotation.findMany({
    where: { articleId: { in: articles.map((a) => a.id) } },
    include: {
      author: true,
      reviewer: true,
      sources: { orderBy: { createdAt: "asc" }, include: { copy: true, linkedAnnotation: { include: { article: true } } } },
      corroborates: { include: { annotation: { include: { article: true } } } },
    },
  });
  const order = new Map(articles.map((a, i) => [a.id, i]));
  return rows
    .filter(shown)
    .sort((a, b) => order.get(a.articleId)! - order.get(b.articleId)! || a.start - b.start || b.end - a.end)
    .map((a) => ({
      id: a.id,
      articleTitle: articles[order.get(a.articleId)!].title,
      kind: a.kind,
      status: a.status,
      verdict: a.verdict,
      quote: a.exact,
      orphaned: a.orphaned,
      noteHtml: a.note,
      annotator: a.author.name,
      reviewer: a.reviewer?.name ?? null,
      sources: a.sources
        .filter((s) => !s.linkedAnnotation)
        .map((s) => ({
          relation: s.relation,
          url: s.url,
          title: s.title,
          publisher: s.publisher,
          excerpt: s.excerpt,
          accessedAt: s.accessedAt?.toISOString().slice(0, 10) ?? null,
          archive: s.copy ? { takenAt: s.copy.takenAt.toISOString().slice(0, 10), path: `/copies/${s.copy.id}` } : null,
        })),
      corroborations: [
        ...a.sources.flatMap((s) => (s.linkedAnnotation && shown(s.linkedAnnotation) ? [{ annotationId: s.linkedAnnotation.id, articleTitle: s.linkedAnnotation.article.title, quote: s.linkedAnnotation.exact, relation: s.relation }] : [])),
        ...a.corroborates.flatMap((s) => (shown(s.annotation) ? [{ annotationId: s.annotation.id, articleTitle: s.annotation.article.title, quote: s.annotation.exact, relation: s.relation }] : [])),
      ].sort((x, y) => x.annotationId.localeCompare(y.annotationId)),
    }));
}

const comparable = (report: ReportData) =>
  report.entries.map((e) => ({
    id: e.id,
    articleTitle: e.article.title,
    kind: e.kind,
    status: e.status,
    verdict: e.verdict,
    quote: e.quote,
    orphaned: e.orphaned,
    noteHtml: e.noteHtml,
    annotator: e.annotator,
    reviewer: e.reviewer,
    sources: e.sources,
    corroborations: [...e.corroborations].sort((x, y) => x.annotationId.localeCompare(y.annotationId)),
  }));

describe("the report of a large story", () => {
  it.each(["approved", "all"] as const)("holds exactly the %s annotations, each with its sources, copies and corroborations", async (scope) => {
    const report = await loadReport(editor, { type: "story", id: storyId }, scope);
    const expected = await expectedEntries(scope);
    // The story is as varied as it means to be: otherwise the comparison below proves little.
    expect(expected.length).toBeGreaterThan(scope === "all" ? 400 : 150);
    expect(expected.some((e) => e.corroborations.length > 0)).toBe(true);
    expect(expected.some((e) => e.sources.some((s) => s.archive))).toBe(true);
    expect(expected.some((e) => e.orphaned)).toBe(true);
    // Drafts that corroborate approved annotations, which an approved report must leave out.
    expect(await db.source.count({ where: { annotation: { status: { not: "APPROVED" }, article: { storyId } }, linkedAnnotation: { status: "APPROVED" } } })).toBeGreaterThan(0);
    expect(comparable(report)).toEqual(expected);
    const text = (await db.article.findMany({ where: { storyId } })).reduce<Record<string, string>>((acc, a) => ({ ...acc, [a.title]: a.text }), {});
    for (const entry of report.entries.filter((e) => !e.orphaned)) {
      expect(entry.contextBefore + entry.quote + entry.contextAfter).toBe(text[entry.article.title].slice(Math.max(0, entry.start - 60), entry.end + 60));
    }
    expect(report.summary.byStatus).toEqual(expected.reduce<Record<string, number>>((acc, e) => ({ ...acc, [e.status]: (acc[e.status] ?? 0) + 1 }), {}));
  });

  it("carries each confirmed fact with the values of the annotations the report shows", async () => {
    const report = await loadReport(editor, { type: "story", id: storyId }, "approved");
    const approved = new Set(report.entries.map((e) => e.id));
    const expected = facts
      .map((f) => ({ label: `Records ${facts.indexOf(f)}`, ids: f.annotationIds.filter((id) => approved.has(id)) }))
      .filter((f) => f.ids.length > 0);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.some((f) => f.ids.length < 3)).toBe(true);
    expect(report.ledger.map((f) => ({ label: f.label, ids: f.values.map((v) => v.annotationId) }))).toEqual(expected);
    const all = await loadReport(editor, { type: "story", id: storyId }, "all");
    expect(all.ledger.map((f) => f.values.length)).toEqual(facts.map((f) => f.annotationIds.length));
  });
});
