import { gzipSync } from "node:zlib";
import { db } from "../db/client";
import { matchesEtag } from "../http/negotiation";
import { standardHeaders } from "../http/standard-headers";
import type { PublicDesk } from "./claim-reviews";
import type { PublicReport } from "./public-report";
import { renderEmbedCard, renderNotFoundPage, renderWithdrawnPage, type RenderedPage } from "./render-public-page";
import { publicDesk } from "./public-desk";

/** A public answer, whichever server sends it (the route handlers, or scripts/serve.ts); complete with every header. */
export interface PublicAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** The body already encoded, and gzipped, where it is sent often (a published page). */
  bytes?: Buffer;
  gzipped?: Buffer;
}

/**
 * How long an instance serves a public page from memory before it asks the database again. A
 * publication or a withdrawal through this instance shows at once; through another, within this.
 */
const FRESH_MS = 2_000;
/**
 * A shared proxy may keep a page for a minute (it changes only when an editor publishes again);
 * a browser asks each time, and mostly gets 304 from the ETag, so a reader sees a correction or
 * a withdrawal on the next visit.
 */
export const PUBLIC_CACHE_CONTROL = "public, max-age=0, s-maxage=60";

interface Current {
  at: number;
  publication: { number: number; publishedAt: Date; html: string; etag: string; csp: string; withdrawnAt: Date | null; report: PublicReport } | null;
  /** The page's answer and its 304, made once: a crowd of readers each costs a lookup, not an encoding. */
  ok?: PublicAnswer;
  notModified?: PublicAnswer;
}

/**
 * What this process remembers, kept on globalThis: the production server answers /p/ from its own
 * copy of this module (scripts/serve.ts) while publishing runs in Next.js's, and a publication
 * must reach both at once.
 */
interface Memory {
  pages: Map<string, Promise<Current>>;
  desk: { at: number; value: Promise<PublicDesk> } | null;
}
const holder = globalThis as unknown as { factmarkPublicPages?: Memory };
const memory: Memory = (holder.factmarkPublicPages ??= { pages: new Map(), desk: null });
const pages: Map<string, Promise<Current>> = memory.pages;

function currentDesk(): Promise<PublicDesk> {
  if (!memory.desk || Date.now() - memory.desk.at > FRESH_MS) memory.desk = { at: Date.now(), value: publicDesk() };
  return memory.desk.value;
}

/** Forgets what this process remembers of a slug, after a publication or a withdrawal here. */
export function forgetPublicPage(slug: string): void {
  pages.delete(slug);
}

function current(slug: string): Promise<Current> {
  const known = pages.get(slug);
  if (known) return known.then((c) => (Date.now() - c.at < FRESH_MS ? c : load(slug)));
  return load(slug);
}

function load(slug: string): Promise<Current> {
  // Concurrent readers of one slug share one query.
  const loading = db.publication
    .findFirst({
      where: { slug },
      orderBy: { number: "desc" },
      select: { number: true, publishedAt: true, html: true, etag: true, csp: true, withdrawnAt: true, snapshot: true },
    })
    .then((row): Current => {
      const publication = row && { ...row, report: row.snapshot as unknown as PublicReport };
      if (!publication || publication.withdrawnAt) return { at: Date.now(), publication };
      const ok = answer(200, publication, null);
      return { at: Date.now(), publication, ok: { ...ok, bytes: Buffer.from(publication.html), gzipped: gzipSync(publication.html) }, notModified: { ...ok, status: 304, body: "" } };
    });
  pages.set(slug, loading);
  loading.catch(() => pages.delete(slug));
  // Keeps the memory bounded: a crawler walking made-up slugs fills nothing for long.
  if (pages.size > 2_000) pages.delete(pages.keys().next().value!);
  return loading;
}

/** The headers every public answer carries (the app's own list, lib/http/security-headers.json), and no framing unless asked. */
export function publicHeaders(headers: Record<string, string>, frameable = false): Record<string, string> {
  return { ...standardHeaders(frameable), ...headers };
}

function answer(status: number, page: RenderedPage, ifNoneMatch: string | null, frameable = false): PublicAnswer {
  const headers = publicHeaders({ "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": page.csp, ETag: page.etag, "Cache-Control": PUBLIC_CACHE_CONTROL, Vary: "Accept-Encoding" }, frameable);
  if (status === 200 && matchesEtag(ifNoneMatch, page.etag)) return { status: 304, headers, body: "" };
  return { status, headers, body: page.html };
}

const notFound = async () => answer(404, renderNotFoundPage(await currentDesk()), null);

/** `/p/<slug>`: the latest publication as it was rendered, 410 once withdrawn, 404 for anything never published. */
export async function answerPublicPage(slug: string, ifNoneMatch: string | null): Promise<PublicAnswer> {
  const { publication, ok, notModified } = await current(slug);
  if (!publication) return notFound();
  if (publication.withdrawnAt) return answer(410, renderWithdrawnPage(await currentDesk(), publication.withdrawnAt), null);
  return matchesEtag(ifNoneMatch, publication.etag) ? notModified! : ok!;
}

/** `/p/<slug>/claims/<n>/embed`: one claim's card, which other sites may frame. */
export async function answerEmbed(slug: string, n: number, ifNoneMatch: string | null): Promise<PublicAnswer> {
  const { publication } = await current(slug);
  const item = publication?.report.items.find((i) => i.n === n && i.kind === "CLAIM");
  if (!publication || publication.withdrawnAt || !item) return notFound();
  return answer(200, renderEmbedCard({ slug, number: publication.number, publishedAt: publication.publishedAt, report: publication.report, history: [] }, await currentDesk(), item), ifNoneMatch, true);
}
