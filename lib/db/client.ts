import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { createPool } from "./pool";

export type Db = PrismaClient;

const holder = globalThis as unknown as { factmarkPrisma?: PrismaClient };

function createClient(): PrismaClient {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set: start Factmark with `npm start`, which provides it.");
  }
  // Bounded waits: a request that cannot get a connection in 5 s, or whose statement runs past
  // DB_STATEMENT_TIMEOUT_MS (15 s), fails with a 503 and a message (lib/db/unavailable.ts)
  // instead of holding its caller, and the pool's connections, indefinitely.
  const statementTimeout = Number(process.env.DB_STATEMENT_TIMEOUT_MS ?? 15_000);
  return new PrismaClient({
    adapter: new PrismaPg(createPool({ connectionString, max: 10, connectionTimeoutMillis: 5_000, ...(statementTimeout > 0 ? { statement_timeout: statementTimeout } : {}) })),
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

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getDb();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

/** A Prisma transaction client: what functions receive when they must join a caller's transaction. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
