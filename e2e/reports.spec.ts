import { readFile } from "node:fs/promises";
import { type APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures";
import { demoCopy, DEMO_STORY, HOLLANDE } from "./demo-articles";
import { apiAs, findStory, openAs } from "./helpers";

/** A copy of the demo story of the spec's own, with its figure "70.3 million" tagged and sourced: no other spec needs to run first. */
async function storyWithFigure(editor: APIRequestContext) {
  const copy = await demoCopy(editor, [HOLLANDE], DEMO_STORY);
  const { id, text } = copy.articles[HOLLANDE];
  const start = text.indexOf("70.3 million");
  const created = await editor.post(`/api/articles/${id}/annotations`, { data: { kind: "FIGURE", start, end: start + 12, exact: "70.3 million" } });
  expect(created.status()).toBe(201);
  const { id: annotationId } = await created.json();
  const sourced = await editor.post(`/api/annotations/${annotationId}/sources`, { data: { url: "https://www.lemonde.fr/", title: "Le Monde", relation: "SUPPORTS" } });
  expect(sourced.ok()).toBe(true);
  return copy.storyTitle;
}

test("the story report shows every annotation and downloads in every format", async ({ page, playwright }) => {
  const editor = await apiAs(playwright, "editor");
  const title = await storyWithFigure(editor);
  await editor.dispose();
  // The title's own words, as a file name has them: "NSA surveillance of France, October 2013 s-…" → "nsa-surveillance-of-france-october-2013-s-…".
  const fileStem = `factmark-nsa-surveillance-of-france-october-2013-${title.slice(DEMO_STORY.length + 1)}-all`;
  await openAs(page, "editor");
  await findStory(page, title);
  const story = page.getByRole("region", { name: title, exact: true });
  await story.getByRole("link", { name: "Story report" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Verification report: ${title}` })).toBeVisible();
  await page.getByRole("link", { name: "Show everything" }).click();
  await expect(page).toHaveURL(/scope=all/);
  await expect(page.getByText("All annotations")).toBeVisible();
  // The figure tagged above is here, with its source.
  await expect(page.locator(".report-entry mark", { hasText: "70.3 million" }).first()).toBeVisible();

  const downloads: Record<string, string> = {
    PDF: "pdf",
    Markdown: "md",
    CSV: "csv",
    JSON: "json",
    "W3C Web Annotation": "annotations.jsonld",
    ClaimReview: "claimreview.jsonld",
  };
  const files: Record<string, Buffer> = {};
  for (const [label, extension] of Object.entries(downloads)) {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: label, exact: true }).click()]);
    expect(download.suggestedFilename()).toBe(`${fileStem}.${extension}`);
    files[extension] = await readFile((await download.path())!);
  }
  expect(files.pdf.subarray(0, 5).toString()).toBe("%PDF-");
  expect(files.md.toString()).toMatch(/^# Verification report: NSA surveillance of France, October 2013/);
  expect(files.md.toString()).toContain("70.3 million");
  const csv = files.csv.toString().replace(/^\uFEFF/, "").split("\r\n");
  expect(csv[0]).toMatch(/^article,article_url,annotation_id,kind,status,verdict,quote/);
  const json = JSON.parse(files.json.toString());
  expect(csv.filter(Boolean).length - 1).toBe(json.entries.length);
  expect(json.entries.some((e: { quote: string; sources: unknown[] }) => e.quote === "70.3 million" && e.sources.length > 0)).toBe(true);
  const w3c = JSON.parse(files["annotations.jsonld"].toString());
  expect(w3c).toMatchObject({ "@context": "http://www.w3.org/ns/anno.jsonld", type: "AnnotationCollection", total: json.entries.length });
  expect(JSON.parse(files["claimreview.jsonld"].toString())["@context"]).toBe("https://schema.org");
});

test("reports answer 404 for unknown ids and 400 for unknown formats", async ({ page }) => {
  await openAs(page, "annotator");
  expect((await page.request.get("/api/reports/article/nope?format=csv")).status()).toBe(404);
  expect((await page.request.get("/api/reports/planet/nope?format=csv")).status()).toBe(404);
  const { stories } = await (await page.request.get("/api/stories")).json();
  const bad = await page.request.get(`/api/reports/story/${stories[0].id}?format=docx`);
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toMatch(/Format must be pdf, md, csv, json, w3c or claimreview/);
  const response = await page.goto("/stories/nope/report");
  expect(response?.status()).toBe(404);
});

test("export URLs take their origin from the app's configuration, not the Host header", async ({ page, baseURL }) => {
  await openAs(page, "annotator");
  const { stories } = await (await page.request.get("/api/stories")).json();
  const response = await page.request.get(`/api/reports/story/${stories[0].id}?format=w3c&scope=all`, { headers: { host: "evil.example" } });
  expect(response.status()).toBe(200);
  const doc = await response.json();
  expect(doc.id).toMatch(new RegExp(`^${new URL(baseURL!).origin}/`));
  expect(JSON.stringify(doc)).not.toContain("evil.example");
});
