import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import type { ReportData, ReportEntry } from "../report-data";
import { writePdf } from "../to-pdf";

const article = { id: "a", title: "Obama assures French leader Hollande", outlet: null, url: null, publishedAt: null, version: 1 };

function entry(i: number, url: string): ReportEntry {
  return {
    id: String(i), article, kind: "FIGURE", status: "APPROVED", verdict: null, verdictLabel: "Confirmed",
    quote: `70.3 million (${i})`, contextBefore: "reports, which said ", contextAfter: " pieces of French telephone data", start: 0, end: 1, prefix: "", suffix: "",
    orphaned: false, noteHtml: "", note: "Le Monde’s figure — “70,3 millions” — matches the NSA slide.",
    sources: [{ relation: "SUPPORTS", url, title: "France in the NSA’s crosshair", publisher: "Le Monde", excerpt: "", accessedAt: null, archive: null }],
    corroborations: [], sameClaimAs: null, annotator: "Ana Annotator", reviewer: null, createdAt: "2026-11-23T10:00:00Z", reviewedAt: null,
  };
}

async function read(pdf: Buffer) {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let p = 1; p <= document.numPages; p++) {
    const content = await (await document.getPage(p)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(""));
  }
  return { count: document.numPages, text: pages.join("") };
}

describe("the PDF writer", () => {
  it("flows a long report over pages and keeps every character, including a web address wider than a line", async () => {
    const longUrl = `https://www.lemonde.fr/${"technologies/".repeat(30)}france-in-the-nsa-s-crosshair`;
    const report: ReportData = {
      title: "NSA surveillance of France — October 2013",
      subject: { type: "story", id: "s" },
      scope: "approved",
      generatedAt: "2026-11-23T12:00:00Z",
      articles: [article],
      entries: Array.from({ length: 60 }, (_, i) => entry(i, i === 59 ? longUrl : "https://www.lemonde.fr/")),
      summary: { byKind: { FIGURE: 60 }, byStatus: { APPROVED: 60 }, byVerdict: { Confirmed: 60 } },
      ledger: [
        {
          kind: "figure",
          label: "French phone records in 30 days",
          discrepancy: "rounding",
          notes: ["rounding: 70,300,000 rounds to 70,000,000"],
          values: [{ annotationId: "a1", articleId: "a", articleTitle: "Le Monde", value: "70,300,000 recordings", quote: "70.3 million recordings" }],
        },
      ],
    };
    const chunks: Buffer[] = [];
    await writePdf(report, (chunk) => chunks.push(chunk));
    const { count, text } = await read(Buffer.concat(chunks));
    expect(count).toBeGreaterThan(3);
    const squeezed = text.replace(/\s+/g, "");
    expect(squeezed).toContain(longUrl);
    expect(squeezed).toContain("Frenchphonerecordsin30days:rounding");
    expect(squeezed).toContain("70.3million(59)");
    expect(text).toContain("“70,3 millions”");
    expect(squeezed).toContain("NSAsurveillanceofFrance—October2013");
  });
});
