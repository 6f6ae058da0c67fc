import { existsSync, readFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { expect, test } from "./fixtures";
import pg from "pg";
import { decodeSessionToken, encodeSessionToken } from "../lib/auth/session-token";
import { DEMO_STORY, HOLLANDE } from "./demo-articles";
import { apiAs, DEMO, findStory, newPerson, openAs, pageAs, signIn, signInApi, uniqueEmail } from "./helpers";

const ARTICLE = HOLLANDE;

// People of the spec's own, one of each role: signing out ends every session of the account, and
// the demo accounts' sessions serve the other specs of the run. (The demo accounts sign in through
// the form in the tests below.)
for (const role of ["ANNOTATOR", "EDITOR", "ADMIN"] as const) {
  test(`an ${role.toLowerCase()} signs in, reads the demo story and signs out`, async ({ page, playwright }) => {
    const person = await newPerson(playwright, role, role.toLowerCase());
    await signIn(page, person.email, person.password);
    await expect(page).toHaveURL("/");
    // The demo story was the desk's first: other specs' stories fill the dashboard's first page.
    await findStory(page, DEMO_STORY);
    const story = page.getByRole("region", { name: DEMO_STORY, exact: true });
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
  await openAs(page, "annotator");
  const response = await page.goto("/articles/does-not-exist");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});

test("the dashboard reads on a 390 px phone", async ({ browser }) => {
  const page = await pageAs(browser, "annotator", { viewport: { width: 390, height: 844 } });
  await page.goto("/");
  await findStory(page, DEMO_STORY);
  await expect(page.getByRole("region", { name: DEMO_STORY, exact: true }).getByRole("link", { name: ARTICLE })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.context().close();
});

test("a plain sign-out makes a copied session cookie worthless", async ({ browser, playwright }) => {
  const person = await newPerson(playwright, "ANNOTATOR", "copied");
  const first = await browser.newContext();
  const page = await first.newPage();
  await signIn(page, person.email, person.password);
  const copied = await first.cookies();
  expect((await page.request.get("/api/my-work")).status()).toBe(200);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);

  const thief = await browser.newContext();
  await thief.addCookies(copied);
  const response = await thief.request.get("/api/my-work");
  expect(response.status()).toBe(401);
  await first.close();
  await thief.close();
});

test("a session in use is renewed: an answer to a session a few minutes old carries one that ends twelve hours from now", async ({ playwright }) => {
  const person = await newPerson(playwright, "ANNOTATOR", "renewed");
  const context = await playwright.request.newContext();
  expect((await signInApi(context, person.email, person.password)).ok()).toBe(true);
  const [cookie] = (await context.storageState()).cookies.filter((c) => c.name.endsWith("next-auth.session-token"));
  const secret = process.env.NEXTAUTH_SECRET!;
  const claims = (await decodeSessionToken({ token: cookie.value, secret }))!;
  expect(claims.uid).toEqual(expect.any(String));
  // The same session as issued five minutes ago, with two minutes left of it.
  const fiveMinutesAgo = new Date(Date.now() - 5 * 60_000);
  const old = await encodeSessionToken({ token: claims, secret, maxAge: 7 * 60, now: fiveMinutesAgo });
  await context.addCookies([{ ...cookie, value: old }]);

  const response = await context.get("/api/my-work");
  expect(response.status()).toBe(200);
  const renewed = response.headersArray().find((h) => h.name.toLowerCase() === "set-cookie" && h.value.startsWith(`${cookie.name}=`));
  expect(renewed, "a renewed session cookie").toBeDefined();
  expect(renewed!.value).toMatch(/HttpOnly/i);
  const token = renewed!.value.slice(cookie.name.length + 1).split(";")[0];
  const fresh = (await decodeSessionToken({ token, secret }))!;
  expect(fresh).toMatchObject({ uid: claims.uid, sv: claims.sv });
  expect(fresh.exp! * 1000).toBeGreaterThan(Date.now() + 11.9 * 3_600_000);
  // Renewed a moment ago, the next answer leaves it as it is.
  await context.addCookies([{ ...cookie, value: token }]);
  const next = await context.get("/api/my-work");
  expect(next.headersArray().some((h) => h.name.toLowerCase() === "set-cookie" && h.value.startsWith(`${cookie.name}=`))).toBe(false);
  await context.dispose();
});

test("pages carry a nonce-based Content Security Policy, HSTS and a Permissions-Policy; scripts still run", async ({ page }) => {
  const response = await page.goto("/login");
  const headers = response!.headers();
  const csp = headers["content-security-policy"];
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'(;|$)/);
  expect(csp).toContain("frame-ancestors 'none'");
  // Inline scripts carry this page's nonce; the page's own script files come from 'self' without
  // one (a nonce on them made the browser compile them anew on every page: docs/security.md).
  const nonce = /'nonce-([^']+)'/.exec(csp)![1];
  const html = await response!.text();
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>/g)].map((m) => m[0]);
  const files = [...html.matchAll(/<script[^>]*\ssrc=[^>]*>|<link[^>]*>/g)].map((m) => m[0]);
  expect(inline.length).toBeGreaterThan(0);
  for (const tag of inline) expect(tag).toContain(`nonce="${nonce}"`);
  expect(files.some((tag) => tag.startsWith("<script"))).toBe(true);
  for (const tag of files) expect(tag).not.toContain("nonce=");
  expect(headers["strict-transport-security"]).toMatch(/max-age=\d+/);
  expect(headers["permissions-policy"]).toContain("camera=()");
  // The nonce changes on every page load.
  const again = (await page.request.get("/login")).headers()["content-security-policy"];
  expect(again).not.toBe(csp);
  // A script without the nonce, as an injection would add, does not run.
  const injectedRan = await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "document.body.dataset.injected = 'ran'";
    document.body.append(script);
    return document.body.dataset.injected === "ran";
  });
  expect(injectedRan).toBe(false);
  // Next's inline scripts carry the nonce and its files come from 'self', so the page is interactive: the sign-in form works.
  await signIn(page, DEMO.editor);
  await expect(page).toHaveURL("/");
});

