import { expect, test } from "./fixtures";
import { startTestSite, type TestSite } from "../tests/test-site";
import { apiAs } from "./helpers";

let site: TestSite;
test.beforeAll(async () => {
  site = await startTestSite();
});
test.afterAll(() => site.close());

test("a page made to be slow to read is read off the event loop: a colleague's request is answered meanwhile, in the production build", async ({ playwright }) => {
  const editor = await apiAs(playwright, "editor");
  const colleague = await apiAs(playwright, "editor");
  const story = await (await editor.post("/api/stories", { data: { title: `Slow page ${Date.now()}` } })).json();

  const events: string[] = [];
  const pageSent = site.served("/slow-to-read");
  const preview = editor.post(`/api/stories/${story.id}/articles/preview`, { data: { url: `${site.origin}/slow-to-read` } }).then((response) => {
    events.push("preview answered");
    return response;
  });
  // The page has reached the server: from here on it is reading it, for seconds.
  await pageSent;
  const list = await colleague.get("/api/stories");
  events.push("colleague answered");
  expect(list.status()).toBe(200);

  const answer = await preview;
  expect(events).toEqual(["colleague answered", "preview answered"]);
  // Read in full, or stopped at the time limit with its reason: never a 500, never a hang.
  if (answer.status() === 200) expect((await answer.json()).text).toContain("word word word");
  else expect(await answer.json()).toMatchObject({ error: expect.stringMatching(/took too long to read/) });
  expect([200, 422]).toContain(answer.status());
});
