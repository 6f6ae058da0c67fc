import { test as base } from "@playwright/test";

export { expect } from "@playwright/test";

/**
 * Playwright's `test`, closing every browser context a test opened when it ends, passed or
 * failed. The `browser` fixture lives as long as its worker: a context a test opened with
 * `browser.newContext()` and did not close stayed open through the worker's later specs. Its
 * pages kept their live feeds (each person may hold twelve, lib/realtime/sse-stream.ts, and the
 * demo people are shared by every spec), and Chromium and the servers kept working for nobody.
 */
export const test = base.extend<{ closeOpenedContexts: void }>({
  closeOpenedContexts: [
    // After `context`, so Playwright's own context (its trace, its screenshots) is left to Playwright.
    async ({ browser, context }, use) => {
      const before = new Set([...browser.contexts(), context]);
      await use();
      await Promise.all(browser.contexts().filter((opened) => !before.has(opened)).map((opened) => opened.close()));
    },
    { auto: true },
  ],
});
