import { afterAll, describe, expect, it } from "vitest";
import { createArticle, createUser } from "@/tests/factories";
import { readServerSentEvents, type ServerSentEvent } from "@/tests/sse-reader";
import { createAnnotation } from "../annotations/create-annotation";
import { db } from "../db/client";
import { openArticleStream } from "./article-stream";
import { EventBus } from "./event-bus";

// Its own file: cutting the database's LISTEN connections cuts every bus in this process.
const bus = new EventBus(process.env.DATABASE_URL!);
afterAll(async () => {
  await bus.close();
  await db.$disconnect();
});

const listening = async () =>
  (await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN factmark_events%'`)[0].n;

describe("when PostgreSQL cuts the live-update connection", () => {
  it("the bus reconnects and an open page gets everything written meanwhile, in order, once", async () => {
    const article = await createArticle(["The agency recorded 70.3 million calls in one month, officials said on Monday."]);
    const user = await createUser("EDITOR");
    const at = (quote: string) => {
      const start = article.text.indexOf(quote);
      return { kind: "CLAIM" as const, start, end: start + quote.length, exact: quote };
    };
    await createAnnotation(user, article.id, at("70.3 million"));

    const abort = new AbortController();
    const stream = await openArticleStream({ articleId: article.id, user: { id: user.id, sessionVersion: 0 }, afterSeq: 0, signal: abort.signal, bus });
    const events = readServerSentEvents(stream);
    const changes: number[] = [];
    const until = async (seq: number) => {
      const deadline = Date.now() + 15_000;
      while (!changes.includes(seq)) {
        if (Date.now() > deadline) throw new Error(`no change ${seq} within 15 s; saw ${changes.join(", ")}`);
        const next = (await events.next()) as IteratorResult<ServerSentEvent>;
        if (next.done) throw new Error("the stream ended");
        if (next.value.event === "change") changes.push(Number(next.value.id));
      }
    };
    await until(1);
    await expect.poll(listening).toBeGreaterThan(0);

    await db.$queryRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN factmark_events%'`;
    // Written while nobody listens: no notification reaches this process for them.
    await createAnnotation(user, article.id, at("calls"));
    await createAnnotation(user, article.id, at("one month"));
    await expect.poll(listening, { timeout: 15_000 }).toBeGreaterThan(0);
    await createAnnotation(user, article.id, at("officials"));

    await until(4);
    expect(changes).toEqual([1, 2, 3, 4]);
    abort.abort();
  });
});
