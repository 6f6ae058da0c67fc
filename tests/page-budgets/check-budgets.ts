/**
 * Byte budgets for the pages people open most (e2e/page-budgets.spec.ts measures them, this
 * compares). Sizes are gzip-compressed bytes, as they travel: the page's HTML, and the
 * JavaScript it loads before it is ready. Bytes, not milliseconds, so the check gives the same
 * answer on a busy machine as on a quiet one.
 */
export interface PageSize {
  html: number;
  js: number;
}

export type Budgets = Record<string, PageSize>;

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** Every budget exceeded, each naming the page, what was measured and what it may weigh; empty when all fit. */
export function overBudget(measured: Record<string, PageSize>, budgets: Budgets): string[] {
  const problems: string[] = [];
  for (const [page, size] of Object.entries(measured)) {
    const budget = budgets[page];
    if (!budget) {
      problems.push(`${page}: no budget in e2e/page-budgets.json (measured HTML ${kib(size.html)}, JavaScript ${kib(size.js)})`);
      continue;
    }
    for (const part of ["html", "js"] as const) {
      if (size[part] > budget[part]) {
        problems.push(
          `${page}: ${part === "html" ? "HTML" : "JavaScript"} is ${kib(size[part])} (${size[part]} bytes) compressed, over its budget of ${kib(budget[part])} (${budget[part]} bytes)`,
        );
      }
    }
  }
  return problems;
}

/** A budget from a page as it is now, plus a margin (10 % by default), rounded up to whole KiB. */
export function budgetFrom(size: PageSize, margin = 0.1): PageSize {
  const round = (bytes: number) => Math.ceil((bytes * (1 + margin)) / 1024) * 1024;
  return { html: round(size.html), js: round(size.js) };
}
