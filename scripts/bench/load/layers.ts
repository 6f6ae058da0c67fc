import { randomUUID } from "node:crypto";
import pg from "pg";
import { createAnnotation } from "../../../lib/annotations/create-annotation";
import { quoteContext } from "../../../lib/anchoring/selectors";
import { db } from "../../../lib/db/client";
import type { SessionUser } from "../../../lib/auth/session";
import { percentile } from "./recorder";
import { wordSpans } from "./desk-people";

export interface LayerFigures {
  bare: { p50: number; p95: number };
  app: { p50: number; p95: number };
  http: { p50: number; p95: number };
  /** A request the same route refuses before doing anything (no session): what Next.js and the socket cost alone. */
  floor: { p50: number; p95: number };
}

/**
 * The same annotation create three ways, interleaved so each sees the same machine: a bare `pg`
 * transaction with only what must be written (the article's feed number, the annotation, its audit
 * record and its feed entry, whose trigger announces it); the app's createAnnotation in this
 * process (lock, anchor check, limit, row, audit record and feed entry in a Prisma transaction);
 * and the app's HTTP route, session, allowance and all. Then the HTTP floor: the same route
 * refusing a request without a session, which is Next.js and the socket and nothing of ours.
 */
export async function compareLayers(databaseUrl: string, origin: string, cookie: string, measurerEmail: string, article: { id: string; text: string }, rounds: number): Promise<LayerFigures> {
  const user = await db.user.findUniqueOrThrow({ where: { email: measurerEmail } });
  const actor: SessionUser = { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
  const spans = wordSpans(article.text);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const times = { bare: [] as number[], app: [] as number[], http: [] as number[], floor: [] as number[] };
  try {
    for (let i = 0; i < rounds; i++) {
      const span = spans[(i * 13) % spans.length];
      const exact = article.text.slice(span.start, span.end);
      const input = { kind: "CLAIM" as const, start: span.start, end: span.end, exact };

      let started = performance.now();
      await bareCreate(client, article, actor.id, input);
      times.bare.push(performance.now() - started);

      started = performance.now();
      await createAnnotation(actor, article.id, input);
      times.app.push(performance.now() - started);

      started = performance.now();
      const response = await fetch(`${origin}/api/articles/${article.id}/annotations`, { method: "POST", headers: { cookie, "content-type": "application/json" }, body: JSON.stringify(input) });
      await response.arrayBuffer();
      if (response.status !== 201) throw new Error(`The app's create answered ${response.status}.`);
      times.http.push(performance.now() - started);

      started = performance.now();
      const refused = await fetch(`${origin}/api/articles/${article.id}/annotations`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(input) });
      await refused.arrayBuffer();
      if (refused.status !== 401) throw new Error(`The app answered ${refused.status} to a create without a session.`);
      times.floor.push(performance.now() - started);
    }
  } finally {
    await client.end();
  }
  const figures = (list: number[]) => {
    const sorted = [...list].sort((a, b) => a - b);
    return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
  };
  return { bare: figures(times.bare), app: figures(times.app), http: figures(times.http), floor: figures(times.floor) };
}

async function bareCreate(client: pg.Client, article: { id: string; text: string }, authorId: string, input: { kind: string; start: number; end: number; exact: string }) {
  const anchor = quoteContext(article.text, input.start, input.end);
  const id = randomUUID();
  await client.query("BEGIN");
  try {
    const { rows } = await client.query<{ eventSeq: number }>(`UPDATE "Article" SET "eventSeq" = "eventSeq" + 1 WHERE id = $1 RETURNING "eventSeq"`, [article.id]);
    await client.query(
      `INSERT INTO "Annotation" (id, "articleId", kind, start, "end", exact, prefix, suffix, "authorId", "updatedAt") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now())`,
      [id, article.id, input.kind, input.start, input.end, input.exact, anchor.prefix, anchor.suffix, authorId],
    );
    await client.query(
      `INSERT INTO "Activity" (id, "actorId", action, "entityType", "entityId", "articleId", "annotationId", after) VALUES ($1, $2, 'annotation.created', 'Annotation', $3, $4, $3, $5)`,
      [randomUUID(), authorId, id, article.id, JSON.stringify({ kind: input.kind, start: input.start, end: input.end, exact: input.exact, note: "" })],
    );
    await client.query(
      `INSERT INTO "ArticleEvent" ("articleId", seq, type, "entityId", "annotationId", version, "actorId") VALUES ($1, $2, 'annotation.created', $3, $3, 1, $4)`,
      [article.id, rows[0].eventSeq, id, authorId],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}
