import type { SessionUser } from "../auth/session";
import { currentArticleSeq } from "./article-feed";
import { listAnnotationSummaries } from "../annotations/list-annotation-summaries";
import { encodeSummaries, type EncodedSummaries } from "../annotations/summary-codec";

/** What the article page starts from: a live-feed position and every annotation as of then or later. */
export interface AnnotationSnapshot {
  seq: number;
  summaries: EncodedSummaries;
}

/** `text` is the canonical text the browser derives from the article's content (see encodeSummaries). */
export async function readAnnotationSnapshot(viewer: SessionUser, articleId: string, text: string): Promise<AnnotationSnapshot> {
  // The feed position is read before the annotations: a change in between is then replayed to
  // the page, never missed.
  const seq = await currentArticleSeq(articleId);
  return { seq, summaries: encodeSummaries(await listAnnotationSummaries(viewer, articleId), text) };
}
