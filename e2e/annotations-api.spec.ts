import { type APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures";
import { demoCopy, HOLLANDE } from "./demo-articles";
import { apiAs } from "./helpers";

/** A fresh copy of the demo story's Hollande article, for this test alone. */
async function hollande(editor: APIRequestContext) {
  return (await demoCopy(editor, [HOLLANDE], "Annotations API")).articles[HOLLANDE];
}

test("the annotation API enforces every rule over HTTP", async ({ playwright }) => {
  const annotator = await apiAs(playwright, "annotator");
  const editor = await apiAs(playwright, "editor");
  const article = await hollande(editor);
  const url = `/api/articles/${article.id}/annotations`;
  const before = (await (await annotator.get(url)).json()).annotations.length;
  const quote = "Manuel Valls";
  const start = article.text.indexOf(quote);

  const refusals: [object, RegExp][] = [
    [{ kind: "CLAIM", start, end: start, exact: "" }, /empty/],
    [{ kind: "CLAIM", start: start + 12, end: start, exact: quote }, /end comes before/],
    [{ kind: "CLAIM", start: 0, end: article.text.length + 1, exact: "x" }, /outside the article/],
    [{ kind: "CLAIM", start, end: start + quote.length, exact: "Manuel Vals" }, /does not match/],
    [{ kind: "OPINION", start, end: start + quote.length, exact: quote }, /Kind must be Claim, Figure or Denial/],
    [{ kind: "CLAIM", start: "0", end: 5, exact: quote }, /Start must be a number/],
  ];
  for (const [body, message] of refusals) {
    const response = await annotator.post(url, { data: body });
    expect(response.status(), JSON.stringify(body)).toBe(400);
    expect((await response.json()).error).toMatch(message);
  }
  expect((await (await annotator.get(url)).json()).annotations.length).toBe(before);

  const created = await annotator.post(url, { data: { kind: "CLAIM", start, end: start + quote.length, exact: quote, note: "<p>x<script>alert(1)</script></p>" } });
  expect(created.status()).toBe(201);
  const annotation = await created.json();
  expect(annotation).toMatchObject({ exact: quote, note: "<p>x</p>", version: 1, canEdit: true });

  for (const bad of ["javascript:alert(1)", "data:text/html,hi", "not a url"]) {
    const response = await annotator.post(`/api/annotations/${annotation.id}/sources`, { data: { url: bad, relation: "SUPPORTS" } });
    expect(response.status()).toBe(400);
  }
  const withSource = await annotator.post(`/api/annotations/${annotation.id}/sources`, {
    data: { url: "https://www.lemonde.fr/", relation: "REFUTES", title: "Le Monde" },
  });
  expect(withSource.status()).toBe(201);
  const sourceId = (await withSource.json()).sources[0].id;

  // An editor may change it; a stale write from the author is then refused.
  const editorView = (await (await editor.get(url)).json()).annotations.find((a: { id: string }) => a.id === annotation.id);
  expect(editorView.canEdit).toBe(true);

  // Adding the source made version 2 (a source is part of what the annotation says).
  const conflictFirst = await editor.patch(`/api/annotations/${annotation.id}`, { data: { version: 2, kind: "DENIAL" } });
  expect(conflictFirst.status()).toBe(200);
  const stale = await annotator.patch(`/api/annotations/${annotation.id}`, { data: { version: 2, note: "<p>mine</p>" } });
  expect(stale.status()).toBe(409);
  expect((await stale.json()).details.current).toMatchObject({ kind: "DENIAL", version: 3 });

  expect((await annotator.patch(`/api/sources/${sourceId}`, { data: { version: 3, url: "javascript:x" } })).status()).toBe(400);
  expect((await annotator.patch(`/api/sources/${sourceId}`, { data: { version: 2, relation: "SUPPORTS" } })).status()).toBe(409);
  expect((await annotator.patch(`/api/sources/${sourceId}`, { data: { version: 3, relation: "SUPPORTS" } })).status()).toBe(200);
  // Removing a source names the version too: none is a 400, an old one a 409 (issue #27).
  const unversioned = await annotator.delete(`/api/sources/${sourceId}`);
  expect(unversioned.status()).toBe(400);
  expect((await unversioned.json()).error).toMatch(/version/);
  expect((await annotator.delete(`/api/sources/${sourceId}?version=3`)).status()).toBe(409);
  expect((await annotator.delete(`/api/sources/${sourceId}?version=4`)).status()).toBe(200);
  expect((await annotator.delete(`/api/annotations/${annotation.id}`)).status()).toBe(200);
  expect((await annotator.get(url)).ok()).toBe(true);
  expect((await annotator.post(`/api/annotations/${annotation.id}/restore`)).status()).toBe(200);
  expect((await annotator.patch(`/api/annotations/does-not-exist`, { data: { version: 1, kind: "CLAIM" } })).status()).toBe(404);
  expect((await annotator.get(`/api/articles/nope/annotations`)).status()).toBe(404);
  await Promise.all([annotator.dispose(), editor.dispose()]);
});

test("an annotator cannot edit someone else's annotation over HTTP, and nothing changes", async ({ playwright }) => {
  const editor = await apiAs(playwright, "editor");
  const article = await hollande(editor);
  const quote = "diplomatic channels";
  const start = article.text.indexOf(quote);
  const annotation = await (await editor.post(`/api/articles/${article.id}/annotations`, { data: { kind: "CLAIM", start, end: start + quote.length, exact: quote } })).json();

  const annotator = await apiAs(playwright, "annotator");
  const refused = await annotator.patch(`/api/annotations/${annotation.id}`, { data: { version: 1, kind: "FIGURE" } });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error).toMatch(/Only the annotation's author, an editor or an admin/);
  expect((await annotator.delete(`/api/annotations/${annotation.id}`)).status()).toBe(403);
  expect((await annotator.post(`/api/annotations/${annotation.id}/sources`, { data: { url: "https://a.example", relation: "SUPPORTS" } })).status()).toBe(403);
  const after = (await (await editor.get(`/api/articles/${article.id}/annotations`)).json()).annotations.find((a: { id: string }) => a.id === annotation.id);
  expect(after).toMatchObject({ kind: "CLAIM", version: 1, sources: [] });
  await Promise.all([annotator.dispose(), editor.dispose()]);
});
