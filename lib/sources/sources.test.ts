import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle, createUser } from "@/tests/factories";
import { newsPage, PHONE_DATA, startTestSite, type TestSite } from "@/tests/test-site";
import { addSource } from "../annotations/add-source";
import { createAnnotation } from "../annotations/create-annotation";
import { getAnnotation } from "../annotations/get-annotation";
import { updateSource } from "../annotations/update-source";
import { db } from "../db/client";
import { loadReport } from "../reports/report-data";
import { exportReport } from "../reports/export-report";
import { runDueJobs as archivesSettled } from "../background/background-jobs";
import { checkSource, checkSourceNow } from "./check-source";
import { getPageCopy } from "./page-copy";

let site: TestSite;
beforeAll(async () => {
  site = await startTestSite();
  
});
afterAll(async () => {
  await archivesSettled();
  await site.close();
  await db.$disconnect();
});

async function annotated() {
  const article = await createArticle(["Reports said 70.3 million pieces of French telephone data were recorded."]);
  const author = await createUser("ANNOTATOR");
  const annotation = await createAnnotation(author, article.id, { kind: "FIGURE", start: 13, end: 25, exact: "70.3 million" });
  return { article, author, annotation };
}

async function addWebSource(address: string, fields: { title?: string; publisher?: string } = {}) {
  const { author, annotation, article } = await annotated();
  const view = await addSource(author, annotation.id, { url: address, relation: "SUPPORTS", title: fields.title ?? "", publisher: fields.publisher ?? "", excerpt: "" });
  const source = view.sources[0];
  return { author, annotation, article, source, view };
}

const sourceRow = (id: string) => db.source.findUniqueOrThrow({ where: { id }, include: { copy: true, checks: { orderBy: { checkedAt: "asc" } } } });

describe("archiving a web source", () => {
  it("saves the source at once as pending, then archives it in the background and fills what the checker left empty", async () => {
    const { source, author, annotation, article } = await addWebSource(`${site.origin}/old-address`, { publisher: "My own words" });
    expect(source.archive).toMatchObject({ state: "pending", copy: null });
    await archivesSettled();
    const row = await sourceRow(source.id);
    expect(row).toMatchObject({ archiveState: "ARCHIVED", title: "France summons US envoy over phone data", publisher: "My own words", archiveProblem: null });
    expect(row.accessedAt).not.toBeNull();
    expect(row.copy).toMatchObject({
      requestedUrl: `${site.origin}/old-address`,
      finalUrl: `${site.origin}/news/phone-data`,
      httpStatus: 200,
      contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      publisher: "The Daily Test",
      publishedAt: "2013-10-21",
      canonicalUrl: `${site.origin}/news/canonical-phone-data`,
    });
    expect(row.copy!.text).toContain("70.3 million pieces of French telephone data");
    expect(row.checks.map((c) => c.outcome)).toEqual(["ARCHIVED"]);
    // The archived HTML keeps words and structure, nothing that runs, submits, frames or refreshes.
    for (const hostile of ["<script", "<iframe", "<form", "<input", "onclick", "http-equiv", "evil.example", "ads.example"]) expect(row.copy!.html).not.toContain(hostile);
    // The copy is news on the article's feed, so open pages fetch the source again.
    expect(await db.articleEvent.findFirst({ where: { articleId: article.id, type: "source.archived", entityId: source.id } })).not.toBeNull();
    const view = await getAnnotation(author, annotation.id);
    expect(view.sources[0].archive).toMatchObject({ state: "archived", copy: { id: row.copy!.id } });
  });

  it("reads a page in ISO-8859-1 faithfully", async () => {
    const { source } = await addWebSource(`${site.origin}/latin1`);
    await archivesSettled();
    const row = await sourceRow(source.id);
    expect(row.title).toBe("Le Monde a révélé l'écoute");
    expect(row.copy!.text).toContain("70,3 millions de données téléphoniques de Français");
  });

  it("keeps a source it could not archive, marked not archived with the reason, and archives it on retry", async () => {
    site.setPage("/later", "<p>missing</p>", 404);
    const { source, author } = await addWebSource(`${site.origin}/later`, { title: "Typed title" });
    await archivesSettled();
    let row = await sourceRow(source.id);
    expect(row).toMatchObject({ archiveState: "FAILED", archiveProblem: expect.stringMatching(/404/), copyId: null, title: "Typed title" });
    expect(row.checks.map((c) => c.outcome)).toEqual(["GONE"]);

    site.setPage("/later", newsPage("Back again", PHONE_DATA));
    const { check, annotation } = await checkSourceNow(author, source.id);
    expect(check).toMatchObject({ outcome: "ARCHIVED", copy: { finalUrl: `${site.origin}/later` } });
    expect(annotation.sources[0]).toMatchObject({ title: "Typed title", archive: { state: "archived" } });
    row = await sourceRow(source.id);
    expect(row.checks.map((c) => c.outcome)).toEqual(["GONE", "ARCHIVED"]);
  });

  it("refuses hostile addresses and pages with a reason, and writes no copy", async () => {
    const cases: [string, RegExp][] = [
      [`${site.origin}/to-private`, /private or local network/],
      [`${site.origin}/report.pdf`, /a PDF, not a web page/],
      [`${site.origin}/empty`, /no readable text/],
    ];
    for (const [address, reason] of cases) {
      const { source } = await addWebSource(address);
      await archivesSettled();
      const row = await sourceRow(source.id);
      expect(row, address).toMatchObject({ archiveState: "FAILED", archiveProblem: expect.stringMatching(reason), copyId: null });
      expect(row.checks.every((c) => c.archiveId === null)).toBe(true);
    }
  });

  it("gives up on a slow or a huge page within its limits", async () => {
    for (const [path, reason, options] of [
      ["/slow", /longer than 1 seconds/, { timeoutMs: 1_000 }],
      ["/huge", /larger than/, {}],
    ] as const) {
      // Pointed at the page after its first copy, so the check below is the only fetch of it (with a short limit).
      const { source } = await addWebSource(`${site.origin}/news/phone-data`);
      await archivesSettled();
      await db.source.update({ where: { id: source.id }, data: { url: `${site.origin}${path}` } });
      const result = await checkSource(source.id, (await createUser()).id, options);
      expect(result?.message, path).toMatch(reason);
      expect((await sourceRow(source.id)).checks.at(-1)).toMatchObject({ outcome: path === "/slow" ? "GONE" : "FAILED", archiveId: null });
    }
  });
});

