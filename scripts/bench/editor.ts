/**
 * `npm run bench:editor`: how the article page copes with 2,000 annotations, on a production build.
 *
 * Prints (1) the time until the page is interactive (editor mounted and the frame with every
 * highlight painted) for a long article with 2,000 annotations against the same article with none,
 * (2) the scripting time to show one new annotation: from the API's answer to the end of the task
 * that put its highlight (and list entry) in the page, and (3) the scripting time to open the next
 * annotation with j: from the keydown to the end of its handling, then from the annotation's
 * answer to its panel on screen. The app carries no benchmark code: the page is watched from
 * outside, through its highlights (CSS.highlights), its DOM and a probe put into the page before
 * the app's scripts (editor-probe.js). `-- --trace` adds where the main thread's time goes while
 * opening each; `-- --profile`, which functions take it.
 */
import os from "node:os";
import { buildTextIndex } from "../../lib/anchoring/text-index";
import { checkAnchor } from "../../lib/anchoring/selectors";
import { docFromParagraphs, paragraphsFromPlainText } from "../../lib/articles/plain-text";
import { db } from "../../lib/db/client";
import { withBenchApp } from "../lib/bench-app";
import { measuredLoad } from "../lib/page-load";
import { root, stats } from "../lib/run";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";

const ANNOTATIONS = 2_000;
const RUNS = 15;
const KINDS = ["CLAIM", "FIGURE", "DENIAL"] as const;
/** Sets the marks the figures are measured between (see the file). */
const PROBE = path.join(root, "scripts", "bench", "editor-probe.js");

/** How many annotation ranges the page paints (the stylesheet's highlight names, as in e2e/annotate-helpers.ts). */
function highlightsPainted(page: Page, expected: number, timeout = 30_000) {
  return page.waitForFunction(
    (n) => ["claim", "figure", "denial"].reduce((sum, kind) => sum + (CSS.highlights?.get(`fm-${kind}`)?.size ?? 0) + (CSS.highlights?.get(`fm-${kind}-nested`)?.size ?? 0), 0) === n,
    expected,
    { timeout },
  );
}

/** The `n`th (from 0) of a figure's two measures (its scripting, then until painted), once both exist. */
async function measured(page: Page, name: string, n: number): Promise<[number, number]> {
  const handle = await page.waitForFunction(
    ([name, n]) => {
      const pair = [name, `${name}-painted`].map((measure) => performance.getEntriesByName(measure, "measure")[n]?.duration);
      return pair.every((value) => value !== undefined) ? pair : null;
    },
    [name, n] as const,
  );
  return (await handle.jsonValue()) as [number, number];
}

function seededRandom(seed: number) {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

async function createBenchArticles() {
  const corpus = path.join(root, "prisma", "seed-data", "corpus");
  // The articles only: anything else in the folder (gold spans once were) would lengthen the article unseen.
  const paragraphs = readdirSync(corpus)
    .filter((file) => file.endsWith(".txt"))
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
  // j is measured from the middle of the list, where the list has grown and the text is long behind.
  const middle = await db.annotation.findMany({ where: { articleId: full.id }, orderBy: [{ start: "asc" }, { end: "desc" }, { id: "asc" }], skip: ANNOTATIONS / 2, take: 1 });
  return { empty: empty.id, full: full.id, middle: middle[0].id };
}

/** `--profile`: the functions that took the most time while the last annotation was shown. */
function printProfile(profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[]; samples?: number[]; timeDeltas?: number[] }, label: string) {
  const self = new Map<number, number>();
  profile.samples?.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas?.[i] ?? 0)));
  const byName = new Map<string, number>();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const name = `${functionName || "(anonymous)"} ${url.split("/").pop()}:${lineNumber}`;
    byName.set(name, (byName.get(name) ?? 0) + (self.get(node.id) ?? 0));
  }
  console.log(`\nSelf time while ${label} (ms):`);
  [...byName.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25).forEach(([name, us]) => console.log(`  ${(us / 1000).toFixed(1).padStart(7)}  ${name}`));
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/**
 * `--trace`: the renderer main thread's time while opening a page, by kind of work (self time,
 * so a layout forced from a script counts as layout, not scripting).
 */
