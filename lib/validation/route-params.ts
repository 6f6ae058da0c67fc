import { z } from "zod";

/**
 * An id in a URL path (a cuid or a UUID): anything else cannot name a row, so the route answers
 * 404 before any query. Letters, digits, "-" and "_" only: an id with a NUL in it reached
 * PostgreSQL, which refused it, and the route answered 500.
 */
const id = z.string().regex(/^[\w-]{1,100}$/);

export const idParams = z.object({ id });
export const reportParams = z.object({ type: z.string().min(1).max(20), id });
export const factEntryParams = z.object({ id, annotationId: id });
/** A public page's address: what a slug can be (lib/publishing/publish.ts makes them), so nothing else reaches the database. */
export const publicSlugParams = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,80}$/) });
export const publicEmbedParams = publicSlugParams.extend({ n: z.coerce.number().int().min(1).max(1_000_000) });
