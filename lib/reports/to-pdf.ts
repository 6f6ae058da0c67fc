import path from "node:path";
import { PageLayout, type Rgb, type Run } from "./pdf/page-layout";
import { PDF_ACCENT, PDF_GREY } from "./pdf/colours";
import { PdfFont } from "./pdf/pdf-font";
import { PdfWriter, pdfTextString } from "./pdf/pdf-writer";
import type { ReportData } from "./report-data";
import { agreementLabel, KIND_LABELS, STATUS_LABELS } from "../vocabulary/labels";
import { archiveNote, RELATION_NAMES, sameClaimNote, yieldToEventLoop } from "./labels";

// DejaVu covers the corpus's curly quotes, dashes, no-break spaces and most scripts; PDF's
// built-in fonts do not. Resolved from the project root, where `npm start` runs the server.
const FONTS = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
// Each at least 4.5:1 on the white page (pdf/colours.test.ts).
const GREY = PDF_GREY;
const ACCENT = PDF_ACCENT;

/**
 * The report as a PDF with real, selectable text, streamed: `onChunk` receives each page as it
 * is made, and the event loop is given back every few annotations.
 */
export async function writePdf(report: ReportData, onChunk: (chunk: Buffer) => void): Promise<void> {
  const writer = new PdfWriter(onChunk);
  const body = new PdfFont(path.join(FONTS, "DejaVuSerif.ttf"), "FSerif");
  const ui = new PdfFont(path.join(FONTS, "DejaVuSans.ttf"), "FSans");
  const bold = new PdfFont(path.join(FONTS, "DejaVuSans-Bold.ttf"), "FBold");
  const fonts = [body, ui, bold];
  const fontRefs = new Map(fonts.map((font) => [font, writer.reserve()]));
  const pagesRef = writer.reserve();
  const page = new PageLayout(writer, fonts, fontRefs, pagesRef);
  const line = (font: PdfFont, size: number, text: string, color?: Rgb) => page.paragraph([{ font, size, text, color }]);

  line(bold, 18, `Verification report: ${report.title}`);
  page.space(4);
  line(ui, 9, `Generated ${report.generatedAt.slice(0, 16).replace("T", " ")} UTC · ${report.scope === "approved" ? "approved annotations only" : "all annotations"}`, GREY);
  page.space(10);
  line(bold, 12, "Articles");
  for (const a of report.articles) {
    const meta = [a.outlet, a.publishedAt, a.url].filter(Boolean);
    line(ui, 10, `• ${a.title}${meta.length ? ` (${meta.join(" · ")})` : ""}`);
  }
  const summary = (counts: Record<string, number>, names: Record<string, string> = {}) =>
    Object.entries(counts).map(([k, n]) => `${names[k] ?? k} ${n}`).join(", ") || "none";
  page.space(10);
  line(bold, 12, "Summary");
  line(ui, 10, `${report.entries.length} annotations · by kind: ${summary(report.summary.byKind, KIND_LABELS)}`);
  line(ui, 10, `By status: ${summary(report.summary.byStatus, STATUS_LABELS)} · by verdict: ${summary(report.summary.byVerdict)}`);
  if (report.subject.type === "story") {
    page.space(10);
    line(bold, 12, "Ledger");
    if (!report.ledger.length) line(ui, 10, "No confirmed facts.");
    for (const fact of report.ledger) {
      page.space(4);
      line(bold, 10, `${fact.label}: ${agreementLabel(fact)}`);
      for (const v of fact.values) line(ui, 10, `• ${v.articleTitle}: ${v.value} (“${v.quote}”)`);
      for (const note of fact.notes) line(ui, 9, note, GREY);
    }
  }
  page.space(10);
  line(bold, 12, "Annotations");
  if (!report.entries.length) line(ui, 10, "No annotations.");

  let article = "";
  for (const [i, e] of report.entries.entries()) {
    if (i % 50 === 49) await yieldToEventLoop();
    if (e.article.id !== article) {
      article = e.article.id;
      page.space(7);
      line(bold, 11, e.article.title, ACCENT);
    }
    page.space(5);
    line(bold, 10, `${KIND_LABELS[e.kind]} · ${STATUS_LABELS[e.status]}${e.verdictLabel ? ` · ${e.verdictLabel}` : ""}`);
    const quote: Run[] = [
      { font: body, size: 10, color: GREY, text: `…${e.contextBefore}` },
      { font: bold, size: 10, text: e.quote },
      { font: body, size: 10, color: GREY, text: `${e.contextAfter}…` },
    ];
    page.paragraph(quote);
    const details = [
      e.note ? `Note: ${e.note}` : "",
      ...e.sources.map(
        (s) => `Source (${RELATION_NAMES[s.relation]}): ${s.title || s.url}${s.publisher ? `, ${s.publisher}` : ""}${s.url ? ` <${s.url}>` : ""}${s.accessedAt ? `, accessed ${s.accessedAt}` : ""}${archiveNote(s)}`,
      ),
      ...e.corroborations.map((c) => `Corroborated (${RELATION_NAMES[c.relation]}) by “${c.quote}” in ${c.articleTitle}`),
      e.sameClaimAs ? sameClaimNote(e.sameClaimAs) : "",
      `Annotator ${e.annotator}${e.reviewer ? ` · reviewer ${e.reviewer}` : ""} · ${e.createdAt.slice(0, 10)}${e.reviewedAt ? ` → ${e.reviewedAt.slice(0, 10)}` : ""}`,
    ].filter(Boolean);
    line(ui, 9, details.join("\n"));
  }

  const pages = page.finish();
  for (const font of fonts) font.embed((dictionary, stream, id) => writer.add(dictionary, stream, id), fontRefs.get(font)!);
  writer.add(`<< /Type /Pages /Kids [${pages.map((p) => `${p} 0 R`).join(" ")}] /Count ${pages.length} >>`, undefined, pagesRef);
  const root = writer.add(`<< /Type /Catalog /Pages ${pagesRef} 0 R >>`);
  const info = writer.add(`<< /Title ${pdfTextString(`Verification report: ${report.title}`)} /Creator (Factmark) /Producer (Factmark) >>`);
  writer.end(root, info);
}
