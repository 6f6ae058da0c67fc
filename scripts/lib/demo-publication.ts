import { db } from "../../lib/db/client";
import { createAnnotation } from "../../lib/annotations/create-annotation";
import { previewPublication, publishReport } from "../../lib/publishing/publish";
import { reviewAnnotation } from "../../lib/review/review-annotation";
import type { SessionUser } from "../../lib/auth/session";

const asUser = async (email: string): Promise<SessionUser> => {
  const user = await db.user.findFirstOrThrow({ where: { email } });
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
};

/**
 * The demo story with a claim approved in every article (tagged by the annotator, approved by the
 * editor), published, as the benchmarks find it: through the app's own functions.
 */
export async function publishDemoStory(): Promise<{ slug: string; storyId: string }> {
  const [annotator, editor] = [await asUser("annotator@example.com"), await asUser("editor@example.com")];
  const story = await db.story.findFirstOrThrow({ where: { title: { startsWith: "NSA surveillance" } }, include: { articles: true } });
  for (const article of story.articles) {
    const sentence = /[^.]{40,160}\./.exec(article.text)![0].trim();
    const start = article.text.indexOf(sentence);
    const made = await createAnnotation(annotator, article.id, { kind: "CLAIM", start, end: start + sentence.length, exact: sentence, note: "<p>Checked against Le Monde's report.</p>" });
    const submitted = await reviewAnnotation(annotator, made.id, { action: "SUBMIT", version: made.version });
    await reviewAnnotation(editor, made.id, { action: "APPROVE", version: submitted.version, verdict: { kind: "CLAIM", rating: "MOSTLY_TRUE" } });
  }
  const subject = { type: "story" as const, id: story.id };
  // The demo desk's seed may have published the story already: a note is what a publication after the first needs (and the first may carry).
  const published = await publishReport(editor, subject, { basedOn: (await previewPublication(editor, subject)).basedOn, note: "A claim approved in every article." });
  return { slug: published.slug, storyId: story.id };
}
