import type { Tx } from "../db/client";
import { sanitizeNote } from "../annotations/note-html";
import { approvedContentSchema, type ApprovedContent } from "./approved-revision";
import { quoteContext } from "./quote-context";
import { checkVerdictLabel } from "../vocabulary/check-verdicts";
import { rememberCheck } from "./remember-check";

const day = (d: Date | null | undefined) => d?.toISOString().slice(0, 10) ?? null;

/**
 * Records what an editor just approved, in the approval's transaction: the annotation as it is
 * now, with its sentence, sources and approved corroborations. Publishing reads this, never the
 * live rows, so whatever changes afterwards (by a person, a source check or a text correction)
 * stays inside the desk until an editor approves again.
 */
export async function recordApprovedRevision(tx: Tx, annotationId: string, reviewerId: string): Promise<void> {
  const a = await tx.annotation.findUniqueOrThrow({
    where: { id: annotationId },
    select: {
      version: true,
      kind: true,
      start: true,
      end: true,
      exact: true,
      note: true,
      verdict: true,
      article: { select: { text: true } },
      sources: {
        orderBy: { createdAt: "asc" },
        select: {
          relation: true,
          url: true,
          title: true,
          publisher: true,
          excerpt: true,
          accessedAt: true,
          copy: { select: { takenAt: true } },
          linkedAnnotation: { select: { id: true, exact: true, status: true, deletedAt: true, article: { select: { title: true } } } },
        },
      },
      corroborates: {
        select: { relation: true, annotation: { select: { id: true, exact: true, status: true, deletedAt: true, article: { select: { title: true } } } } },
      },
      sameClaimAs: {
        select: {
          check: {
            select: {
              origin: true, annotationId: true, quote: true, verdict: true, rating: true, ratingLabel: true, reviewedAt: true, checkedBy: true, url: true,
              revision: { select: { withdrawnAt: true } },
              annotation: { select: { deletedAt: true } },
            },
          },
        },
      },
    },
  });
  // An earlier check that stopped being the desk's word (rejected, deleted) is not the public's to read.
  const earlier = a.sameClaimAs?.check;
  const earlierStands = earlier && (earlier.origin === "IMPORTED" || (earlier.revision?.withdrawnAt === null && earlier.annotation?.deletedAt === null));
  const approved = (o: { status: string; deletedAt: Date | null }) => o.status === "APPROVED" && o.deletedAt === null;
  const content: ApprovedContent = approvedContentSchema.parse({
    kind: a.kind,
    quote: a.exact,
    context: quoteContext(a.article.text, a),
    start: a.start,
    end: a.end,
    verdict: a.verdict,
    noteHtml: sanitizeNote(a.note),
    sources: a.sources
      .filter((s) => !s.linkedAnnotation)
      .map((s) => ({ relation: s.relation, url: s.url, title: s.title, publisher: s.publisher, excerpt: s.excerpt, accessedAt: day(s.accessedAt), archivedAt: day(s.copy?.takenAt) })),
    corroborations: [
      ...a.sources.flatMap((s) =>
        s.linkedAnnotation && approved(s.linkedAnnotation)
          ? [{ annotationId: s.linkedAnnotation.id, relation: s.relation, articleTitle: s.linkedAnnotation.article.title, quote: s.linkedAnnotation.exact }]
          : [],
      ),
      ...a.corroborates.flatMap((s) => (approved(s.annotation) ? [{ annotationId: s.annotation.id, relation: s.relation, articleTitle: s.annotation.article.title, quote: s.annotation.exact }] : [])),
    ],
    sameClaimAs:
      earlier && earlierStands
        ? {
            origin: earlier.origin,
            annotationId: earlier.annotationId,
            quote: earlier.quote,
            verdict: checkVerdictLabel(earlier),
            reviewedAt: day(earlier.reviewedAt)!,
            checkedBy: earlier.checkedBy,
            url: earlier.url,
          }
        : null,
  });
  const revision = await tx.approvedRevision.create({ data: { annotationId, version: a.version, reviewerId, content } });
  await rememberCheck(tx, { ...revision, content });
}

/** A rejection takes back what was approved: from now on nothing of this annotation is public until an editor approves it again. */
export async function withdrawApprovedRevisions(tx: Tx, annotationId: string): Promise<void> {
  await tx.approvedRevision.updateMany({ where: { annotationId, withdrawnAt: null }, data: { withdrawnAt: new Date() } });
}
