import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { expect, test } from "./fixtures";
import pg from "pg";
import { apiFor, freePort, newPerson } from "./helpers";

/**
 * The app process is killed with SIGKILL in the middle of a burst of writes: after a restart every
 * write is there whole (annotation, audit record, feed entry) or not at all, and everything a
 * client was told was saved is there. A third server of the same build, on its own port, so the
 * suite's two servers stay up. It runs no background jobs: a job it held when killed would wait
 * out the queue's lock on another spec's source. The writer is a person of the spec's own, so the
 * burst spends nobody else's write allowance.
 */

async function startServer(port: number): Promise<ChildProcess> {
  const child = spawn(path.join("node_modules", ".bin", "tsx"), ["--import", "./scripts/lib/outside-next.mjs", "scripts/serve.ts", "--port", String(port)], {
    env: { ...process.env, NEXTAUTH_URL: `http://localhost:${port}`, JOB_WORKER: "false" },
    stdio: "ignore",
    // Its own process group: SIGKILL reaches tsx's node child too, as a crash would.
    detached: true,
  });
  await expect.poll(() => fetch(`http://localhost:${port}/login`).then((r) => r.status, () => 0), { timeout: 60_000 }).toBe(200);
  return child;
}

const kill = (child: ChildProcess) => {
  try {
    process.kill(-child.pid!, "SIGKILL");
  } catch {
    // Already gone.
  }
};

test("a server killed in the middle of a burst of writes loses no acknowledged write and leaves no half-written one", async ({ playwright }) => {
  test.setTimeout(180_000);
  const port = await freePort();
  const baseURL = `http://localhost:${port}`;
  const writer = await newPerson(playwright, "EDITOR", "crash");
  let server = await startServer(port);
  try {
    const api = await apiFor(playwright, writer, baseURL);
    const cookie = (await api.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    const story = await (await api.post("/api/stories", { data: { title: `Crash ${Date.now()}` } })).json();
    const words = Array.from({ length: 120 }, (_, i) => `figure${i}`);
    const article = await (await api.post(`/api/stories/${story.id}/articles`, { multipart: { title: "Crash", text: words.join(" "), format: "text" } })).json();

    const acknowledged: string[] = [];
    let failed = 0;
    // Killed the moment the 20th write is acknowledged, with most of the burst still to come (a
    // poll, its waits growing, once looked too late: every write was in by then).
    let twentyIn!: () => void;
    const enoughAcknowledged = new Promise<void>((resolve) => (twentyIn = resolve));
    const create = async (i: number) => {
      const start = words.slice(0, i).join(" ").length + (i > 0 ? 1 : 0);
      try {
        const response = await fetch(`${baseURL}/api/articles/${article.id}/annotations`, {
          method: "POST",
          headers: { cookie, "content-type": "application/json" },
          body: JSON.stringify({ kind: "FIGURE", start, end: start + words[i].length, exact: words[i] }),
        });
        if (response.status === 201) {
          acknowledged.push((await response.json()).id);
          if (acknowledged.length === 20) twentyIn();
        } else failed += 1;
      } catch {
        failed += 1;
      }
    };
    const burst = Promise.all(words.map((_, i) => new Promise((resolve) => setTimeout(resolve, i * 15)).then(() => create(i))));
    await Promise.race([enoughAcknowledged, burst]);
    expect(acknowledged.length, "20 writes acknowledged before the crash").toBeGreaterThanOrEqual(20);
    kill(server);
    await burst;
    expect(failed, "some writes were cut off by the crash").toBeGreaterThan(0);

    server = await startServer(port);
    const { annotations } = await (await api.get(`/api/articles/${article.id}/annotations`)).json();
    const stored = new Set((annotations as { id: string }[]).map((a) => a.id));
    for (const id of acknowledged) expect(stored.has(id), `acknowledged ${id}`).toBe(true);

    // Whole or not at all: each stored annotation has exactly one audit record and one feed entry, and nothing else has either.
    const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    try {
      const { rows } = await db.query<{ id: string; activities: number; events: number }>(
        `SELECT a.id,
                (SELECT count(*)::int FROM "Activity" x WHERE x."entityId" = a.id AND x.action = 'annotation.created') AS activities,
                (SELECT count(*)::int FROM "ArticleEvent" e WHERE e."entityId" = a.id AND e.type = 'annotation.created') AS events
         FROM "Annotation" a WHERE a."articleId" = $1`,
        [article.id],
      );
      expect(rows.length).toBe(stored.size);
      expect(rows.filter((r) => r.activities !== 1 || r.events !== 1)).toEqual([]);
      const orphans = await db.query(
        `SELECT 1 FROM "Activity" x WHERE x."articleId" = $1 AND x.action = 'annotation.created' AND NOT EXISTS (SELECT 1 FROM "Annotation" a WHERE a.id = x."entityId")`,
        [article.id],
      );
      expect(orphans.rowCount).toBe(0);
      // The feed has no gaps: its numbers run 1..n (the article's import is not on it).
      const { rows: seqs } = await db.query<{ seq: number }>(`SELECT seq FROM "ArticleEvent" WHERE "articleId" = $1 ORDER BY seq`, [article.id]);
      expect(seqs.map((r) => r.seq)).toEqual(Array.from({ length: seqs.length }, (_, i) => seqs[0].seq + i));
    } finally {
      await db.end();
    }
    console.log(`Crash under load: ${acknowledged.length} writes acknowledged before SIGKILL, ${failed} cut off; ${stored.size} stored, each whole.`);
    await api.dispose();
  } finally {
    kill(server);
  }
});
