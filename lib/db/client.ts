import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import type pg from "pg";
import { createPool } from "./pool";
import { environment } from "../config/environment";

export type Db = PrismaClient;

const holder = globalThis as unknown as { factmarkPrisma?: PrismaClient; factmarkPool?: pg.Pool };

function createClient(): PrismaClient {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set: start Factmark with `npm start`, which provides it.");
  }
  // Bounded waits: a request that cannot get a connection in 5 s, or whose statement runs past
  // DB_STATEMENT_TIMEOUT_MS (15 s), fails with a 503 and a message (lib/db/unavailable.ts)
  // instead of holding its caller, and the pool's connections, indefinitely.
  const statementTimeout = environment().DB_STATEMENT_TIMEOUT_MS;
  holder.factmarkPool = createPool({ connectionString, max: 10, connectionTimeoutMillis: 5_000, ...(statementTimeout > 0 ? { statement_timeout: statementTimeout } : {}) });
  return new PrismaClient({
    // A transaction waits for a connection as long as any query does (Prisma's own default is 2 s).
    transactionOptions: { maxWait: 5_000 },
    adapter: new PrismaPg(holder.factmarkPool),
  });
}

/**
 * The one Prisma client of this process. Created on first use, so that importing a module
 * (as `next build` does) never needs a database.
 */
export function getDb(): PrismaClient {
  holder.factmarkPrisma ??= createClient();
  return holder.factmarkPrisma;
}

/**
 * The connection pool under the Prisma client, for the few statements every request runs (the
 * session's user, the write allowance): Prisma's own work per query, about 1 ms on these machines,
 * is most of their cost, and a plain query through the same pool is a quarter of a millisecond.
 */
export function getPool(): pg.Pool {
  getDb();
  return holder.factmarkPool!;
}

/**
 * Closes the client and its pool, for a script done with the database (before it stops an embedded
 * PostgreSQL, say): Prisma's $disconnect leaves a pool it was given open. The next use opens afresh.
 */
export async function closeDb(): Promise<void> {
  const client = holder.factmarkPrisma;
  const pool = holder.factmarkPool;
  holder.factmarkPrisma = undefined;
  holder.factmarkPool = undefined;
  await client?.$disconnect();
  await pool?.end();
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getDb();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

/** A Prisma transaction client: what functions receive when they must join a caller's transaction. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
