import { describe, expect, it } from "vitest";
import { closeDb, db, getPool } from "./client";

describe("the database client", () => {
  it("closes its pool with it, so a script leaves no connection behind, and opens afresh on the next use", async () => {
    await db.user.count();
    const pool = getPool();
    await closeDb();
    expect(pool.ended).toBe(true);
    expect(await db.user.count()).toBeGreaterThanOrEqual(0);
    expect(getPool()).not.toBe(pool);
    await closeDb();
  });
});
