import { afterAll, describe, expect, it } from "vitest";
import { createArticle, createUser } from "@/tests/factories";
import { db } from "../db/client";
import { NotFoundError, ValidationError } from "../errors/domain-error";
import { runChange } from "./run-change";

afterAll(() => db.$disconnect());

const feed = (articleId: string) => db.articleEvent.findMany({ where: { articleId }, orderBy: { seq: "asc" }, select: { seq: true, type: true, entityId: true, actorId: true } });

describe("runChange, the write path", () => {
  it("files an article's records under it and puts what is news on its feed, numbered; quiet records stay off the feed", async () => {
    const article = await createArticle(["Officials counted 12 people."]);
    const actor = await createUser("EDITOR");
    await runChange(actor, { article: article.id }, async ({ record, recordQuietly, articleId }) => {
      expect(articleId).toBe(article.id);
      await record({ action: "article.assigned", entityId: article.id, after: { assigneeId: null } });
      await recordQuietly([{ action: "annotation.orphaned", entityId: "some-annotation" }]);
      await record({ action: "article.ownership_changed", entityId: article.id });
    });
    // Records of one change may share a millisecond (createdAt's precision): compared in a fixed order.
    const records = await db.activity.findMany({ where: { articleId: article.id }, orderBy: { action: "asc" }, select: { action: true, actorId: true, storyId: true } });
    expect(records).toEqual([
      { action: "annotation.orphaned", actorId: actor.id, storyId: null },
      { action: "article.assigned", actorId: actor.id, storyId: null },
      { action: "article.ownership_changed", actorId: actor.id, storyId: null },
    ]);
    expect(await feed(article.id)).toEqual([
      { seq: 1, type: "article.assigned", entityId: article.id, actorId: actor.id },
      { seq: 2, type: "article.ownership_changed", entityId: article.id, actorId: actor.id },
    ]);
  });

  it("undoes everything a failed change wrote, its records and live events included", async () => {
    const article = await createArticle(["Officials counted 12 people."]);
    const actor = await createUser("EDITOR");
    const failing = runChange(actor, { article: article.id }, async ({ tx, record }) => {
      await tx.article.update({ where: { id: article.id }, data: { title: "Changed" } });
      await record({ action: "article.assigned", entityId: article.id });
      throw new ValidationError("No.");
    });
    await expect(failing).rejects.toThrow("No.");
    expect(await db.article.findUniqueOrThrow({ where: { id: article.id }, select: { title: true, eventSeq: true } })).toEqual({ title: article.title, eventSeq: 0 });
    expect(await db.activity.count({ where: { articleId: article.id } })).toBe(0);
    expect(await feed(article.id)).toEqual([]);
  });

  it("lets one writer at a time change an article: the second waits for the first to commit", async () => {
    const article = await createArticle(["Officials counted 12 people."]);
    const actor = await createUser("EDITOR");
    const steps: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const holding = new Promise<void>((resolve) => (started = resolve));
    const first = runChange(actor, { article: article.id }, async () => {
      steps.push("first has the lock");
      started();
      await held;
      steps.push("first commits");
    });
    await holding;
    const second = runChange(actor, { article: article.id, withText: true }, async ({ text }) => steps.push(`second has the lock and reads "${text}"`));
    // The second waits on the first's lock in PostgreSQL, and its work has not begun.
    await expect.poll(() => db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`.then((r) => r[0].n)).toBe(1);
    expect(steps).toEqual(["first has the lock"]);
    release();
    await Promise.all([first, second]);
    expect(steps).toEqual(["first has the lock", "first commits", `second has the lock and reads "${article.text}"`]);
  });

  it("refuses an unknown article or annotation before it writes anything", async () => {
    const actor = await createUser("EDITOR");
    await expect(runChange(actor, { article: "no-such-article" }, async () => {})).rejects.toThrow(NotFoundError);
    await expect(runChange(actor, { annotation: "no-such-annotation" }, async () => {})).rejects.toThrow(NotFoundError);
  });

  it("files a story's records under the story and on its own feed, refusing an unknown or archived story", async () => {
    const article = await createArticle(["Officials counted 12 people."]);
    const actor = await createUser("EDITOR");
    await runChange(actor, { story: article.storyId }, async ({ record, storyId }) => {
      await record({ action: "fact.created", entityId: "a-fact" });
      await record({ action: "story.updated", entityId: storyId });
    });
    // In a fixed order, as above: the two records may share a millisecond.
    expect(await db.activity.findMany({ where: { storyId: article.storyId }, orderBy: { action: "asc" }, select: { action: true, articleId: true } })).toEqual([
      { action: "fact.created", articleId: null },
      { action: "story.updated", articleId: null },
    ]);
    expect(await db.storyEvent.findMany({ where: { storyId: article.storyId }, select: { seq: true, type: true, entityId: true } })).toEqual([{ seq: 1, type: "fact.created", entityId: "a-fact" }]);
    expect(await feed(article.id)).toEqual([]);

    await expect(runChange(actor, { story: "no-such-story" }, async () => {})).rejects.toThrow(NotFoundError);
    await db.story.update({ where: { id: article.storyId }, data: { archivedAt: new Date() } });
    await expect(runChange(actor, { story: article.storyId }, async () => {})).rejects.toThrow(/archived/);
    await expect(runChange(actor, { article: article.id }, async () => {})).rejects.toThrow(/archived/);
  });

  it("locks nothing for the desk's own changes; each record names what it is filed under", async () => {
    const article = await createArticle(["Officials counted 12 people."]);
    const actor = await createUser("ADMIN");
    await runChange(actor, { desk: true }, async ({ record }) => {
      await record({ action: "settings.updated", entityId: "desk-under-test" });
      await record({ action: "article.imported", entityId: article.id, articleId: article.id });
    });
    expect(await db.activity.findFirstOrThrow({ where: { entityId: "desk-under-test" }, select: { articleId: true, storyId: true, actorId: true } })).toEqual({ articleId: null, storyId: null, actorId: actor.id });
    expect(await feed(article.id)).toEqual([{ seq: 1, type: "article.imported", entityId: article.id, actorId: actor.id }]);
  });
});
