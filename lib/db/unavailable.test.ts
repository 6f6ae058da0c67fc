import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, describe, expect, it } from "vitest";
import { errorResponse } from "../http/api-route";
import { db } from "./client";
import { PrismaClient } from "./generated/client";
import { createPool } from "./pool";
import { DATABASE_SLOW_MESSAGE, DATABASE_UNAVAILABLE_MESSAGE, databaseUnavailable } from "./unavailable";

const url = process.env.DATABASE_URL!;
const clients: PrismaClient[] = [];
const client = (config: { connectionString?: string; max?: number; connectionTimeoutMillis?: number; statement_timeout?: number }) => {
  // The app's own pool (lib/db/pool.ts), as lib/db/client.ts makes it.
  const made = new PrismaClient({ adapter: new PrismaPg(createPool({ connectionString: url, ...config })) });
  clients.push(made);
  return made;
};
afterAll(async () => {
  await Promise.all(clients.map((c) => c.$disconnect()));
  await db.$disconnect();
});

const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error);

describe("a database that is down, cut off, slow or busy", () => {
  it("answers 503 with a message and Retry-After when the server cannot be reached", async () => {
    const closed = new URL(url);
    closed.port = "1";
    // Not in `clients`: it never had a connection to close.
    const error = await failure(new PrismaClient({ adapter: new PrismaPg({ connectionString: closed.toString() }) }).user.count());
    expect(databaseUnavailable(error)).toBe(DATABASE_UNAVAILABLE_MESSAGE);
    const response = errorResponse(error);
    expect(response.status).toBe(503);
    expect(response.headers.get("Retry-After")).toBe("5");
    expect(await response.json()).toEqual({ error: DATABASE_UNAVAILABLE_MESSAGE, code: "unavailable" });
  });

  it("answers 503 when the connection is cut in the middle of a transaction, keeps nothing of it, and is not wedged by cuts", async () => {
    // One connection: a cut that lost it for good would leave every later request waiting.
    const victim = client({ max: 1, connectionTimeoutMillis: 2_000 });
    const killer = client({});
    const marker = `cut-${Date.now()}`;
    for (let cut = 0; cut < 3; cut++) {
      const error = await failure(
        victim.$transaction(async (tx) => {
          await tx.loginAttempt.create({ data: { email: marker, ip: "10.9.9.9", success: false } });
          const [{ pid }] = await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
          await killer.$queryRaw`SELECT pg_terminate_backend(${pid}::int)`;
          await tx.loginAttempt.count();
        }),
      );
      expect(databaseUnavailable(error)).toBe(DATABASE_UNAVAILABLE_MESSAGE);
      // The pool gave the dead connection back: the next request is served.
      expect(await victim.loginAttempt.count({ where: { email: marker } })).toBe(0);
    }
  });

  it("gives up on a statement past its time limit, and on waiting for a connection when all are busy, then serves again", async () => {
    const slow = client({ statement_timeout: 200 });
    const timedOut = await failure(slow.$queryRaw`SELECT pg_sleep(2)::text`);
    expect(databaseUnavailable(timedOut)).toBe(DATABASE_SLOW_MESSAGE);
    expect(errorResponse(timedOut).status).toBe(503);

    const busy = client({ max: 1, connectionTimeoutMillis: 300 });
    // Prisma runs a query only when it is awaited or then-ed: this one holds the pool's one connection.
    const holding = busy.$queryRaw`SELECT pg_sleep(1.5)::text AS held`.then(() => undefined);
    await expect.poll(async () => (await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(1.5)%' AND state = 'active'`)[0].n).toBe(1);
    const waited = await failure(busy.user.count());
    expect(databaseUnavailable(waited)).toBe(DATABASE_SLOW_MESSAGE);
    // A transaction waiting for a connection gives up the same way (Prisma says it in other words).
    const transaction = await failure(busy.$transaction(async (tx) => tx.user.count(), { maxWait: 200 }));
    expect(databaseUnavailable(transaction)).toBe(DATABASE_SLOW_MESSAGE);
    await holding;
    // Not wedged: once the connection is free, the same pool serves.
    expect(await busy.user.count()).toBeGreaterThanOrEqual(0);
  });

  it("lives through PostgreSQL ending an idle connection (a restart), and serves again", async () => {
    const pool = createPool({ connectionString: url, max: 2 });
    const connection = await pool.connect();
    const { rows } = await connection.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
    connection.release();
    await db.$queryRaw`SELECT pg_terminate_backend(${rows[0].pid}::int)`;
    // The pool drops the dead connection; its 'error', unheard, would have ended the process (and failed this run).
    await expect.poll(() => pool.totalCount).toBe(0);
    expect((await pool.query<{ one: number }>("SELECT 1 AS one")).rows[0].one).toBe(1);
    await pool.end();
  });

  it("leaves every other error alone: a request that is wrong is not the database being down", async () => {
    const error = await failure(db.user.create({ data: { email: "x", name: "x", passwordHash: "x", role: "NOBODY" as never } }));
    expect(error).not.toBeNull();
    expect(databaseUnavailable(error)).toBeNull();
    expect(databaseUnavailable(new Error("Something else"))).toBeNull();
  });
});
