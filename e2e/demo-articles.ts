import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type APIRequestContext } from "@playwright/test";
import { titleFromLead } from "../lib/text/plain-text";
import { uniqueEmail } from "./helpers";

const SEED_DATA = path.join(process.cwd(), "prisma", "seed-data");
const manifest = JSON.parse(readFileSync(path.join(SEED_DATA, "demo-story.json"), "utf8")) as { title: string; articles: { file: string; title: string | null }[] };

/** The demo story's title, as `npm start` seeds it. */
export const DEMO_STORY = manifest.title;

/** The demo story's articles, titled as the seed titles them (lib/articles/seed-demo-story.ts). */
const DEMO_ARTICLES = manifest.articles.map(({ file, title }) => {
  const text = readFileSync(path.join(SEED_DATA, "corpus", file), "utf8");
  return { text, title: title ?? titleFromLead(text) };
});

export const HOLLANDE = "Obama assures French leader Hollande over NSA spying reports";
export const MAKE_CLEAR = "Obama Tries to 'Make Clear' to Furious France That U.S. Is Reviewing Spy Practices";

export interface DemoCopy {
  storyId: string;
  storyTitle: string;
  /** Each copied article's id and text, by title. */
  articles: Record<string, { id: string; text: string }>;
}

/**
 * A story of the test's own holding fresh copies of the demo articles named by title, imported
 * through the API as a desk imports them: the same words as the seeded ones, and no other spec's
 * annotations on them. `api` must be an editor's or an admin's (a story is theirs to make).
 */
export async function demoCopy(api: APIRequestContext, titles: string[], label = "Demo copy"): Promise<DemoCopy> {
  const storyTitle = `${label} ${uniqueEmail("s").split("@")[0]}`;
  const story = await api.post("/api/stories", { data: { title: storyTitle } });
  expect(story.status(), await story.text()).toBe(201);
  const storyId: string = (await story.json()).id;
  const articles: DemoCopy["articles"] = {};
  for (const title of titles) {
    const demo = DEMO_ARTICLES.find((article) => article.title === title);
    if (!demo) throw new Error(`No demo article is titled "${title}".`);
    const made = await api.post(`/api/stories/${storyId}/articles`, { multipart: { title, text: demo.text, format: "text" } });
    expect(made.status(), await made.text()).toBe(201);
    const article = await (await api.get(`/api/articles/${(await made.json()).id}`)).json();
    articles[title] = { id: article.id, text: article.text };
  }
  return { storyId, storyTitle, articles };
}

/** All five demo articles' titles, in the story's order. */
export const DEMO_TITLES = DEMO_ARTICLES.map((article) => article.title);
