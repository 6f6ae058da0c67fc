import { z } from "zod";
import { db } from "../db/client";

/** A few ledgers per process: a large story's ledger is read by everyone on it, again and again. */
const KEEP = 4;

// sum() of the articles' feed numbers is a bigint; the moments are the latest changes.
const versionRow = z.object({ seq: z.bigint().nullable(), articles: z.date().nullable(), story: z.date().nullable(), own: z.number().int().nullable() });

/**
 * Remembers a computed ledger until anything in its story changes. Every change that can alter a
 * ledger (an annotation tagged, edited, deleted or re-anchored, an article imported or corrected,
 * a fact changed) appends to an article's feed or the story's own, which raises the story's
 * position; a renamed story or article changes their `updatedAt`. So that one cheap query is the
 * ledger's version, and a ledger read at the same version is the same ledger.
 */
export async function cachedLedger<T>(storyId: string, compute: () => Promise<T>): Promise<T> {
  const [row] = await db.$queryRaw<unknown[]>`
    SELECT (SELECT sum("eventSeq") FROM "Article" WHERE "storyId" = ${storyId}) AS seq,
           (SELECT max("updatedAt") FROM "Article" WHERE "storyId" = ${storyId}) AS articles,
           (SELECT "updatedAt" FROM "Story" WHERE id = ${storyId}) AS story,
           (SELECT "eventSeq" FROM "Story" WHERE id = ${storyId}) AS own`;
  const version = versionRow.parse(row);
  const key = `${storyId}|${version.own ?? 0}|${version.seq ?? 0}|${version.articles?.getTime() ?? 0}|${version.story?.getTime() ?? 0}`;
  const cache = ((globalThis as unknown as { factmarkLedgers?: Map<string, Promise<unknown>> }).factmarkLedgers ??= new Map());
  const known = cache.get(key) as Promise<T> | undefined;
  if (known) {
    // Most recently used last, so the oldest goes first.
    cache.delete(key);
    cache.set(key, known);
    return known;
  }
  const computing = compute();
  cache.set(key, computing);
  computing.catch(() => cache.delete(key));
  while (cache.size > KEEP) cache.delete(cache.keys().next().value!);
  return computing;
}
