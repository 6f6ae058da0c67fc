/**
 * The ledger page's half of `npm run bench:ledger`: a story of 50 articles with 5,000 figure
 * annotations (100 each, 50 facts that every article reports in its own rounding, so proposals and
 * confirmed facts both have work to do), built for production; prints the median time until the
 * ledger page is interactive (served, drawn and hydrated) over 10 loads, with the story unchanged
 * and changed just before. With `--against <ref>` that commit is measured in turns beside it.
 */
import { checkAnchor } from "../../lib/anchoring/selectors";
import { buildTextIndex } from "../../lib/anchoring/text-index";
import { docFromParagraphs } from "../../lib/text/plain-text";
import { db } from "../../lib/db/client";
import os from "node:os";
import { withBenchApps, type BenchOptions } from "../lib/bench-app";
import { alternately, machineLine, printComparison } from "../lib/compare-builds";
import { measuredLoad } from "../lib/page-load";

const ARTICLES = 50;
const FIGURES = 100;
/** Rounds per build (alternating between builds with `--against`), each LOADS loads unchanged and LOADS after a change. */
const ROUNDS = 5;
const LOADS = 2;

export async function createLedgerStory(): Promise<string> {
  const author = await db.user.findFirstOrThrow({ where: { email: "annotator@example.com" } });
  const story = await db.story.create({ data: { title: "Ledger benchmark" } });
  for (let a = 0; a < ARTICLES; a += 1) {
    // Fact f is (f + 1) × 1.3 million calls; each article states it a little differently.
    const stated = Array.from({ length: FIGURES }, (_, f) => `${(((f + 1) * 1.3 * (1 + ((a % 5) - 2) / 200)) as number).toFixed(1)} million`);
    const content = docFromParagraphs(stated.map((words, f) => `Officials said ${words} phone calls were logged in region ${f + 1}.`));
    const { text } = buildTextIndex(content);
    const article = await db.article.create({ data: { storyId: story.id, title: `Outlet ${a + 1}`, outlet: `Outlet ${a + 1}`, text, content: content as object, position: a } });
    let from = 0;
    const rows = stated.map((words, f) => {
      const start = text.indexOf(words, from);
      from = start + words.length;
      const check = checkAnchor(text, { start, end: start + words.length, exact: words });
      if (!check.ok) throw new Error(check.message);
      return { articleId: article.id, authorId: author.id, kind: "FIGURE" as const, ...check.anchor, value: Number(words.split(" ")[0]) * 1e6, unit: "phone calls", note: `fact ${f}` };
    });
    await db.annotation.createMany({ data: rows });
  }
  // Half the facts confirmed, half left for the page to propose.
  const figures = await db.annotation.findMany({ where: { article: { storyId: story.id } }, select: { id: true, note: true } });
  for (let f = 0; f < FIGURES / 2; f += 1) {
    const ids = figures.filter((x) => x.note === `fact ${f}`).map((x) => x.id);
    await db.fact.create({ data: { storyId: story.id, label: `Calls in region ${f + 1}`, entries: { create: ids.map((annotationId) => ({ annotationId })) } } });
  }
  return story.id;
}

export async function benchLedgerPage(options: BenchOptions = {}): Promise<void> {
  await withBenchApps(
    createLedgerStory,
    async (apps, storyId) => {
      const loadAtStart = os.loadavg();
      const rounds = await alternately(apps, ROUNDS, async ({ label, base, page, sql, serverCpuMs }, round) => {
        const load = () =>
          measuredLoad(`${label}: opening /stories/${storyId}/ledger`, async () => {
            await page.goto(`${base}/stories/${storyId}/ledger`, { waitUntil: "commit" });
            await page.waitForSelector("[data-ledger-ready]", { timeout: 60_000 });
            return page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now())))));
          });
        // Each load's time, and the CPU time its server spent meanwhile.
        const timed = async (times: number[], cpu: number[]) => {
          const before = serverCpuMs();
          times.push(await load());
          cpu.push(serverCpuMs() - before);
        };
        if (round === 0) await load(); // warm the server once
        const [times, timesCpu] = [[] as number[], [] as number[]];
        for (let i = 0; i < LOADS; i += 1) await timed(times, timesCpu);
        // The same, but the story changed before each load, so the server computes the ledger anew
        // (lib/ledger/ledger-cache.ts keeps one only while nothing in its story changes).
        const [changed, changedCpu] = [[] as number[], [] as number[]];
        for (let i = 0; i < LOADS; i += 1) {
          await sql(`UPDATE "Article" SET "updatedAt" = now() WHERE "storyId" = $1 AND position = 0`, [storyId]);
          await timed(changed, changedCpu);
        }
        const facts = await page.locator("table.ledger tbody tr").count();
        return { times, timesCpu, changed, changedCpu, facts };
      });
      console.log(`\nbench:ledger, the page — ${machineLine(loadAtStart)}`);
      console.log(
        `Ledger page for ${ARTICLES} articles and ${ARTICLES * FIGURES} figures (${rounds[0][0].facts} confirmed rows drawn first, ${FIGURES / 2} facts proposed), interactive; ${ROUNDS} alternating rounds of ${LOADS} loads each:`,
      );
      printComparison(apps, [
        { label: "story unchanged since the last load", samples: rounds.map((own) => own.flatMap((r) => r.times)), unit: "ms" },
        { label: "story changed before each load", samples: rounds.map((own) => own.flatMap((r) => r.changed)), unit: "ms" },
        { label: "  server CPU per load, unchanged", samples: rounds.map((own) => own.flatMap((r) => r.timesCpu)), unit: "ms" },
        { label: "  server CPU per load, changed", samples: rounds.map((own) => own.flatMap((r) => r.changedCpu)), unit: "ms" },
      ]);
      console.log("(target: under 1,000 ms either way)");
    },
    options,
  );
}
