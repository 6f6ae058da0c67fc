import { afterAll, describe, expect, it } from "vitest";
import { createArticle, createUser, uniqueAddress } from "@/tests/factories";
import { db } from "../db/client";
import { pruneOldRecords, RETENTION } from "./prune";

afterAll(() => db.$disconnect());

describe("tables that only grow are pruned", () => {
  it("keeps a day of sign-in attempts and each article's and story's last feed entries", async () => {
    const ip = uniqueAddress();
    const old = new Date(Date.now() - (RETENTION.loginAttemptsHours + 1) * 3_600_000);
    await db.loginAttempt.createMany({ data: [{ email: "old@test.example", ip, success: false, createdAt: old }, { email: "new@test.example", ip, success: false }] });

    const article = await createArticle(["Something happened."]);
    const actor = await createUser();
    const total = RETENTION.feedEntriesPerArticle + 25;
    await db.articleEvent.createMany({
      data: Array.from({ length: total }, (_, i) => ({ articleId: article.id, seq: i + 1, type: "annotation.updated", entityId: "x", actorId: actor.id })),
    });
    await db.article.update({ where: { id: article.id }, data: { eventSeq: total } });
    await db.storyEvent.createMany({
      data: Array.from({ length: total }, (_, i) => ({ storyId: article.storyId, seq: i + 1, type: "fact.updated", entityId: "x", actorId: actor.id })),
    });
    await db.story.update({ where: { id: article.storyId }, data: { eventSeq: total } });

    const pruned = await pruneOldRecords();
    expect(pruned.feedEntries).toBeGreaterThanOrEqual(50);
    expect(await db.loginAttempt.findMany({ where: { ip }, select: { email: true } })).toEqual([{ email: "new@test.example" }]);
    const left = await db.articleEvent.aggregate({ where: { articleId: article.id }, _min: { seq: true }, _count: true });
    expect(left).toMatchObject({ _count: RETENTION.feedEntriesPerArticle, _min: { seq: 26 } });
    const storyLeft = await db.storyEvent.aggregate({ where: { storyId: article.storyId }, _min: { seq: true }, _count: true });
    expect(storyLeft).toMatchObject({ _count: RETENTION.feedEntriesPerArticle, _min: { seq: 26 } });
  });

  it("drops a day-old page copy that nothing refers to (an import preview never imported), and keeps every copy in use", async () => {
    const actor = await createUser();
    const old = new Date(Date.now() - (RETENTION.unusedPreviewHours + 1) * 3_600_000);
    const page = { requestedUrl: "https://news.example/a", finalUrl: "https://news.example/a", httpStatus: 200, contentHash: "0".repeat(64), text: "t", html: "<p>t</p>", createdById: actor.id };
    const [unused, recent, imported] = await Promise.all([
      db.pageArchive.create({ data: { ...page, takenAt: old } }),
      db.pageArchive.create({ data: page }),
      db.pageArchive.create({ data: { ...page, takenAt: old } }),
    ]);
    const article = await createArticle(["Imported from the web."]);
    await db.article.update({ where: { id: article.id }, data: { archiveId: imported.id } });

    expect((await pruneOldRecords()).unusedPreviews).toBeGreaterThanOrEqual(1);
    const left = await db.pageArchive.findMany({ where: { id: { in: [unused.id, recent.id, imported.id] } }, select: { id: true } });
    expect(left.map((c) => c.id).sort()).toEqual([recent.id, imported.id].sort());
  });
});
