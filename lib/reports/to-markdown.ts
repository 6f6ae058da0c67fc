import type { ReportData } from "./report-data";
import { agreementLabel, KIND_LABELS, STATUS_LABELS } from "../vocabulary/labels";
import { archiveNote, RELATION_NAMES, sameClaimNote } from "./labels";

const escape = (text: string) => text.replace(/([\\`*_[\]<>#|])/g, "\\$1");
const oneLine = (text: string) => escape(text.replace(/\s+/g, " ").trim());

/**
 * A link target Markdown cannot be broken out of: http(s) only, as the parsed address (spaces and
 * angle brackets percent-encoded), with brackets and parentheses encoded too. Anything else is no link.
 */
export function markdownLinkTarget(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
  return parsed.href.replace(/[()<>[\]\\ `]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}

export function* toMarkdown(report: ReportData): Generator<string> {
  yield `# Verification report: ${oneLine(report.title)}\n\n`;
  yield `Generated ${report.generatedAt.slice(0, 16).replace("T", " ")} UTC · ${report.scope === "approved" ? "approved annotations only" : "all annotations"}\n\n`;
  yield `## Articles\n\n`;
  for (const a of report.articles) {
    const meta = [a.outlet, a.publishedAt, a.url].filter(Boolean).map((v) => oneLine(v!)).join(" · ");
    yield `- ${oneLine(a.title)}${meta ? ` (${meta})` : ""}, version ${a.version}\n`;
  }
  const { byKind, byStatus, byVerdict } = report.summary;
  const list = (counts: Record<string, number>, names: Record<string, string> = {}) =>
    Object.entries(counts).map(([k, n]) => `${names[k] ?? k} ${n}`).join(", ") || "none";
  yield `\n## Summary\n\n- ${report.entries.length} annotation${report.entries.length === 1 ? "" : "s"}\n`;
  yield `- By kind: ${list(byKind, KIND_LABELS)}\n- By status: ${list(byStatus, STATUS_LABELS)}\n- By verdict: ${list(byVerdict)}\n\n`;
  if (report.subject.type === "story") {
    yield `## Ledger\n\n`;
    if (!report.ledger.length) yield "No confirmed facts.\n\n";
    for (const fact of report.ledger) {
      yield `### ${oneLine(fact.label)}: ${agreementLabel(fact)}\n\n`;
      for (const v of fact.values) yield `- ${oneLine(v.articleTitle)}: ${oneLine(v.value)} (“${oneLine(v.quote)}”)\n`;
      for (const note of fact.notes) yield `- ${oneLine(note)}\n`;
      yield "\n";
    }
  }
  yield `## Annotations\n`;
  if (!report.entries.length) yield "\nNo annotations.\n";
  let article = "";
  for (const e of report.entries) {
    if (e.article.id !== article) {
      article = e.article.id;
      yield `\n### ${oneLine(e.article.title)}\n`;
    }
    yield `\n#### ${KIND_LABELS[e.kind]}: “${oneLine(e.quote)}”\n\n`;
    yield `> …${oneLine(e.contextBefore)} **${oneLine(e.quote)}** ${oneLine(e.contextAfter)}…\n\n`;
    yield `- Status: ${STATUS_LABELS[e.status]}${e.verdictLabel ? ` · Verdict: ${oneLine(e.verdictLabel)}` : ""}\n`;
    yield `- Annotator: ${oneLine(e.annotator)}${e.reviewer ? ` · Reviewer: ${oneLine(e.reviewer)}` : ""} · ${e.createdAt.slice(0, 10)}${e.reviewedAt ? ` → ${e.reviewedAt.slice(0, 10)}` : ""}\n`;
    if (e.note) yield `- Note: ${oneLine(e.note)}\n`;
    for (const s of e.sources) {
      const label = oneLine(s.title || s.url || "source");
      const target = s.url ? markdownLinkTarget(s.url) : null;
      yield `- Source (${RELATION_NAMES[s.relation]}): ${target ? `[${label}](<${target}>)` : label}${s.publisher ? `, ${oneLine(s.publisher)}` : ""}${s.accessedAt ? `, accessed ${s.accessedAt}` : ""}${archiveNote(s)}\n`;
    }
    for (const c of e.corroborations) yield `- Corroborated (${RELATION_NAMES[c.relation]}) by “${oneLine(c.quote)}” in ${oneLine(c.articleTitle)}\n`;
    if (e.sameClaimAs) yield `- ${oneLine(sameClaimNote(e.sameClaimAs))}\n`;
  }
}
