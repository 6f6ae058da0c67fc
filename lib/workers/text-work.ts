import { readPage, type ReadPage } from "../web/read-page";
import { diffTexts, type TextDiff } from "../text/text-diff";

/**
 * The text work that can cost seconds of CPU on hostile or huge input: a word diff of two texts,
 * and reading a fetched page with Readability. Run in a worker thread (text-worker.ts), or inline
 * where nothing else waits (the benchmark's "before").
 */
export type TextTask = { kind: "diff"; before: string; after: string } | { kind: "read"; html: string; url: string };
export type TextResult<T extends TextTask> = T extends { kind: "diff" } ? TextDiff : ReadPage;

export function runTextTask(task: TextTask): TextDiff | ReadPage {
  return task.kind === "diff" ? diffTexts(task.before, task.after) : readPage(task.html, task.url);
}
