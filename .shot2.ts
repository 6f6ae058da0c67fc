import { chromium } from "@playwright/test";
const base = "http://127.0.0.1:3100";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] });
const page = await browser.newPage({ viewport: { width: 1400, height: 1100 } });
await page.goto(`${base}/login`);
await page.getByLabel("Email").fill("editor@example.com");
await page.getByLabel("Password").fill("factmark-demo");
await page.getByRole("button", { name: "Sign in" }).click();
await page.getByRole("button", { name: "Sign out" }).waitFor();
const { stories } = await (await page.request.get(`${base}/api/stories`)).json();
const story = stories[0];
const tags: Record<number, string[]> = { 1: ["tens of millions", "one-month period"], 2: ["three million", "70.3 million"], 3: ["70.3 million"], 4: ["more than 70 million", "30-day period", "3 million data"] };
for (const [i, words] of Object.entries(tags)) {
  const id = story.articles[Number(i)].id;
  const article = await (await page.request.get(`${base}/api/articles/${id}`)).json();
  for (const w of words) {
    const start = article.text.indexOf(w);
    const r = await page.request.post(`${base}/api/articles/${id}/annotations`, { data: { kind: "FIGURE", start, end: start + w.length, exact: w } });
    if (!r.ok()) console.log(w, r.status(), await r.text());
  }
}
await page.goto(`${base}/stories/${story.id}/ledger`);
await page.locator("[data-ledger-ready]").waitFor();
await page.screenshot({ path: "/tmp/shot-ledger-proposed.png", fullPage: true });
const accept = page.getByRole("region", { name: /^Proposed facts/ }).getByRole("button", { name: "Accept" });
while ((await accept.count()) > 0) {
  await accept.first().click();
  await page.waitForTimeout(800);
}
await page.screenshot({ path: "/tmp/shot-ledger.png", fullPage: true });
await page.getByRole("link", { name: /^70,300,000 recordings/ }).focus();
await page.screenshot({ path: "/tmp/shot-ledger-focus.png" });
await browser.close();
