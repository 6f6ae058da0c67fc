import { readdirSync, readFileSync } from "node:fs";
import type { Browser, Page } from "@playwright/test";

/*
 * CPU time, beside the wall-clock figures: on a machine others share, a page's time to
 * interactive can double from one minute to the next while the CPU time it needed stays put, so
 * the CPU figures are what tell two builds apart under load.
 */

const TICK_MS = 10; // Linux reports process times in clock ticks of 1/100 s.

/** The CPU time (user and system, in ms) used so far by process `pid` and all its descendants; NaN where /proc is missing. */
export function processTreeCpuMs(pid: number): number {
  let entries: string[];
  try {
    entries = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return NaN;
  }
  const parents = new Map<number, number>();
  const cpu = new Map<number, number>();
  for (const entry of entries) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // The command name may hold spaces and brackets: the fields start after its closing bracket.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      parents.set(Number(entry), Number(fields[1]));
      cpu.set(Number(entry), (Number(fields[11]) + Number(fields[12])) * TICK_MS);
    } catch {
      // The process ended while the list was read.
    }
  }
  let total = 0;
  const within = (candidate: number): boolean => {
    for (let at = candidate; at > 1; at = parents.get(at) ?? 0) if (at === pid) return true;
    return false;
  };
  for (const [candidate, ms] of cpu) if (within(candidate)) total += ms;
  return total;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  tdur?: number;
  args?: { name?: string };
}

/**
 * Runs `work` (a page load, say) with Chromium tracing on, and returns its result with the CPU
 * time the page's main thread spent in tasks meanwhile (the trace's thread time, so time lost to
 * other processes on a busy machine is not counted).
 */
export async function withMainThreadCpu<T>(browser: Browser, page: Page, work: () => Promise<T>): Promise<{ result: T; cpuMs: number }> {
  await browser.startTracing(page, { categories: ["toplevel", "devtools.timeline", "disabled-by-default-devtools.timeline"] });
  const outcome = await work().then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  const trace = await browser.stopTracing();
  if (!outcome.ok) throw outcome.error;
  const events = (JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const mains = new Set(events.filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain").map((e) => `${e.pid}:${e.tid}`));
  const cpuUs = events.filter((e) => e.ph === "X" && e.name === "RunTask" && mains.has(`${e.pid}:${e.tid}`)).reduce((sum, e) => sum + (e.tdur ?? 0), 0);
  return { result: outcome.value, cpuMs: cpuUs / 1000 };
}
