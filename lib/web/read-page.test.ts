import { describe, expect, it } from "vitest";
import { readPage } from "./read-page";

const paragraph = (n: number) => `<p>Paragraph ${n}: the National Security Agency recorded 70.3 million pieces of French telephone data between 10 December 2012 and 8 January 2013, according to documents seen by the newspaper.</p>`;

const NEWS = `<!doctype html><html><head>
<title>NSA spied on France | Example News</title>
<meta property="og:title" content="NSA recorded 70.3m French calls">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2013-10-21T08:00:00Z">
<link rel="canonical" href="/world/nsa-france">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Example"},{"@type":"NewsArticle","headline":"NSA recorded 70.3 million French phone calls","publisher":{"@type":"Organization","name":"Example News Group"},"author":[{"@type":"Person","name":"Jane Reporter"}],"datePublished":"2013-10-21T07:30:00+02:00"}]}</script>
<script type="application/ld+json">{ not json</script>
<style>p { color: red }</style>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>NSA recorded 70.3 million French phone calls</h1>
${[1, 2, 3, 4, 5].map(paragraph).join("\n")}
<p>Read more: <a href="javascript:alert(1)">this</a> and <a href="https://www.lemonde.fr/x" onclick="steal()">Le Monde</a>.</p>
<form action="/subscribe"><input name="email"><button>Subscribe</button></form>
<iframe src="https://ads.example/frame"></iframe>
<img src="https://tracker.example/pixel.gif" onerror="alert(2)">
<script>document.cookie</script>
<meta http-equiv="refresh" content="0; url=https://elsewhere.example/">
</article>
<footer>Copyright Example News</footer>
</body></html>`;

describe("readPage", () => {
  it("takes title, publisher, author and date from JSON-LD first, and the canonical address", () => {
    const page = readPage(NEWS, "https://news.example/world/nsa-france?utm=x");
    expect(page).toMatchObject({
      title: "NSA recorded 70.3 million French phone calls",
      publisher: "Example News Group",
      author: "Jane Reporter",
      publishedAt: "2013-10-21",
      canonicalUrl: "https://news.example/world/nsa-france",
    });
    expect(page.text.split("\n\n").filter((p) => p.startsWith("Paragraph"))).toHaveLength(5);
    expect(page.text).not.toContain("Subscribe");
    expect(page.text).not.toContain("Copyright");
  });

  it("falls back to Open Graph and then the title element", () => {
    const og = readPage(`<html><head><title>T | Site</title><meta property="og:title" content="OG title"><meta property="og:site_name" content="OG Site"><meta property="article:published_time" content="2013-10-22"></head><body>${paragraph(1)}${paragraph(2)}</body></html>`, "https://x.example/");
    expect(og).toMatchObject({ title: "OG title", publisher: "OG Site", publishedAt: "2013-10-22" });
    expect(readPage(`<html><head><title> Only a title </title></head><body>${paragraph(1)}</body></html>`, "https://x.example/").title).toBe("Only a title");
  });

  it("keeps no script, form, frame, image, meta refresh, event attribute or dangerous link in the archived HTML", () => {
    const { html } = readPage(NEWS, "https://news.example/");
    for (const bad of ["<script", "<form", "<input", "<iframe", "<img", "http-equiv", "onclick", "onerror", "javascript:", "<style", "tracker.example"]) expect(html, bad).not.toContain(bad);
    expect(html).toContain('href="https://www.lemonde.fr/x"');
    expect(html).toContain("Paragraph 3");
  });

  it("finds no text on a page without any, and survives markup nested thousands deep", () => {
    expect(readPage("<html><body><div></div></body></html>", "https://x.example/").text).toBe("");
    const deep = `<html><body>${"<div>".repeat(5_000)}${paragraph(1)}${"</div>".repeat(5_000)}</body></html>`;
    expect(readPage(deep, "https://x.example/").text).toContain("Paragraph 1");
  });
});
