import path from "node:path";
import PDFDocument from "pdfkit";
import type { ReportData } from "./report-data";
import { KIND_NAMES, RELATION_NAMES, STATUS_NAMES, yieldToEventLoop } from "./labels";

// DejaVu covers the corpus's curly quotes, dashes, no-break spaces and most scripts; PDF's
// built-in fonts do not. Resolved from the project root, where `npm start` runs the server.
const FONTS = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");

/**
 * The report as a PDF with real, selectable text. Written a few annotations at a time with the
 * event loop given back in between, and streamed: `onChunk` receives the file as it is made.
 */
export async function writePdf(report: ReportData, onChunk: (chunk: Buffer) => void): Promise<void> {
  const doc = new PDFDocument({ size: "A4", margin: 56, info: { Title: `Verification report: ${report.title}`, Creator: "Factmark" }, bufferPages: false });
  const done = new Promise<void>((resolve, reject) => {
    doc.on("data", onChunk);
    doc.on("end", resolve);
    doc.on("error", reject);
  });
  doc.registerFont("body", path.join(FONTS, "DejaVuSerif.ttf"));
  doc.registerFont("ui", path.join(FONTS, "DejaVuSans.ttf"));
  doc.registerFont("bold", path.join(FONTS, "DejaVuSans-Bold.ttf"));

  doc.font("bold").fontSize(18).text(`Verification report: ${report.title}`);
  doc.moveDown(0.3).font("ui").fontSize(9).fillColor("#555");
  doc.text(`Generated ${report.generatedAt.slice(0, 16).replace("T", " ")} UTC · ${report.scope === "approved" ? "approved annotations only" : "all annotations"}`);
  doc.moveDown().fillColor("#000").font("bold").fontSize(12).text("Articles");
  doc.font("ui").fontSize(10);
  for (const a of report.articles) {
    doc.text(`• ${a.title}${[a.outlet, a.publishedAt, a.url].filter(Boolean).length ? ` (${[a.outlet, a.publishedAt, a.url].filter(Boolean).join(" · ")})` : ""}`);
  }
  const summary = (counts: Record<string, number>, names: Record<string, string> = {}) =>
    Object.entries(counts).map(([k, n]) => `${names[k] ?? k} ${n}`).join(", ") || "none";
  doc.moveDown().font("bold").fontSize(12).text("Summary");
  doc.font("ui").fontSize(10);
  doc.text(`${report.entries.length} annotations · by kind: ${summary(report.summary.byKind, KIND_NAMES)}`);
  doc.text(`By status: ${summary(report.summary.byStatus, STATUS_NAMES)} · by verdict: ${summary(report.summary.byVerdict)}`);
  doc.moveDown().font("bold").fontSize(12).text("Annotations");
  if (!report.entries.length) doc.font("ui").fontSize(10).text("No annotations.");

  let article = "";
  for (const [i, e] of report.entries.entries()) {
    if (i % 50 === 49) await yieldToEventLoop();
    if (e.article.id !== article) {
      article = e.article.id;
      doc.moveDown(0.6).font("bold").fontSize(11).fillColor("#1f5f8b").text(e.article.title).fillColor("#000");
    }
    doc.moveDown(0.5).font("bold").fontSize(10).text(`${KIND_NAMES[e.kind]} · ${STATUS_NAMES[e.status]}${e.verdictLabel ? ` · ${e.verdictLabel}` : ""}`);
    doc.font("body").fontSize(10).fillColor("#555").text(`…${e.contextBefore}`, { continued: true });
    doc.fillColor("#000").font("bold").text(e.quote, { continued: true });
    doc.font("body").fillColor("#555").text(`${e.contextAfter}…`).fillColor("#000");
    // One text call for the details: line breaking dominates the cost of a long report.
    const details = [
      e.note ? `Note: ${e.note}` : "",
      ...e.sources.map(
        (s) => `Source (${RELATION_NAMES[s.relation]}): ${s.title || s.url}${s.publisher ? `, ${s.publisher}` : ""}${s.url ? ` <${s.url}>` : ""}${s.accessedAt ? `, accessed ${s.accessedAt}` : ""}`,
      ),
      ...e.corroborations.map((c) => `Corroborated (${RELATION_NAMES[c.relation]}) by “${c.quote}” in ${c.articleTitle}`),
      `Annotator ${e.annotator}${e.reviewer ? ` · reviewer ${e.reviewer}` : ""} · ${e.createdAt.slice(0, 10)}${e.reviewedAt ? ` → ${e.reviewedAt.slice(0, 10)}` : ""}`,
    ].filter(Boolean);
    doc.font("ui").fontSize(9).text(details.join("\n"));
  }
  doc.end();
  await done;
}
