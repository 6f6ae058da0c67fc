import { reanchor } from "../anchoring/reanchor";
import { quoteContext } from "../anchoring/selectors";
import type { Tx } from "../db/client";
import { suggestSpans } from "./suggest";

interface ArticleText {
  id: string;
  text: string;
  version: number;
}

const sameWords = (a: string, b: string) => a.replace(/\s+/g, " ").trim() === b.replace(/\s+/g, " ").trim();

/**
 * Brings an article's suggestions up to its text, inside the caller's article change (the lock
 * is held). With `oldText`, every suggestion is first re-anchored from it like an annotation.
 * Then the text is suggested afresh: a proposal already there (same kind and place) keeps its
 * record, with the score the rules give it now; one whose words were dismissed before, anywhere,
 * is not proposed again; open ones the new text no longer gives are removed. Accepted and
 * dismissed records stay, for the audit trail.
 */
export async function refreshSuggestions(tx: Tx, article: ArticleText, oldText?: string): Promise<void> {
  const existing = await tx.suggestion.findMany({
    where: { articleId: article.id },
    select: { id: true, kind: true, start: true, end: true, exact: true, prefix: true, suffix: true, status: true, orphaned: true, score: true },
  });

  if (oldText !== undefined && oldText !== article.text) {
    const placed = reanchor(oldText, article.text, existing.filter((s) => !s.orphaned));
    const moved = new Map(placed.map((r) => [r.id, r]));
    for (const s of existing) {
      const result = moved.get(s.id);
      if (!result) continue;
      if (result.status === "placed") Object.assign(s, result.anchor);
      else s.orphaned = true;
    }
    if (placed.length) {
      const rows = existing.filter((s) => moved.has(s.id));
      await tx.$executeRaw`
        UPDATE "Suggestion" AS s SET start = v.start, "end" = v."end", exact = v.exact, prefix = v.prefix, suffix = v.suffix, orphaned = v.orphaned
        FROM unnest(${rows.map((r) => r.id)}::text[], ${rows.map((r) => r.start)}::int[], ${rows.map((r) => r.end)}::int[],
                    ${rows.map((r) => r.exact)}::text[], ${rows.map((r) => r.prefix)}::text[], ${rows.map((r) => r.suffix)}::text[],
                    ${rows.map((r) => r.orphaned)}::boolean[])
             AS v(id, start, "end", exact, prefix, suffix, orphaned)
        WHERE s.id = v.id`;
    }
  }

  const key = (kind: string, start: number, end: number) => `${kind}:${start}:${end}`;
  const placedNow = new Map(existing.filter((s) => !s.orphaned).map((s) => [key(s.kind, s.start, s.end), s]));
  const dismissed = existing.filter((s) => s.status === "DISMISSED");
  const kept = new Set<string>();
  const rescored: { id: string; score: number }[] = [];
  const fresh = [];
  for (const span of suggestSpans(article.text)) {
    const exact = article.text.slice(span.start, span.end);
    const already = placedNow.get(key(span.kind, span.start, span.end));
    if (already) {
      kept.add(already.id);
      // A proposal kept from before (or from before scores existed) takes the score the rules give it now.
      if (already.score !== span.score) rescored.push({ id: already.id, score: span.score });
      continue;
    }
    if (dismissed.some((d) => d.kind === span.kind && sameWords(d.exact, exact))) continue;
    fresh.push({ articleId: article.id, ...span, exact, ...quoteContext(article.text, span.start, span.end) });
  }
  const stale = existing.filter((s) => s.status === "OPEN" && !kept.has(s.id)).map((s) => s.id);
  if (stale.length) await tx.suggestion.deleteMany({ where: { id: { in: stale } } });
  if (fresh.length) await tx.suggestion.createMany({ data: fresh });
  if (rescored.length) {
    await tx.$executeRaw`
      UPDATE "Suggestion" AS s SET score = v.score
      FROM unnest(${rescored.map((r) => r.id)}::text[], ${rescored.map((r) => r.score)}::float8[]) AS v(id, score)
      WHERE s.id = v.id`;
  }
  await tx.article.update({ where: { id: article.id }, data: { suggestedVersion: article.version } });
}
