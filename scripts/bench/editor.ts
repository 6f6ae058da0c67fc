/**
 * `npm run bench:editor`: how the article page copes with 2,000 annotations, on a production build.
 *
 * Prints (1) the time until the page is interactive (editor mounted with every highlight on
 * screen) for a long article with 2,000 annotations against the same article with none, and
 * (2) the scripting time to show one new annotation: from the API's answer to the frame with
 * its highlight and list entry (the `factmark:show-annotation` measure in the page).
 */
import os from "node:os";
import { chromium } from "@playwright/test";
import { buildTextIndex } from "../../lib/anchoring/text-index";
import { checkAnchor } from "../../lib/anchoring/selectors";
import { docFromParagraphs, paragraphsFromPlainText } from "../../lib/articles/plain-text";
import { prepareData } from "../../lib/bootstrap/prepare-data";
import { db } from "../../lib/db/client";
import { migrateDeploy } from "../../lib/db/migrate";
import { createThrowawayDatabase, freePort } from "../../lib/db/throwaway-database";
import { bin, root, run, startServer, stats } from "../lib/run";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";

const ANNOTATIONS = 2_000;
const RUNS = 5;
const KINDS = ["CLAIM", "FIGURE", "DENIAL"] as const;

function seededRandom(seed: number) {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

async function createBenchArticles() {
  const corpus = path.join(root, "prisma", "seed-data", "corpus");
  const paragraphs = readdirSync(corpus)
    .sort()
    .flatMap((file) => paragraphsFromPlainText(readFileSync(path.join(corpus, file), "utf8")));
  // About 80,000 characters: four passes over the corpus, a long feature's length.
  const content = docFromParagraphs([...paragraphs, ...paragraphs, ...paragraphs, ...paragraphs]);
  const { text } = buildTextIndex(content);
  const author = await db.user.findFirstOrThrow({ where: { email: "annotator@example.com" } });
  const story = await db.story.create({ data: { title: "Benchmark story" } });
  const make = (title: string) => db.article.create({ data: { storyId: story.id, title, text, content: content as object } });
  const [empty, full] = [await make("Bench: no annotations"), await make("Bench: 2,000 annotations")];

  const words = [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  const random = seededRandom(42);
  const rows = Array.from({ length: ANNOTATIONS }, () => {
    const first = Math.floor(random() * (words.length - 8));
    const last = first + Math.floor(random() * 6);
    const range = { start: words[first].start, end: words[last].end };
    const check = checkAnchor(text, { ...range, exact: text.slice(range.start, range.end) });
    if (!check.ok) throw new Error(check.message);
    return { articleId: full.id, authorId: author.id, kind: KINDS[Math.floor(random() * 3)], ...check.anchor };
  });
  await db.annotation.createMany({ data: rows });
  return { empty: empty.id, full: full.id };
}

async function main() {
  const database = await createThrowawayDatabase(process.env.DATABASE_URL);
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    await migrateDeploy(database.url, root);
    process.env.DATABASE_URL = database.url;
    await prepareData({ embedded: false, env: { SEED_DEMO: "true" } });
    const ids = await createBenchArticles();
    await db.$disconnect();

    const env = { ...process.env, DATABASE_URL: database.url, NEXT_DIST_DIR: ".next-bench", NODE_ENV: "production" as const, NEXT_TELEMETRY_DISABLED: "1" };
    console.log("Building the production app…");
    await run(bin("next"), ["build"], env);
    const port = await freePort();
    server = await startServer(port, { ...env, NEXTAUTH_URL: `http://localhost:${port}`, NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret" });
    const base = `http://localhost:${port}`;

    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${base}/login`);
    await page.getByLabel("Email").fill("annotator@example.com");
    await page.getByLabel("Password").fill("factmark-demo");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${base}/`);

    const interactive = async (id: string, expected: number) => {
      await page.goto(`${base}/articles/${id}`, { waitUntil: "commit" });
      await page.waitForSelector(`[data-highlights="${expected}"]`, { timeout: 60_000 });
      return page.evaluate(() => performance.now());
    };
    const timings = { empty: [] as number[], full: [] as number[] };
    await interactive(ids.empty, 0); // warm the server's caches once
    for (let i = 0; i < RUNS; i++) {
      timings.empty.push(await interactive(ids.empty, 0));
      timings.full.push(await interactive(ids.full, ANNOTATIONS));
    }

    const show: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await page.evaluate((n) => {
        const root = document.querySelector(".ProseMirror")!;
        const paragraph = root.querySelectorAll("p")[40 + n * 7];
        const text = paragraph.firstChild!;
        const range = document.createRange();
        range.setStart(text, 0);
        range.setEnd(text, 4);
        (root as HTMLElement).focus();
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
      }, i);
      await page.getByRole("toolbar", { name: "Tag the selected text" }).getByRole("button", { name: "Figure" }).click();
      await page.waitForSelector(`[data-highlights="${ANNOTATIONS + i + 1}"]`);
      show.push(await page.evaluate(() => {
        const entries = performance.getEntriesByName("factmark:show-annotation", "measure");
        return entries[entries.length - 1].duration;
      }));
    }
    await browser.close();

    const empty = stats(timings.empty);
    const full = stats(timings.full);
    const shown = stats(show);
    const cpu = os.cpus()[0]?.model ?? "unknown CPU";
    console.log(`\nbench:editor — ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, headless Chromium`);
    console.log(`Time to interactive, median of ${RUNS} (min–max):`);
    console.log(`  no annotations      ${empty.median.toFixed(0)} ms (${empty.min.toFixed(0)}–${empty.max.toFixed(0)})`);
    console.log(`  ${ANNOTATIONS} annotations   ${full.median.toFixed(0)} ms (${full.min.toFixed(0)}–${full.max.toFixed(0)})`);
    console.log(`  ratio               ${(full.median / empty.median).toFixed(2)}×   (target < 1.5×)`);
    console.log(`Scripting to show one new annotation among ${ANNOTATIONS}: median ${shown.median.toFixed(1)} ms, max ${shown.max.toFixed(1)} ms (target < 16 ms)`);
  } finally {
    server?.kill();
    await db.$disconnect().catch(() => {});
    await database.dispose();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
