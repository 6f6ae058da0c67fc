/**
 * `npm run bench:editor`: how the article page copes with 2,000 annotations, on a production build.
 * `-- --against <git ref>` builds that commit too and measures both in turn, page load by page load
 * and key by key, printing both builds' figures side by side with their ratio: on a shared machine
 * whose speed changes from minute to minute, only such a pair compares.
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
import { docFromParagraphs, paragraphsFromPlainText } from "../../lib/text/plain-text";
import { db } from "../../lib/db/client";
import { benchOptions, withBenchApps, type BenchApp } from "../lib/bench-app";
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
  // A production build's names are minified: by script file, two builds still compare.
  const byFile = new Map<string, number>();
  for (const node of profile.nodes) {
    const file = node.callFrame.url.split("/").pop() || `(${node.callFrame.functionName || "native"})`;
    byFile.set(file, (byFile.get(file) ?? 0) + (self.get(node.id) ?? 0));
  }
  console.log(`  by script file:`);
  [...byFile.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12).forEach(([file, us]) => console.log(`  ${(us / 1000).toFixed(1).padStart(7)}  ${file}`));
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

type BenchIds = Awaited<ReturnType<typeof createBenchArticles>>;

/**
 * Waits, after a measured load, until the page has done its after-work: its suggestions asked for
 * and answered (in builds that have them), and no request of its own in flight for half a second.
 * Otherwise the server would still be working out one build's suggestions while the next load,
 * of another build, is measured.
 */
async function settled(page: Page) {
  const hasSuggestions = (await page.getByRole("checkbox", { name: "Suggestions" }).count()) > 0;
  await page.waitForFunction((needed) => (window as unknown as { __benchQuiet(ms: number, needed: string | null): boolean }).__benchQuiet(500, needed), hasSuggestions ? "/suggestions" : null, {
    timeout: 30_000,
    polling: 100,
  });
}

/** One build's page and what was measured on it. */
function benchPage({ base, page }: BenchApp, ids: BenchIds) {
  const figures = {
    interactive: { empty: [] as number[], full: [] as number[] },
    response: { empty: [] as number[], full: [] as number[] },
    size: { empty: 0, full: 0 },
    show: [] as number[],
    showPainted: [] as number[],
    key: [] as number[],
    keyPainted: [] as number[],
    details: [] as number[],
    detailsPainted: [] as number[],
  };
  /** `atReady` runs as soon as the page is interactive, before its after-work is waited for. */
  const interactive = (id: string, expected: number, query = "", atReady?: () => Promise<void>) =>
    measuredLoad(`opening ${base}/articles/${id}${query} (${expected} annotations)`, async () => {
      await page.goto(`${base}/articles/${id}${query}`, { waitUntil: "commit" });
      // The editor is up, the annotations have arrived (the list counts them) and are painted.
      // Asked with plain DOM reads: a role query works out every element's role and name on each
      // poll, on the page's own main thread, which slowed the very load it waited for (about 40 ms
      // of a 2,000-annotation load in a profile).
      await page.waitForFunction(
        (heading) => document.querySelector(".ProseMirror") !== null && [...document.querySelectorAll("h1, h2, h3")].some((h) => h.textContent === heading),
        `Annotations (${expected})`,
        { timeout: 60_000 },
      );
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
      const which = expected ? "full" : "empty";
      figures.response[which].push(responseEnd);
      figures.size[which] = bytes;
      await atReady?.();
      await settled(page);
      return ready;
    });
  let detailsSeen = 0;
  const loadingDetails = page.getByRole("status").filter({ hasText: "Loading the annotation" });
  return {
    page,
    figures,
    interactive,
    /** Warms the server's caches once. */
    warm: () => interactive(ids.empty, 0),
    openFull: () => interactive(ids.full, ANNOTATIONS),
    async loadBoth() {
      figures.interactive.empty.push(await interactive(ids.empty, 0));
      figures.interactive.full.push(await interactive(ids.full, ANNOTATIONS));
    },
    /** Tags four letters of a paragraph further down each time as a figure, and takes how long showing it took. */
    async tag(n: number) {
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
      }, n);
      await page.getByRole("toolbar", { name: "Tag the selected text" }).getByRole("button", { name: "Figure" }).click();
      await highlightsPainted(page, ANNOTATIONS + n + 1);
      const [scripting, painted] = await measured(page, "bench:show-annotation", n);
      figures.show.push(scripting);
      figures.showPainted.push(painted);
    },
    /**
     * The annotation in the middle of the document, opened by a link as from the review queue,
     * with the machine's suggestions hidden so that j goes from annotation to annotation.
     */
    async openMiddle() {
      await interactive(ids.full, ANNOTATIONS + RUNS, `?annotation=${ids.middle}`);
      await measured(page, "bench:open-details", 0);
      detailsSeen = 1;
      // Round one's build (9e1bec7) had no suggestions, so no such switch.
      const suggestions = page.getByRole("checkbox", { name: "Suggestions" });
      if (await suggestions.count()) await suggestions.uncheck();
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    },
    /** j once: the key's handling, then the details' (unless they were at hand: nothing to fetch). */
    async step(n: number) {
      await page.keyboard.press("j");
      const [scripting, painted] = await measured(page, "bench:open-by-key", n);
      figures.key.push(scripting);
      figures.keyPainted.push(painted);
      if ((await loadingDetails.count()) === 0) return;
      const [shown, shownPainted] = await measured(page, "bench:open-details", detailsSeen++);
      figures.details.push(shown);
      figures.detailsPainted.push(shownPainted);
    },
  };
}

