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

  it("puts a desk's work in every state on the demo story, attributed to the demo people, and publishes only what was approved", async () => {
    await prepareData({ embedded: true, env: {} });
    const annotator = await db.user.findUniqueOrThrow({ where: { email: "annotator@example.com" } });
    const editor = await db.user.findUniqueOrThrow({ where: { email: "editor@example.com" } });
    const annotations = await db.annotation.findMany({ select: { status: true, authorId: true, reviewerId: true, verdict: true, exact: true } });
    expect(new Set(annotations.map((a) => a.status))).toEqual(new Set(["DRAFT", "SUBMITTED", "APPROVED", "CHANGES_REQUESTED", "REJECTED"]));
    expect(annotations.every((a) => a.authorId === annotator.id && (a.reviewerId === null || a.reviewerId === editor.id))).toBe(true);
    expect(annotations.filter((a) => a.status === "APPROVED").every((a) => a.verdict !== null)).toBe(true);
    expect(await db.suggestion.count({ where: { status: "ACCEPTED", decidedById: annotator.id } })).toBe(1);
    expect(await db.suggestion.count({ where: { status: "DISMISSED", decidedById: annotator.id } })).toBe(1);

    const fact = await db.fact.findFirstOrThrow({ include: { entries: { include: { annotation: { select: { value: true } } } } } });
    expect(fact.confirmedById).toBe(editor.id);
    // A disagreement: the outlets' figures for the same fact differ.
    expect(new Set(fact.entries.map((e) => e.annotation.value)).size).toBeGreaterThan(1);

    const archived = await db.source.findFirstOrThrow({ where: { archiveState: "ARCHIVED" }, include: { copy: true, checks: true } });
    expect(archived.copy?.text).toMatch(/stands in for a source/);
    expect(archived.checks.map((c) => c.outcome)).toEqual(["ARCHIVED"]);
    expect(await db.mention.count({ where: { userId: annotator.id } })).toBe(1);
    expect(await db.comment.count()).toBe(2);

    const publication = await db.publication.findFirstOrThrow({ where: { withdrawnAt: null } });
    expect(publication.publishedById).toBe(editor.id);
    expect(publication.html).toContain("70.3 million pieces of French telephone data");
    for (const unapproved of annotations.filter((a) => a.status !== "APPROVED")) expect(publication.html).not.toContain(unapproved.exact);
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
