import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

interface Timed {
  seconds: number;
  name: string;
}

/** Vitest's JSON report: each file's start and end. */
function vitestFiles(file: string): Timed[] {
  const report = JSON.parse(readFileSync(file, "utf8")) as { testResults: { name: string; startTime: number; endTime: number }[] };
  return report.testResults.map((result) => ({ seconds: (result.endTime - result.startTime) / 1000, name: path.relative(process.cwd(), result.name) }));
}

interface PlaywrightSuite {
  file: string;
  specs: { tests: { results: { duration: number }[] }[] }[];
  suites?: PlaywrightSuite[];
}

/** Playwright's JSON report: each spec file's tests, added up (a file's tests run one after another). */
function playwrightFiles(file: string): Timed[] {
  const report = JSON.parse(readFileSync(file, "utf8")) as { suites: PlaywrightSuite[] };
  const totals = new Map<string, number>();
  const visit = (suite: PlaywrightSuite) => {
    for (const spec of suite.specs) {
      for (const test of spec.tests) for (const result of test.results) totals.set(suite.file, (totals.get(suite.file) ?? 0) + result.duration / 1000);
    }
    suite.suites?.forEach(visit);
  };
  report.suites.forEach(visit);
  return [...totals].map(([name, seconds]) => ({ name, seconds }));
}

/**
 * Prints the slowest test files of this run from test-reports/ (a report older than `since` is
 * another run's, and left out), so where the time goes is in front of whoever waited for it.
 */
export function printSlowest(root: string, since: number, count = 5): void {
  const reports: [string, string, (file: string) => Timed[]][] = [
    ["Vitest", "vitest.json", vitestFiles],
    ["Playwright", "e2e.json", playwrightFiles],
  ];
  for (const [runner, name, read] of reports) {
    const file = path.join(root, "test-reports", name);
    if (!existsSync(file) || statSync(file).mtimeMs < since) continue;
    try {
      const slowest = read(file)
        .sort((a, b) => b.seconds - a.seconds)
        .slice(0, count);
      console.log(`Slowest ${runner} files (test-reports/${name} has every test's time):`);
      for (const { seconds, name: test } of slowest) console.log(`  ${seconds.toFixed(1).padStart(6)} s  ${test}`);
    } catch (error) {
      console.log(`test-reports/${name} could not be read: ${(error as Error).message}`);
    }
  }
}
