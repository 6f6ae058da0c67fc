import { readFile } from "node:fs/promises";
import path from "node:path";
import { db } from "../db/client";
import { buildTextIndex } from "../anchoring/text-index";
import { docFromParagraphs, paragraphsFromPlainText, titleFromLead } from "../text/plain-text";

interface DemoManifest {
  title: string;
  description: string;
  articles: { file: string; title: string | null }[];
}

/**
 * Seeds the demo story from prisma/seed-data. Titles are the headline where the text has one,
 * else the lead's first sentence; outlet, URL and date stay empty because the texts give none.
 * Does nothing when a story of that title exists, so it is safe on every start. Answers the new
 * story's id, or null when there was one already.
 */
export async function seedDemoStory(dataDir = path.join(process.cwd(), "prisma", "seed-data")): Promise<string | null> {
  const manifest = JSON.parse(await readFile(path.join(dataDir, "demo-story.json"), "utf8")) as DemoManifest;
  if (await db.story.findFirst({ where: { title: manifest.title }, select: { id: true } })) return null;
  const articles = await Promise.all(
    manifest.articles.map(async (entry, position) => {
      const raw = await readFile(path.join(dataDir, "corpus", entry.file), "utf8");
      const content = docFromParagraphs(paragraphsFromPlainText(raw));
      const { text } = buildTextIndex(content);
      return {
        title: entry.title ?? titleFromLead(text),
        text,
        content: content as object,
        position,
        versions: { create: { version: 1, text, content: content as object } },
      };
    }),
  );
  const story = await db.story.create({
    data: { title: manifest.title, description: manifest.description, articles: { create: articles } },
    select: { id: true },
  });
  return story.id;
}
