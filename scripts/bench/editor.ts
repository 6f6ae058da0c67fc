/**
 * `npm run bench:editor`: how the article page copes with 2,000 annotations, on a production build.
 *
 * Prints (1) the time until the page is interactive (editor mounted and the frame with every
 * highlight painted) for a long article with 2,000 annotations against the same article with none, and
 * (2) the scripting time to show one new annotation: from the API's answer to the frame with
 * its highlight and list entry (the `factmark:show-annotation` measure in the page).
 * `-- --trace` adds where the main thread's time goes while opening each; `-- --profile`, which
 * functions take it.
 */
import os from "node:os";
import { buildTextIndex } from "../../lib/anchoring/text-index";
import { checkAnchor } from "../../lib/anchoring/selectors";
import { docFromParagraphs, paragraphsFromPlainText } from "../../lib/text/plain-text";
import { db } from "../../lib/db/client";
import { benchOptions, withBenchApps, type BenchApp } from "../lib/bench-app";
import { alternately, machineLine, printComparison } from "../lib/compare-builds";
import { withMainThreadCpu } from "../lib/cpu-time";
import { measuredLoad } from "../lib/page-load";
import { root, stats } from "../lib/run";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";

const ANNOTATIONS = 2_000;
/** Rounds per build, alternating between builds with `--against`; each loads both articles LOADS times and shows SHOWN new annotations. */
const ROUNDS = 5;
const LOADS = 3;
const SHOWN = 3;
const KINDS = ["CLAIM", "FIGURE", "DENIAL"] as const;

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
  return { empty: empty.id, full: full.id };
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

/** One build's turn: LOADS loads of each article, then SHOWN new annotations among the 2,000. */
interface EditorRound {
  empty: number[];
  full: number[];
  responses: { empty: number[]; full: number[] };
  size: { empty: number; full: number };
  /** The server's CPU time per timed load, and the page's main-thread CPU time for one traced load of each. */
  serverCpu: { empty: number[]; full: number[] };
  browserCpu: { empty: number[]; full: number[] };
  show: number[];
  paint: number[];
}