describe("checking a source again", () => {
  it("tells unchanged, changed (with the words), moved and gone apart, and keeps every check with its copy", async () => {
    site.setPage("/changing", newsPage("A page that changes", PHONE_DATA));
    const { source, author, annotation } = await addWebSource(`${site.origin}/changing`);
    await archivesSettled();
    const before = await db.annotation.findUniqueOrThrow({ where: { id: annotation.id } });

    expect((await checkSourceNow(author, source.id)).check).toMatchObject({ outcome: "UNCHANGED", diff: null });

    site.setPage("/changing", newsPage("A page that changes", [PHONE_DATA[0].replace("70.3 million", "60 million"), ...PHONE_DATA.slice(1)]));
    const changed = (await checkSourceNow(author, source.id)).check;
    expect(changed.outcome).toBe("CHANGED");
    expect(changed.diff!.parts).toEqual(expect.arrayContaining([{ kind: "removed", text: "70.3" }, { kind: "added", text: "60" }]));

    site.setPage("/elsewhere", newsPage("Somewhere else", PHONE_DATA));
    site.setRedirect("/changing", "/elsewhere");
    expect((await checkSourceNow(author, source.id)).check).toMatchObject({ outcome: "MOVED", message: expect.stringContaining("/elsewhere") });

    site.setPage("/changing", "gone", 410);
    const gone = await checkSourceNow(author, source.id);
    expect(gone.check).toMatchObject({ outcome: "GONE", copy: null, message: expect.stringMatching(/410/) });
    // The last copy is still the source's evidence.
    expect(gone.annotation.sources[0].archive).toMatchObject({ state: "archived", lastCheck: { outcome: "GONE" } });

    const row = await sourceRow(source.id);
    expect(row.checks.map((c) => c.outcome)).toEqual(["ARCHIVED", "UNCHANGED", "CHANGED", "MOVED", "GONE"]);
    expect(row.checks.map((c) => c.archiveId !== null)).toEqual([true, true, true, true, false]);
    // A check adds to the record; it does not change what anyone wrote.
    expect((await db.annotation.findUniqueOrThrow({ where: { id: annotation.id } })).version).toBe(before.version);

    const copy = await getPageCopy(author, row.checks[2].archiveId!);
    expect(copy.previous?.diff.parts).toEqual(expect.arrayContaining([{ kind: "added", text: "60" }]));
    expect(copy.checks).toHaveLength(5);
  });

  it("archives a changed address afresh, and lists the copy in reports", async () => {
    const { source, author, article } = await addWebSource(`${site.origin}/news/phone-data`);
    await archivesSettled();
    const first = (await sourceRow(source.id)).copyId;
    const view = await getAnnotation(author, source ? (await db.source.findUniqueOrThrow({ where: { id: source.id } })).annotationId : "");
    const changed = await updateSource(author, source.id, { url: `${site.origin}/latin1`, version: view.version });
    // The answer says a copy is coming (the queue may already have taken it by the time the row is read).
    expect(changed.sources.find((s) => s.id === source.id)?.archive?.state).toBe("pending");
    await archivesSettled();
    const row = await sourceRow(source.id);
    expect(row.copyId).not.toBe(first);
    expect(row.copy!.finalUrl).toBe(`${site.origin}/latin1`);

    const report = await loadReport(author, { type: "article", id: article.id }, "all");
    expect(report.entries[0].sources[0].archive).toEqual({ takenAt: row.copy!.takenAt.toISOString().slice(0, 10), path: `/copies/${row.copyId}` });
    let markdown = "";
    await exportReport(report, "md", "https://desk.example", (chunk) => (markdown += new TextDecoder().decode(chunk)));
    expect(markdown).toContain(`archived ${row.copy!.takenAt.toISOString().slice(0, 10)} <https://desk.example/copies/${row.copyId}>`);
  });

  it("refuses to check a corroborating annotation or a source that does not exist", async () => {
    const author = await createUser();
    await expect(checkSourceNow(author, "nope")).rejects.toMatchObject({ status: 404 });
  });
});

