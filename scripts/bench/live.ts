/**
 * `npm run bench:live`: 50 pages listening to one article's live feed on a production build while
 * 200 annotations are written through the JSON API (four writers at a time, as a busy desk would).
 *
 * Prints the latency from sending each write to each page receiving its event (p50, p95, max over
 * all 10,000 deliveries) and how many events any page missed or received twice.
 * SKIP_BUILD=true reuses the last build in .next-bench.
 */
import os from "node:os";
import { prepareData } from "../lib/bootstrap/prepare-data";
import { closeDb, db } from "../../lib/db/client";
import { migrateDeploy } from "../../lib/db/migrate";
import { createThrowawayDatabase, freePort } from "../lib/throwaway-database";
import { readServerSentEvents } from "../../tests/sse-reader";
import { bin, exitWhenDone, root, run, startServer, stats } from "../lib/run";
import { signIn } from "../lib/sign-in";

const CLIENTS = Number(process.env.LIVE_CLIENTS ?? 50);
// A person may have 12 live pages open at once (lib/realtime/article-stream.ts): the pages belong to
// several readers, as they would on a desk.
const PAGES_PER_READER = 10;
const WRITES = 200;
const WRITERS = 4;

interface Client {
  received: Map<number, number[]>;
  ready: Promise<void>;
}

function listen(origin: string, articleId: string, after: number, cookie: string, signal: AbortSignal, onChange: (seq: number, at: number) => void): Client {
  const received = new Map<number, number[]>();
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  void (async () => {
    const response = await fetch(`${origin}/api/articles/${articleId}/events?after=${after}`, { headers: { cookie }, signal });
    if (!response.ok || !response.body) throw new Error(`The feed answered ${response.status}.`);
    try {
      for await (const event of readServerSentEvents(response.body)) {
        if (event.event === "hello") markReady();
        if (event.event !== "change") continue;
        const at = performance.now();
        const seq = Number(event.id);
        received.set(seq, [...(received.get(seq) ?? []), at]);
        onChange(seq, at);
      }
    } catch (error) {
      if (!signal.aborted) throw error;
    }
  })();
  return { received, ready };
}

