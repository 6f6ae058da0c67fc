import { spawn, type ChildProcess } from "node:child_process";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, test } from "./fixtures";
import { startEmbeddedPostgres, type EmbeddedCluster } from "../scripts/lib/embedded-postgres";
import { readServerSentEvents } from "../tests/sse-reader";
import { Audit } from "./accessibility-audit";
import { DEMO, freePort, signInApi } from "./helpers";

/**
 * PostgreSQL itself is stopped and started again while pages are live. The suite's database stays
 * up: this test has a PostgreSQL of its own (embedded, seeded as `npm run db:seed` seeds a desk)
 * and a third server of the same build on it.
 */

const run = (command: string, args: string[], env: NodeJS.ProcessEnv) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: "ignore" });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(" ")} exited with ${code}`))));
  });

interface Feed {
  seqs: number[];
  /** What each change was, to say so when the numbers are wrong. */
  changes: string[];
  close(): void;
}

/** A page's live feed, read as a browser's EventSource would. */
async function openFeed(url: string, cookie: string): Promise<Feed> {
  const controller = new AbortController();
  const seqs: number[] = [];
  const changes: string[] = [];
  const response = await fetch(url, { headers: { cookie }, signal: controller.signal });
  expect(response.status).toBe(200);
  let ready!: () => void;
  const hello = new Promise<void>((resolve) => (ready = resolve));
  void (async () => {
    try {
      for await (const event of readServerSentEvents(response.body!)) {
        if (event.event === "hello") ready();
        if (event.event === "change") {
          seqs.push(Number(event.id));
          const { type, annotationId } = JSON.parse(event.data);
          changes.push(`${event.id} ${type} ${annotationId}`);
        }
      }
    } catch {
      // Closed by the test.
    }
  })();
  await hello;
  return { seqs, changes, close: () => controller.abort() };
}

test("PostgreSQL restarted while pages are live: writes meanwhile get a 503 with a message, then the feeds catch up without gaps or repeats", async ({ browser, playwright }, testInfo) => {
  test.setTimeout(180_000);
  // The cluster's kept password sits beside its data directory, in the same temporary folder.
  const folder = await mkdtemp(path.join(os.tmpdir(), "factmark-restart-"));
  const dataDir = path.join(folder, "postgres");
  // As root, PostgreSQL runs as the `postgres` user, which must be able to reach its directory.
  await chmod(folder, 0o711);
  const pgPort = await freePort();
  const start = () => startEmbeddedPostgres({ dataDir, port: pgPort, persistent: true });
  let cluster: EmbeddedCluster | null = await start();
  let server: ChildProcess | undefined;
  try {
    await cluster.createDatabase("factmark");
    const databaseUrl = cluster.url("factmark");
    const env = { ...process.env, DATABASE_URL: databaseUrl };
    await run(path.join("node_modules", ".bin", "tsx"), ["--import", "./scripts/lib/outside-next.mjs", "scripts/seed.ts"], env);

    const port = await freePort();
    const baseURL = `http://localhost:${port}`;
    server = spawn(path.join("node_modules", ".bin", "tsx"), ["--import", "./scripts/lib/outside-next.mjs", "scripts/serve.ts", "--port", String(port)], {
      env: { ...env, NEXTAUTH_URL: baseURL },
      stdio: "ignore",
      detached: true,
    });
    await expect.poll(() => fetch(`${baseURL}/login`).then((r) => r.status, () => 0), { timeout: 60_000 }).toBe(200);

    const api = await playwright.request.newContext({ baseURL });
    expect((await signInApi(api, DEMO.editor)).ok()).toBe(true);
    const cookie = (await api.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    const story = await (await api.post("/api/stories", { data: { title: "Restart" } })).json();
    const words = Array.from({ length: 12 }, (_, i) => `figure${i}`);
    const article = await (await api.post(`/api/stories/${story.id}/articles`, { multipart: { title: "Restart", text: words.join(" "), format: "text" } })).json();
    const create = (i: number) => {
      const at = words.slice(0, i).join(" ").length + (i > 0 ? 1 : 0);
      return fetch(`${baseURL}/api/articles/${article.id}/annotations`, {
        method: "POST",
        headers: { cookie, "content-type": "application/json" },
        body: JSON.stringify({ kind: "FIGURE", start: at, end: at + words[i].length, exact: words[i] }),
      });
    };

    const feeds = [await openFeed(`${baseURL}/api/articles/${article.id}/events?after=0`, cookie), await openFeed(`${baseURL}/api/articles/${article.id}/events?after=0`, cookie)];
    for (let i = 0; i < 4; i++) expect((await create(i)).status).toBe(201);
    // The import is the feed's first entry; then the four annotations.
    for (const feed of feeds) await expect.poll(() => feed.seqs.length).toBe(5);

    await cluster.stop();
    cluster = null;
    // While it is down: an answer within the connection's time limit, a 503 that says what happened, never a 500 or a hang.
    const asked = Date.now();
    const during = await create(4);
    expect(Date.now() - asked).toBeLessThan(10_000);
    expect(during.status).toBe(503);
    expect(during.headers.get("retry-after")).toBeTruthy();
    expect((await during.json()).error).toMatch(/database/i);
    expect((await fetch(`${baseURL}/api/articles/${article.id}`, { headers: { cookie } })).status).toBe(503);
    // A page asked for meanwhile is the error page, which says what to do, without a trace, and meets WCAG 2.2 AA.
    const context = await browser.newContext({ baseURL, storageState: await api.storageState() });
    const page = await context.newPage();
    await page.goto(`/articles/${article.id}`);
    await expect(page.getByRole("heading", { level: 1, name: "Something went wrong" })).toBeVisible();
    await expect(page.getByRole("alert").filter({ hasText: "Something went wrong" })).toContainText("Nothing you saved before is lost");
    await expect(page.locator("body")).not.toContainText(/\bat \w+ \(|ECONNREFUSED|prisma/i);
    const audit = new Audit(testInfo);
    await audit.check(page, "error-page", { reflow: true });
    audit.finish();

    cluster = await start();
    // Back: the next writes are served (the pool reconnects on its own), the feeds were never closed.
    await expect.poll(async () => (await create(4)).status, { timeout: 30_000, intervals: [500] }).toBe(201);
    // The error page's "Try again" asks the server again, and the article is there.
    await page.getByRole("button", { name: "Try again" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Restart" })).toBeVisible();
    await context.close();
    for (let i = 5; i < 8; i++) expect((await create(i)).status).toBe(201);
    // The live bus reconnected to the new PostgreSQL and every page caught up: the import and eight annotations, in order, once each.
    for (const feed of feeds) await expect.poll(() => feed.seqs, { timeout: 30_000, message: feed.changes.join("; ") }).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    feeds.forEach((feed) => feed.close());
    await api.dispose();
  } finally {
    if (server) {
      try {
        process.kill(-server.pid!, "SIGKILL");
      } catch {
        // Already gone.
      }
    }
    await cluster?.stop().catch(() => {});
    await rm(folder, { recursive: true, force: true });
  }
});
