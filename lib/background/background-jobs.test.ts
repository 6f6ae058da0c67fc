import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle, createUser } from "@/tests/factories";
import { newsPage, PHONE_DATA, startTestSite, type TestSite } from "@/tests/test-site";
import { addSource } from "../annotations/add-source";
import { createAnnotation } from "../annotations/create-annotation";
import { db } from "../db/client";
import { ensureAppRole } from "../db/app-role";
import { countDueRechecks, queueDueRechecks } from "../sources/recheck-sources";
import { listInbox, markRead } from "../comments/inbox";
import { runDueJobs } from "./background-jobs";

/**
 * The queue with real worker processes (scripts/worker.ts) connected as the app's own role, a
 * real PostgreSQL and the tests' own web site: killed mid-batch, two at once, retries, re-checks.
 */
let site: TestSite;
let appUrl: string;
const owner = () => new pg.Client({ connectionString: process.env.DATABASE_URL });

beforeAll(async () => {
  site = await startTestSite();
  appUrl = (await ensureAppRole(process.env.DATABASE_URL!, "background-jobs-test")).url;
  await runDueJobs();
});
afterAll(async () => {
  await site.close();
  await db.$disconnect();
});

interface WorkerProcess {
  child: ChildProcess;
  done: string[];
}

function startWorkerProcess(): WorkerProcess {
  const child = spawn(path.join("node_modules", ".bin", "tsx"), ["--import", "./scripts/lib/outside-next.mjs", "scripts/worker.ts"], {
    env: { ...process.env, DATABASE_URL: appUrl, JOB_LOG: "true", JOB_HEARTBEAT_SECONDS: "3", JOB_CONCURRENCY: "4" },
    stdio: ["ignore", "pipe", "inherit"],
    // Its own process group: SIGKILL reaches tsx's node child too, as a crash would.
    detached: true,
  });
  const done: string[] = [];
  let buffer = "";
  child.stdout!.on("data", (chunk) => {
    buffer += String(chunk);
    const lines = buffer.split("\n");
    buffer = lines.pop()!;
    for (const line of lines) if (line.startsWith("job done: archive-source ")) done.push(JSON.parse(line.slice(25)).sourceId);
  });
  return { child, done };
}

function kill(worker: WorkerProcess, signal: NodeJS.Signals = "SIGKILL") {
  try {
    process.kill(-worker.child.pid!, signal);
  } catch {
    // Already gone.
  }
}

async function pendingSources(count: number) {
  const article = await createArticle(["Reports said 70.3 million pieces of French telephone data were recorded."]);
  const author = await createUser("ANNOTATOR");
  const annotation = await createAnnotation(author, article.id, { kind: "FIGURE", start: 13, end: 25, exact: "70.3 million" });
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const view = await addSource(author, annotation.id, { url: `${site.origin}/slowly/${annotation.id}-${i}`, relation: "SUPPORTS", title: "", publisher: "", excerpt: "" });
    ids.push(view.sources.find((s) => s.url?.endsWith(`-${i}`))!.id);
  }
  return { ids, author, annotation };
}

const archivedCount = (ids: string[]) => db.source.count({ where: { id: { in: ids }, archiveState: "ARCHIVED" } });

async function expectEachArchivedOnce(ids: string[]) {
  const rows = await db.source.findMany({ where: { id: { in: ids } }, select: { id: true, archiveState: true, copyId: true, _count: { select: { checks: true } } } });
  expect(rows.filter((r) => r.archiveState !== "ARCHIVED" || !r.copyId || r._count.checks !== 1)).toEqual([]);
  const copies = await db.pageArchive.groupBy({ by: ["requestedUrl"], where: { sources: { some: { id: { in: ids } } } }, _count: true });
  expect(copies.length).toBe(ids.length);
  const copiesPerSource = await db.sourceCheck.groupBy({ by: ["sourceId"], where: { sourceId: { in: ids }, archiveId: { not: null } }, _count: true });
  expect(copiesPerSource.filter((c) => c._count !== 1)).toEqual([]);
}

