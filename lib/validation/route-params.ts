import { z } from "zod";

/** An id in a URL path: anything else cannot name a row, so the route answers 404 before any query. */
const id = z.string().min(1).max(100);

export const idParams = z.object({ id });
export const reportParams = z.object({ type: z.string().min(1).max(20), id });
export const factEntryParams = z.object({ id, annotationId: id });
