import type { SessionUser } from "../auth/session";
import { db } from "../db/client";
import { NotFoundError, PayloadTooLargeError, ValidationError } from "../errors/domain-error";
import { assertCan } from "../policy/policy";
import { quoteContext } from "../review/quote-context";
import { checkText } from "../review/remember-check";
import { MAX_SPANS_PER_REQUEST as MAX_SPANS } from "../validation/claim-schemas";
import type { AnnotationKind } from "../vocabulary/names";
import { rankCandidates, readMatches, toCheckMatch, type CheckMatch, type Ranked } from "./find-matches";
import { lexemesOfEach } from "./query-terms";

/** How many earlier checks each span is given: enough for the list's line and its disclosure. */
export const SPAN_MATCHES = 5;
/**
 * How many spans' candidates are searched at once: a batch is a handful of index searches in
 * flight, never the whole connection pool taken from the rest of the desk.
 */
const AT_ONCE = 4;

export interface Span {
  start: number;
  end: number;
  kind: AnnotationKind;
}

export interface SpanMatches extends Span {
  /** The closest earlier checks from other stories, best first (at most SPAN_MATCHES); empty when the desk has none. */
  matches: CheckMatch[];
}

/** Runs `work` on every item, `width` at a time, keeping the items' order in the answers. */
async function inTurn<T, R>(items: readonly T[], width: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const answers: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      answers[index] = await work(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  return answers;
}

/**
 * Whether the desk has checked these spans of an article before: for each, in the order asked,
 * the closest earlier checks of the same kind from other stories than the article's, as the
 * annotation panel's "Checked before" finds them (find-matches.ts), so a suggestion shows them
 * before anyone accepts it. The words are the article's own, read here (a denial with its
 * sentence, as the memory keeps one); the lexemes of every span come in one round trip and the
 * matches' rows in one read, so a batch costs one index search per span. Everyone on the desk may
 * read the article and the memory, as the suggestions themselves.
 */
export async function findSpanMatches(viewer: SessionUser, articleId: string, spans: readonly Span[]): Promise<SpanMatches[]> {
  assertCan(viewer, "article.read");
  if (spans.length > MAX_SPANS) throw new PayloadTooLargeError(`Ask about at most ${MAX_SPANS} spans at a time (this request has ${spans.length.toLocaleString("en")}).`);
  const article = await db.article.findUnique({ where: { id: articleId }, select: { text: true, storyId: true } });
  if (!article) throw new NotFoundError("That article");
  const { text, storyId } = article;
  for (const span of spans) {
    if (!Number.isInteger(span.start) || !Number.isInteger(span.end) || span.start < 0 || span.end > text.length || span.end <= span.start) {
      throw new ValidationError(`The span ${span.start}–${span.end} is not within the article's text (0 to ${text.length}): read the article again.`);
    }
  }
  if (spans.length === 0) return [];
  const texts = spans.map((span) => {
    const exact = text.slice(span.start, span.end);
    const context = span.kind === "DENIAL" ? quoteContext(text, { ...span, exact }) : { before: "", after: "" };
    return checkText({ kind: span.kind, quote: exact, context });
  });
  const lexemes = await lexemesOfEach(texts);
  const ranked: Ranked[][] = await inTurn(spans, AT_ONCE, (span, i) =>
    rankCandidates({ text: texts[i], kind: span.kind, excludeStoryId: storyId, lexemes: lexemes[i], limit: SPAN_MATCHES }),
  );
  const matches = await readMatches(ranked, SPAN_MATCHES);
  return spans.map((span, i) => ({ start: span.start, end: span.end, kind: span.kind, matches: matches[i].map(toCheckMatch) }));
}
