import { db } from "../../../lib/db/client";

export interface DeskData {
  storyId: string;
  articles: { id: string; text: string }[];
  /** People with an article open, reading. */
  readers: string[];
  /** People writing: annotators, and editors who also review. */
  writers: { email: string; editor: boolean }[];
  /** Who measures the annotation create through each layer, on their own. */
  measurer: string;
}

/**
 * The busy desk's data on top of the demo: a story of `articleCount` articles (copies of the demo
 * articles, so the text is real news text) and `readerCount + writerCount` people, all with the
 * demo password.
 */
export async function prepareDesk(articleCount: number, readerCount: number, writerCount: number, editorCount: number): Promise<DeskData> {
  const demo = await db.article.findMany({ orderBy: [{ storyId: "asc" }, { position: "asc" }], select: { text: true, content: true, title: true, outlet: true } });
  const admin = await db.user.findFirstOrThrow({ where: { role: "ADMIN" }, select: { id: true, passwordHash: true } });
  const story = await db.story.create({ data: { title: "Busy hour", description: "Load benchmark" } });
  const articles = [];
  for (let i = 0; i < articleCount; i++) {
    const source = demo[i % demo.length];
    articles.push(
      await db.article.create({
        data: { storyId: story.id, title: `${source.title} (${i + 1})`, outlet: source.outlet, text: source.text, content: source.content ?? {}, position: i, importerId: admin.id },
        select: { id: true, text: true },
      }),
    );
  }
  const readers = Array.from({ length: readerCount }, (_, i) => `reader-${i}@load.example`);
  const writers = Array.from({ length: writerCount }, (_, i) => ({ email: `writer-${i}@load.example`, editor: i >= writerCount - editorCount }));
  const measurer = "measurer@load.example";
  await db.user.createMany({
    data: [
      ...readers.map((email, i) => ({ email, name: `Reader ${i}`, role: "ANNOTATOR" as const, passwordHash: admin.passwordHash })),
      ...writers.map(({ email, editor }, i) => ({ email, name: `Writer ${i}`, role: editor ? ("EDITOR" as const) : ("ANNOTATOR" as const), passwordHash: admin.passwordHash })),
      { email: measurer, name: "Measurer", role: "ANNOTATOR" as const, passwordHash: admin.passwordHash },
    ],
  });
  return { storyId: story.id, articles, readers, writers, measurer };
}
