import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { DomainError, PayloadTooLargeError, ServiceBusyError, UnprocessableError } from "../errors/domain-error";
import { PoolBusyError, TaskTimeLimitError, WorkerPool, type WorkerPoolOptions } from "./worker-pool";
import { FetchProblem } from "../web/fetch-problem";
import type { ReadPage } from "../web/read-page";
import { withContext, type TextDiff } from "../text/text-diff";
import type { TextTask } from "./text-work";

/**
 * The one pool per server process that runs word diffs and Readability (text-work.ts) off the
 * event loop. Its size, queue and time limit come from the environment:
 * TEXT_WORK_THREADS (default: one less than the CPUs, 1 or 2), TEXT_WORK_QUEUE (20 waiting tasks),
 * TEXT_WORK_TIME_LIMIT_MS (10,000: a task still running then is stopped).
 */
export function textWorkSettings(env: Record<string, string | undefined> = process.env): Omit<WorkerPoolOptions, "startWorker"> {
  const number = (name: string, fallback: number, min: number) => {
    const value = Number(env[name] ?? fallback);
    return Number.isInteger(value) && value >= min ? value : fallback;
  };
  return {
    threads: number("TEXT_WORK_THREADS", Math.min(2, Math.max(1, availableParallelism() - 1)), 1),
    maxQueue: number("TEXT_WORK_QUEUE", 20, 0),
    timeLimitMs: number("TEXT_WORK_TIME_LIMIT_MS", 10_000, 1),
  };
}

/** Checked before any work is sent: past these the answer is known without spending a thread on it. */
export const TEXT_WORK_LIMITS = {
  /** Both texts of a diff together (an article is at most 2 MB; two long versions fit). */
  diffChars: 4_000_000,
  /** A page to read: the fetcher takes 5 MB at most. */
  pageChars: 5_000_000,
} as const;

// Memory a hostile page may take in its thread before the thread, not the server, runs out.
const THREAD_HEAP_MB = 512;

const THREAD_OPTIONS = { resourceLimits: { maxOldGenerationSizeMb: THREAD_HEAP_MB } };

function startTextWorker(): Worker {
  // Inside Next.js the bundler sees this `new Worker(new URL(…))` and builds the worker file with
  // the server. Outside it (vitest, the scripts) the file is TypeScript: its thread loads it through
  // tsx's API, since Node 20 does not apply an `--import` loader to worker threads.
  if (process.env.NEXT_RUNTIME) return new Worker(new URL("./text-worker.ts", import.meta.url), THREAD_OPTIONS);
  const source = new URL("./text-worker.ts", import.meta.url).href;
  return new Worker(`import("tsx/esm/api").then(({ tsImport }) => tsImport(${JSON.stringify(source)}, ${JSON.stringify(source)}))`, { ...THREAD_OPTIONS, eval: true });
}

export type TextWorkPool = WorkerPool<TextTask, TextDiff | ReadPage>;

export function createTextWorkPool(settings = textWorkSettings()): TextWorkPool {
  return new WorkerPool<TextTask, TextDiff | ReadPage>({ ...settings, startWorker: startTextWorker });
}

// On globalThis, so the routes Next.js bundles separately still share one pool per process.
const shared = globalThis as typeof globalThis & { factmarkTextWorkPool?: TextWorkPool };

export function textWorkPool(): TextWorkPool {
  shared.factmarkTextWorkPool ??= createTextWorkPool();
  return shared.factmarkTextWorkPool;
}

const seconds = (ms: number) => (ms >= 1000 ? String(Math.round(ms / 1000)) : (ms / 1000).toFixed(1));

/** Stops the process's pool; the next use starts a new one with the settings then in force (tests, shutdown). */
export async function closeTextWorkPool(): Promise<void> {
  const pool = shared.factmarkTextWorkPool;
  shared.factmarkTextWorkPool = undefined;
  await pool?.close();
}

/** Seconds a refused request is told to wait: about one task's time limit. */
const retryAfter = (pool: TextWorkPool) => Math.max(1, Math.ceil(pool.options.timeLimitMs / 1000));

function busy(pool: TextWorkPool) {
  return new ServiceBusyError("Factmark is busy comparing and reading other texts right now. Try again in a few seconds.", retryAfter(pool));
}

/**
 * A word diff (text-diff.ts) in the pool. Too long: 413; the pool full: 503 with Retry-After;
 * past the time limit: 422. The caller decides whether to show those or to fall back.
 */
export async function diffTextsOffThread(before: string, after: string, pool = textWorkPool()): Promise<TextDiff> {
  if (before.length + after.length > TEXT_WORK_LIMITS.diffChars) {
    throw new PayloadTooLargeError(`These texts are too long to compare word by word (over ${TEXT_WORK_LIMITS.diffChars.toLocaleString("en")} characters together).`);
  }
  try {
    return (await pool.run({ kind: "diff", before, after })) as TextDiff;
  } catch (error) {
    if (error instanceof PoolBusyError) throw busy(pool);
    if (error instanceof TaskTimeLimitError) throw new UnprocessableError("These texts took too long to compare word by word, so Factmark stopped.");
    throw error;
  }
}

/**
 * A diff for a page that shows it beside other things (an archived copy, a check's result): long
 * unchanged stretches shortened, and, when the diff cannot be had, the reason instead of an error.
 */
export async function diffForShowing(before: string, after: string, pool = textWorkPool()): Promise<TextDiff> {
  try {
    const diff = await diffTextsOffThread(before, after, pool);
    return { ...diff, parts: withContext(diff.parts) };
  } catch (error) {
    if (error instanceof DomainError) return { parts: [], tooDifferent: true, unavailable: error.message };
    throw error;
  }
}

/** A page fetched but not read: too large to start on, or stopped at the time limit. */
export class PageReadRefused extends FetchProblem {
  constructor(
    message: string,
    readonly reason: "too-large" | "too-slow",
  ) {
    super("failed", message);
  }
}

/** Readability (read-page.ts) in the pool. Too large or too slow: PageReadRefused; the pool full: 503. */
export async function readPageOffThread(html: string, url: string, pool = textWorkPool()): Promise<ReadPage> {
  if (html.length > TEXT_WORK_LIMITS.pageChars) {
    throw new PageReadRefused(`This page is too large to read (over ${TEXT_WORK_LIMITS.pageChars.toLocaleString("en")} characters).`, "too-large");
  }
  try {
    return (await pool.run({ kind: "read", html, url })) as ReadPage;
  } catch (error) {
    if (error instanceof PoolBusyError) throw busy(pool);
    if (error instanceof TaskTimeLimitError) {
      throw new PageReadRefused(`This page took too long to read (over ${seconds(pool.options.timeLimitMs)} s), so Factmark stopped reading it.`, "too-slow");
    }
    throw error;
  }
}
