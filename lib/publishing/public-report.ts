import type { SessionUser } from "../auth/session";
import { db } from "../db/client";
import { sanitizeNote } from "../annotations/note-html";
import { loadReport, type ReportEntry } from "../reports/report-data";
import { CLAIM_RATINGS } from "../review/verdicts";
import { agreementLabel, KIND_LABELS, RELATION_LABELS } from "../vocabulary/labels";
import type { AnnotationKind } from "../vocabulary/names";

/**
 * What a publication shows the public, and nothing else: approved annotations with their
 * verdicts, notes and sources, the articles' words they stand in, and a story's ledger. No
 * internal ids (items and articles are numbered), no email, no draft, pending or rejected
 * annotation, no comment, no assignment; people appear by display name only.
 */
export interface PublicReport {
  title: string;
  subjectType: "article" | "story";
  articles: PublicArticle[];
  items: PublicItem[];
  ledger: PublicFact[];
}

export interface PublicArticle {
  n: number;
  title: string;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
  /** The canonical text, paragraphs joined by "\n\n": the items' offsets point into it. */
  text: string;
}

export interface PublicItem {
  /** 1, 2, 3… in document order: the item's number in its public address (#claim-2, /claims/2/embed). */
  n: number;
  article: number;
  kind: AnnotationKind;
  kindLabel: string;
  start: number;
  end: number;
  quote: string;
  verdict: string | null;
  /** For claims: schema.org's rating on the desk's 1–5 scale (null value for "Unverifiable"). */
  rating: { value: number | null; label: string } | null;
  /** Sanitized again on the way out, whatever was stored. */
  noteHtml: string;
  /** archivedAt: when Factmark archived the page (the copy itself stays inside the desk). */
  sources: { relation: string; url: string | null; title: string; publisher: string; excerpt: string; accessedAt: string | null; archivedAt?: string | null }[];
  corroborations: { relation: string; articleTitle: string; quote: string }[];
  reviewer: string | null;
  reviewedAt: string | null;
}

export interface PublicFact {
  label: string;
  agreement: string;
  notes: string[];
  values: { article: string; value: string; quote: string }[];
}

/** What the next publication compares against: which annotation each item came from. Kept inside Factmark, never served. */
export interface SourceKey {
  annotationId: string;
  quote: string;
  verdict: string | null;
}

function ratingOf(entry: ReportEntry): PublicItem["rating"] {
  if (entry.kind !== "CLAIM" || entry.verdict?.kind !== "CLAIM") return null;
  const rating = CLAIM_RATINGS[entry.verdict.rating];
  return { value: rating.ratingValue, label: rating.label };
}

/**
 * The public snapshot of an article's or a story's verification report, as it stands now, with
 * the key of each item for the next publication's list of changes. Reads what an editor's
 * approved report shows; the caller checks who may publish.
 */
export async function buildPublicReport(viewer: SessionUser, subject: { type: "article" | "story"; id: string }): Promise<{ report: PublicReport; keys: SourceKey[] }> {
  const report = await loadReport(viewer, subject, "approved");
  const texts = await db.article.findMany({ where: { id: { in: report.articles.map((a) => a.id) } }, select: { id: true, text: true } });
  const textOf = new Map(texts.map((t) => [t.id, t.text]));
  const articleNumber = new Map(report.articles.map((a, i) => [a.id, i + 1]));
  const entries = report.entries.filter((e) => e.status === "APPROVED" && !e.orphaned);
  const items = entries.map(
    (e, i): PublicItem => ({
      n: i + 1,
      article: articleNumber.get(e.article.id)!,
      kind: e.kind,
      kindLabel: KIND_LABELS[e.kind],
      start: e.start,
      end: e.end,
      quote: e.quote,
      verdict: e.verdictLabel,
      rating: ratingOf(e),
      noteHtml: sanitizeNote(e.noteHtml),
      sources: e.sources.map(({ archive, ...s }) => ({ ...s, relation: RELATION_LABELS[s.relation], archivedAt: archive?.takenAt ?? null })),
      corroborations: e.corroborations.map((c) => ({ relation: RELATION_LABELS[c.relation], articleTitle: c.articleTitle, quote: c.quote })),
      reviewer: e.reviewer,
      reviewedAt: e.reviewedAt?.slice(0, 10) ?? null,
    }),
  );
  return {
    report: {
      title: report.title,
      subjectType: subject.type,
      articles: report.articles.map((a) => ({ n: articleNumber.get(a.id)!, title: a.title, outlet: a.outlet, url: a.url, publishedAt: a.publishedAt, text: textOf.get(a.id) ?? "" })),
      items,
      ledger: report.ledger.map((fact) => ({
        label: fact.label,
        agreement: agreementLabel(fact),
        notes: fact.notes,
        values: fact.values.map((v) => ({ article: v.articleTitle, value: v.value, quote: v.quote })),
      })),
    },
    keys: entries.map((e) => ({ annotationId: e.id, quote: e.quote, verdict: e.verdictLabel })),
  };
}
