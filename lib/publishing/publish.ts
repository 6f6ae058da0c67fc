import type { SessionUser } from "../auth/session";
import { cleanCommentText } from "../comments/comment-text";
import { runChange } from "../changes/run-change";
import { db, type Tx } from "../db/client";
import { ConflictError, NotFoundError, ValidationError } from "../errors/domain-error";
import { assertCan } from "../policy/policy";
import { updateFeedEntries } from "./feed-entries";
import { publicDesk } from "./public-desk";
import { changesBetween, type PublicChange } from "./public-changes";
import { buildPublicReport, type BuiltPublicReport, type PublicationSubject, type PublicReport, type SourceKey } from "./public-report";
import { idHash, reportVersion, versionChanges } from "./report-version";
import { renderPublicPage } from "./render-public-page";
import { forgetPublicPage } from "./serve-public";
import type { Prisma } from "../db/generated/client";
import { keysetAfter, keysetOrder, pageOf, type KeyPart, type Page } from "../paging/keyset";
import type { PublicationsQuery } from "../validation/report-schemas";

export type { PublicationSubject };

/** What the publish panel shows before an editor publishes: what would go out, and its version to publish against. */
/**
 * How many of the items going out the preview lists: it is read to confirm what goes out, and the
 * report beside it lists every one (a year's story can hold hundreds).
 */
export const PREVIEW_ITEMS = 50;

export interface PublicationPreview {
  basedOn: string;
  /** The first PREVIEW_ITEMS of them. */
  items: { n: number; kindLabel: string; quote: string; verdict: string | null; article: string }[];
  /** All that go out. */
  itemCount: number;
  articles: number;
  fullTexts: number;
  facts: { label: string; agreement: string }[];
}

export interface PublicationView {
  slug: string;
  number: number;
  url: string;
  note: string;
  publishedAt: string;
  publishedBy: string;
  withdrawnAt: string | null;
  changes: PublicChange[];
}

/** A readable address from a title: "Obama tries to 'make clear'…" → "obama-tries-to-make-clear". */
export function slugFrom(title: string): string {
  const full = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (full.length <= 60) return full || "fact-check";
  // Cut at a word, not inside one.
  const cut = full.slice(0, 60);
  const at = cut.lastIndexOf("-");
  return at > 30 ? cut.slice(0, at) : cut;
}

const subjectWhere = (subject: PublicationSubject) => ({ subjectType: subject.type, subjectId: subject.id });

