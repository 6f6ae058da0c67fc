import { createServer } from "node:net";
import { expect, type APIRequestContext, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "factmark-demo";
export const DEMO = {
  admin: "admin@example.com",
  editor: "editor@example.com",
  annotator: "annotator@example.com",
} as const;

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

/** The demo story, seeded before the run; other specs' stories come after it, newest first. */
export const DEMO_STORY = "NSA surveillance of France, October 2013";

/**
 * Finds a story on the dashboard the way a person would once the desk has more stories than a
 * page holds: by the "Find a story" search. Leaves the dashboard showing it.
 */
export async function findStory(page: Page, title: string): Promise<void> {
  if (new URL(page.url()).pathname !== "/") await page.goto("/");
  await page.getByRole("searchbox", { name: "Find a story" }).fill(title);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("region", { name: title })).toBeVisible();
}

let counter = 0;
export function uniqueEmail(label: string): string {
  counter += 1;
  return `${label}-${Date.now().toString(36)}-${counter}@e2e.example`;
}

/** A free TCP port on the loopback interface, for a server or database a test starts itself. */
export const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
