import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { parseCsv } from "@/tests/csv";
import { createArticle, createUser } from "@/tests/factories";
import { addSource } from "../annotations/add-source";
import { createAnnotation } from "../annotations/create-annotation";
import { db } from "../db/client";
import { reviewAnnotation } from "../review/review-annotation";
import { exportReport, type ReportFormat } from "./export-report";
import { loadReport, type ReportData } from "./report-data";
import { CSV_COLUMNS, csvField, csvRows } from "./to-csv";

afterAll(() => db.$disconnect());

const BASE = "https://factmark.test";
const NOW = new Date("2026-11-23T10:00:00Z");

async function render(report: ReportData, format: ReportFormat): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  await exportReport(report, format, BASE, (c) => chunks.push(c));
  return Buffer.concat(chunks);
}

async function pdfText(buffer: Buffer): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(buffer), useSystemFonts: false }).promise;
  let text = "";
  for (let p = 1; p <= pdf.numPages; p++) {
    const content = await (await pdf.getPage(p)).getTextContent();
    text += content.items.map((item) => ("str" in item ? item.str : "")).join("");
  }
  return text;
}

let story: ReportData;
let all: ReportData;
let empty: ReportData;

beforeAll(async () => {
  const first = await createArticle(["The NSA recorded 70.3 million pieces of French telephone data, Le Monde said.", "The White House said the reports “distorted” its activities."]);
  const second = await createArticle(["Le Monde reported more than 70 million phone calls, \"=SUM(A1)\", in France."], first.storyId);
  const annotator = await createUser("ANNOTATOR");
  const editor = await createUser("EDITOR");
  const at = (text: string, quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length, exact: quote });
  const claim = await createAnnotation(annotator, first.id, { kind: "CLAIM", ...at(first.text, "The NSA recorded 70.3 million pieces"), note: "<p>Le Monde, <strong>21 October</strong></p>" });
  const figure = await createAnnotation(annotator, second.id, { kind: "FIGURE", ...at(second.text, "more than 70 million phone calls") });
  await createAnnotation(annotator, first.id, { kind: "DENIAL", ...at(first.text, "“distorted”") });
  await createAnnotation(annotator, second.id, { kind: "CLAIM", ...at(second.text, "\"=SUM(A1)\"") });
  await addSource(annotator, claim.id, { url: "https://www.lemonde.fr/x", title: "France in the NSA's crosshair", publisher: "Le Monde", excerpt: "", relation: "SUPPORTS", accessedAt: "2013-10-21" });
  await addSource(annotator, claim.id, { linkedAnnotationId: figure.id, relation: "SUPPORTS", title: "", publisher: "", excerpt: "" });
  // Two sources made versions 2 and 3.
  await reviewAnnotation(annotator, claim.id, { action: "SUBMIT", version: 3 });
  await reviewAnnotation(editor, claim.id, { action: "APPROVE", version: 4, verdict: { kind: "CLAIM", rating: "MOSTLY_TRUE" } });
  story = await loadReport(editor, { type: "story", id: first.storyId }, "approved", NOW);
  all = await loadReport(editor, { type: "story", id: first.storyId }, "all", NOW);
  const bare = await createArticle(["Nothing annotated here."]);
  empty = await loadReport(editor, { type: "article", id: bare.id }, "all", NOW);
});

describe("report data", () => {
  it("keeps approved annotations by default, in document order, with context, sources and corroboration", () => {
    expect(story.entries.map((e) => e.quote)).toEqual(["The NSA recorded 70.3 million pieces"]);
    const [entry] = story.entries;
    expect(entry).toMatchObject({ status: "APPROVED", verdictLabel: "Mostly true", note: "Le Monde, 21 October", contextAfter: expect.stringMatching(/^ of French telephone data/) });
    expect(entry.sources).toEqual([expect.objectContaining({ url: "https://www.lemonde.fr/x", relation: "SUPPORTS", accessedAt: "2013-10-21" })]);
    // The corroborating figure is a draft: what the desk publishes does not lean on it (security review, item 15).
    expect(entry.corroborations).toEqual([]);
    expect(all.entries[0].corroborations).toEqual([expect.objectContaining({ quote: "more than 70 million phone calls" })]);
    expect(all.entries.map((e) => e.kind)).toEqual(["CLAIM", "DENIAL", "FIGURE", "CLAIM"]);
    expect(all.summary.byKind).toEqual({ CLAIM: 2, DENIAL: 1, FIGURE: 1 });
  });
});

