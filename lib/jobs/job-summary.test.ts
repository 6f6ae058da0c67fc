import { PrismaPg } from "@prisma/adapter-pg";
import { parseCronItems, type TaskList } from "graphile-worker";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runBookkeeping } from "../changes/bookkeeping";
import { ensureAppRole } from "../db/app-role";
import { db } from "../db/client";
import { PrismaClient } from "../db/generated/client";
import { enqueueJob } from "./enqueue-job";
import { errorInWords, nextCronRun, readJobSummary } from "./job-summary";
import { runPendingJobs } from "./run-pending-jobs";

/** The queue's state as the admin page reads it, through the app's own limited role. */
const stamp = Date.now().toString(36);
const task = (name: string) => `summary-${stamp}-${name}`;
let asApp: PrismaClient;

beforeAll(async () => {
  const { url } = await ensureAppRole(process.env.DATABASE_URL!, "job-summary-test");
  asApp = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
});
afterAll(async () => {
  await asApp.$disconnect();
  await db.$disconnect();
});

const later = () => new Date(Date.now() + 3_600_000);

describe("readJobSummary", () => {
  it("counts queued, running, retrying and failed jobs per task, with the last error's first line", async () => {
    const soon = later();
    await runBookkeeping(async (tx) => {
      await enqueueJob(tx, task("queued"), { n: 1 }, { runAt: new Date(soon.getTime() + 60_000) });
      await enqueueJob(tx, task("queued"), { n: 2 }, { runAt: soon });
      await enqueueJob(tx, task("fails"), { n: 1 }, { maxAttempts: 1 });
      await enqueueJob(tx, task("fails"), { n: 2 }, { maxAttempts: 3 });
      await enqueueJob(tx, task("holds"), {});
    });
    const failing: TaskList = {
      [task("fails")]: async () => {
        throw new Error("The page answered 503 (Service Unavailable)\n    at fetchPage (capture-page.ts:12)");
      },
    };
    await runPendingJobs(failing);

    // One job is held by a worker while the summary is read.
    let release!: () => void;
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const holding: TaskList = { [task("holds")]: () => new Promise<void>((resolve) => (started(), (release = resolve))) };
    const worker = runPendingJobs(holding);
    await running;
    try {
      const summary = await readJobSummary({ tasks: [task("idle"), task("queued"), task("fails"), task("holds")], cron: [] }, asApp);
      const mine = summary.tasks.filter((t) => t.task.startsWith(`summary-${stamp}-`));
      expect(mine.map(({ task, queued, running, retrying, failed }) => [task, { queued, running, retrying, failed }])).toEqual([
        [task("idle"), { queued: 0, running: 0, retrying: 0, failed: 0 }],
        [task("queued"), { queued: 2, running: 0, retrying: 0, failed: 0 }],
        [task("fails"), { queued: 0, running: 0, retrying: 1, failed: 1 }],
        [task("holds"), { queued: 0, running: 1, retrying: 0, failed: 0 }],
      ]);
      const byTask = Object.fromEntries(mine.map((t) => [t.task, t]));
      expect(byTask[task("queued")].nextRunAt?.getTime()).toBe(soon.getTime());
      expect(byTask[task("idle")]).toMatchObject({ nextRunAt: null, lastError: null });
      expect(byTask[task("fails")].lastError).toEqual({ message: "The page answered 503 (Service Unavailable)", at: expect.any(Date) });
      // The retry waits for its back-off: due later, not now.
      expect(byTask[task("fails")].nextRunAt!.getTime()).toBeGreaterThan(Date.now());
    } finally {
      release();
      await worker;
    }
    // Done: it leaves the queue, and its kind still shows, with nothing waiting.
    const after = await readJobSummary({ tasks: [task("holds")], cron: [] }, asApp);
    expect(after.tasks.find((t) => t.task === task("holds"))).toEqual({ task: task("holds"), queued: 0, running: 0, retrying: 0, failed: 0, nextRunAt: null, lastError: null });
  });

  it("lists only instances whose heartbeat is recent, and each schedule's next and last run", async () => {
    const live = `summary-${stamp}-live`;
    const silent = `summary-${stamp}-silent`;
    const owner = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await owner.connect();
    try {
      await owner.query(`INSERT INTO "JobInstance" (id, "workerIds", "seenAt") VALUES ($1, $2, now()), ($3, $4, now() - interval '10 minutes')`, [live, ["w1", "w2"], silent, ["w3"]]);
      await owner.query(`INSERT INTO graphile_worker._private_known_crontabs (identifier, known_since, last_execution) VALUES ($1, now(), '2026-01-01T09:07:00Z')`, [task("cron")]);
      const cron = parseCronItems([{ task: "queue-due-rechecks", match: "7 * * * *", identifier: task("cron") }]);
      const now = new Date("2026-01-01T10:30:20Z");
      const summary = await readJobSummary({ tasks: [], cron, now }, asApp);
      expect(summary.instances.filter((i) => i.id.startsWith(`summary-${stamp}-`)).map((i) => [i.id, i.workers])).toEqual([[live, 2]]);
      expect(summary.schedule).toEqual([{ identifier: task("cron"), task: "queue-due-rechecks", nextRunAt: new Date("2026-01-01T11:07:00Z"), lastRunAt: new Date("2026-01-01T09:07:00Z") }]);
    } finally {
      await owner.query(`DELETE FROM "JobInstance" WHERE id = ANY ($1)`, [[live, silent]]);
      await owner.end();
    }
  });
});

describe("nextCronRun and errorInWords", () => {
  it("finds the first matching minute strictly after now, in UTC", () => {
    const [hourly, tenMinutes] = parseCronItems([
      { task: "a", match: "7 * * * *", identifier: "a" },
      { task: "b", match: "*/10 * * * *", identifier: "b" },
    ]);
    expect(nextCronRun(hourly, new Date("2026-03-01T23:07:00Z"))).toEqual(new Date("2026-03-02T00:07:00Z"));
    expect(nextCronRun(tenMinutes, new Date("2026-03-01T23:59:59Z"))).toEqual(new Date("2026-03-02T00:00:00Z"));
  });

  it("keeps an error's first line, bounded", () => {
    expect(errorInWords("Timed out\n  at x (y.ts:1)")).toBe("Timed out");
    expect(errorInWords("   ")).toBe("It failed without saying why.");
    expect(errorInWords("x".repeat(400))).toHaveLength(300);
  });
});
