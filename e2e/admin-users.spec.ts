import { type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { apiAs, DEMO, openAs, signIn, signInApi, uniqueEmail } from "./helpers";
import { ownDesk } from "./own-desk";

const PASSWORD = "a temporary password";

async function createPerson(page: Page, email: string, role: "Annotator" | "Editor" | "Admin") {
  await page.goto("/admin/users");
  const form = page.getByRole("region", { name: "Add a person" });
  await form.getByLabel("Name").fill(`Person ${email.split("@")[0]}`);
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Role").selectOption({ label: role });
  await form.getByLabel("Temporary password").fill(PASSWORD);
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByRole("status")).toHaveText(`Created an account for ${email}.`);
  await expect(page.getByRole("cell", { name: email, exact: true })).toBeVisible();
}

test("an admin creates a person, changes their role, and disabling ends their session at once", async ({ page, browser }) => {
  await openAs(page, "admin");
  const email = uniqueEmail("reporter");
  await createPerson(page, email, "Annotator");

  // The new person signs in elsewhere.
  const theirs = await browser.newContext();
  const theirPage = await theirs.newPage();
  await signIn(theirPage, email, PASSWORD);
  await expect(theirPage.getByText("· Annotator")).toBeVisible();

  // A role change applies on their next request.
  await page.getByLabel(`Role for ${email}`).selectOption({ label: "Editor" });
  await expect(page.getByRole("status")).toHaveText(`${email} is now Editor.`);
  await theirPage.reload();
  await expect(theirPage.getByText("· Editor")).toBeVisible();

  // Disabling signs them out on their next request, and they cannot sign in again.
  await page.getByRole("button", { name: `Disable ${email}` }).click();
  await expect(page.getByRole("status")).toHaveText(`${email} is disabled.`);
  await theirPage.reload();
  await expect(theirPage).toHaveURL(/\/login/);
  await theirPage.getByLabel("Email").fill(email);
  await theirPage.getByLabel("Password").fill(PASSWORD);
  await theirPage.getByRole("button", { name: "Sign in" }).click();
  await expect(theirPage.getByRole("main").getByRole("alert")).toHaveText("That email and password do not match an active account.");
  await theirs.close();
});

test("sign out everywhere ends a user's other sessions", async ({ page, browser }) => {
  await openAs(page, "admin");
  const email = uniqueEmail("stringer");
  await createPerson(page, email, "Annotator");
  const theirs = await browser.newContext();
  const theirPage = await theirs.newPage();
  await signIn(theirPage, email, PASSWORD);
  await page.getByRole("button", { name: `Sign out everywhere: ${email}` }).click();
  await expect(page.getByRole("status")).toHaveText(`${email} is signed out on every device.`);
  await theirPage.goto("/");
  await expect(theirPage).toHaveURL(/\/login/);
  await theirs.close();
});

test("bad input in the admin form gets a clear message and creates nobody", async ({ page }) => {
  await openAs(page, "admin", "/admin/users");
  const form = page.getByRole("region", { name: "Add a person" });
  await form.getByLabel("Name").fill("Someone");
  await form.getByLabel("Email").fill("not-an-email");
  await form.getByLabel("Temporary password").fill("short");
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(form.getByRole("alert")).toContainText("Enter a valid email address");
  await expect(form.getByRole("alert")).toContainText("at least 10 characters");
  await expect(page.getByRole("cell", { name: "not-an-email" })).toHaveCount(0);
});

test("the last admin cannot be demoted", async ({ browser, playwright }) => {
  // Who is an admin is the whole desk's: on a desk of its own (e2e/own-desk.ts), no other spec's
  // admin is in the way and nobody else's work sees the demotions.
  test.setTimeout(180_000);
  const desk = await ownDesk();
  try {
    const admin = await playwright.request.newContext({ baseURL: desk.baseURL });
    expect((await signInApi(admin, DEMO.admin)).ok()).toBe(true);
    expect((await admin.post("/api/users", { data: { email: uniqueEmail("second-admin"), name: "Second Admin", role: "ADMIN", password: PASSWORD } })).status()).toBe(201);
    await admin.dispose();
    const page = await (await browser.newContext({ baseURL: desk.baseURL })).newPage();
    await signIn(page, DEMO.admin);
    await page.goto("/admin/users");
    // Demote every other admin first, so the demo admin is the last one.
    const rows = page.getByRole("row").filter({ has: page.getByRole("combobox") });
    const count = await rows.count();
    for (let i = 0; i < count; i++) {
      const select = rows.nth(i).getByRole("combobox");
      const label = (await select.getAttribute("aria-label")) ?? "";
      if (label !== `Role for ${DEMO.admin}` && (await select.inputValue()) === "ADMIN") {
        await select.selectOption("EDITOR");
        await expect(page.getByRole("status")).toContainText("is now Editor");
      }
    }
    await page.getByLabel(`Role for ${DEMO.admin}`).selectOption({ label: "Editor" });
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("This is the last active admin. Make someone else an admin first.");
    await page.reload();
    await expect(page.getByLabel(`Role for ${DEMO.admin}`)).toHaveValue("ADMIN");
    await page.context().close();
  } finally {
    await desk.close();
  }
});