describe("importing an article by its address", () => {
  it("previews what the page says, imports it as corrected with its copy, and asks before importing the same address twice", async () => {
    const { previewWebArticle, importWebArticle } = await import("../articles/import/import-from-web");
    const author = await createUser("ANNOTATOR");
    const story = await db.story.create({ data: { title: "Phone data" } });
    const preview = await previewWebArticle(author, story.id, `${site.origin}/old-address`);
    expect(preview).toMatchObject({
      url: `${site.origin}/news/canonical-phone-data`,
      title: "France summons US envoy over phone data",
      outlet: "The Daily Test",
      publishedAt: "2013-10-21",
      duplicateOf: null,
    });
    expect(preview.text).toContain("70.3 million pieces of French telephone data");

    const article = await importWebArticle(author, story.id, { archiveId: preview.archiveId, title: "Envoy summoned (corrected)", outlet: "The Daily Test", publishedAt: "2013-10-21" });
    const row = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(row).toMatchObject({ title: "Envoy summoned (corrected)", url: `${site.origin}/news/canonical-phone-data`, archiveId: preview.archiveId });
    expect(row.text).toContain("70.3 million pieces of French telephone data");
    // The same cleaner as an uploaded page: nothing of the page's scripts, frames or forms.
    expect(row.text).not.toMatch(/tracked|Subscribe|steal/);

    // Found again through its first address: the same page, asked about before it goes in twice.
    const again = await previewWebArticle(author, story.id, `${site.origin}/news/phone-data`);
    expect(again.duplicateOf).toEqual({ id: article.id, title: "Envoy summoned (corrected)" });
    await expect(importWebArticle(author, story.id, { archiveId: again.archiveId, title: "Twice" })).rejects.toMatchObject({ status: 409, details: { duplicateOf: { id: article.id } } });
    expect(await db.article.count({ where: { storyId: story.id } })).toBe(1);
    await importWebArticle(author, story.id, { archiveId: again.archiveId, title: "Twice", allowDuplicate: true });
    expect(await db.article.count({ where: { storyId: story.id } })).toBe(2);
  });

  it("refuses a page it cannot fetch or read, and someone else's preview, writing no article", async () => {
    const { previewWebArticle, importWebArticle } = await import("../articles/import/import-from-web");
    const author = await createUser("ANNOTATOR");
    const story = await db.story.create({ data: { title: "Refusals" } });
    for (const [address, reason] of [
      ["file:///etc/passwd", /not a file: address/],
      ["javascript:alert(1)", /not a javascript: address/],
      ["https://user:pass@example.org/", /user name or password/],
      [`${site.origin}/to-private`, /private or local network/],
      [`${site.origin}/report.pdf`, /a PDF/],
      [`${site.origin}/empty`, /no readable text/],
      [`${site.origin}/nowhere`, /404/],
    ] as const) {
      await expect(previewWebArticle(author, story.id, address), address).rejects.toMatchObject({ status: 400, message: expect.stringMatching(reason) });
    }
    const preview = await previewWebArticle(author, story.id, `${site.origin}/latin1`);
    await expect(importWebArticle(await createUser("EDITOR"), story.id, { archiveId: preview.archiveId, title: "Not mine" })).rejects.toMatchObject({ status: 404 });
    expect(await db.article.count({ where: { storyId: story.id } })).toBe(0);
  });
});