describe("W3C Web Annotation", () => {
  it("is an AnnotationCollection whose annotations have both selectors and the three kinds of body", async () => {
    const doc = JSON.parse((await render(all, "w3c")).toString("utf8"));
    expect(doc["@context"]).toBe("http://www.w3.org/ns/anno.jsonld");
    expect(doc).toMatchObject({ type: "AnnotationCollection", total: 4, first: { type: "AnnotationPage" } });
    for (const item of doc.first.items) {
      expect(item).toMatchObject({ id: expect.stringMatching(/^https:\/\//), type: "Annotation", target: { source: expect.any(String) } });
      const types = item.target.selector.map((s: { type: string }) => s.type);
      expect(types).toEqual(["TextQuoteSelector", "TextPositionSelector"]);
      expect(item.body.some((b: { purpose: string }) => b.purpose === "tagging")).toBe(true);
    }
    const claim = doc.first.items[0];
    expect(claim.body.map((b: { purpose: string }) => b.purpose)).toEqual(["tagging", "commenting", "linking", "linking"]);
    expect(claim.target.selector[0]).toMatchObject({ exact: "The NSA recorded 70.3 million pieces" });
  });

  it("gives an article with no annotations a valid, empty collection", async () => {
    const doc = JSON.parse((await render(empty, "w3c")).toString("utf8"));
    expect(doc).toMatchObject({ "@context": "http://www.w3.org/ns/anno.jsonld", type: "AnnotationCollection", total: 0 });
    expect(JSON.parse((await render(empty, "claimreview")).toString("utf8"))).toEqual({ "@context": "https://schema.org", "@graph": [] });
    expect(parseCsv((await render(empty, "csv")).toString("utf8").replace(/^\uFEFF/, ""))).toEqual([[...CSV_COLUMNS]]);
    expect(await pdfText(await render(empty, "pdf"))).toContain("No annotations.");
  });
});

describe("schema.org ClaimReview", () => {
  it("has the fields ClaimReview needs for each approved claim with a verdict", async () => {
    const doc = JSON.parse((await render(all, "claimreview")).toString("utf8"));
    expect(doc["@context"]).toBe("https://schema.org");
    expect(doc["@graph"]).toHaveLength(1);
    expect(doc["@graph"][0]).toEqual({
      "@type": "ClaimReview",
      url: expect.stringMatching(/^https:\/\/factmark\.test\/articles\/.+\?annotation=/),
      claimReviewed: "The NSA recorded 70.3 million pieces",
      datePublished: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      author: { "@type": "Organization", name: expect.any(String) },
      reviewRating: { "@type": "Rating", ratingValue: 4, bestRating: 5, worstRating: 1, alternateName: "Mostly true" },
      itemReviewed: { "@type": "Claim", appearance: { "@type": "CreativeWork", headline: "Test article" } },
    });
  });
});

describe("CSV", () => {
  it("parses back to one row per annotation, the same values, formulas defused", async () => {
    const rows = parseCsv((await render(all, "csv")).toString("utf8").replace(/^\uFEFF/, ""));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const expected = csvRows(all).map((row) => row.map((v) => {
      const field = csvField(v);
      return field.startsWith('"') ? field.slice(1, -1).replace(/""/g, '"') : field;
    }));
    expect(rows.slice(1)).toEqual(expected);
    expect(rows[4][6]).toBe('"=SUM(A1)"');
    expect(csvField("=SUM(A1)")).toBe("'=SUM(A1)");
  });
});

describe("PDF", () => {
  it("is a real PDF whose text holds every quote", async () => {
    const pdf = await render(all, "pdf");
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = await pdfText(pdf);
    for (const entry of all.entries) expect(text).toContain(entry.quote);
    expect(text).toContain("Verification report");
  });

  it("also gives Markdown and JSON", async () => {
    const md = (await render(story, "md")).toString("utf8");
    expect(md).toMatch(/^# Verification report: /);
    expect(md).toContain("Claim: “The NSA recorded 70.3 million pieces”");
    expect(JSON.parse((await render(story, "json")).toString("utf8"))).toMatchObject({ scope: "approved", entries: [{ verdictLabel: "Mostly true" }] });
  });
});