async function uniqueSlug(tx: Tx, title: string): Promise<string> {
  const base = slugFrom(title);
  const taken = new Set((await tx.publication.findMany({ where: { slug: { startsWith: base } }, distinct: ["slug"], select: { slug: true } })).map((p) => p.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

const toView = (p: { slug: string; number: number; note: string; publishedAt: Date; withdrawnAt: Date | null; changes: unknown; publishedBy: { name: string } }, baseUrl: string): PublicationView => ({
  slug: p.slug,
  number: p.number,
  url: `${baseUrl}/p/${encodeURIComponent(p.slug)}`,
  note: p.note,
  publishedAt: p.publishedAt.toISOString(),
  publishedBy: p.publishedBy.name,
  withdrawnAt: p.withdrawnAt?.toISOString() ?? null,
  changes: p.changes as PublicChange[],
});

/** What would be published now, with the version an editor publishes against. */
export async function previewPublication(actor: SessionUser, subject: PublicationSubject): Promise<PublicationPreview> {
  assertCan(actor, "report.publish");
  const built = await buildPublicReport(actor, subject);
  const { report } = built;
  return {
    basedOn: reportVersion(built),
    items: report.items.slice(0, PREVIEW_ITEMS).map((i) => ({ n: i.n, kindLabel: i.kindLabel, quote: i.quote, verdict: i.verdict, article: report.articles[i.article - 1]?.title ?? "" })),
    itemCount: report.items.length,
    articles: report.articles.length,
    fullTexts: report.articles.filter((a) => a.text !== null).length,
    facts: report.ledger.map((f) => ({ label: f.label, agreement: f.agreement })),
  };
}

/** Refuses to publish a report other than the one the editor looked at (409), saying what changed since. */
async function assertSameVersion(subject: PublicationSubject, basedOn: string, built: BuiltPublicReport): Promise<void> {
  if (reportVersion(built) === basedOn) return;
  const [annotations, facts] = await Promise.all([
    db.annotation.findMany({ where: subject.type === "story" ? { article: { storyId: subject.id } } : { articleId: subject.id }, select: { id: true, exact: true } }),
    subject.type === "story" ? db.fact.findMany({ where: { storyId: subject.id }, select: { id: true, label: true } }) : Promise.resolve([]),
  ]);
  const quotes = new Map(annotations.map((a) => [idHash(a.id), a.exact]));
  const labels = new Map(facts.map((f) => [idHash(f.id), f.label]));
  const changed = versionChanges(basedOn, built, { quoteOf: (h) => quotes.get(h) ?? null, labelOf: (h) => labels.get(h) ?? null });
  if (changed) throw new ConflictError(changed, { basedOn: reportVersion(built) });
}

/**
 * Publishes what editors approved in an article's or a story's report, as a snapshot that later
 * work does not change: the page is rendered once, now. `basedOn` is the version of the report
 * the editor looked at (previewPublication): a report that changed since is refused with what
 * changed. Publishing again makes the next number and needs a public note; the page lists every
 * such note with what changed.
 */
export async function publishReport(actor: SessionUser, subject: PublicationSubject, input: { note?: string; basedOn: string }): Promise<PublicationView> {
  assertCan(actor, "report.publish");
  const desk = await publicDesk();
  const built = await buildPublicReport(actor, subject);
  const { report, keys } = built;
  if (report.items.length === 0) throw new ValidationError("Nothing in this report is approved yet, so there is nothing to publish.");
  await assertSameVersion(subject, input.basedOn, built);
  // Plain text, one line: it is shown to the public, escaped, in the list of corrections.
  const note = cleanCommentText(input.note ?? "").replace(/\s*\n+\s*/g, " ");
  const publication = await runChange(actor, { desk: true }, async ({ tx, record }) => {
    // One publication of a report at a time: the numbers and the changes follow each other.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`publish:${subject.type}:${subject.id}`}))`;
    const earlier = await tx.publication.findMany({
      where: subjectWhere(subject),
      orderBy: { number: "desc" },
      select: { slug: true, number: true, publishedAt: true, note: true, changes: true, sourceKeys: true },
    });
    const previous = earlier[0];
    if (previous && !note) throw new ValidationError("Say in a short public note what changed since the last publication (for example “Corrected the figure for daily calls”).");
    const slug = previous?.slug ?? (await uniqueSlug(tx, report.title));
    const number = (previous?.number ?? 0) + 1;
    const changes = previous ? changesBetween(previous.sourceKeys as unknown as SourceKey[], keys) : [];
    const publishedAt = new Date();
    const history = [{ number, publishedAt, note, changes }, ...earlier.map((p) => ({ number: p.number, publishedAt: p.publishedAt, note: p.note, changes: p.changes as unknown as PublicChange[] }))];
    const page = renderPublicPage({ slug, number, publishedAt, report, history }, desk);
    const created = await tx.publication.create({
      data: {
        ...subjectWhere(subject),
        slug,
        number,
        note,
        publishedAt,
        snapshot: report as object,
        changes: changes as object[],
        sourceKeys: keys as object[],
        ...page,
        publishedById: actor.id,
      },
      select: { slug: true, number: true, note: true, publishedAt: true, withdrawnAt: true, changes: true, publishedBy: { select: { name: true } } },
    });
    await updateFeedEntries(tx, slug, { publishedAt, report });
    await record({ action: "publication.published", entityId: `${slug}#${number}`, after: { subject, slug, number, note, items: keys.length, changes } });
    return created;
  });
  forgetPublicPage(publication.slug);
  return toView(publication, desk.baseUrl);
}

/** Takes a report's public page down: its address answers 410 from now on. The publications stay on record inside Factmark. */
export async function withdrawReport(actor: SessionUser, subject: PublicationSubject): Promise<PublicationView> {
  assertCan(actor, "report.publish");
  const desk = await publicDesk();
  const withdrawn = await runChange(actor, { desk: true }, async ({ tx, record }) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`publish:${subject.type}:${subject.id}`}))`;
    const latest = await tx.publication.findFirst({ where: subjectWhere(subject), orderBy: { number: "desc" }, select: { id: true, slug: true, number: true, withdrawnAt: true } });
    if (!latest) throw new NotFoundError("A publication of this report");
    if (latest.withdrawnAt) throw new ConflictError("This report's public page was already withdrawn.");
    const updated = await tx.publication.update({
      where: { id: latest.id },
      data: { withdrawnAt: new Date(), withdrawnById: actor.id },
      select: { slug: true, number: true, note: true, publishedAt: true, withdrawnAt: true, changes: true, publishedBy: { select: { name: true } } },
    });
    await updateFeedEntries(tx, latest.slug, null);
    await record({ action: "publication.withdrawn", entityId: `${latest.slug}#${latest.number}`, after: { subject, slug: latest.slug } });
    return updated;
  });
  forgetPublicPage(withdrawn.slug);
  return toView(withdrawn, desk.baseUrl);
}

const PUBLICATION_ORDER: readonly KeyPart[] = [
  ["number", "desc"],
  ["id", "desc"],
];
export const PUBLICATIONS_PER_PAGE = 20;

/** A page of a report's publications, newest first, for the desk (everyone may read it). */
export async function listPublications(actor: SessionUser, subject: PublicationSubject, query: PublicationsQuery = {}): Promise<Page<PublicationView>> {
  void actor;
  const limit = query.limit ?? PUBLICATIONS_PER_PAGE;
  const desk = await publicDesk();
  const rows = await db.publication.findMany({
    where: { ...subjectWhere(subject), ...(query.cursor ? keysetAfter<Prisma.PublicationWhereInput>(PUBLICATION_ORDER, query.cursor) : {}) },
    orderBy: keysetOrder<Prisma.PublicationOrderByWithRelationInput>(PUBLICATION_ORDER),
    take: limit + 1,
    select: { id: true, slug: true, number: true, note: true, publishedAt: true, withdrawnAt: true, changes: true, publishedBy: { select: { name: true } } },
  });
  return pageOf(rows, limit, (row) => [row.number, row.id], (row) => toView(row, desk.baseUrl));
}

export type { PublicReport };