type Figures = ReturnType<typeof benchPage>["figures"];

/** Prints each figure for every build measured, side by side, with this tree's ÷ the other's. */
function printFigures(labels: string[], all: Figures[]) {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const load = os.loadavg().map((l) => l.toFixed(1)).join(" ");
  console.log(`\nbench:editor — ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, headless Chromium; load average ${load}`);
  const width = 34;
  const row = (name: string, cells: string[], ratio?: string) =>
    console.log(`  ${name.padEnd(44)}${cells.map((cell) => cell.padEnd(width)).join("")}${ratio && all.length > 1 ? ratio : ""}`);
  const ratioOf = (values: number[]) => `${(values[0] / values[1]).toFixed(2)}×`;
  const timing = (name: string, pick: (f: Figures) => number[], digits = 1) => {
    if (all.some((f) => pick(f).length === 0)) return row(name, all.map((f) => `${pick(f).length} samples`));
    const s = all.map((f) => stats(pick(f)));
    row(name, s.map((x) => `${x.median.toFixed(digits)} ms (${x.min.toFixed(digits)}–${x.max.toFixed(digits)})`), ratioOf(s.map((x) => x.median)));
  };
  console.log(`  ${"median (min–max)".padEnd(44)}${labels.map((label) => label.padEnd(width)).join("")}${all.length > 1 ? "ratio" : ""}`);
  console.log(`Time to interactive, over ${RUNS} loads each:`);
  timing("no annotations", (f) => f.interactive.empty, 0);
  timing(`${ANNOTATIONS} annotations`, (f) => f.interactive.full, 0);
  const ratios = all.map((f) => stats(f.interactive.full).median / stats(f.interactive.empty).median);
  row("ratio 2,000 ÷ none (target < 1.3×)", ratios.map((r) => `${r.toFixed(2)}×`));
  timing("of which the HTML response, no annotations", (f) => f.response.empty, 0);
  timing(`of which the HTML response, ${ANNOTATIONS}`, (f) => f.response.full, 0);
  row("HTML transferred, none / 2,000", all.map((f) => `${Math.round(f.size.empty / 1024)} KiB / ${Math.round(f.size.full / 1024)} KiB`));
  console.log(`Showing one new annotation among ${ANNOTATIONS}, from the API's answer (${RUNS} each):`);
  timing("scripting (target < 16 ms)", (f) => f.show);
  timing("until painted", (f) => f.showPainted);
  console.log(`Opening the next annotation with j, from the middle of the list, suggestions hidden (${RUNS} each):`);
  timing("the key's scripting (target < 16 ms)", (f) => f.key);
  timing("until painted", (f) => f.keyPainted);
  timing(`its details: answer to panel, scripting`, (f) => f.details);
  timing("until painted", (f) => f.detailsPainted);
  row("(annotations among them, with details)", all.map((f) => String(f.details.length)));
}

