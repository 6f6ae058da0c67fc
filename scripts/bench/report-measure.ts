/**
 * The measuring half of `npm run bench:report`, a child process: one per build compared, each
 * run from its own tree (this file is copied into the other one), so each build's own report
 * code reads its own database. It reads one line per round on stdin (the story to report on and
 * the user reading it) and answers with one line: the load's time and each format's time, size
 * and peak memory. It only uses what every build since the first report benchmark has:
 * loadReport, exportReport and REPORT_FORMATS.
 */
import { createInterface } from "node:readline";
import * as client from "../../lib/db/client";
import { exportReport, REPORT_FORMATS, type ReportFormat } from "../../lib/reports/export-report";
import { loadReport } from "../../lib/reports/report-data";

export const ANSWER = "@@report-round ";

export interface RoundRequest {
  storyId: string;
  viewer: Parameters<typeof loadReport>[0];
}

export interface RoundFigures {
  loadMs: number;
  formats: Record<string, { ms: number; bytes: number; peakMb: number; baselineMb: number }>;
}

async function measureRound({ storyId, viewer }: RoundRequest): Promise<RoundFigures> {
  let started = performance.now();
  const report = await loadReport(viewer, { type: "story", id: storyId }, "approved");
  const loadMs = performance.now() - started;
  const formats: RoundFigures["formats"] = {};
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
    const ms = performance.now() - started;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    formats[format] = { ms, bytes, peakMb: (peak - baseline) / 1024 / 1024, baselineMb: baseline / 1024 / 1024 };
  }
  return { loadMs, formats };
}

async function main() {
  for await (const line of createInterface({ input: process.stdin })) {
    if (!line.trim()) continue;
    const figures = await measureRound(JSON.parse(line) as RoundRequest);
    process.stdout.write(`${ANSWER}${JSON.stringify(figures)}\n`);
  }
  // Older builds have no closeDb (their Prisma client closes with $disconnect).
  const done = (client as { closeDb?: () => Promise<void> }).closeDb ?? (() => client.db.$disconnect());
  await done().catch(() => {});
}

// Imported for its types by the benchmark itself; measures only when run as the child.
if (process.argv[1]?.endsWith("report-measure.ts")) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
