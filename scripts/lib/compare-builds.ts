import os from "node:os";
import type { BenchApp } from "./bench-app";
import { stats } from "./run";

/**
 * Runs `round` for each build in turn, `rounds` times, alternating which goes first (A B, B A,
 * A B…) so that neither build always follows the other; returns each build's results, in the
 * order of `apps`. Between turns a build's page is left blank, so its live feed and timers do not
 * run while the other build is measured.
 */
export async function alternately<R>(apps: BenchApp[], rounds: number, round: (app: BenchApp, index: number) => Promise<R>): Promise<R[][]> {
  const results = apps.map(() => [] as R[]);
  for (let index = 0; index < rounds; index += 1) {
    const order = index % 2 ? [...apps.keys()].reverse() : [...apps.keys()];
    for (const at of order) {
      results[at].push(await round(apps[at], index));
      await apps[at].page.goto("about:blank");
    }
  }
  return results;
}

/**
 * The machine, and how busy it was from `loadAtStart` (os.loadavg() when measuring began) to now,
 * as every comparison is headed: above 2 the figures are "under load".
 */
export function machineLine(loadAtStart: number[]): string {
  const [start, end] = [loadAtStart[0], os.loadavg()[0]];
  const busy = Math.max(start, end) > 2 ? " (under load)" : "";
  return `${os.cpus().length} × ${os.cpus()[0]?.model ?? "unknown CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; load average ${start.toFixed(1)} at the start, ${end.toFixed(1)} at the end${busy}`;
}

export interface FigureRow {
  label: string;
  /** Each build's samples, in the order of the apps; the median is printed. */
  samples: number[][];
  unit: "ms" | "KiB";
  digits?: number;
}

/**
 * Prints each figure for every build side by side (median, and min–max for times), and with
 * more than one build, this tree's median ÷ each other's: above 1 means slower here.
 */
export function printComparison(apps: BenchApp[], rows: FigureRow[]): void {
  const width = Math.max(...rows.map((row) => row.label.length));
  const column = Math.max(26, ...apps.map((app) => app.label.length + 5));
  const cell = (values: number[], row: FigureRow) => {
    if (!values.length) return "—".padEnd(column);
    const { median, min, max } = stats(values);
    const show = (n: number) => n.toLocaleString("en", { maximumFractionDigits: row.digits ?? 0, minimumFractionDigits: row.digits ?? 0 });
    const spread = row.unit === "ms" && values.length > 1 ? ` (${show(min)}–${show(max)})` : "";
    return `${show(median)} ${row.unit}${spread}`.padEnd(column);
  };
  const others = apps.slice(1).map((_, at) => at + 1);
  const letter = (at: number) => String.fromCharCode(65 + at);
  console.log(`${"".padEnd(width)}  ${apps.map((app, at) => `${letter(at)}: ${app.label}`.padEnd(column)).join("")}${others.map((at) => `A÷${letter(at)}`.padEnd(6)).join("")}`);
  for (const row of rows) {
    const medians = row.samples.map((values) => (values.length ? stats(values).median : NaN));
    const ratios = others.map((at) => (Number.isFinite(medians[0] / medians[at]) ? `${(medians[0] / medians[at]).toFixed(2)}×` : "—").padEnd(6));
    console.log(`${row.label.padEnd(width)}  ${row.samples.map((values) => cell(values, row)).join("")}${ratios.join("")}`);
  }
}
