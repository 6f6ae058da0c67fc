import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createArticle } from "@/tests/factories";
import { db } from "./client";
import { ensureAppRole } from "./app-role";

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
    const { url, separate } = await ensureAppRole(process.env.DATABASE_URL!, "test-secret");
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