test.describe("the users API over HTTP", () => {
  test("a non-admin changing a role gets 403 and nothing changes", async ({ playwright }) => {
    const admin = await apiAs(playwright, "admin");
    const { users } = await (await admin.get("/api/users?limit=200")).json();
    const annotator = users.find((u: { email: string }) => u.email === DEMO.annotator);

    const editor = await apiAs(playwright, "editor");
    const refused = await editor.patch(`/api/users/${annotator.id}`, { data: { role: "ADMIN" } });
    expect(refused.status()).toBe(403);
    expect((await refused.json()).error).toBeTruthy();
    expect((await editor.get("/api/users")).status()).toBe(403);

    const after = (await (await admin.get("/api/users?limit=200")).json()).users.find((u: { email: string }) => u.email === DEMO.annotator);
    expect(after.role).toBe("ANNOTATOR");
    await admin.dispose();
    await editor.dispose();
  });

  test("malformed bodies get 400, unknown ids 404, other origins 403", async ({ playwright }) => {
    const admin = await apiAs(playwright, "admin");
    const notJson = await admin.post("/api/users", { headers: { "content-type": "application/json" }, data: Buffer.from("{oops") });
    expect(notJson.status()).toBe(400);
    expect((await notJson.json()).error).toBe("The request body must be valid JSON.");

    const badRole = await admin.post("/api/users", {
      data: { email: uniqueEmail("x"), name: "X", role: "OWNER", password: "long enough pw" },
    });
    expect(badRole.status()).toBe(400);
    expect((await badRole.json()).error).toMatch(/Role must be Annotator, Editor or Admin/);

    const empty = await admin.patch("/api/users/whoever", { data: {} });
    expect(empty.status()).toBe(400);
    expect((await admin.patch("/api/users/no-such-user", { data: { role: "EDITOR" } })).status()).toBe(404);

    const forged = await admin.post("/api/users", {
      headers: { origin: "https://evil.example" },
      data: { email: uniqueEmail("forged"), name: "F", role: "ADMIN", password: "long enough pw" },
    });
    expect(forged.status()).toBe(403);
    await admin.dispose();
  });

  test("a malformed sign-in gets 400 with a readable message", async ({ request }) => {
    const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
    const response = await request.post("/api/auth/callback/credentials", {
      form: { csrfToken, email: "not an email", password: "", json: "true" },
    });
    expect(response.status()).toBe(400);
    expect((await response.json()).error).toMatch(/valid email address/);
  });
});

test("a person changes their own password on the Account page, and an admin resets someone's", async ({ page, browser }) => {
  await openAs(page, "admin");
  const email = uniqueEmail("carver");
  await createPerson(page, email, "Annotator");

  const theirs = await browser.newContext();
  const theirPage = await theirs.newPage();
  await signIn(theirPage, email, PASSWORD);
  await theirPage.getByRole("link", { name: /^Account:/ }).click();
  const form = theirPage.getByRole("form", { name: "Change your password" });
  await form.getByLabel("Current password").fill("not my password");
  await form.getByLabel("New password", { exact: true }).fill("a fresh passphrase");
  await form.getByLabel("New password again").fill("a fresh passphrase");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByRole("alert")).toHaveText("Your current password is not right.");
  await form.getByLabel("Current password").fill(PASSWORD);
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(theirPage).toHaveURL(/\/login/);
  await expect(theirPage.getByRole("main").getByRole("alert")).toHaveText("Your password was changed. Sign in with the new one.");
  await signIn(theirPage, email, "a fresh passphrase");

  await page.goto("/admin/users");
  await page.getByRole("button", { name: `Reset password: ${email}` }).click();
  await page.getByLabel(`New password for ${email}`).fill("chosen by the admin");
  await page.getByRole("button", { name: "Set password", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText(`${email} has a new password and is signed out everywhere.`);
  await theirPage.goto("/");
  await expect(theirPage).toHaveURL(/\/login/);
  await signIn(theirPage, email, "chosen by the admin");
  await theirs.close();
});
