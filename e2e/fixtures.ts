import { test as base } from "@playwright/test";
import pg from "pg";

export { expect } from "@playwright/test";

/** The advisory lock every test holds while it runs: shared by most, alone by a desk-wide one. */
const DESK_LOCK = 0x6661_6374; // "fact"

/**
 * Playwright's `test`, with one rule for running specs side by side (playwright.config.ts runs
 * several workers): a test marked `deskWide` runs with no other test running at the same time.
 * Such a test reads or changes what belongs to the whole desk (every row of a table, the desk's
 * settings, who is an admin), where another spec's work in between would make it fail or would
 * be changed under that spec's feet.
 *
 * It is a readers-writer lock in PostgreSQL: each test takes the shared advisory lock, a desk-wide
 * test the exclusive one. PostgreSQL queues a lock request behind a waiting one it conflicts with,
 * so a desk-wide test waits for the running tests to end and no new one starts meanwhile.
 */
export const test = base.extend<{ deskWide: boolean; deskLock: void }, { lockConnection: pg.Client }>({
  deskWide: [false, { option: true }],
  lockConnection: [
    async ({}, provide) => {
      const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await client.connect();
      await provide(client);
      await client.end();
    },
    { scope: "worker" },
  ],
  deskLock: [
    async ({ deskWide, lockConnection }, runTest) => {
      const mode = deskWide ? "" : "_shared";
      await lockConnection.query(`SELECT pg_advisory_lock${mode}($1)`, [DESK_LOCK]);
      try {
        await runTest();
      } finally {
        await lockConnection.query(`SELECT pg_advisory_unlock${mode}($1)`, [DESK_LOCK]);
      }
    },
    // The wait for the lock is not the test's own time: a test may wait out a desk-wide one.
    { auto: true, timeout: 600_000 },
  ],
});
