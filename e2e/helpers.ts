import { readFile } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import { expect, type APIRequestContext, type Browser, type BrowserContextOptions, type Page, type PlaywrightWorkerArgs } from "@playwright/test";

export const DEMO_PASSWORD = "factmark-demo";
export const DEMO = {
  admin: "admin@example.com",
  editor: "editor@example.com",
  annotator: "annotator@example.com",
} as const;
export type Role = keyof typeof DEMO;
export const ROLES = Object.keys(DEMO) as Role[];

/**
 * Where e2e/roles.setup.ts keeps each demo role's session for the run (Playwright empties
 * test-results/ when a run starts). Specs use these instead of signing in through the form each
 * time; the specs about signing in still sign in, and whatever signs a person out (which ends every
 * session of theirs) does so as a person of its own.
 */
export const roleState = (role: Role) => path.join(process.cwd(), "test-results", ".roles", `${role}.json`);

/** Opens `path` in `page`, signed in as the demo `role` with the run's saved session. */
export async function openAs(page: Page, role: Role, address = "/"): Promise<void> {
  const { cookies } = JSON.parse(await readFile(roleState(role), "utf8"));
  await page.context().addCookies(cookies);
  await page.goto(address);
  await expect(page.getByRole("button", { name: "Sign out", exact: true })).toBeVisible();
}

/** A page in a browser context of its own (a second person), signed in as the demo `role`. */
export async function pageAs(browser: Browser, role: Role, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ ...options, storageState: roleState(role) });
  return context.newPage();
}

/** An API client signed in as the demo `role` (its base URL is the suite's server). */
export function apiAs(playwright: PlaywrightWorkerArgs["playwright"], role: Role): Promise<APIRequestContext> {
  return playwright.request.newContext({ storageState: roleState(role) });
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

/** Signs an API request context in through next-auth's own endpoints, as the browser form does. */
export async function signInApi(request: APIRequestContext, email: string, password = DEMO_PASSWORD) {
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  return request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true", callbackUrl: "/" },
  });
}

/**
 * Finds a story on the dashboard the way a person would once the desk has more stories than a
 * page holds: by the "Find a story" search. Leaves the dashboard showing it.
 */
export async function findStory(page: Page, title: string): Promise<void> {
  if (new URL(page.url()).pathname !== "/") await page.goto("/");
  await page.getByRole("searchbox", { name: "Find a story" }).fill(title);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("region", { name: title, exact: true })).toBeVisible();
}

let counter = 0;
export function uniqueEmail(label: string): string {
  counter += 1;
  return `${label}-${Date.now().toString(36)}-${counter}@e2e.example`;
}

export interface Person {
  id: string;
  email: string;
  password: string;
  name: string;
}

/**
 * A person of the spec's own, made by the demo admin through the API: for what would reach past
 * the spec through a shared account (signing out ends every session of the account; each account
 * has one write allowance a minute).
 */
export async function newPerson(playwright: PlaywrightWorkerArgs["playwright"], role: "ANNOTATOR" | "EDITOR" | "ADMIN", label: string): Promise<Person> {
  const admin = await apiAs(playwright, "admin");
  try {
    const email = uniqueEmail(label);
    const person = { email, password: `a long password for ${label}`, name: `${label[0].toUpperCase()}${label.slice(1)} ${email.split("@")[0].split("-").slice(1).join("")}`, role };
    const created = await admin.post("/api/users", { data: person });
    expect(created.status(), await created.text()).toBe(201);
    return { id: (await created.json()).id, email, password: person.password, name: person.name };
  } finally {
    await admin.dispose();
  }
}

/** An API client signed in as `person`, one of the spec's own (on the suite's server, or on `baseURL`). */
export async function apiFor(playwright: PlaywrightWorkerArgs["playwright"], person: { email: string; password: string }, baseURL?: string): Promise<APIRequestContext> {
  const api = await playwright.request.newContext(baseURL ? { baseURL } : {});
  const response = await signInApi(api, person.email, person.password);
  expect(response.ok(), await response.text()).toBe(true);
  return api;
}

/** A free TCP port on the loopback interface, for a server or database a test starts itself. */
export const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