async function main() {
  const options = benchOptions();
  // Annotations each build has added so far (each to its own copy of the article).
  const added = new Map<string, number>();
  const measureRound = async ({ label, base, browser, page, serverCpuMs }: BenchApp, ids: { empty: string; full: string }, round: number): Promise<EditorRound> => {
    const interactive = (id: string, expected: number) => measuredLoad(`${label}: opening /articles/${id} (${expected} annotations)`, async () => {
      await page.goto(`${base}/articles/${id}`, { waitUntil: "commit" });
      await page.waitForSelector(`[data-highlights="${expected}"]`, { timeout: 60_000 });
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
    const before = ANNOTATIONS + (added.get(label) ?? 0);
    if (round === 0) await interactive(ids.empty, 0); // warm the server's caches once
    const serverCpu = { empty: [] as number[], full: [] as number[] };
    const browserCpu = { empty: [] as number[], full: [] as number[] };
    const timed = async (kind: "empty" | "full") => {
      const cpu = serverCpuMs();
      timings[kind].push(await interactive(ids[kind], kind === "full" ? before : 0));
      serverCpu[kind].push(serverCpuMs() - cpu);
    };
    for (let i = 0; i < LOADS; i++) {
      await timed("empty");
      await timed("full");
    }
    // One more load of each, traced for its CPU time (tracing slows a load, so these are not timed).
    for (const kind of ["empty", "full"] as const) {
      const responded = responses[kind].length;
      browserCpu[kind].push((await withMainThreadCpu(browser, page, () => interactive(ids[kind], kind === "full" ? before : 0))).cpuMs);
      responses[kind].length = responded;
    }

    const last = round === ROUNDS - 1;
    const tracing = last && process.argv.includes("--trace");
    if (tracing) {
      // Summed over several loads of each, as single loads vary too much to compare.
      const breakdowns = [new Map<string, number>(), new Map<string, number>()];
      for (let i = 0; i < 5; i++) {
        for (const [at, id, expected] of [[0, ids.empty, 0], [1, ids.full, before]] as const) {
          await browser.startTracing(page, { categories: TRACE_CATEGORIES });
          await interactive(id, expected);
          traceBreakdown(await browser.stopTracing()).forEach((us, name) => breakdowns[at].set(name, (breakdowns[at].get(name) ?? 0) + us / 5));
        }
      }
      printBreakdown(`opening the article on ${label} (mean of 5): none / ${before} annotations`, breakdowns);
    }

    const show: number[] = [];
    const paint: number[] = [];
    const profiling = last && process.argv.includes("--profile");
    const cdp = profiling ? await page.context().newCDPSession(page) : undefined;
    if (cdp) {
      await cdp.send("Profiler.enable");
      await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
      await cdp.send("Profiler.start");
      await interactive(ids.full, before);
      printProfile((await cdp.send("Profiler.stop")).profile, `opening the article with ${before} annotations on ${label}`);
    }
    for (let i = 0; i < SHOWN; i++) {
      const n = round * SHOWN + i;
      if (tracing && i === SHOWN - 1) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
      if (cdp && i === SHOWN - 1) {
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
      }, n);
      await page.getByRole("toolbar", { name: "Tag the selected text" }).getByRole("button", { name: "Figure" }).click();
      await page.waitForSelector(`[data-highlights="${before + i + 1}"]`);
      const [scripting, painted] = await page.waitForFunction((n) => {
        // (No named helper here: the bundler would wrap it in a function the page does not have.)
        const pair = ["factmark:show-annotation", "factmark:show-annotation-painted"].map(
          (name) => performance.getEntriesByName(name, "measure")[n]?.duration,
        );
        return pair.every((value) => value !== undefined) ? pair : null;
      }, i).then((handle) => handle.jsonValue() as Promise<number[]>);
      show.push(scripting);
      paint.push(painted);
    }
    added.set(label, (added.get(label) ?? 0) + SHOWN);
    if (cdp) printProfile((await cdp.send("Profiler.stop")).profile, `showing one new annotation on ${label}`);
    if (tracing) printBreakdown(`tagging a span and showing it among ${before} annotations on ${label}`, [traceBreakdown(await browser.stopTracing())]);
    return { empty: timings.empty, full: timings.full, responses, size, serverCpu, browserCpu, show, paint };
  };

  await withBenchApps(
    createBenchArticles,
    async (apps, ids) => {
      const loadAtStart = os.loadavg();
      const rounds = await alternately(apps, ROUNDS, (app, round) => measureRound(app, ids, round));
      const all = (pick: (r: EditorRound) => number[]) => rounds.map((own) => own.flatMap(pick));
      console.log(`\nbench:editor — ${machineLine(loadAtStart)}; headless Chromium; ${ROUNDS} alternating rounds of ${LOADS} loads of each article and ${SHOWN} new annotations`);
      printComparison(apps, [
        { label: "interactive, no annotations", samples: all((r) => r.empty), unit: "ms" },
        { label: `interactive, ${ANNOTATIONS.toLocaleString("en")} annotations`, samples: all((r) => r.full), unit: "ms" },
        { label: "  HTML response, no annotations", samples: all((r) => r.responses.empty), unit: "ms" },
        { label: `  HTML response, ${ANNOTATIONS.toLocaleString("en")} annotations`, samples: all((r) => r.responses.full), unit: "ms" },
        { label: "  HTML transferred, no annotations", samples: all((r) => [r.size.empty / 1024]), unit: "KiB" },
        { label: `  HTML transferred, ${ANNOTATIONS.toLocaleString("en")} annotations`, samples: all((r) => [r.size.full / 1024]), unit: "KiB" },
        { label: "  server CPU per load, no annotations", samples: all((r) => r.serverCpu.empty), unit: "ms" },
        { label: `  server CPU per load, ${ANNOTATIONS.toLocaleString("en")} annotations`, samples: all((r) => r.serverCpu.full), unit: "ms" },
        { label: "  page main-thread CPU, no annotations", samples: all((r) => r.browserCpu.empty), unit: "ms" },
        { label: `  page main-thread CPU, ${ANNOTATIONS.toLocaleString("en")} annotations`, samples: all((r) => r.browserCpu.full), unit: "ms" },
        { label: "showing a new annotation: scripting", samples: all((r) => r.show), unit: "ms", digits: 1 },
        { label: "  … until painted", samples: all((r) => r.paint), unit: "ms", digits: 1 },
      ]);
      for (const [at, app] of apps.entries()) {
        const [empty, full] = [stats(all((r) => r.empty)[at]).median, stats(all((r) => r.full)[at]).median];
        console.log(`${app.label}: ${ANNOTATIONS.toLocaleString("en")} annotations ÷ none ${(full / empty).toFixed(2)}× (target < 1.3×); new annotation scripting ${stats(all((r) => r.show)[at]).median.toFixed(1)} ms (target < 16 ms)`);
      }
      for (const [at, app] of apps.entries()) {
        if (at === 0) continue;
        const ratio = stats(all((r) => r.full)[0]).median / stats(all((r) => r.full)[at]).median;
        console.log(`interactive with ${ANNOTATIONS.toLocaleString("en")} annotations, this tree ÷ ${app.label}: ${ratio.toFixed(2)}× (target against the round-one build < 1.1×)`);
      }
    },
    options,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
