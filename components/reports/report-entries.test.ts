import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { ReportData, ReportEntry } from "@/lib/reports/report-data";
import { reportPageSlice } from "@/lib/reports/report-pages";
import { ReportEntries } from "./report-entries";

const article = { id: "a1", title: "The article", outlet: null, url: null, publishedAt: null, version: 1 };

function entry(n: number): ReportEntry {
  return {
    id: `e${n}`,
    article,
    kind: "FIGURE",
    status: "APPROVED",
    verdict: null,
    verdictLabel: null,
    quote: `figure number ${n}.`,
    contextBefore: "",
    contextAfter: "",
    start: n,
    end: n + 1,
    prefix: "",
    suffix: "",
    orphaned: false,
    noteHtml: "",
    note: "",
    sources: [],
    corroborations: [],
    sameClaimAs: null,
    annotator: "Ann",
    reviewer: null,
    createdAt: "2026-12-01T00:00:00.000Z",
    reviewedAt: null,
  } as ReportEntry;
}

function report(count: number): ReportData {
  return {
    title: "A story",
    subject: { type: "story", id: "s1" },
    scope: "approved",
    generatedAt: "2026-12-07T00:00:00.000Z",
    articles: [article],
    entries: Array.from({ length: count }, (_, i) => entry(i + 1)),
    summary: { byKind: {}, byStatus: {}, byVerdict: {} },
    ledger: [],
  };
}

const render = (data: ReportData, page: number) => renderToStaticMarkup(createElement(ReportEntries, { report: data, slice: reportPageSlice(data.entries.length, page) }));

describe("the report's annotations on screen", () => {
  it("shows a long report a page at a time, saying which and linking the pages beside it", () => {
    const html = render(report(120), 2);
    expect(html.match(/class="report-entry/g)).toHaveLength(50);
    expect(html).toContain("figure number 51.");
    expect(html).toContain("figure number 100.");
    expect(html).not.toContain("figure number 50.");
    expect(html).not.toContain("figure number 101.");
    expect(html).toContain('aria-label="Pages of annotations, page 2 of 3"');
    expect(html.replace(/<!-- -->/g, "")).toContain("Annotations 51–100 of 120");
    expect(html.replace(/<!-- -->/g, "")).toContain("Annotations 101–120 on the next page");
    expect(html).toMatch(/href="\?scope=approved&amp;page=1"[^>]*>Previous page/);
    expect(html).toMatch(/href="\?scope=approved&amp;page=3"[^>]*>Next page/);
  });

  it("shows a report that fits on a page without any paging", () => {
    const html = render(report(50), 1);
    expect(html.match(/class="report-entry/g)).toHaveLength(50);
    expect(html).not.toContain("Pages of annotations");
    expect(html).not.toContain("next page");
  });

  it("shows the last page for a page past the end", () => {
    const html = render(report(120), 7);
    expect(html.match(/class="report-entry/g)).toHaveLength(20);
    expect(html).toContain("figure number 120.");
    expect(html).not.toContain("Next page");
  });
});