describe("archive jobs across restarts and instances", () => {
  it("loses none of 50 queued archive jobs when the worker is killed mid-way: after a restart each source is archived exactly once", { timeout: 120_000 }, async () => {
    const { ids } = await pendingSources(50);
    const first = startWorkerProcess();
    await expect.poll(() => archivedCount(ids), { timeout: 60_000, interval: 50 }).toBeGreaterThanOrEqual(8);
    kill(first);
    const atKill = await archivedCount(ids);
    expect(atKill, "killed before the batch was done").toBeLessThan(50);
    const second = startWorkerProcess();
    try {
      await expect.poll(() => archivedCount(ids), { timeout: 60_000, interval: 200 }).toBe(50);
      await expectEachArchivedOnce(ids);
    } finally {
      kill(second);
    }
  });

  it("runs each job once with two instances taking from one queue", { timeout: 120_000 }, async () => {
    const a = startWorkerProcess();
    const b = startWorkerProcess();
    try {
      const { ids } = await pendingSources(50);
      await expect.poll(() => archivedCount(ids), { timeout: 60_000, interval: 200 }).toBe(50);
      await expectEachArchivedOnce(ids);
      await expect.poll(() => a.done.length + b.done.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(50);
      const ran = [...a.done, ...b.done].filter((id) => ids.includes(id));
      expect(ran.length).toBe(50);
      expect(new Set(ran).size).toBe(50);
      expect(a.done.length, "the first instance took some").toBeGreaterThan(0);
      expect(b.done.length, "the second instance took some").toBeGreaterThan(0);
    } finally {
      kill(a);
      kill(b);
    }
  });
});

describe("retries", () => {
  it("retries a failing fetch with back-off, keeps the source pending with the reason, and records only the copy that worked", async () => {
    const address = `/flaky-${Date.now()}`;
    site.setPage(address, "<p>Down for maintenance</p>", 503);
    const author = await createUser("ANNOTATOR");
    const article = await createArticle(["Reports said 70.3 million pieces of French telephone data were recorded."]);
    const annotation = await createAnnotation(author, article.id, { kind: "FIGURE", start: 13, end: 25, exact: "70.3 million" });
    const source = (await addSource(author, annotation.id, { url: `${site.origin}${address}`, relation: "SUPPORTS", title: "", publisher: "", excerpt: "" })).sources[0];
    await runDueJobs();
    const pending = await db.source.findUniqueOrThrow({ where: { id: source.id }, include: { checks: true } });
    expect(pending).toMatchObject({ archiveState: "PENDING", archiveProblem: expect.stringContaining("Trying again (attempt 2 of 5)") });
    expect(pending.checks).toEqual([]);
    const client = owner();
    await client.connect();
    try {
      const job = await client.query(`SELECT attempts, max_attempts, last_error, run_at > now() + interval '1 second' AS backed_off FROM graphile_worker.jobs WHERE key = $1`, [`archive:${source.id}`]);
      expect(job.rows[0]).toMatchObject({ attempts: 1, max_attempts: 5, backed_off: true, last_error: expect.stringContaining("503") });
      site.setPage(address, newsPage("Back again", PHONE_DATA));
      // The back-off has passed.
      await client.query(`UPDATE graphile_worker._private_jobs SET run_at = now() WHERE key = $1`, [`archive:${source.id}`]);
      await runDueJobs();
      expect((await client.query(`SELECT 1 FROM graphile_worker.jobs WHERE key = $1`, [`archive:${source.id}`])).rowCount).toBe(0);
    } finally {
      await client.end();
    }
    const archived = await db.source.findUniqueOrThrow({ where: { id: source.id }, include: { checks: true } });
    expect(archived).toMatchObject({ archiveState: "ARCHIVED", archiveProblem: null, title: "Back again" });
    expect(archived.checks.map((c) => c.outcome)).toEqual(["ARCHIVED"]);
  });
});

describe("scheduled re-checks", () => {
  it("tells the author and the approving editor when a cited page changed or is gone, and nobody when it is unchanged", { timeout: 60_000 }, async () => {
    const stamp = Date.now();
    const pages = { changed: `/recheck-changed-${stamp}`, gone: `/recheck-gone-${stamp}`, same: `/recheck-same-${stamp}` };
    for (const p of Object.values(pages)) site.setPage(p, newsPage("Cited page", PHONE_DATA));
    const author = await createUser("ANNOTATOR");
    const editor = await createUser("EDITOR");
    const article = await createArticle(["Reports said 70.3 million pieces of French telephone data were recorded."]);
    const annotation = await createAnnotation(author, article.id, { kind: "FIGURE", start: 13, end: 25, exact: "70.3 million" });
    for (const p of Object.values(pages)) await addSource(author, annotation.id, { url: `${site.origin}${p}`, relation: "SUPPORTS", title: "", publisher: "", excerpt: "" });
    await runDueJobs();
    await db.annotation.update({ where: { id: annotation.id }, data: { status: "APPROVED", reviewerId: editor.id, reviewedAt: new Date() } });
    const sources = await db.source.findMany({ where: { annotationId: annotation.id }, select: { id: true, url: true, archiveState: true } });
    expect(sources.map((s) => s.archiveState)).toEqual(["ARCHIVED", "ARCHIVED", "ARCHIVED"]);

    site.setPage(pages.changed, newsPage("Cited page", ["Other words entirely now stand where the figure was."]));
    site.setPage(pages.gone, "<p>Not here</p>", 404);
    // Due: checked longer ago than the setting allows (here, any time before now).
    const cutoff = new Date();
    const dueBefore = await countDueRechecks(cutoff, 1e-9);
    expect(dueBefore).toBeGreaterThanOrEqual(3);
    expect(await queueDueRechecks(cutoff, 1e-9, 100_000)).toBe(dueBefore);
    const keys = sources.map((s) => `recheck:${s.id}`);
    const client = owner();
    await client.connect();
    try {
      // Only this test's re-checks, and now rather than spread over the hour.
      await client.query(`DELETE FROM graphile_worker._private_jobs WHERE key LIKE 'recheck:%' AND NOT key = ANY ($1)`, [keys]);
      expect((await client.query(`UPDATE graphile_worker._private_jobs SET run_at = now() WHERE key = ANY ($1)`, [keys])).rowCount).toBe(3);
    } finally {
      await client.end();
    }
    await runDueJobs();

    // Checked since: no longer due (the admin page's count, lib/jobs/job-summary.ts's neighbour).
    expect(await countDueRechecks(cutoff, 1e-9)).toBe(dueBefore - 3);
    const outcomes = await db.sourceCheck.findMany({ where: { sourceId: { in: sources.map((s) => s.id) }, outcome: { not: "ARCHIVED" } }, select: { outcome: true, source: { select: { url: true } } } });
    expect(Object.fromEntries(outcomes.map((c) => [new URL(c.source.url!).pathname, c.outcome]))).toEqual({ [pages.changed]: "CHANGED", [pages.gone]: "GONE", [pages.same]: "UNCHANGED" });
    for (const person of [author, editor]) {
      const inbox = (await listInbox(person)).items.filter((e) => e.kind === "source");
      expect(inbox.map((e) => (e.kind === "source" ? [new URL(e.source.url).pathname, e.outcome] : null)).sort()).toEqual([
        [pages.changed, "CHANGED"],
        [pages.gone, "GONE"],
      ]);
      expect(inbox.every((e) => !e.read && e.annotation.id === annotation.id && e.article.id === article.id)).toBe(true);
    }
    // Repeating the job adds nothing; reading works as for mentions.
    expect(await db.sourceAlert.count({ where: { userId: author.id } })).toBe(2);
    const first = (await listInbox(author)).items.find((e) => e.kind === "source")!;
    expect(await markRead(author, { ids: [first.id] })).toEqual({ updated: 1 });
    expect((await listInbox(author)).items.find((e) => e.id === first.id)?.read).toBe(true);
    expect(await markRead(editor, { ids: [first.id] })).toEqual({ updated: 0 });
  });
});
