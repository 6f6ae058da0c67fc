import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { createArticle, createUser } from "@/tests/factories";
import { createAnnotation } from "../annotations/create-annotation";
import { deleteAnnotation } from "../annotations/delete-annotation";
import { db } from "../db/client";
import { NotFoundError } from "../errors/domain-error";
import { BAD_CURSOR } from "../paging/keyset";
import { storyArticlesQuerySchema, storyListQuerySchema } from "../validation/article-schemas";
import { ARTICLES_ON_CARD, listStories, listStoryChoices, STORIES_PER_PAGE, STORY_CHOICES } from "./list-stories";
import { listStoryArticles } from "./list-story-articles";

afterAll(() => db.$disconnect());

/** Stories whose titles share a word no other test uses, made a minute apart, oldest first. */
async function stories(count: number, options: { archived?: number[] } = {}) {
  const word = `w${randomUUID().slice(0, 8)}`;
  const base = Date.now() - 60 * 60_000;
  const made = [];
  for (let i = 0; i < count; i += 1) {
    made.push(
      await db.story.create({
        data: { title: `Story ${i} ${word}`, createdAt: new Date(base + i * 60_000), archivedAt: options.archived?.includes(i) ? new Date() : null },
      }),
    );
  }
  return { word, made };
}

/** Every page of a list, each asked for with the cursor the page before gave, as the API's caller would. */
async function walk<T>(read: (cursor: string | undefined) => Promise<{ items: T[]; next: string | null }>) {
  const pages: T[][] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await read(cursor);
    pages.push(page.items);
    if (!page.next) return pages;
    cursor = page.next;
  }
}

describe("the dashboard's stories", () => {
  it("come newest first, a page at a time: every open story once, none archived", async () => {
    const viewer = await createUser();
    const { word, made } = await stories(7, { archived: [3] });
    const pages = await walk((cursor) => listStories(viewer, storyListQuerySchema.parse({ q: word, limit: "3", cursor })));
    expect(pages.map((page) => page.length)).toEqual([3, 3]);
    expect(pages.flat().map((story) => story.id)).toEqual([6, 5, 4, 2, 1, 0].map((i) => made[i].id));
  });

  it("break ties between stories made in the same millisecond by id, and miss none", async () => {
    const viewer = await createUser();
    const word = `w${randomUUID().slice(0, 8)}`;
    const at = new Date();
    const made = await Promise.all([1, 2, 3, 4].map((i) => db.story.create({ data: { title: `Tie ${i} ${word}`, createdAt: at } })));
    const pages = await walk((cursor) => listStories(viewer, storyListQuerySchema.parse({ q: word, limit: "1", cursor })));
    expect(pages.flat().map((story) => story.id)).toEqual(made.map((story) => story.id).sort().reverse());
  });

  it("show a story's first articles in order with their live annotation counts, and how many it has", async () => {
    const viewer = await createUser();
    const { word, made } = await stories(1);
    const story = made[0];
    const articles = [];
    for (let i = 0; i < ARTICLES_ON_CARD + 2; i += 1) articles.push(await createArticle([`Paragraph ${i} with 70.3 million.`], story.id));
    // Places given out of order: the list follows them, not the order of import.
    for (const [i, article] of articles.entries()) await db.article.update({ where: { id: article.id }, data: { position: articles.length - i } });
    const author = await createUser();
    const start = articles[articles.length - 1].text.indexOf("70.3");
    await createAnnotation(author, articles[articles.length - 1].id, { kind: "FIGURE", start, end: start + 12, exact: "70.3 million" });
    const gone = await createAnnotation(author, articles[articles.length - 1].id, { kind: "FIGURE", start, end: start + 4, exact: "70.3" });
    await deleteAnnotation(author, gone.id);
    const [card] = (await listStories(viewer, { q: word })).items;
    expect(card.articleCount).toBe(ARTICLES_ON_CARD + 2);
    expect(card.articles.map((a) => a.id)).toEqual([...articles].reverse().slice(0, ARTICLES_ON_CARD).map((a) => a.id));
    expect(card.articles[0].annotationCount).toBe(1);
    expect(card.articles[1].annotationCount).toBe(0);
  });

  it("hold at most a page's worth, and the search is of titles, in any case", async () => {
    const viewer = await createUser();
    const { word } = await stories(STORIES_PER_PAGE + 1);
    const first = await listStories(viewer, { q: word.toUpperCase() });
    expect(first.items).toHaveLength(STORIES_PER_PAGE);
    expect(first.next).not.toBeNull();
    expect((await listStories(viewer, { q: `${word} nothing` })).items).toEqual([]);
  });

  it("refuse a cursor, a size or a search they cannot use, saying so", () => {
    expect(storyListQuerySchema.safeParse({ cursor: "garbage!" }).error?.issues[0].message).toBe(BAD_CURSOR);
    expect(storyListQuerySchema.safeParse({ limit: "0" }).error?.issues[0].message).toBe("Ask for between 1 and 50 at a time.");
    expect(storyListQuerySchema.safeParse({ limit: "500" }).success).toBe(false);
    expect(storyListQuerySchema.safeParse({ q: "x".repeat(201) }).error?.issues[0].message).toBe("Keep the search under 200 characters.");
    expect(storyListQuerySchema.parse({ q: "  " }).q).toBeUndefined();
  });

  it("offer a filter the most recent stories, and the chosen one wherever it is", async () => {
    const viewer = await createUser();
    const old = await db.story.create({ data: { title: `Old ${randomUUID()}`, createdAt: new Date("2001-01-01T00:00:00Z") } });
    await db.story.createMany({ data: Array.from({ length: STORY_CHOICES }, (_, i) => ({ title: `Recent ${i} ${randomUUID()}` })) });
    const choices = await listStoryChoices(viewer);
    expect(choices).toHaveLength(STORY_CHOICES);
    expect(choices.map((s) => s.id)).not.toContain(old.id);
    expect((await listStoryChoices(viewer, old.id)).map((s) => s.id)).toContain(old.id);
  });
});

describe("a story's articles", () => {
  it("come in the story's order, a page at a time, each once", async () => {
    const viewer = await createUser();
    const { made } = await stories(1);
    const articles = [];
    for (let i = 0; i < 5; i += 1) articles.push(await createArticle([`Article ${i}.`], made[0].id));
    // Two articles share a place: the id decides.
    for (const [i, article] of articles.entries()) await db.article.update({ where: { id: article.id }, data: { position: [3, 1, 2, 1, 0][i] } });
    const expected = articles
      .map((article, i) => ({ id: article.id, position: [3, 1, 2, 1, 0][i] }))
      .sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : 1))
      .map((a) => a.id);
    const pages = await walk((cursor) => listStoryArticles(viewer, made[0].id, storyArticlesQuerySchema.parse({ limit: "2", cursor })));
    expect(pages.map((page) => page.length)).toEqual([2, 2, 1]);
    expect(pages.flat().map((a) => a.id)).toEqual(expected);
  });

  it("are a 404 for a story that does not exist, and refuse a cursor of another list", async () => {
    const viewer = await createUser();
    await expect(listStoryArticles(viewer, "no-such-story")).rejects.toBeInstanceOf(NotFoundError);
    const { word } = await stories(2);
    const dashboardCursor = (await listStories(viewer, { q: word, limit: 1 })).next;
    expect(dashboardCursor).not.toBeNull();
    expect(storyArticlesQuerySchema.safeParse({ cursor: dashboardCursor }).error?.issues[0].message).toBe(BAD_CURSOR);
  });
});
