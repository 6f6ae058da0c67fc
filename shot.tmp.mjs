import { chromium } from "@playwright/test";
const base = "http://localhost:3000";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu","--disable-background-networking","--disable-component-update","--disable-sync","--no-first-run"] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.on("console", m => console.log("console:", m.type(), m.text()));
page.on("pageerror", e => console.log("pageerror:", e.message));
await page.goto(base + "/login");
await page.getByLabel("Email").fill("annotator@example.com");
await page.getByLabel("Password").fill("factmark-demo");
await page.getByRole("button", { name: "Sign in" }).click();
await page.waitForURL(base + "/");
await page.getByRole("link", { name: "Obama assures French leader Hollande over NSA spying reports" }).first().click();
await page.waitForSelector("[data-editor-ready] .ProseMirror");
// select "70.3 million"
await page.evaluate(() => {
  const root = document.querySelector(".ProseMirror");
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let n; while ((n = walker.nextNode())) { const i = n.data.indexOf("70.3 million"); if (i >= 0) { const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + 12); const s = getSelection(); s.removeAllRanges(); s.addRange(r); break; } }
});
await page.waitForTimeout(300);
await page.screenshot({ path: "/tmp/a1.png" });
await page.getByRole("toolbar", { name: "Tag the selected text" }).getByRole("button", { name: "Figure" }).click();
await page.waitForTimeout(800);
await page.screenshot({ path: "/tmp/a2.png" });
await browser.close();