function traceBreakdown(json: Buffer): Map<string, number> {
  const events = (JSON.parse(json.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const main = events.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain");
  const own = events.filter((e) => e.ph === "X" && e.dur && main && e.pid === main.pid && e.tid === main.tid).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const self = new Map<string, number>();
  const stack: TraceEvent[] = [];
  for (const event of own) {
    while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur! <= event.ts) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - event.dur!);
    self.set(event.name, (self.get(event.name) ?? 0) + event.dur!);
    stack.push(event);
  }
  return self;
}

const TRACE_CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8.execute", "v8", "blink", "loading"];

function printBreakdown(label: string, breakdowns: Map<string, number>[]) {
  const last = breakdowns[breakdowns.length - 1];
  const names = [...new Set(breakdowns.flatMap((b) => [...b.keys()]))].sort((a, b) => (last.get(b) ?? 0) - (last.get(a) ?? 0));
  console.log(`\nRenderer main thread, self time in ms, while ${label}:`);
  for (const name of names.slice(0, 25)) {
    console.log(`  ${breakdowns.map((b) => ((b.get(name) ?? 0) / 1000).toFixed(1).padStart(7)).join(" ")}  ${name}`);
  }
}

async function main() {
  await withBenchApp(createBenchArticles, async ({ base, browser, page }, ids) => {
    await page.addInitScript({ path: PROBE });
    const interactive = (id: string, expected: number, query = "") => measuredLoad(`opening /articles/${id}${query} (${expected} annotations)`, async () => {
      await page.goto(`${base}/articles/${id}${query}`, { waitUntil: "commit" });
      await page.locator(".ProseMirror").waitFor({ timeout: 60_000 });
      await highlightsPainted(page, expected, 60_000);
      // Interactive once the frame with the highlights has been painted, not merely rendered.
      const [ready, responseEnd, bytes] = await page.evaluate(
        () =>
          new Promise<number[]>((resolve) =>
            requestAnimationFrame(() =>
              setTimeout(() => {
                const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
                resolve([performance.now(), nav.responseEnd, nav.transferSize]);
              }),
            ),
          ),
      );
      (expected ? responses.full : responses.empty).push(responseEnd);
      size[expected ? "full" : "empty"] = bytes;
      return ready;
    });
    const responses = { empty: [] as number[], full: [] as number[] };
    const size = { empty: 0, full: 0 };
    const timings = { empty: [] as number[], full: [] as number[] };
    await interactive(ids.empty, 0); // warm the server's caches once
    for (let i = 0; i < RUNS; i++) {
      timings.empty.push(await interactive(ids.empty, 0));
      timings.full.push(await interactive(ids.full, ANNOTATIONS));
    }

    const tracing = process.argv.includes("--trace");
    if (tracing) {
      // Summed over several loads of each, as single loads vary too much to compare.
      const breakdowns = [new Map<string, number>(), new Map<string, number>()];
      for (let i = 0; i < 5; i++) {
        for (const [at, id, expected] of [[0, ids.empty, 0], [1, ids.full, ANNOTATIONS]] as const) {
          await browser.startTracing(page, { categories: TRACE_CATEGORIES });
          await interactive(id, expected);
          traceBreakdown(await browser.stopTracing()).forEach((us, name) => breakdowns[at].set(name, (breakdowns[at].get(name) ?? 0) + us / 5));
        }
      }
      printBreakdown("opening the article (mean of 5): none / 2,000 annotations", breakdowns);
    }

    const show: number[] = [];
    const paint: number[] = [];
    const profiling = process.argv.includes("--profile");
    const cdp = profiling ? await page.context().newCDPSession(page) : undefined;
    if (cdp) {
      await cdp.send("Profiler.enable");
      await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
      await cdp.send("Profiler.start");
      await interactive(ids.full, ANNOTATIONS);
      printProfile((await cdp.send("Profiler.stop")).profile, "opening the article with 2,000 annotations");
    }
    for (let i = 0; i < RUNS; i++) {
      if (tracing && i === RUNS - 1) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
      if (cdp && i === RUNS - 1) {
        await cdp.send("Profiler.enable");
        await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
        await cdp.send("Profiler.start");
      }
      await page.evaluate((n) => {
        const root = document.querySelector(".ProseMirror")!;
        const paragraph = root.querySelectorAll("p")[40 + n * 7];
        const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
        let text = walker.nextNode() as Text;
        while (text.data.length < 4) text = walker.nextNode() as Text;
        const range = document.createRange();
        range.setStart(text, 0);
        range.setEnd(text, 4);
        (root as HTMLElement).focus();
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
      }, i);
      await page.getByRole("toolbar", { name: "Tag the selected text" }).getByRole("button", { name: "Figure" }).click();
      await highlightsPainted(page, ANNOTATIONS + i + 1);
      const [scripting, painted] = await measured(page, "bench:show-annotation", i);
      show.push(scripting);
      paint.push(painted);
    }
    if (cdp) printProfile((await cdp.send("Profiler.stop")).profile, "showing one new annotation");
    if (tracing) printBreakdown("tagging a span and showing it among 2,000 annotations", [traceBreakdown(await browser.stopTracing())]);

    // j from the annotation in the middle of the document, opened by a link as from the review queue.
    const key = { scripting: [] as number[], painted: [] as number[] };
    const details = { scripting: [] as number[], painted: [] as number[] };
    await interactive(ids.full, ANNOTATIONS + RUNS, `?annotation=${ids.middle}`);
    await measured(page, "bench:open-details", 0);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const loadingDetails = page.getByRole("status").filter({ hasText: "Loading the annotation" });
    for (let i = 0; i < RUNS; i++) {
      if (tracing && i === RUNS - 1) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
      if (cdp && i === RUNS - 1) {
        await cdp.send("Profiler.enable");
        await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
        await cdp.send("Profiler.start");
      }
      await page.keyboard.press("j");
      const [scripting, painted] = await measured(page, "bench:open-by-key", i);
      key.scripting.push(scripting);
      key.painted.push(painted);
      // j goes through the shown suggestions too; those have no details to fetch.
      if ((await loadingDetails.count()) === 0) continue;
      const [shown, shownPainted] = await measured(page, "bench:open-details", details.scripting.length + 1);
      details.scripting.push(shown);
      details.painted.push(shownPainted);
    }
    if (cdp) printProfile((await cdp.send("Profiler.stop")).profile, "opening the next annotation with j");
    if (tracing) printBreakdown("opening the next annotation with j, and its details", [traceBreakdown(await browser.stopTracing())]);

    const empty = stats(timings.empty);
    const full = stats(timings.full);
    const shown = stats(show);
    const painted = stats(paint);
    const cpu = os.cpus()[0]?.model ?? "unknown CPU";
    console.log(`\nbench:editor — ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, headless Chromium`);
    console.log(`Time to interactive, median of ${RUNS} (min–max):`);
    console.log(`  no annotations      ${empty.median.toFixed(0)} ms (${empty.min.toFixed(0)}–${empty.max.toFixed(0)})`);
    console.log(`  ${ANNOTATIONS} annotations   ${full.median.toFixed(0)} ms (${full.min.toFixed(0)}–${full.max.toFixed(0)})`);
    console.log(`  ratio               ${(full.median / empty.median).toFixed(2)}×   (target < 1.5×)`);
    console.log(
      `  of which the HTML response: ${stats(responses.empty).median.toFixed(0)} ms (${Math.round(size.empty / 1024)} KiB) and ` +
        `${stats(responses.full).median.toFixed(0)} ms (${Math.round(size.full / 1024)} KiB)`,
    );
    console.log(`Showing one new annotation among ${ANNOTATIONS}, from the API's answer:`);
    console.log(`  scripting (state, render, highlight in the DOM)  median ${shown.median.toFixed(1)} ms, max ${shown.max.toFixed(1)} ms (target < 16 ms)`);
    console.log(`  until painted (with style and layout)            median ${painted.median.toFixed(1)} ms, max ${painted.max.toFixed(1)} ms`);
    const [keyed, keyPainted, detailed, detailPainted] = [key.scripting, key.painted, details.scripting, details.painted].map(stats);
    console.log(`Opening the next annotation (or suggestion) with j, from the middle of the ${ANNOTATIONS}, ${RUNS} times (${details.scripting.length} annotations):`);
    console.log(`  the key's scripting (state, render, selection in the DOM)  median ${keyed.median.toFixed(1)} ms, max ${keyed.max.toFixed(1)} ms (target < 16 ms)`);
    console.log(`  until painted                                               median ${keyPainted.median.toFixed(1)} ms, max ${keyPainted.max.toFixed(1)} ms`);
    console.log(`  its details, from the API's answer to the panel (scripting) median ${detailed.median.toFixed(1)} ms, max ${detailed.max.toFixed(1)} ms`);
    console.log(`  until painted                                               median ${detailPainted.median.toFixed(1)} ms, max ${detailPainted.max.toFixed(1)} ms`);
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
