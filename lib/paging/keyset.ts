import { z } from "zod";

/**
 * Keyset paging: a list is read in a fixed order whose last key is unique (an id), and the next
 * page starts strictly after the last row shown. Unlike an offset, a page deep in a list costs
 * what the first one does (the index is entered at the cursor, not walked from the start), and a
 * row added meanwhile neither repeats nor skips a row.
 *
 * A cursor is the last row's key, as JSON in base64url: opaque to the browser, checked against
 * the list's own key schema when it comes back.
 */

/** One column of a list's order. */
export type KeyPart = readonly [field: string, direction: "asc" | "desc"];

export interface Page<T> {
  items: T[];
  /** The cursor of the page after this one, or null on the last page. */
  next: string | null;
}

export const BAD_CURSOR = "That page link is broken or out of date: start again from the first page.";

/*
 * base64url by hand, not with Buffer: the query schemas built on cursorSchema are the contracts'
 * (lib/contracts), which the browser's client imports, and Buffer there would bring its polyfill
 * (tens of KiB) into every page's JavaScript.
 */
function toBase64Url(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** Throws on what is not base64url of UTF-8 text. */
function fromBase64Url(value: string): string {
  const binary = atob(value.replace(/-/g, "+").replace(/_/g, "/"));
  return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export function encodeCursor(key: readonly (string | number | boolean)[]): string {
  return toBase64Url(JSON.stringify(key));
}

/**
 * The `cursor` of a query string, decoded into the list's key (`key` is its schema, a tuple);
 * anything else is refused with BAD_CURSOR.
 */
export function cursorSchema<Key extends z.ZodType>(key: Key) {
  return z
    .string({ error: BAD_CURSOR })
    .max(600, BAD_CURSOR)
    .transform((value, context): z.output<Key> => {
      let decoded: unknown;
      try {
        decoded = /^[A-Za-z0-9_-]+$/.test(value) ? JSON.parse(fromBase64Url(value)) : undefined;
      } catch {
        decoded = undefined;
      }
      const parsed = key.safeParse(decoded);
      if (!parsed.success) {
        context.addIssue({ code: "custom", message: BAD_CURSOR });
        return z.NEVER;
      }
      return parsed.data;
    });
}

/** Key parts as a cursor carries them. */
export const cursorDate = z.iso.datetime().transform((value) => new Date(value));
export const cursorId = z.string().min(1).max(100);

/** How many rows a page holds, when the caller may choose: `?limit=`, between 1 and `max`. */
export const limitSchema = (max: number) =>
  z.coerce
    .number({ error: `Ask for between 1 and ${max} at a time.` })
    .int(`Ask for between 1 and ${max} at a time.`)
    .min(1, `Ask for between 1 and ${max} at a time.`)
    .max(max, `Ask for between 1 and ${max} at a time.`);

/**
 * The rows after `cursor` in the order `parts`, as a Prisma `where`: the first column bounds the
 * index range (so the scan starts at the cursor), the disjunction decides ties.
 */
export function keysetAfter<Where>(parts: readonly KeyPart[], cursor: readonly unknown[]): Where {
  const beyond = (direction: "asc" | "desc") => (direction === "asc" ? "gt" : "lt");
  const ties = parts.map(([field, direction], i) => ({
    ...Object.fromEntries(parts.slice(0, i).map(([earlier], j) => [earlier, cursor[j]])),
    [field]: { [beyond(direction)]: cursor[i] },
  }));
  const [first, direction] = parts[0];
  return { AND: [{ [first]: { [direction === "asc" ? "gte" : "lte"]: cursor[0] } }, { OR: ties }] } as Where;
}

/** Prisma's `orderBy` for the same order. */
export function keysetOrder<OrderBy>(parts: readonly KeyPart[]): OrderBy[] {
  return parts.map(([field, direction]) => ({ [field]: direction }) as OrderBy);
}

/**
 * A page from rows read with `take: limit + 1`: the extra row only says that there is a next page,
 * whose cursor is the key of the last row kept.
 */
export function pageOf<Row, Item = Row>(rows: Row[], limit: number, keyOf: (row: Row) => readonly (string | number | boolean)[], toItem: (row: Row) => Item = (row) => row as unknown as Item): Page<Item> {
  const kept = rows.slice(0, limit);
  return { items: kept.map(toItem), next: rows.length > limit && kept.length ? encodeCursor(keyOf(kept[kept.length - 1])) : null };
}