async function main() {
  await withBenchApps(
    createBenchArticles,
    // Every build serves its own copy of the same rows, so the ids are the same in each.
    async (apps, ids) => {
      const builds = apps.map((app) => benchPage(app, ids));
      for (const build of builds) await build.page.addInitScript({ path: PROBE });
      const [ours] = builds;
      const { browser, page } = apps[0];
      for (const build of builds) await build.warm();
      // Each figure is taken from the builds in turn, so a slow minute of the machine slows both.
      for (let i = 0; i < RUNS; i++) for (const build of builds) await build.loadBoth();

      const tracing = process.argv.includes("--trace");
      if (tracing) {
        // Summed over several loads of each, as single loads vary too much to compare.
        const breakdowns = [new Map<string, number>(), new Map<string, number>()];
        for (let i = 0; i < 5; i++) {
          for (const [at, id, expected] of [[0, ids.empty, 0], [1, ids.full, ANNOTATIONS]] as const) {
            await browser.startTracing(page, { categories: TRACE_CATEGORIES });
            await ours.interactive(id, expected);
            traceBreakdown(await browser.stopTracing()).forEach((us, name) => breakdowns[at].set(name, (breakdowns[at].get(name) ?? 0) + us / 5));
          }
        }
        printBreakdown("opening the article (mean of 5): none / 2,000 annotations", breakdowns);
      }

      const profiling = process.argv.includes("--profile");
      const cdp = profiling ? await page.context().newCDPSession(page) : undefined;
      const startProfile = async () => {
        await cdp?.send("Profiler.enable");
        await cdp?.send("Profiler.setSamplingInterval", { interval: 100 });
        await cdp?.send("Profiler.start");
      };
      // Each build's page load profiled the same way (after the alternating loads, so all are warm).
      if (profiling) {
        for (const [at, build] of builds.entries()) {
          const session = await build.page.context().newCDPSession(build.page);
          await session.send("Profiler.enable");
          await session.send("Profiler.setSamplingInterval", { interval: 100 });
          let profile: Parameters<typeof printProfile>[0] | undefined;
          await session.send("Profiler.start");
          await build.interactive(ids.full, ANNOTATIONS, "", async () => void (profile = (await session.send("Profiler.stop")).profile));
          printProfile(profile!, `opening the article with 2,000 annotations until interactive, ${apps[at].label}`);
          await session.detach();
        }
      }
      /** Takes one sample from each build; --trace and --profile watch this tree's last one. */
      const sample = async (i: number, take: (build: (typeof builds)[number]) => Promise<void>, label: string) => {
        for (const build of builds) {
          const watched = build === ours && i === RUNS - 1 && (tracing || profiling);
          if (watched && tracing) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
          if (watched) await startProfile();
          await take(build);
          if (watched && cdp) printProfile((await cdp.send("Profiler.stop")).profile, label);
          if (watched && tracing) printBreakdown(label, [traceBreakdown(await browser.stopTracing())]);
        }
      };

      for (const build of builds) await build.openFull();
      for (let i = 0; i < RUNS; i++) await sample(i, (build) => build.tag(i), "tagging a span and showing it among 2,000 annotations");
      for (const build of builds) await build.openMiddle();
      for (let i = 0; i < RUNS; i++) await sample(i, (build) => build.step(i), "opening the next annotation with j, and its details");

      printFigures(apps.map((app) => app.label), builds.map((build) => build.figures));
    },
    benchOptions(),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
