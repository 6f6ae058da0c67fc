import { chromium } from "@playwright/test";
const base = "http://localhost:3100";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(`${base}/login`);
await page.getByLabel("Email").fill("annotator@example.com");
await page.getByLabel("Password").fill("factmark-demo");
await page.getByRole("button", { name: "Sign in" }).click();
await page.waitForURL(`${base}/`);
const url = `${base}${process.argv[2]}`;
const sel = process.argv[3];
for (let i = 0; i < 4; i++) {
  await page.goto(url, { waitUntil: "commit" });
  await page.waitForSelector(sel, { timeout: 60_000 });
  const v = await page.evaluate(() => new Promise<number[]>((resolve) => requestAnimationFrame(() => setTimeout(() => { const n = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming; resolve([n.transferSize, n.decodedBodySize, n.responseStart, n.responseEnd, n.domContentLoadedEventEnd, performance.now(), document.querySelectorAll("*").length]); }))));
  console.log(v.map((x) => Math.round(x)).join(" "));
}
if (process.argv[4]) await page.screenshot({ path: process.argv[4], fullPage: false });
await browser.close();
