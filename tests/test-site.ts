import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A small news site of the tests' own on 127.0.0.1 (the one host tests allow, with
 * FETCH_ALLOW_HOSTS; a source's address needs a dotted host, which "localhost" is not): pages written to exercise the fetcher and the archive, and a
 * page whose words a test can change between two fetches.
 */
export interface TestSite {
  origin: string;
  port: number;
  /** Replaces the words of /changing (and of any page added with `setPage`); `type` for an answer that is not HTML (a JSON feed). */
  setPage(path: string, html: string, status?: number, type?: string): void;
  /** Makes `path` answer with a redirect to `to` from now on. */
  setRedirect(path: string, to: string): void;
  /** Resolves when the next answer for `path` has been sent in full. */
  served(path: string): Promise<void>;
  close(): Promise<void>;
}

export const newsPage = (headline: string, paragraphs: string[]) => `<!doctype html>
<html><head>
<meta charset="utf-8">
<title>${headline} | The Daily Test</title>
<meta property="og:title" content="${headline}">
<meta property="og:site_name" content="The Daily Test">
<meta property="article:published_time" content="2013-10-21T08:00:00Z">
<link rel="canonical" href="/news/canonical-phone-data">
<script type="application/ld+json">${JSON.stringify({ "@context": "https://schema.org", "@type": "NewsArticle", headline, publisher: { "@type": "Organization", name: "The Daily Test" }, author: { "@type": "Person", name: "Ann Reporter" }, datePublished: "2013-10-21T08:00:00Z" })}</script>
<script>document.title = "tracked"</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>${headline}</h1>
${paragraphs.map((p) => `<p>${p}</p>`).join("\n")}
<iframe src="https://ads.example/frame"></iframe>
<form action="/subscribe"><input name="email"><button>Subscribe</button></form>
<p onclick="steal()">Reporting by Ann Reporter; editing by the desk of The Daily Test in Paris and London.</p>
</article>
<meta http-equiv="refresh" content="0;url=https://evil.example/">
</body></html>`;

export const PHONE_DATA = [
  "The National Security Agency recorded 70.3 million pieces of French telephone data between 10 December 2012 and 8 January 2013, according to documents seen by the newspaper.",
  "The White House said the reports had distorted the agency's activities, and the French foreign minister summoned the American ambassador on Monday morning.",
  "Officials in Paris said they expected a full explanation from Washington about the scale of the collection and the people whose calls were recorded.",
];

/**
 * A page made to be slow to read: tens of thousands of small blocks, each one a candidate
 * Readability scores, about 2 MB (under the fetcher's 5 MB). Seconds of CPU for one request.
 */
export const slowToReadPage = (blocks = 60_000) => `<!doctype html><html><head><title>Slow to read</title></head><body>${"<div><p>word word word, word.</p></div>".repeat(blocks)}</body></html>`;

export async function startTestSite(): Promise<TestSite> {
  const pages = new Map<string, { body: string | Buffer; status: number; type: string }>();
  const html = (body: string, status = 200) => ({ body, status, type: "text/html; charset=utf-8" });
  pages.set("/news/phone-data", html(newsPage("France summons US envoy over phone data", PHONE_DATA)));
  pages.set("/changing", html(newsPage("A page that changes", PHONE_DATA)));
  pages.set("/latin1", {
    body: Buffer.from(newsPage("Le Monde a r\u00e9v\u00e9l\u00e9 l'\u00e9coute", ["Les services am\u00e9ricains ont enregistr\u00e9 70,3 millions de donn\u00e9es t\u00e9l\u00e9phoniques de Fran\u00e7ais en un mois, selon des documents consult\u00e9s par le journal.", "Le ministre des affaires \u00e9trang\u00e8res a convoqu\u00e9 l'ambassadeur des \u00c9tats-Unis \u00e0 Paris lundi matin pour obtenir des explications."]).replace('charset="utf-8"', 'charset="iso-8859-1"'), "latin1"),
    status: 200,
    type: "text/html; charset=ISO-8859-1",
  });
  pages.set("/empty", html("<html><head><title>Nothing</title></head><body><script>render()</script></body></html>"));
  pages.set("/slow-to-read", html(slowToReadPage()));
  pages.set("/report.pdf", { body: "%PDF-1.4", status: 200, type: "application/pdf" });

  let origin = "";
  let port = 0;
  const waiting = new Map<string, (() => void)[]>();
  const redirects: Record<string, () => string> = {
    "/old-address": () => "/hop",
    "/hop": () => "/news/phone-data",
    "/to-private": () => `http://[::1]:${port}/news/phone-data`,
  };
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? "/").split("?")[0];
    const waiters = waiting.get(path);
    if (waiters) {
      waiting.delete(path);
      res.once("finish", () => waiters.forEach((resolve) => resolve()));
    }
    if (redirects[path]) {
      res.writeHead(302, { Location: redirects[path]() });
      return res.end();
    }
    // A page that takes a moment, for catching background work in the middle of a batch.
    if (path.startsWith("/slowly/")) {
      setTimeout(() => {
        res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
        res.end(newsPage(`Slow page ${path.slice(8)}`, PHONE_DATA));
      }, 300);
      return;
    }
    if (path === "/slow") {
      res.writeHead(200, { "Content-Type": "text/html" });
      return res.write("<p>This page never finishes arriving");
    }
    if (path === "/huge") {
      res.writeHead(200, { "Content-Type": "text/html" });
      const chunk = `<p>${"words ".repeat(2_000)}</p>`;
      let sent = 0;
      const more = () => {
        while (sent < 7_000_000) {
          sent += chunk.length;
          if (!res.write(chunk)) return res.once("drain", more);
        }
        res.end();
      };
      return more();
    }
    const page = pages.get(path);
    if (!page) {
      res.writeHead(404, { "Content-Type": "text/html" });
      return res.end("<p>Not found</p>");
    }
    res.writeHead(page.status, { "Content-Type": page.type });
    res.end(page.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    setPage: (path, body, status = 200, type) => {
      delete redirects[path];
      pages.set(path, type ? { body, status, type } : html(body, status));
    },
    setRedirect: (path, to) => {
      redirects[path] = () => to;
    },
    served: (path) => new Promise<void>((resolve) => waiting.set(path, [...(waiting.get(path) ?? []), resolve])),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
