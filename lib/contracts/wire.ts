import { z } from "zod";

/**
 * The schemas the API documents by name (`#/components/schemas/<id>` in docs/openapi.json, the
 * name in the API table's answer column); anything else is written out where it is used.
 */
export const namedSchemas = z.registry<{ id: string; description?: string }>();

export function named<S extends z.ZodType>(id: string, schema: S, description?: string): S {
  namedSchemas.add(schema, { id, description });
  return schema;
}

/**
 * A moment, as JSON carries it: an ISO 8601 text in UTC. The server may hand over a Date, which
 * becomes that text on its way out; the browser always reads the text.
 */
export const dateTime = z.union([z.iso.datetime(), z.date().transform((date) => date.toISOString())]);

/** A day, "2013-10-21". */
export const isoDate = z.iso.date();

export const id = z.string().min(1);

/**
 * The cursor of a list's next page (lib/paging/keyset.ts), to send back as `?cursor=`; null on
 * its last page.
 */
export const nextCursor = z.string().nullable().describe("The next page's cursor (send it back as `cursor`); null on the last page.");

/** A person as other people's work shows them. */
export const personRef = z.object({ id, name: z.string() });

/** A ProseMirror document, as JSON (the article's text as the editor holds it; the editor checks its shape). */
export const docJson = z.unknown().describe("A ProseMirror document (JSON): the article's text as the editor holds it.");
