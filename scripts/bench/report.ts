/**
 * `npm run bench:report`: each export format's time and peak memory for a story with 5,000
 * annotations (notes and sources included), from the same report data a download uses.
 */
import os from "node:os";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { buildTextIndex } from "../../lib/anchoring/text-index";
import { quoteContext } from "../../lib/anchoring/selectors";
import { docFromParagraphs, paragraphsFromPlainText } from "../../lib/articles/plain-text";
import { prepareData } from "../lib/bootstrap/prepare-data";
import { closeDb, db } from "../../lib/db/client";
import { migrateDeploy } from "../../lib/db/migrate";
import { createThrowawayDatabase } from "../lib/throwaway-database";
import { exportReport, REPORT_FORMATS, type ReportFormat } from "../../lib/reports/export-report";
import { loadReport } from "../../lib/reports/report-data";
import { root } from "../lib/run";

const ANNOTATIONS = 5_000;

async function seedStory() {
  const editor = await db.user.findFirstOrThrow({ where: { email: "editor@example.com" } });
  const story = await db.story.create({ data: { title: "Report benchmark" } });
  const corpus = path.join(root, "prisma", "seed-data", "corpus");
  const files = readdirSync(corpus).filter((f) => f.endsWith(".txt")).sort();
  let seed = 7;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const kinds = ["CLAIM", "FIGURE", "DENIAL"] as const;
  for (const [i, file] of files.entries()) {
    const content = docFromParagraphs(paragraphsFromPlainText(readFileSync(path.join(corpus, file), "utf8")));
    const { text } = buildTextIndex(content);
    const article = await db.article.create({ data: { storyId: story.id, title: `Article ${i + 1}`, text, content: content as object, position: i } });
    const words = [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
    const rows = Array.from({ length: ANNOTATIONS / files.length }, () => {
      const w = Math.floor(random() * (words.length - 6));
      const [start, end] = [words[w].start, words[w + Math.floor(random() * 5)].end];
      const kind = kinds[Math.floor(random() * 3)];
      return {
        articleId: article.id,
        authorId: editor.id,
        kind,
        start,
        end,
        exact: text.slice(start, end),
        ...quoteContext(text, start, end),
        note: "<p>Checked against <strong>Le Monde</strong>'s report of 21 October 2013.</p>",
        status: "APPROVED" as const,
        verdict: kind === "CLAIM" ? { kind, rating: "MOSTLY_TRUE" } : kind === "FIGURE" ? { kind, outcome: "CONFIRMED" } : { kind, finding: "ESTABLISHED" },
        reviewerId: editor.id,
        reviewedAt: new Date(),
      };
    });
    await db.annotation.createMany({ data: rows });
    const ids = await db.annotation.findMany({ where: { articleId: article.id }, select: { id: true } });
    await db.source.createMany({
      data: ids.map(({ id }) => ({ annotationId: id, relation: "SUPPORTS" as const, url: "https://www.lemonde.fr/", title: "France in the NSA's crosshair", publisher: "Le Monde", createdById: editor.id })),
    });
  }
  return { storyId: story.id, editor: { id: editor.id, email: editor.email, name: editor.name, role: editor.role } };
}

async function main() {
  const database = await createThrowawayDatabase(process.env.DATABASE_URL);
  try {
    await migrateDeploy(database.url, root);
    process.env.DATABASE_URL = database.url;
    await prepareData({ embedded: false, env: { SEED_DEMO: "true" } });
    const { storyId, editor } = await seedStory();
    console.log(`bench:report — ${ANNOTATIONS} annotations in one story; ${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, Node ${process.version}`);
    let started = performance.now();
    const report = await loadReport(editor, { type: "story", id: storyId }, "approved");
    const loadMs = performance.now() - started;
    console.log(`  loading the report data (every format starts with it): ${loadMs.toFixed(0)} ms`);
    for (const format of Object.keys(REPORT_FORMATS) as ReportFormat[]) {
      global.gc?.();
      const baseline = process.memoryUsage().rss;
      let peak = baseline;
      // Sampled on a timer: reading memory on every chunk would itself slow the export down.
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
      let bytes = 0;
      started = performance.now();
      await exportReport(report, format, "https://factmark.example", (chunk) => {
        bytes += chunk.byteLength;
      });
      peak = Math.max(peak, process.memoryUsage().rss);
      const ms = performance.now() - started;
      clearInterval(sampler);
      console.log(
        `  ${format.padEnd(12)} ${ms.toFixed(0).padStart(6)} ms writing, ${(loadMs + ms).toFixed(0).padStart(5)} ms in all (target < 2,000)   ` +
          `${(bytes / 1024 / 1024).toFixed(1).padStart(5)} MB   peak memory +${((peak - baseline) / 1024 / 1024).toFixed(0)} MB over ${(baseline / 1024 / 1024).toFixed(0)} MB`,
      );
    }
  } finally {
    await closeDb().catch(() => {});
    await database.dispose();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
