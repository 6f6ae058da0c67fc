import type { ReportData } from "./report-data";

/**
 * The annotations as a W3C Web Annotation AnnotationCollection (JSON-LD): each targets its
 * article with a TextQuoteSelector and a TextPositionSelector, and carries bodies for its tag
 * (purpose "tagging"), its note ("commenting") and its sources ("linking").
 */
export function toWebAnnotation(report: ReportData, baseUrl: string) {
  const items = report.entries.map((e) => ({
    id: `${baseUrl}/api/annotations/${e.id}`,
    type: "Annotation",
    motivation: "assessing",
    created: e.createdAt,
    ...(e.reviewedAt ? { modified: e.reviewedAt } : {}),
    creator: { type: "Person", name: e.annotator },
    body: [
      { type: "TextualBody", purpose: "tagging", value: e.kind.toLowerCase() },
      ...(e.noteHtml ? [{ type: "TextualBody", purpose: "commenting", format: "text/html", value: e.noteHtml }] : []),
      ...e.sources.flatMap((s) => (s.url ? [{ type: "SpecificResource", purpose: "linking", source: s.url, ...(s.title ? { name: s.title } : {}) }] : [])),
      ...e.corroborations.map((c) => ({ type: "SpecificResource", purpose: "linking", source: `${baseUrl}/api/annotations/${c.annotationId}` })),
    ],
    target: {
      source: e.article.url ?? `${baseUrl}/articles/${e.article.id}`,
      selector: [
        { type: "TextQuoteSelector", exact: e.quote, prefix: e.prefix, suffix: e.suffix },
        { type: "TextPositionSelector", start: e.start, end: e.end },
      ],
    },
  }));
  return {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    id: `${baseUrl}/api/reports/${report.subject.type}/${report.subject.id}?format=w3c&scope=${report.scope}`,
    type: "AnnotationCollection",
    label: `Verification report: ${report.title}`,
    total: items.length,
    ...(items.length
      ? { first: { type: "AnnotationPage", id: `${baseUrl}/api/reports/${report.subject.type}/${report.subject.id}?format=w3c&scope=${report.scope}#page1`, startIndex: 0, items } }
      : {}),
  };
}
