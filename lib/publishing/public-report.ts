import type { SessionUser } from "../auth/session";
import { db } from "../db/client";
import { NotFoundError } from "../errors/domain-error";
import { publicPlaces } from "../claims/public-places";
import { publishedLedger } from "../ledger/public-ledger";
import { latestApprovedRevisions, type ApprovedRevisionView } from "../review/approved-revision";
import { CLAIM_RATINGS, verdictLabel } from "../vocabulary/verdicts";
import { agreementLabel, KIND_LABELS, RELATION_LABELS } from "../vocabulary/labels";
import type { AnnotationKind } from "../vocabulary/names";

/**
 * What a publication shows the public, and nothing else: what editors approved, as they approved
 * it (lib/review/approved-revision.ts), and the facts they confirmed. Other outlets' articles are
 * only quoted: each checked passage with at most its sentence around it and a link to the
 * original; only the desk's own articles go out whole. An article with nothing approved is not
 * there at all. No internal ids (items and articles are numbered), no email, no draft, pending or
 * rejected annotation, no comment, no assignment; people appear by display name only.
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
  /** The whole text (paragraphs joined by "\n\n") of the desk's own article; null for another outlet's, which is only quoted. */
  text: string | null;
}

export interface PublicItem {
  /** 1, 2, 3… in document order: the item's number in its public address (#item-2, /claims/2/embed). */
  n: number;
  article: number;
  kind: AnnotationKind;
  kindLabel: string;
  quote: string;
  /** The rest of the quote's sentence, as it stood when approved. */
  context: { before: string; after: string };
  /** Where the quote stands in its article's published text: the desk's own articles only. */
  at: { start: number; end: number } | null;
  verdict: string | null;
  /** For claims: schema.org's rating on the desk's 1–5 scale (null value for "Unverifiable"). */
  rating: { value: number | null; label: string } | null;
  /** Sanitized when approved. */
  noteHtml: string;
  /** archivedAt: when Factmark archived the page (the copy itself stays inside the desk). */
  sources: { relation: string; url: string | null; title: string; publisher: string; excerpt: string; accessedAt: string | null; archivedAt?: string | null }[];
  corroborations: { relation: string; articleTitle: string; quote: string }[];
  /**
   * "Same claim as" an earlier check, as approved: the desk's own (`by` null; only while that
   * check is published, `url` its public address) or another publisher's review (`by` its name).
   */
  checkedBefore?: { by: string | null; quote: string; verdict: string | null; reviewedAt: string; url: string | null } | null;
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

export type PublicationSubject = { type: "article" | "story"; id: string };

/** A public report with what stays inside: the annotation behind each item and the fact behind each ledger row, in the same order. */
export interface BuiltPublicReport {
  report: PublicReport;
  keys: SourceKey[];
  factIds: string[];
}

function ratingOf(content: ApprovedRevisionView["content"]): PublicItem["rating"] {
  if (content.kind !== "CLAIM" || content.verdict.kind !== "CLAIM") return null;
  const rating = CLAIM_RATINGS[content.verdict.rating];
  return { value: rating.ratingValue, label: rating.label };
}

/** Where an approved quote stands in the desk's own article now: where it was, else its nearest occurrence, else unmarked. */
function placeIn(text: string, quote: string, start: number, end: number): PublicItem["at"] {
  if (text.slice(start, end) === quote) return { start, end };
  let best: number | null = null;
  for (let at = text.indexOf(quote); at >= 0 && quote; at = text.indexOf(quote, at + 1)) if (best === null || Math.abs(at - start) < Math.abs(best - start)) best = at;
  return best === null ? null : { start: best, end: best + quote.length };
}

/**
 * The public snapshot of an article's or a story's report, as editors approved it: built from
 * approved revisions and confirmed facts only, never from what the annotations, sources or facts
 * hold now. The caller checks who may publish.
 */
export async function buildPublicReport(viewer: SessionUser, subject: PublicationSubject): Promise<BuiltPublicReport> {
  void viewer;
  const story = subject.type === "story" ? await db.story.findUnique({ where: { id: subject.id }, select: { title: true } }) : null;
  const articles = await db.article.findMany({
    where: subject.type === "story" ? { storyId: subject.id } : { id: subject.id },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: { id: true, title: true, outlet: true, url: true, publishedAt: true, deskOwned: true, text: true },
  });
  if (subject.type === "story" ? !story : !articles.length) throw new NotFoundError(subject.type === "article" ? "That article" : "That story");

  const order = new Map(articles.map((a, i) => [a.id, i]));
  const revisions = (await latestApprovedRevisions(articles.map((a) => a.id))).sort(
    (a, b) => order.get(a.articleId)! - order.get(b.articleId)! || a.content.start - b.content.start || b.content.end - a.content.end,
  );
  // Only articles something approved stands in: the rest are not named at all.
  const shown = articles.filter((a) => revisions.some((r) => r.articleId === a.id));
  const number = new Map(shown.map((a, i) => [a.id, i + 1]));
  const byId = new Map(articles.map((a) => [a.id, a]));
  const published = new Map(revisions.map((r) => [r.annotationId, r.content.quote]));
  // A desk check named by "same claim as" goes out only where the public can read it too.
  const places = await publicPlaces(revisions.flatMap((r) => (r.content.sameClaimAs?.annotationId ? [r.content.sameClaimAs.annotationId] : [])));
  const checkedBefore = (same: ApprovedRevisionView["content"]["sameClaimAs"]): PublicItem["checkedBefore"] => {
    if (!same) return null;
    if (same.origin === "IMPORTED") return { by: same.checkedBy, quote: same.quote, verdict: same.verdict, reviewedAt: same.reviewedAt, url: same.url };
    const url = same.annotationId ? places.get(same.annotationId) : undefined;
    return url ? { by: null, quote: same.quote, verdict: same.verdict, reviewedAt: same.reviewedAt, url } : null;
  };

  const items = revisions.map(({ content, articleId, reviewer, approvedAt }, i): PublicItem => {
    const article = byId.get(articleId)!;
    return {
      n: i + 1,
      article: number.get(articleId)!,
      kind: content.kind,
      kindLabel: KIND_LABELS[content.kind],
      quote: content.quote,
      context: content.context,
      at: article.deskOwned ? placeIn(article.text, content.quote, content.start, content.end) : null,
      verdict: verdictLabel(content.verdict),
      rating: ratingOf(content),
      noteHtml: content.noteHtml,
      sources: content.sources.map((s) => ({ ...s, relation: RELATION_LABELS[s.relation] })),
      // A corroboration names another article's words: only while those are published too.
      corroborations: content.corroborations.filter((c) => published.get(c.annotationId) === c.quote).map((c) => ({ relation: RELATION_LABELS[c.relation], articleTitle: c.articleTitle, quote: c.quote })),
      checkedBefore: checkedBefore(content.sameClaimAs),
      reviewer,
      reviewedAt: approvedAt.toISOString().slice(0, 10),
    };
  });

  const nameOf = (articleId: string) => {
    const article = byId.get(articleId);
    return article ? article.outlet?.trim() || article.title : "an article";
  };
  const facts = subject.type === "story" ? await publishedLedger(subject.id, published, nameOf) : [];
  return {
    report: {
      title: story?.title ?? articles[0].title,
      subjectType: subject.type,
      articles: shown.map((a) => ({
        n: number.get(a.id)!,
        title: a.title,
        outlet: a.outlet,
        url: a.url,
        publishedAt: a.publishedAt?.toISOString().slice(0, 10) ?? null,
        text: a.deskOwned ? a.text : null,
      })),
      items,
      ledger: facts.map((fact) => ({
        label: fact.label,
        agreement: agreementLabel(fact),
        notes: fact.notes,
        values: fact.values.map((v) => ({ article: nameOf(v.articleId), value: v.value, quote: v.quote })),
      })),
    },
    keys: revisions.map((r, i) => ({ annotationId: r.annotationId, quote: r.content.quote, verdict: items[i].verdict })),
    factIds: facts.map((f) => f.factId),
  };
}
