import pg from "pg";
import { afterAll, describe, expect, it, onTestFinished, vi } from "vitest";
import { createArticle } from "@/tests/factories";
import { db } from "./client";
import { createThrowawayDatabase } from "@/scripts/lib/throwaway-database";
import { ensureAppRole } from "./app-role";
import { migrateDeploy } from "./migrate";

afterAll(() => db.$disconnect());

async function asRole(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

describe("the audit table (security review, item 13)", () => {
  it("refuses TRUNCATE, even from its owner", async () => {
    await createArticle(["Something happened."]);
    await expect(db.$executeRawUnsafe(`TRUNCATE "Activity"`)).rejects.toThrow(/append-only/);
  });

  it("the app's own role may only insert and read it, and cannot switch its triggers off", async () => {
    const { url, separate } = await ensureAppRole(process.env.DATABASE_URL!, "an-app-role-test-password");
    expect(separate).toBe(true);
    expect(new URL(url).username).toMatch(/_app$/);
    await asRole(url, `SELECT count(*) FROM "Activity"`);
    for (const sql of [
      `UPDATE "Activity" SET action = 'forged'`,
      `DELETE FROM "Activity"`,
      `TRUNCATE "Activity"`,
      `ALTER TABLE "Activity" DISABLE TRIGGER "Activity_append_only"`,
      `DROP TRIGGER "Activity_no_truncate" ON "Activity"`,
    ]) {
      await expect(asRole(url, sql), sql).rejects.toThrow(/permission denied|must be (the )?owner/);
    }
    // Everything else the app does still works through it.
    await asRole(url, `UPDATE "Story" SET description = description WHERE false`);
  });
});

describe("the app role's password (security review, issue #27)", () => {
  it("reaches the server only as a SCRAM verifier, and the role logs in with it", async () => {
    // A server that checks passwords (the shared test server may trust local connections): an embedded one.
    const server = await createThrowawayDatabase();
    onTestFinished(() => server.dispose());
    await migrateDeploy(server.url);
    const password = "kept-password-7f3a9c-not-derived";
    const statements: string[] = [];
    // The real query method, watched: every statement text the app-role setup sends to the server.
    const original = pg.Client.prototype.query;
    const spy = vi.spyOn(pg.Client.prototype, "query").mockImplementation(function (this: pg.Client, ...args: unknown[]) {
      statements.push(typeof args[0] === "string" ? args[0] : JSON.stringify(args[0]));
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } as never);
    let url: string;
    try {
      ({ url } = await ensureAppRole(server.url, password));
    } finally {
      spy.mockRestore();
    }
    const used = decodeURIComponent(new URL(url).password);
    for (const sql of statements) expect(sql).not.toContain(used);
    expect(statements.some((sql) => /PASSWORD 'SCRAM-SHA-256\$4096:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+'/.test(sql))).toBe(true);
    // The password given, not one derived from something else.
    expect(used).toBe(password);
    // A real login through pg: the server checks the client's proof against the StoredKey, and pg checks the server's signature against the ServerKey.
    await asRole(url, "SELECT 1");
    const wrong = new URL(url);
    wrong.password = "not-the-password";
    await expect(asRole(wrong.toString(), "SELECT 1")).rejects.toThrow(/password authentication failed/);
  }, 120_000);
});