async function main() {
  const database = await createThrowawayDatabase(process.env.DATABASE_URL);
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  const abort = new AbortController();
  try {
    await migrateDeploy(database.url, root);
    process.env.DATABASE_URL = database.url;
    await prepareData({ embedded: false, env: { SEED_DEMO: "true", SEED_DEMO_WORK: "false" } });
    const article = await db.article.findFirstOrThrow({ where: { title: { startsWith: "Obama assures" } }, select: { id: true, text: true, eventSeq: true } });
    const { passwordHash } = await db.user.findUniqueOrThrow({ where: { email: "annotator@example.com" }, select: { passwordHash: true } });
    const readers = Array.from({ length: Math.ceil((CLIENTS + 1) / PAGES_PER_READER) }, (_, i) => `reader-${i}@bench.example`);
    await db.user.createMany({ data: readers.map((email, i) => ({ email, name: `Reader ${i}`, role: "ANNOTATOR" as const, passwordHash })) });
    await closeDb();

    const env = { ...process.env, DATABASE_URL: database.url, NEXT_DIST_DIR: ".next-bench", NODE_ENV: "production" as const, NEXT_TELEMETRY_DISABLED: "1" };
    if (process.env.SKIP_BUILD !== "true") await run(bin("next"), ["build"], env);
    const port = await freePort();
    server = await startServer(port, { ...env, NEXTAUTH_URL: `http://localhost:${port}`, NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret" });
    const origin = `http://localhost:${port}`;
    const readerCookies: string[] = [];
    for (const email of readers) readerCookies.push(await signIn(origin, email));
    const writerCookie = await signIn(origin, "editor@example.com");
    const readerCookie = (page: number) => readerCookies[Math.floor(page / PAGES_PER_READER)];

    // Write times by event number: the server numbers the article's events in commit order.
    const sentAt = new Map<number, number>();
    const latencies: number[] = [];
    const pending = new Map<number, number[]>();
    const clients = Array.from({ length: CLIENTS }, (_, page) =>
      listen(origin, article.id, article.eventSeq, readerCookie(page), abort.signal, (seq, at) => {
        const sent = sentAt.get(seq);
        if (sent === undefined) pending.set(seq, [...(pending.get(seq) ?? []), at]);
        else latencies.push(at - sent);
      }),
    );
    await Promise.all(clients.map((client) => client.ready));
    console.log(`${CLIENTS} pages listening to "${article.id}". Writing ${WRITES} annotations, ${WRITERS} at a time…`);

    const words = [...article.text.matchAll(/\S+/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
    let next = 0;
    const started = performance.now();
    async function writer() {
      while (next < WRITES) {
        const i = next++;
        const first = words[(i * 7) % (words.length - 3)];
        const last = words[((i * 7) % (words.length - 3)) + (i % 3)];
        const body = { kind: ["CLAIM", "FIGURE", "DENIAL"][i % 3], start: first.start, end: last.end, exact: article.text.slice(first.start, last.end) };
        const sent = performance.now();
        const response = await fetch(`${origin}/api/articles/${article.id}/annotations`, {
          method: "POST",
          headers: { "content-type": "application/json", cookie: writerCookie },
          body: JSON.stringify(body),
        });
        if (response.status !== 201) throw new Error(`Write ${i} answered ${response.status}: ${await response.text()}`);
        // Which number the write got is only known from the events; match by annotation id.
        const created = (await response.json()) as { id: string };
        const seq = await seqOf(created.id);
        sentAt.set(seq, sent);
        for (const at of pending.get(seq) ?? []) latencies.push(at - sent);
        pending.delete(seq);
      }
    }
    const seqByAnnotation = new Map<string, number>();
    const waiting = new Map<string, (seq: number) => void>();
    // One extra page maps annotation ids to event numbers for the writers.
    void (async () => {
      const response = await fetch(`${origin}/api/articles/${article.id}/events?after=${article.eventSeq}`, { headers: { cookie: readerCookie(CLIENTS) }, signal: abort.signal });
      try {
        for await (const event of readServerSentEvents(response.body!)) {
          if (event.event !== "change") continue;
          const { annotationId, seq } = JSON.parse(event.data) as { annotationId: string; seq: number };
          seqByAnnotation.set(annotationId, seq);
          waiting.get(annotationId)?.(seq);
        }
      } catch (error) {
        if (!abort.signal.aborted) throw error;
      }
    })();
    const seqOf = (id: string) => new Promise<number>((resolve) => (seqByAnnotation.has(id) ? resolve(seqByAnnotation.get(id)!) : waiting.set(id, resolve)));

    await Promise.all(Array.from({ length: WRITERS }, writer));
    const expected = Array.from({ length: WRITES }, (_, i) => article.eventSeq + i + 1);
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && clients.some((c) => expected.some((seq) => !c.received.has(seq)))) await new Promise((r) => setTimeout(r, 50));
    const elapsed = performance.now() - started;

    let missed = 0;
    let duplicated = 0;
    for (const client of clients) {
      for (const seq of expected) {
        const copies = client.received.get(seq)?.length ?? 0;
        if (copies === 0) missed += 1;
        if (copies > 1) duplicated += copies - 1;
      }
    }
    const s = stats(latencies);
    const cpus = os.cpus();
    console.log(`\nMachine: ${cpus.length} × ${cpus[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
    console.log(`Writes: ${WRITES} in ${(elapsed / 1000).toFixed(1)} s; deliveries measured: ${latencies.length} of ${WRITES * CLIENTS}`);
    console.log(`Write-to-receive latency: p50 ${s.median.toFixed(0)} ms, p95 ${s.p95.toFixed(0)} ms, max ${s.max.toFixed(0)} ms   (target p95 < 250 ms)`);
    console.log(`Missed events: ${missed}   Duplicated events: ${duplicated}   (target 0 and 0)`);
  } finally {
    abort.abort();
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server!.once("exit", resolve));
      server.kill();
      await exited;
    }
    await closeDb().catch(() => {});
    await database.dispose();
  }
}

exitWhenDone(main());
