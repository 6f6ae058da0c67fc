import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { resetDatabase } from "@/tests/factories";
import { authenticate } from "@/lib/auth/authenticate";
import { db } from "@/lib/db/client";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/users/demo-accounts";
import { prepareData } from "@/scripts/lib/bootstrap/prepare-data";

beforeEach(() => resetDatabase());
afterAll(async () => {
  await resetDatabase();
  await db.$disconnect();
});

describe("prepareData", () => {
  it("seeds demo accounts and the demo story into an empty embedded database, once", async () => {
    expect(await prepareData({ embedded: true, env: {} })).toEqual({ seededDemo: true });
    expect(await db.user.count()).toBe(DEMO_ACCOUNTS.length);
    const story = await db.story.findFirstOrThrow({ include: { articles: { orderBy: { position: "asc" } } } });
    expect(story.title).toBe("NSA surveillance of France, October 2013");
    expect(story.articles).toHaveLength(5);
    expect(story.articles.map((a) => a.title)).toContain("Obama assures French leader Hollande over NSA spying reports");
    // Nothing is invented: the corpus gives no outlet, URL or date.
    expect(story.articles.every((a) => a.outlet === null && a.url === null && a.publishedAt === null)).toBe(true);
    for (const account of DEMO_ACCOUNTS) {
      expect((await authenticate({ email: account.email, password: DEMO_PASSWORD, ip: "127.0.0.9" })).ok).toBe(true);
    }
    // A restart does not seed again.
    expect(await prepareData({ embedded: true, env: {} })).toEqual({ seededDemo: false });
    expect(await db.story.count()).toBe(1);
  });

  it("gives a deployment on its own database no demo accounts, and refuses to start without a first admin", async () => {
    await expect(prepareData({ embedded: false, env: {} })).rejects.toThrow(/ADMIN_EMAIL and ADMIN_PASSWORD/);
    await expect(prepareData({ embedded: false, env: { ADMIN_EMAIL: "boss@paper.example", ADMIN_PASSWORD: "short" } })).rejects.toThrow(
      /at least 10 characters/,
    );
    expect(await db.user.count()).toBe(0);
  });

  it("creates the first admin from ADMIN_EMAIL and ADMIN_PASSWORD, and only into an empty database", async () => {
    const env = { ADMIN_EMAIL: "Boss@Paper.example", ADMIN_PASSWORD: "a long admin password" };
    expect(await prepareData({ embedded: false, env })).toEqual({ seededDemo: false, createdAdmin: "boss@paper.example" });
    expect(await db.user.findMany({ select: { email: true, role: true } })).toEqual([{ email: "boss@paper.example", role: "ADMIN" }]);
    expect(await prepareData({ embedded: false, env: { ...env, ADMIN_EMAIL: "second@paper.example" } })).toEqual({ seededDemo: false });
    expect(await db.user.count()).toBe(1);
  });

  it("seeds demo data on any database with SEED_DEMO=true", async () => {
    expect(await prepareData({ embedded: false, env: { SEED_DEMO: "true" } })).toEqual({ seededDemo: true });
    expect(await db.user.count({ where: { email: "editor@example.com", role: "EDITOR" } })).toBe(1);
  });
});
