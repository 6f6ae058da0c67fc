import type { ReportData } from "./report-data";
import { agreementLabel } from "../vocabulary/labels";
import { archiveNote, RELATION_NAMES, sameClaimNote } from "./labels";

export const CSV_COLUMNS = [
  "article",
  "article_url",
  "annotation_id",
  "kind",
  "status",
  "verdict",
  "quote",
  "context_before",
  "context_after",
  "start",
  "end",
  "note",
  "sources",
  "corroborations",
  "same_claim_as",
  "annotator",
  "reviewer",
  "created",
  "reviewed",
  "fact",
  "fact_agreement",
] as const;

/**
 * One CSV field (RFC 4180). A value a spreadsheet would run as a formula (=, +, -, @ first) is
 * prefixed with an apostrophe, as spreadsheets themselves do, so a quote cannot become code. So is
 * one right after a separator, because a spreadsheet set to a locale that splits on ";" (or one
 * that ignores the quotes) would start a new cell there; and any field holding a separator is quoted.
 */
export function csvField(value: string | number | null): string {
  let text = value === null ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  text = text.replace(/([,;\t\r\n])([=+\-@])/g, "$1'$2");
  return /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRows(report: ReportData): (string | number | null)[][] {
  const factOf = new Map(report.ledger.flatMap((fact) => fact.values.map((v) => [v.annotationId, fact] as const)));
  return report.entries.map((e) => [
    e.article.title,
    e.article.url,
    e.id,
    e.kind,
    e.status,
    e.verdictLabel,
    e.quote,
    e.contextBefore,
    e.contextAfter,
    e.start,
    e.end,
    e.note,
    e.sources.map((s) => `${RELATION_NAMES[s.relation]}: ${s.title || s.url}${s.url ? ` <${s.url}>` : ""}${archiveNote(s)}`).join("; "),
    e.corroborations.map((c) => `${RELATION_NAMES[c.relation]}: “${c.quote}” (${c.articleTitle})`).join("; "),
    e.sameClaimAs ? sameClaimNote(e.sameClaimAs) : "",
    e.annotator,
    e.reviewer,
    e.createdAt,
    e.reviewedAt,
    factOf.get(e.id)?.label ?? null,
    factOf.has(e.id) ? agreementLabel(factOf.get(e.id)!) : null,
  ]);
}

/** The CSV, produced a row at a time (CRLF line ends, a header row, UTF-8 with a BOM for spreadsheets). */
export function* toCsv(report: ReportData): Generator<string> {
  yield `\uFEFF${CSV_COLUMNS.join(",")}\r\n`;
  for (const row of csvRows(report)) yield `${row.map(csvField).join(",")}\r\n`;
}
