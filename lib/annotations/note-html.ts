import sanitizeHtml from "sanitize-html";

/**
 * The note editor offers bold, italic, links and bullet lists; the server keeps exactly that set.
 * Anything else (scripts, styles, event attributes, images) is dropped, never stored.
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "strong", "em", "a", "ul", "li"],
  allowedAttributes: { a: ["href", "rel", "target"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  transformTags: {
    b: "strong",
    i: "em",
    // Renaming the tag here would confuse sanitize-html's closing tags, so a link to anything
    // but the web or mail loses its attributes and is unwrapped after sanitizing.
    a: (tagName, attribs): sanitizeHtml.Tag => {
      const href = attribs.href?.trim() ?? "";
      const safe = /^(https?:|mailto:)/i.test(href);
      return { tagName, attribs: safe ? { href, rel: "noopener noreferrer nofollow", target: "_blank" } : {} };
    },
  },
};

export function sanitizeNote(html: string): string {
  const clean = sanitizeHtml(html, OPTIONS)
    .replace(/<a>([\s\S]*?)<\/a>/g, "$1")
    .trim();
  // An editor left empty sends "<p></p>": store that as no note.
  return noteToPlainText(clean) ? clean : "";
}

/**
 * A note's words without markup, for lists, CSV and PDF. The result is text (escaped wherever it
 * is shown), so stripping tags with a pattern is enough, and thousands of notes take
 * milliseconds rather than a parser's second.
 */
export function noteToPlainText(html: string): string {
  return html
    .replace(/<\/(p|li)>|<br\s*\/?>/gi, " ")
    .replace(/<[^>]*>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}
