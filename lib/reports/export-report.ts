import type { ReportData } from "./report-data";
import { yieldToEventLoop } from "./labels";
import { toClaimReview } from "./to-claim-review";
import { toCsv } from "./to-csv";
import { toMarkdown } from "./to-markdown";
import { writePdf } from "./to-pdf";
import { toWebAnnotation } from "./to-web-annotation";

export const REPORT_FORMATS = {
  pdf: { type: "application/pdf", extension: "pdf" },
  md: { type: "text/markdown; charset=utf-8", extension: "md" },
  csv: { type: "text/csv; charset=utf-8", extension: "csv" },
  json: { type: "application/json; charset=utf-8", extension: "json" },
  w3c: { type: "application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"; charset=utf-8", extension: "annotations.jsonld" },
  claimreview: { type: "application/ld+json; charset=utf-8", extension: "claimreview.jsonld" },
} as const;

export type ReportFormat = keyof typeof REPORT_FORMATS;

const encoder = new TextEncoder();

/** Streams a text generator, giving the event loop back every few hundred pieces. */
async function pump(pieces: Iterable<string>, write: (chunk: Uint8Array) => void) {
  let n = 0;
  let batch = "";
  for (const piece of pieces) {
    batch += piece;
    if (++n % 200 === 0) {
      write(encoder.encode(batch));
      batch = "";
      await yieldToEventLoop();
    }
  }
  if (batch) write(encoder.encode(batch));
}

/** Writes the report in `format`, chunk by chunk, to `write`. */
/** The report with each archived copy's address made absolute: a downloaded file is read away from the app. */
function withCopyAddresses(report: ReportData, baseUrl: string): ReportData {
  return {
    ...report,
    entries: report.entries.map((e) => ({
      ...e,
      sources: e.sources.map((s) => (s.archive ? { ...s, archive: { ...s.archive, path: `${baseUrl}${s.archive.path}` } } : s)),
    })),
  };
}

export async function exportReport(data: ReportData, format: ReportFormat, baseUrl: string, write: (chunk: Uint8Array) => void): Promise<void> {
  const report = withCopyAddresses(data, baseUrl);
  switch (format) {
    case "pdf":
      return writePdf(report, (chunk) => write(new Uint8Array(chunk)));
    case "md":
      return pump(toMarkdown(report), write);
    case "csv":
      return pump(toCsv(report), write);
    case "json":
      return write(encoder.encode(JSON.stringify(report, null, 2)));
    case "w3c":
      return write(encoder.encode(JSON.stringify(toWebAnnotation(report, baseUrl), null, 2)));
    case "claimreview":
      return write(encoder.encode(JSON.stringify(toClaimReview(report, baseUrl), null, 2)));
  }
}

export function reportFileName(report: ReportData, format: ReportFormat): string {
  const slug = report.title.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60) || "report";
  return `factmark-${slug}-${report.scope}.${REPORT_FORMATS[format].extension}`;
}
