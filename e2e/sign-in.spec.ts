import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "./helpers";

const ARTICLE = "Obama assures French leader Hollande over NSA spying reports";

for (const [role, email] of Object.entries(DEMO)) {
  test(`the demo ${role} signs in, reads the story and signs out`, async ({ page }) => {
    await signIn(page, email);
    await expect(page).toHaveURL("/");
    const story = page.getByRole("region", { name: "NSA surveillance of France, October 2013" });
    await expect(story).toBeVisible();
    await expect(story.getByRole("list", { name: /Articles in/ }).getByRole("listitem")).toHaveCount(5);

    await story.getByRole("link", { name: ARTICLE }).click();
    await expect(page.getByRole("heading", { level: 1, name: ARTICLE })).toBeVisible();
    await expect(page.getByLabel("Article text").getByText("70.3 million", { exact: false })).toBeVisible();

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2F$/);
  });
}

test("a signed-out visit lands on /login and comes back after signing in", async ({ page }) => {
  await page.goto("/admin/users");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin%2Fusers/);
  await page.getByLabel("Email").fill(DEMO.admin);
  await page.getByLabel("Password").fill("factmark-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL("/admin/users");
  await expect(page.getByRole("heading", { name: "Users", level: 1 })).toBeVisible();
});

test("a signed-out API call gets 401 with a message", async ({ request }) => {
  for (const path of ["/api/stories", "/api/users", "/api/articles/anything"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(401);
    expect((await response.json()).error).toMatch(/sign in/i);
  }
});

test("a wrong password shows one generic message", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill(DEMO.editor);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("That email and password do not match an active account.");
  await page.getByLabel("Email").fill("nobody@example.com");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("That email and password do not match an active account.");
  await expect(page).toHaveURL(/\/login/);
});

test("an unknown article is a 404 page, not an error", async ({ page }) => {
  await signIn(page, DEMO.annotator);
  const response = await page.goto("/articles/does-not-exist");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});

test("the dashboard reads on a 390 px phone", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await signIn(page, DEMO.annotator);
  await expect(page.getByRole("link", { name: ARTICLE })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await context.close();
});