test("a chunked body with no length is cut off at the limit: 413, not read whole", async ({ baseURL }) => {
  const url = new URL("/api/auth/callback/credentials", baseURL);
  const status = await new Promise<number>((resolve, reject) => {
    const req = httpRequest(url, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", "transfer-encoding": "chunked" } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", reject);
    const chunk = "email=" + "a".repeat(64 * 1024);
    // Far more than the limit; the server answers (and stops reading) long before this is sent.
    let sent = 0;
    const pump = () => {
      while (sent < 200) {
        sent++;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      req.end();
    };
    pump();
  });
  expect(status).toBe(413);
});

test("the server listens on this machine only unless HOST says otherwise", async ({ baseURL }) => {
  const port = Number(new URL(baseURL!).port);
  // The kernel's socket tables (Linux): every listening socket on the app's port, by local address.
  const listening = ["/proc/net/tcp", "/proc/net/tcp6"].flatMap((file) =>
    existsSync(file)
      ? readFileSync(file, "utf8")
          .split("\n")
          .slice(1)
          .map((line) => line.trim().split(/\s+/))
          .filter((cols) => cols[3] === "0A" && parseInt(cols[1]?.split(":")[1] ?? "", 16) === port)
          .map((cols) => cols[1].split(":")[0])
      : [],
  );
  expect(listening.length).toBeGreaterThan(0);
  // 127.0.0.1, as the kernel writes it; never 0.0.0.0 or ::.
  expect(listening.every((address) => address === "0100007F")).toBe(true);
});

test("text a link puts in the sign-in page's error is never shown, and signing in from that page works", async ({ page }) => {
  await page.goto(`/login?error=${encodeURIComponent("Your account is locked. Call +1 555 0100 to unlock it.")}`);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("We could not sign you in. Please try again.");
  await page.getByLabel("Email").fill(DEMO.editor);
  await page.getByLabel("Password").fill("factmark-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expect(page).toHaveURL("/");
});

// Each of these, resolved the way a browser does, once led off the app after signing in.
const HOSTILE_CALLBACKS = [
  "/.//evil.example/phish",
  "/..//evil.example/phish",
  "/a/..//evil.example/phish",
  "/%2e//evil.example/phish",
  "/%2E%2E//evil.example/phish",
  "/\\evil.example/phish",
  "/.\\/evil.example/phish",
  "/\t/evil.example/phish",
  "//evil.example/phish",
  "https://evil.example/phish",
];

test("signing in from a link with a hostile callbackUrl always ends on this app", async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const origin = new URL(baseURL!).origin;
  for (const callback of HOSTILE_CALLBACKS) {
    const context = await browser.newContext();
    // Were the browser sent there, it would land on this page, not on a network error.
    await context.route(/^[a-z]+:\/\/evil\.example[/:]/i, (route) => route.fulfill({ contentType: "text/html", body: "<h1>Phished</h1>" }));
    const page = await context.newPage();
    await page.goto(`/login?callbackUrl=${encodeURIComponent(callback)}`);
    await page.getByLabel("Email").fill(DEMO.annotator);
    await page.getByLabel("Password").fill("factmark-demo");
    await page.getByRole("button", { name: "Sign in" }).click();
    // Where the browser lands is known once that page's answer arrives: nothing of it need load.
    await page.waitForURL((url) => !url.pathname.startsWith("/login"), { waitUntil: "commit" });
    expect(new URL(page.url()).origin, callback).toBe(origin);
    // Already signed in, the sign-in page sends the browser on at once: the same rule applies.
    await page.goto(`/login?callbackUrl=${encodeURIComponent(callback)}`, { waitUntil: "commit" });
    await page.waitForURL((url) => !url.pathname.startsWith("/login"), { waitUntil: "commit" });
    expect(new URL(page.url()).origin, `${callback}, signed in`).toBe(origin);
    await context.close();
  }
});

test("a stranger's failures lock an account out for browsers it never signed in on, while its owner's browser still gets in", async ({ browser, playwright, baseURL }) => {
  const admin = await apiAs(playwright, "admin");
  const email = uniqueEmail("owner");
  const password = "the owner's own passphrase";
  expect((await admin.post("/api/users", { data: { email, name: "Account Owner", role: "ANNOTATOR", password } })).status()).toBe(201);

  // The owner signed in on this browser before (and signed out).
  const owner = await browser.newContext();
  const ownerPage = await owner.newPage();
  await signIn(ownerPage, email, password);
  await ownerPage.getByRole("button", { name: "Sign out" }).click();
  await expect(ownerPage).toHaveURL(/\/login/);

  // A stranger guesses, claiming another address in the header the app's server sets: the server
  // records the address it saw, as it did for the owner.
  const stranger = await playwright.request.newContext({ baseURL });
  const { csrfToken } = await (await stranger.get("/api/auth/csrf")).json();
  const claimed = await stranger.post("/api/auth/callback/credentials", {
    headers: { "x-factmark-client-address": "203.0.113.66", "x-factmark-client-address-signature": "made-up", "x-forwarded-for": "203.0.113.67" },
    form: { csrfToken, email, password: "a first guess", json: "true", callbackUrl: "/" },
  });
  expect(claimed.status()).toBe(401);
  // Then from many addresses (every request in this test comes from 127.0.0.1, so those guesses
  // are written as the server would have recorded them), then from here again.
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  try {
    const recorded = await db.query<{ ip: string; success: boolean }>(`SELECT ip, success FROM "LoginAttempt" WHERE email = $1 ORDER BY "createdAt"`, [email]);
    expect(recorded.rows).toEqual([
      { ip: "127.0.0.1", success: true },
      { ip: "127.0.0.1", success: false },
    ]);
    await db.query(
      `INSERT INTO "LoginAttempt" (id, email, ip, success, "createdAt")
       SELECT 'e2e-' || md5(random()::text), $1, '198.51.100.' || n, false, now() FROM generate_series(1, 30) AS n`,
      [email],
    );
  } finally {
    await db.end();
  }
  const guess = await signInApi(stranger, email, "a stranger's guess");
  expect(guess.status()).toBe(429);
  expect(Number(guess.headers()["retry-after"])).toBeGreaterThan(0);
  // Even the right password from a browser without the owner's device cookie is refused.
  expect((await signInApi(stranger, email, password)).status()).toBe(429);
  const elsewhere = await browser.newContext();
  const elsewherePage = await elsewhere.newPage();
  await elsewherePage.goto("/login");
  await elsewherePage.getByLabel("Email").fill(email);
  await elsewherePage.getByLabel("Password").fill(password);
  await elsewherePage.getByRole("button", { name: "Sign in" }).click();
  await expect(elsewherePage.getByRole("main").getByRole("alert")).toHaveText(/Too many failed sign-in attempts/);

  // The owner's browser carries the device cookie of the earlier sign-in, and gets in.
  await signIn(ownerPage, email, password);
  await expect(ownerPage).toHaveURL("/");
  await Promise.all([owner.close(), elsewhere.close(), stranger.dispose(), admin.dispose()]);
});
