import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import sanitizeHtml from "sanitize-html";
import { buildTextIndex, type JsonNode } from "../anchoring/text-index";
import { htmlToDoc } from "../text/html-to-doc";
import { limitNesting } from "../text/limit-nesting";

/** What a page says about itself, from the metadata news sites publish, and its readable text. */
export interface ReadPage {
  title: string | null;
  publisher: string | null;
  author: string | null;
  /** ISO date (YYYY-MM-DD), when the page gives one. */
  publishedAt: string | null;
  canonicalUrl: string | null;
  /** The article's text as Readability finds it, paragraphs joined by "\n\n"; "" when there is none. */
  text: string;
  /** The readable part as HTML with nothing that runs, submits, frames or loads from elsewhere: safe to show inside Factmark. */
  html: string;
}

/** Text and structure only: no script, style, form, frame, image, embed, or any attribute but a link's address. */
const ARCHIVE_HTML: sanitizeHtml.IOptions = {
  allowedTags: ["p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "br", "em", "strong", "i", "b", "a", "figure", "figcaption", "table", "thead", "tbody", "tr", "th", "td", "pre", "code", "hr"],
  allowedAttributes: { a: ["href"] },
  allowedSchemes: ["http", "https"],
  disallowedTagsMode: "discard",
  nonTextTags: ["script", "style", "textarea", "option", "noscript", "iframe", "svg", "template", "head", "title", "button", "select", "form"],
  transformTags: { a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: "nofollow noopener noreferrer" } }) },
};

/** Archive HTML cleaned again: a copy is shown as HTML, so what is shown never rests on what was stored. */
export function cleanArchiveHtml(html: string): string {
  return sanitizeHtml(html, ARCHIVE_HTML);
}

// Blocks nested deeper than any real page are read as plain text, never recursed into.
const MAX_DEPTH = 32;

type JsonLd = Record<string, unknown>;

/** The JSON-LD objects of a page, flattened (@graph and arrays), ignoring any that do not parse. */
function jsonLdObjects(document: Document): JsonLd[] {
  const found: JsonLd[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === "object") {
      found.push(value as JsonLd);
      if ("@graph" in value) visit((value as JsonLd)["@graph"]);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ""));
    } catch {
      // A page's broken markup is the page's business: other metadata still counts.
    }
  }
  return found;
}

const NEWS_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|WebPage)$/;
const nameOf = (value: unknown): string | null => {
  if (typeof value === "string") return value.trim() || null;
  if (Array.isArray(value)) return value.map(nameOf).filter(Boolean).join(", ") || null;
  if (value && typeof value === "object" && typeof (value as JsonLd).name === "string") return ((value as JsonLd).name as string).trim() || null;
  return null;
};
const dateOf = (value: unknown): string | null => {
  if (typeof value !== "string") return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
};
const clean = (text: string | null | undefined) => (text ? text.replace(/\s+/g, " ").trim() || null : null);

/**
 * Reads a fetched HTML page: its title, publisher, author and date from JSON-LD (a NewsArticle's
 * headline, publisher, author, datePublished), Open Graph (og:title, og:site_name,
 * article:published_time) and `<title>`, in that order of trust; its canonical address; and its
 * readable text with Mozilla's Readability on a server-side DOM (linkedom).
 */
export function readPage(rawHtml: string, pageUrl: string): ReadPage {
  const { document } = parseHTML(limitNesting(rawHtml, MAX_DEPTH));
  const meta = (property: string) => clean(document.querySelector(`meta[property="${property}"], meta[name="${property}"]`)?.getAttribute("content"));
  const article = jsonLdObjects(document as unknown as Document).find((o) => NEWS_TYPES.test(String(o["@type"] ?? "")));
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href");
  let canonicalUrl: string | null = null;
  try {
    const resolved = canonical ? new URL(canonical, pageUrl) : null;
    canonicalUrl = resolved && /^https?:$/.test(resolved.protocol) ? resolved.href : null;
  } catch {
    canonicalUrl = null;
  }

  const parsed = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  const html = sanitizeHtml(parsed?.content ?? "", ARCHIVE_HTML);
  // The same text an imported HTML article gets: blocks as paragraphs joined by a blank line.
  const text = buildTextIndex(htmlToDoc(html) as unknown as JsonNode).text;

  return {
    title: clean(nameOf(article?.headline)) ?? meta("og:title") ?? clean(document.querySelector("title")?.textContent) ?? clean(parsed?.title),
    publisher: clean(nameOf(article?.publisher)) ?? meta("og:site_name"),
    author: clean(nameOf(article?.author)) ?? meta("author") ?? clean(parsed?.byline),
    publishedAt: dateOf(article?.datePublished) ?? dateOf(meta("article:published_time")) ?? dateOf(parsed?.publishedTime),
    canonicalUrl,
    text,
    html,
  };
}
