import { createHash } from "node:crypto";
import { cspHash, escapeHtml, jsonForScript, safeHref } from "./html";
import type { PublicItem, PublicReport } from "./public-report";
import { PUBLIC_STYLE } from "./public-style";
import { claimReviews, type PublicDesk } from "./claim-reviews";
import type { PublicChange } from "./public-changes";

/** One publication of a report, with what the public page says of the ones before it. */
export interface RenderedPublication {
  slug: string;
  number: number;
  publishedAt: Date;
  report: PublicReport;
  /** This publication and the ones before it, newest first: the corrections and updates list. */
  history: { number: number; publishedAt: Date; note: string; changes: PublicChange[] }[];
}

export interface RenderedPage {
  html: string;
  etag: string;
  csp: string;
}

const date = (d: Date | string) => new Date(d).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/**
 * The policy of a public page: nothing runs (the JSON-LD block is data, named by hash all the
 * same), its one style block by hash, images only from https (the desk's logo), framing as asked.
 */
export function publicPolicy(inline: { scripts: string[]; styles: string[] }, frameable: boolean): string {
  return [
    "default-src 'none'",
    `script-src ${inline.scripts.map(cspHash).join(" ") || "'none'"}`,
    `style-src ${inline.styles.map(cspHash).join(" ")}`,
    "img-src https: data:",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${frameable ? "*" : "'none'"}`,
  ].join("; ");
}

export const etagOf = (html: string) => `"${createHash("sha256").update(html).digest("base64url").slice(0, 27)}"`;

/**
 * The desk's own article, published whole, with the published items marked: each span of words
 * an item covers is wrapped once per item over it (so overlapping items each keep their
 * underline), and a number after the item's last word links to its verdict.
 */
function markedText(text: string, articleNumber: number, items: PublicItem[]): string {
  const own = items.flatMap((item) => (item.article === articleNumber && item.at ? [{ item, start: item.at.start, end: item.at.end }] : []));
  const cuts = new Set<number>([0, text.length]);
  for (const mark of own) cuts.add(mark.start).add(mark.end);
  for (const match of text.matchAll(/\n\n/g)) cuts.add(match.index).add(match.index + 2);
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const endsAt = new Map<number, PublicItem[]>();
  for (const mark of own) endsAt.set(mark.end, [...(endsAt.get(mark.end) ?? []), mark.item]);

  let html = "<p>";
  for (let i = 0; i < points.length - 1; i += 1) {
    const [from, to] = [points[i], points[i + 1]];
    const words = text.slice(from, to);
    if (words === "\n\n") {
      html += "</p>\n<p>";
      continue;
    }
    const over = own.filter((mark) => mark.start <= from && mark.end >= to).map((mark) => mark.item);
    let segment = escapeHtml(words).replace(/\n/g, "<br>");
    for (const item of over) segment = `<span class="mark ${item.kind.toLowerCase()}" title="${escapeHtml(`${item.kindLabel}${item.verdict ? `: ${item.verdict}` : ""}`)}">${segment}</span>`;
    html += segment;
    for (const item of endsAt.get(to) ?? []) html += `<sup><a href="#item-${item.n}" aria-label="${escapeHtml(`${item.kindLabel} ${item.n}`)}">${item.n}</a></sup>`;
  }
  return `${html}</p>`;
}

/** The checked words in their sentence, the words themselves marked: all a reader sees of another outlet's article. */
function quoteInContext(item: PublicItem): string {
  const context = item.context ?? { before: "", after: "" };
  const before = context.before ? `<span class="context">${escapeHtml(context.before)}</span>` : "";
  const after = context.after ? `<span class="context">${escapeHtml(context.after)}</span>` : "";
  return `<blockquote class="quote">“${before}<span class="mark ${item.kind.toLowerCase()}">${escapeHtml(item.quote)}</span>${after}”</blockquote>`;
}

function itemHtml(item: PublicItem, report: PublicReport): string {
  const article = report.articles.find((a) => a.n === item.article);
  const link = (url: string | null, text: string) => {
    const href = safeHref(url);
    return href ? `<a href="${escapeHtml(href)}" rel="nofollow noopener noreferrer">${escapeHtml(text)}</a>` : escapeHtml(text);
  };
  const sources = item.sources.map(
    (s) =>
      `<li><span class="relation">${escapeHtml(s.relation)}</span> ${link(s.url, s.title || s.url || "Source")}${s.publisher ? `, ${escapeHtml(s.publisher)}` : ""}${s.accessedAt ? ` (seen ${escapeHtml(date(s.accessedAt))})` : ""}${s.archivedAt ? ` (archived ${escapeHtml(date(s.archivedAt))})` : ""}${s.excerpt ? `<blockquote>${escapeHtml(s.excerpt)}</blockquote>` : ""}</li>`,
  );
  const corroborations = item.corroborations.map((c) => `<li><span class="relation">${escapeHtml(c.relation)}</span> “${escapeHtml(c.quote)}” in ${escapeHtml(c.articleTitle)}</li>`);
  const before = item.checkedBefore;
  // The desk's own earlier check is one of its public pages (/p/…); another publisher's, their address.
  const earlier = before && (before.by === null && before.url?.startsWith("/p/") ? `<a href="${escapeHtml(before.url)}">“${escapeHtml(before.quote)}”</a>` : link(before.url, `“${before.quote}”`));
  const checkedBefore = before
    ? `<p class="checked-before">${before.by ? `Also checked by ${escapeHtml(before.by)}` : "Checked before by this desk"} on ${escapeHtml(date(before.reviewedAt))}${before.verdict ? `: <strong>${escapeHtml(before.verdict)}</strong>` : ""} (${earlier})</p>`
    : "";
  return `<li id="item-${item.n}" class="item ${item.kind.toLowerCase()}">
<p class="kind">${escapeHtml(item.kindLabel)} ${item.n}${article && report.articles.length > 1 ? ` · ${escapeHtml(article.outlet || article.title)}` : ""}</p>
${quoteInContext(item)}
${article ? `<p class="cite">From ${link(article.url, article.title)}${article.outlet ? `, ${escapeHtml(article.outlet)}` : ""}</p>` : ""}
${item.verdict ? `<p class="verdict"><strong>Verdict:</strong> ${escapeHtml(item.verdict)}</p>` : ""}
${item.noteHtml ? `<div class="note">${item.noteHtml}</div>` : ""}
${sources.length ? `<h4>Sources</h4><ul class="sources">${sources.join("")}</ul>` : ""}
${corroborations.length ? `<h4>Also reported</h4><ul class="sources">${corroborations.join("")}</ul>` : ""}
${checkedBefore}
${item.reviewer ? `<p class="byline">Reviewed by ${escapeHtml(item.reviewer)}${item.reviewedAt ? ` on ${escapeHtml(date(item.reviewedAt))}` : ""}</p>` : ""}
</li>`;
}

function changeText(change: PublicChange): string {
  if (change.type === "added") return `Added: “${escapeHtml(change.quote)}”${change.after ? ` (${escapeHtml(change.after)})` : ""}`;
  if (change.type === "removed") return `Removed: “${escapeHtml(change.quote)}”`;
  if (change.type === "verdict") return `Verdict changed for “${escapeHtml(change.quote)}”: ${escapeHtml(change.before ?? "none")} → ${escapeHtml(change.after ?? "none")}`;
  return `Words changed: “${escapeHtml(change.before ?? "")}” → “${escapeHtml(change.quote)}”`;
}

function ledgerHtml(report: PublicReport): string {
  if (!report.ledger.length) return "";
  const facts = report.ledger.map(
    (fact) => `<li><strong>${escapeHtml(fact.label)}</strong>: ${escapeHtml(fact.agreement)}<ul>${fact.values
      .map((v) => `<li>${escapeHtml(v.article)}: ${escapeHtml(v.value)} (“${escapeHtml(v.quote)}”)</li>`)
      .join("")}${fact.notes.map((n) => `<li class="muted">${escapeHtml(n)}</li>`).join("")}</ul></li>`,
  );
  return `<section aria-labelledby="ledger"><h2 id="ledger">The same facts across outlets</h2><ul class="ledger">${facts.join("")}</ul></section>`;
}

function head(title: string, desk: PublicDesk, canonical: string, description: string, jsonLd: string | null): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · ${escapeHtml(desk.name)}</title>
<link rel="canonical" href="${escapeHtml(canonical)}">
<meta name="description" content="${escapeHtml(description)}">
<meta property="og:type" content="article"><meta property="og:title" content="${escapeHtml(title)}">
<meta property="og:description" content="${escapeHtml(description)}"><meta property="og:url" content="${escapeHtml(canonical)}">
<meta property="og:site_name" content="${escapeHtml(desk.name)}">${safeHref(desk.logoUrl) ? `<meta property="og:image" content="${escapeHtml(safeHref(desk.logoUrl)!)}">` : ""}
<style>${PUBLIC_STYLE}</style>${jsonLd === null ? "" : `\n<script type="application/ld+json">${jsonLd}</script>`}
</head>`;
}

function deskHeader(desk: PublicDesk): string {
  const logo = desk.logoUrl?.startsWith("https:") ? safeHref(desk.logoUrl) : null;
  return `<header class="desk">${logo ? `<img src="${escapeHtml(logo)}" alt="" height="32">` : ""}<span>${escapeHtml(desk.name)}</span></header>`;
}

/** The public page of one publication: verdicts first, then the articles with the checked words marked, the ledger, and every correction. */
export function renderPublicPage(publication: RenderedPublication, desk: PublicDesk): RenderedPage {
  const { report } = publication;
  const url = `${desk.baseUrl}/p/${encodeURIComponent(publication.slug)}`;
  const reviews = claimReviews(publication, desk);
  const jsonLd = reviews.length ? jsonForScript({ "@context": "https://schema.org", "@graph": reviews }) : null;
  const claims = report.items.filter((i) => i.kind === "CLAIM").length;
  const description = `${report.items.length} checked statement${report.items.length === 1 ? "" : "s"}${claims ? `, ${claims} claim${claims === 1 ? "" : "s"} with a verdict` : ""}, by ${desk.name}.`;
  const first = publication.history[publication.history.length - 1];
  const updates = publication.history.filter((h) => h.number > 1);
  const html = `${head(`Fact-check: ${report.title}`, desk, url, description, jsonLd)}
<body>${deskHeader(desk)}
<main>
<p class="eyebrow">Fact-check</p>
<h1>${escapeHtml(report.title)}</h1>
<p class="meta">Published ${escapeHtml(date(first?.publishedAt ?? publication.publishedAt))}${publication.number > 1 ? ` · Updated ${escapeHtml(date(publication.publishedAt))}` : ""} · <a href="#corrections">Corrections and updates</a></p>
<section aria-labelledby="checked"><h2 id="checked">What we checked</h2>
${report.items.length ? `<ol class="items">${report.items.map((item) => itemHtml(item, report)).join("\n")}</ol>` : "<p>Nothing has been checked in this report yet.</p>"}
</section>
${ledgerHtml(report)}
<section aria-labelledby="articles"><h2 id="articles">${report.articles.length === 1 ? "The article" : "The articles"}</h2>
${report.articles.some((a) => a.text !== null) ? `<p class="legend"><span class="mark claim">claim</span> <span class="mark figure">figure</span> <span class="mark denial">denial</span>: each marked passage has a number that leads to its verdict.</p>` : ""}
${report.articles
  .map((a) => {
    const original = safeHref(a.url);
    // Only the desk's own article is published whole; of another outlet's, the checked words above and a link.
    return `<article class="text"><h3>${escapeHtml(a.title)}</h3><p class="meta">${[a.outlet, a.publishedAt && date(a.publishedAt)].filter(Boolean).map((t) => escapeHtml(t!)).join(" · ")}${original ? ` · <a href="${escapeHtml(original)}" rel="nofollow noopener noreferrer">Original</a>` : ""}</p>${a.text !== null ? markedText(a.text, a.n, report.items) : ""}</article>`;
  })
  .join("\n")}
</section>
<section aria-labelledby="corrections"><h2 id="corrections">Corrections and updates</h2>
${updates.length ? `<ol class="corrections">${updates.map((h) => `<li><p><strong>${escapeHtml(date(h.publishedAt))}</strong>: ${escapeHtml(h.note)}</p>${h.changes.length ? `<ul>${h.changes.map((c) => `<li>${changeText(c)}</li>`).join("")}</ul>` : ""}</li>`).join("")}</ol>` : "<p>No corrections since this fact-check was first published.</p>"}
</section>
</main>
<footer><p>Published by ${escapeHtml(desk.name)} with Factmark. Sources are linked so that you can check them yourself.</p></footer>
</body></html>`;
  return { html, etag: etagOf(html), csp: publicPolicy({ scripts: jsonLd ? [jsonLd] : [], styles: [PUBLIC_STYLE] }, false) };
}

/** A card for one claim, for other sites to frame: its words, its verdict and a link to the whole fact-check. */
export function renderEmbedCard(publication: RenderedPublication, desk: PublicDesk, item: PublicItem): RenderedPage {
  const url = `${desk.baseUrl}/p/${encodeURIComponent(publication.slug)}#item-${item.n}`;
  const html = `${head(`Fact-check: ${item.quote.slice(0, 80)}`, desk, url, `${item.verdict ?? "Checked"}: “${item.quote}”`, null)}
<body class="embed"><div class="card-embed">
<p class="eyebrow">${escapeHtml(desk.name)} · Fact-check</p>
${quoteInContext(item)}
<p class="verdict"><strong>Verdict:</strong> ${escapeHtml(item.verdict ?? "not rated")}</p>
<p><a href="${escapeHtml(url)}" target="_blank" rel="noopener">Read the whole fact-check</a></p>
</div></body></html>`;
  return { html, etag: etagOf(html), csp: publicPolicy({ scripts: [], styles: [PUBLIC_STYLE] }, true) };
}

/** What a withdrawn report's address says (410): that it was withdrawn, and when. */
export function renderWithdrawnPage(desk: PublicDesk, withdrawnAt: Date): RenderedPage {
  const html = `${head("Fact-check withdrawn", desk, desk.baseUrl, "This fact-check was withdrawn.", null)}
<body>${deskHeader(desk)}<main><h1>This fact-check was withdrawn</h1><p>${escapeHtml(desk.name)} withdrew it on ${escapeHtml(date(withdrawnAt))}.</p></main></body></html>`;
  return { html, etag: etagOf(html), csp: publicPolicy({ scripts: [], styles: [PUBLIC_STYLE] }, false) };
}

/** The answer for an address that holds no publication, the same whether it never existed or was never published. */
export function renderNotFoundPage(desk: PublicDesk): RenderedPage {
  const html = `${head("Not found", desk, desk.baseUrl, "No fact-check at this address.", null)}
<body>${deskHeader(desk)}<main><h1>No fact-check here</h1><p>There is no published fact-check at this address.</p></main></body></html>`;
  return { html, etag: etagOf(html), csp: publicPolicy({ scripts: [], styles: [PUBLIC_STYLE] }, false) };
}
