import { PayloadTooLargeError, ValidationError } from "../../errors/domain-error";
import { CLAIM_RATINGS } from "../../vocabulary/verdicts";

/** One review another publisher made, as the memory keeps it (lib/claims/import/import-claim-reviews.ts). */
export interface ImportedReview {
  claim: string;
  publisher: string;
  /** The review's own address (http or https), when it gives one. */
  url: string | null;
  reviewedAt: Date;
  /** Their verdict in their words ("Pants on Fire"), when they give it. */
  ratingLabel: string | null;
  /** The desk's rating their scale maps onto, when it gives numbers (or one of the desk's own words). */
  rating: keyof typeof CLAIM_RATINGS | null;
  claimant: string | null;
  /** Where the claim appeared. */
  appearance: string | null;
}

/** The most reviews one import takes: a page of a feed holds 50, a whole desk's feed thousands. */
export const MAX_IMPORTED_REVIEWS = 1_000;
const MAX_DEPTH = 12;
const MAX_CLAIM = 2_000;
const MAX_NAME = 300;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]);

function isClaimReview(value: Json): boolean {
  return list(value["@type"] ?? value.type).some((t) => typeof t === "string" && /(^|[/:#])ClaimReview$/.test(t));
}

const ENTITIES: Record<string, string> = { "&amp;": "&", "&quot;": '"', "&#39;": "'", "&apos;": "'", "&lt;": "<", "&gt;": ">", "&nbsp;": " " };

/** Plain text from another site's field: no markup, no control characters, one line, at most `max` characters. */
function plain(value: unknown, max: number): string | null {
  if (typeof value !== "string") return null;
  const text = value
    .replace(/<[^>]*>/g, " ")
    .replace(/&(amp|quot|#39|apos|lt|gt|nbsp);/g, (entity) => ENTITIES[entity])
    .replace(/[\u0000-\u001f\u007f]/g, " ")
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  if (!text) return null;
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A name from a string, a Person or Organization, or a list of them: the first that has one. */
function nameOf(value: unknown): string | null {
  for (const entry of list(value)) {
    const name = typeof entry === "string" ? plain(entry, MAX_NAME) : isObject(entry) ? plain(entry.name, MAX_NAME) : null;
    if (name) return name;
  }
  return null;
}

function addressOf(value: unknown): string | null {
  for (const entry of list(value)) {
    const raw = typeof entry === "string" ? entry : isObject(entry) ? entry.url ?? entry["@id"] : null;
    if (typeof raw !== "string") continue;
    try {
      const url = new URL(raw.trim());
      if ((url.protocol === "http:" || url.protocol === "https:") && !url.username && !url.password && url.href.length <= 2_000) return url.href;
    } catch {
      // not an address
    }
  }
  return null;
}

const SCALE: (keyof typeof CLAIM_RATINGS)[] = ["FALSE", "MOSTLY_FALSE", "MISLEADING", "MOSTLY_TRUE", "TRUE"];
const WORDS = new Map(Object.entries(CLAIM_RATINGS).map(([key, { label }]) => [label.toLowerCase(), key as keyof typeof CLAIM_RATINGS]));

/**
 * The desk's rating another publisher's maps onto: its value placed on the desk's five steps
 * between their worst and best (1 to 5 unless they say otherwise), or their words when they are
 * the desk's own ("Mostly true"). Anything else is theirs alone and proposes nothing.
 */
export function mappedRating(rating: Json | undefined): keyof typeof CLAIM_RATINGS | null {
  if (!rating) return null;
  const number = (value: unknown) => (typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : NaN);
  const value = number(rating.ratingValue);
  const best = Number.isFinite(number(rating.bestRating)) ? number(rating.bestRating) : 5;
  const worst = Number.isFinite(number(rating.worstRating)) ? number(rating.worstRating) : 1;
  if (Number.isFinite(value) && best !== worst && value >= Math.min(best, worst) && value <= Math.max(best, worst)) {
    return SCALE[Math.round(((value - worst) / (best - worst)) * 4)];
  }
  const words = typeof rating.alternateName === "string" ? rating.alternateName.trim().toLowerCase() : "";
  return WORDS.get(words) ?? null;
}

function dateOf(review: Json, fallback: Date): Date {
  for (const field of ["datePublished", "dateCreated", "dateModified"]) {
    const raw = review[field];
    if (typeof raw !== "string") continue;
    const date = new Date(raw.trim());
    if (!Number.isNaN(date.getTime()) && date.getUTCFullYear() >= 1990 && date.getTime() <= fallback.getTime() + 86_400_000) return date;
  }
  return fallback;
}

/** Every ClaimReview in a JSON-LD document, wherever it sits (a list, a @graph, a feed's items, a page's mainEntity), with the publisher named around it. */
function collect(value: unknown, publisher: string | null, found: { review: Json; publisher: string | null }[], depth = 0): void {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(value)) {
    for (const entry of value) collect(entry, publisher, found, depth + 1);
    return;
  }
  if (!isObject(value)) return;
  if (isClaimReview(value)) {
    found.push({ review: value, publisher });
    if (found.length > MAX_IMPORTED_REVIEWS) throw new PayloadTooLargeError(`That holds more than ${MAX_IMPORTED_REVIEWS.toLocaleString("en")} reviews, more than one import takes. Import it in parts.`);
    return;
  }
  // A feed names its publisher once for all its items.
  const named = nameOf(value.publisher) ?? publisher;
  for (const [key, inner] of Object.entries(value)) if (key !== "publisher" && key !== "author") collect(inner, named, found, depth + 1);
}

const ordinal = (n: number) => `${n}${n % 10 === 1 && n % 100 !== 11 ? "st" : n % 10 === 2 && n % 100 !== 12 ? "nd" : n % 10 === 3 && n % 100 !== 13 ? "rd" : "th"}`;

/**
 * The ClaimReviews of a JSON-LD document (schema.org's fact-check markup, a Factmark desk's feed),
 * read as plain text. All or nothing: a review without the claim it reviews or without whoever
 * made it is refused with the reason, and so is a document with no review at all.
 */
export function readClaimReviews(document: unknown, now = new Date()): ImportedReview[] {
  const found: { review: Json; publisher: string | null }[] = [];
  collect(document, null, found);
  if (found.length === 0) throw new ValidationError("That holds no ClaimReview: nothing was imported. A fact-check's markup is JSON-LD with \"@type\": \"ClaimReview\".");
  return found.map(({ review, publisher }, i) => {
    const which = found.length === 1 ? "The ClaimReview" : `The ${ordinal(i + 1)} ClaimReview`;
    const claim = plain(review.claimReviewed, MAX_CLAIM);
    if (!claim) throw new ValidationError(`${which} does not say which claim it reviews (claimReviewed): nothing was imported.`);
    const by = nameOf(review.author) ?? nameOf(review.publisher) ?? publisher;
    if (!by) throw new ValidationError(`${which} does not say who reviewed it (author or publisher): nothing was imported.`);
    const rating = list(review.reviewRating).find(isObject);
    const item = list(review.itemReviewed).find(isObject);
    return {
      claim,
      publisher: by,
      url: addressOf(review.url),
      reviewedAt: dateOf(review, now),
      ratingLabel: plain(rating?.alternateName, MAX_NAME) ?? plain(rating?.name, MAX_NAME),
      rating: mappedRating(rating),
      claimant: item ? nameOf(item.author) : null,
      appearance: item ? addressOf(item.appearance) ?? addressOf(item.firstAppearance) : null,
    };
  });
}

/** A JSON document from text, or a 400 that says it is not one. */
export function parseJsonDocument(text: string, what: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    throw new ValidationError(`${what} is not valid JSON or JSON-LD: nothing was imported.`);
  }
}
