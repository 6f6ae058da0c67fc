import { expect, test } from "./fixtures";
import { apiFor, newPerson } from "./helpers";
import { plainHttp } from "./plain-http";

test("a script sending 10,000 creates is held to the write allowance with 429 and Retry-After, and everyone else is still served", async ({ playwright, baseURL }) => {
  // 10,000 requests as fast as the server answers: minutes on a busy machine, while other specs run beside it.
  test.setTimeout(300_000);
  const person = await newPerson(playwright, "ANNOTATOR", "script");
  // The colleague is a person of this spec's own too: the demo editor's allowance is other specs'.
  const colleagueAccount = await newPerson(playwright, "EDITOR", "colleague");
  const editor = await apiFor(playwright, colleagueAccount);
  const story = await (await editor.post("/api/stories", { data: { title: `Abuse ${person.email}` } })).json();
  const text = "The agency recorded 70.3 million calls in a month, officials said on Monday.";
  const imported = await editor.post(`/api/stories/${story.id}/articles`, { multipart: { title: "Target", text, format: "text" } });
  expect(imported.status()).toBe(201);
  const article = await imported.json();
  const url = `/api/articles/${article.id}/annotations`;
  const body = { kind: "FIGURE", start: 20, end: 32, exact: "70.3 million" };

  const script = await apiFor(playwright, person);
  // A script is plain HTTP: Node's own client with the session cookie, 32 connections kept open,
  // as fast as the server answers.
  const cookie = (await script.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const http = plainHttp(32);
  const post = (data: object) => http.send(`${baseURL}${url}`, { method: "POST", headers: { cookie, "content-type": "application/json" }, body: JSON.stringify(data) });
  const statuses = new Map<number, number>();
  const retryAfter: number[] = [];
  let sent = 0;
  const started = Date.now();
  let othersServed = 0;
  let refusal: string | undefined;
  const worker = async () => {
    while (sent < 10_000) {
      sent += 1;
      const response = await post(body);
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      if (response.status === 429 && retryAfter.length < 50) retryAfter.push(Number(response.headers["retry-after"]));
      if (response.status === 429) refusal ??= (JSON.parse(response.text) as { error: string }).error;
    }
  };
  // Someone else works on the same article while the script runs, and is served every time.
  const colleague = async () => {
    for (let i = 0; i < 5; i++) {
      const response = await editor.post(url, { data: { kind: "CLAIM", start: 0, end: 10, exact: "The agency" } });
      expect(response.status()).toBe(201);
      othersServed += 1;
      await editor.delete(`/api/annotations/${(await response.json()).id}`);
    }
  };
  await Promise.all([...Array.from({ length: 32 }, worker), colleague()]);
  const minutes = Math.floor((Date.now() - started) / 60_000) + 1;

  expect(othersServed).toBe(5);
  expect([...statuses.keys()].sort()).toEqual([201, 429]);
  const created = statuses.get(201)!;
  // 300 a minute: the run's minutes at most, whatever the concurrency.
  expect(created).toBeLessThanOrEqual(300 * minutes);
  expect(statuses.get(429)).toBe(10_000 - created);
  expect(retryAfter.every((seconds) => seconds >= 1 && seconds <= 60)).toBe(true);
  // Every acknowledged create is there exactly once, and nothing refused was written.
  const { annotations } = await (await editor.get(url)).json();
  expect(annotations.filter((a: { author: { name: string } }) => a.author.name === person.name)).toHaveLength(created);
  // Asked during the burst: a run longer than a minute starts a fresh allowance, so a request now may be served.
  expect(refusal).toMatch(/more than 300 changes in a minute/);
  console.log(`10,000 creates from one person: ${created} created, ${statuses.get(429)} refused with 429, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  http.close();
  await Promise.all([editor.dispose(), script.dispose()]);
});
