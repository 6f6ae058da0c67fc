import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@/tests/factories";
import { slowToReadPage, startTestSite, type TestSite } from "@/tests/test-site";
import { db } from "../db/client";
import { fetchPage } from "../web/fetch-page";
import { readPage } from "../web/read-page";
import { previewWebArticle } from "../articles/import/import-from-web";
import { chargePreview, previewLimits, withPreviewPlace } from "../articles/import/preview-limit";
import { closeTextWorkPool, createTextWorkPool, diffTextsOffThread, readPageOffThread, TEXT_WORK_LIMITS, textWorkPool, textWorkSettings } from "./text-work-pool";

let site: TestSite;
beforeAll(async () => {
  site = await startTestSite();
  // Smaller than the site's own slow page: a second or two of reading, done twice below.
  site.setPage("/slower-to-read", slowToReadPage(10_000));
});
afterEach(async () => {
  delete process.env.TEXT_WORK_TIME_LIMIT_MS;
  await closeTextWorkPool();
});
afterAll(async () => {
  await site.close();
  await db.$disconnect();
});

/**
 * A real HTTP server in this process with one heavy route and one cheap one: `/heavy` runs `heavy`
 * (after saying it has started), `/cheap` answers at once. Each answer is logged when it is sent.
 */
async function serve(heavy: () => Promise<unknown> | unknown) {
  const events: string[] = [];
  let started!: () => void;
  const heavyStarted = new Promise<void>((resolve) => (started = resolve));
  const server: Server = createServer(async (request, response) => {
    if (request.url === "/cheap") {
      events.push("cheap answered");
      return response.end("ok");
    }
    started();
    // Let the test's side see the start before the work begins (inline work then holds everything).
    await new Promise((resolve) => setImmediate(resolve));
    const outcome = await Promise.resolve()
      .then(heavy)
      .then(
        () => "done",
        (error: Error) => error.message,
      );
    events.push("heavy answered");
    response.end(outcome);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    events,
    async run() {
      const heavyAnswer = fetch(`${origin}/heavy`).then((r) => r.text());
      await heavyStarted;
      const cheap = await fetch(`${origin}/cheap`).then((r) => r.text());
      return { cheap, heavy: await heavyAnswer };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe("heavy text work runs off the event loop", () => {
  it("answers a cheap request while a hostile page is being read in the pool; read inline (the old way), the cheap one waits for it", async () => {
    process.env.TEXT_WORK_TIME_LIMIT_MS = "120000";
    // Fetched first, so the heavy request is the reading alone (while a page arrives the loop is free anyway).
    const page = await fetchPage(`${site.origin}/slower-to-read`);
    const pooled = await serve(() => readPageOffThread(page.text, page.url));
    const answers = await pooled.run();
    expect(answers).toEqual({ cheap: "ok", heavy: "done" });
    expect(pooled.events).toEqual(["cheap answered", "heavy answered"]);
    await pooled.close();

    const inline = await serve(() => readPage(page.text, page.url));
    await inline.run();
    expect(inline.events).toEqual(["heavy answered", "cheap answered"]);
    await inline.close();
  }, 120_000);

  it("answers a cheap request while a huge diff is worked on in the pool", async () => {
    const words = (salt: string) => Array.from({ length: 150_000 }, (_, i) => (i % 5 === 0 ? `${salt}${i}` : `word${i % 40}`)).join(" ");
    const [before, after] = [words("a"), words("b")];
    process.env.TEXT_WORK_TIME_LIMIT_MS = "120000";
    const pooled = await serve(() => diffTextsOffThread(before, after));
    expect(await pooled.run()).toEqual({ cheap: "ok", heavy: "done" });
    expect(pooled.events).toEqual(["cheap answered", "heavy answered"]);
    await pooled.close();
  });

  it("stops a preview that reads past the time limit with a 422 and its reason, replaces the thread, and reads the next page", async () => {
    process.env.TEXT_WORK_TIME_LIMIT_MS = "1000";
    const author = await createUser("ANNOTATOR");
    const story = await db.story.create({ data: { title: "Slow pages" } });
    await expect(previewWebArticle(author, story.id, `${site.origin}/slow-to-read`)).rejects.toMatchObject({
      status: 422,
      message: "This page took too long to read (over 1 s), so Factmark stopped reading it.",
    });
    expect(textWorkPool().stats()).toMatchObject({ replaced: 1, running: 0 });
    expect(await db.pageArchive.count({ where: { createdById: author.id } })).toBe(0);
    const preview = await previewWebArticle(author, story.id, `${site.origin}/news/phone-data`);
    expect(preview.title).toBe("France summons US envoy over phone data");
  });

  it("refuses work past the queue's length at once with 503 and Retry-After, and input past the size caps before sending it", async () => {
    const pool = createTextWorkPool({ threads: 1, maxQueue: 1, timeLimitMs: 4_000 });
    const page = await fetchPage(`${site.origin}/slow-to-read`);
    const running = readPageOffThread(page.text, page.url, pool);
    const waiting = diffTextsOffThread("a b", "a c", pool);
    await expect(diffTextsOffThread("a b", "a c", pool)).rejects.toMatchObject({ status: 503, retryAfterSeconds: 4, message: expect.stringMatching(/busy/) });
    expect(pool.stats()).toMatchObject({ running: 1, queued: 1 });
    // Watched before the pool closes: both are refused while it closes.
    const outcomes = Promise.allSettled([running, waiting]);
    await pool.close();
    expect((await outcomes).map((o) => (o.status === "rejected" ? String(o.reason.message) : "answered"))).toEqual([
      expect.stringMatching(/closed/),
      expect.stringMatching(/closed/),
    ]);

    const unused = createTextWorkPool({ threads: 1, maxQueue: 1, timeLimitMs: 1_000 });
    const half = "x".repeat(TEXT_WORK_LIMITS.diffChars / 2);
    await expect(diffTextsOffThread(half, `${half}y`, unused)).rejects.toMatchObject({ status: 413 });
    await expect(readPageOffThread("x".repeat(TEXT_WORK_LIMITS.pageChars + 1), "https://x.example/", unused)).rejects.toMatchObject({ reason: "too-large" });
    expect(unused.stats()).toMatchObject({ threads: 0, completed: 0 });
    await unused.close();
  });

  it("reads its size, queue and time limit from the environment", () => {
    expect(textWorkSettings({ TEXT_WORK_THREADS: "2", TEXT_WORK_QUEUE: "5", TEXT_WORK_TIME_LIMIT_MS: "2500" })).toEqual({ threads: 2, maxQueue: 5, timeLimitMs: 2500 });
    const defaults = textWorkSettings({ TEXT_WORK_THREADS: "none", TEXT_WORK_QUEUE: "-1" });
    expect(defaults.threads).toBeGreaterThanOrEqual(1);
    expect(defaults).toMatchObject({ maxQueue: 20, timeLimitMs: 10_000 });
  });
});

describe("previews are limited", () => {
  it("per person: `limit` a minute in PostgreSQL, then 429 with the seconds to wait", async () => {
    const [eager, colleague] = [await createUser(), await createUser()];
    const start = new Date("2026-12-06T10:00:00Z");
    await Promise.all(Array.from({ length: 3 }, () => chargePreview(eager.id, start, 3)));
    await expect(chargePreview(eager.id, new Date(start.getTime() + 15_000), 3)).rejects.toMatchObject({
      status: 429,
      retryAfterSeconds: 45,
      message: "You have asked for more than 3 previews of web pages in a minute. Wait 45 seconds and try again.",
    });
    await expect(chargePreview(colleague.id, start, 3)).resolves.toBeUndefined();
    await expect(chargePreview(eager.id, new Date(start.getTime() + 60_000), 3)).resolves.toBeUndefined();
    expect(previewLimits({})).toEqual({ perMinute: 10, concurrent: 4 });
  });

  it("per instance: past `limit` previews at once, the next is refused with 429 until one ends", async () => {
    let finish!: () => void;
    const first = withPreviewPlace(() => new Promise<string>((resolve) => (finish = () => resolve("first"))), 1);
    await expect(withPreviewPlace(async () => "second", 1)).rejects.toMatchObject({ status: 429, retryAfterSeconds: 5 });
    finish();
    expect(await first).toBe("first");
    expect(await withPreviewPlace(async () => "third", 1)).toBe("third");
  });
});
