import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle, createUser } from "@/tests/factories";
import { startTestSite, type TestSite } from "@/tests/test-site";
import { addSource } from "@/lib/annotations/add-source";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import { reattachAnnotation } from "@/lib/annotations/reattach-annotation";
import { updateAnnotation } from "@/lib/annotations/update-annotation";
import { updateSource } from "@/lib/annotations/update-source";
import { docFromParagraphs } from "@/lib/text/plain-text";
import { saveArticleText } from "@/lib/articles/save-article-text";
import { createComment } from "@/lib/comments/write-comment";
import { db } from "@/lib/db/client";
import { createFact, renameFact } from "@/lib/ledger/change-ledger";
import { confirmFact } from "@/lib/ledger/confirm-fact";
import { previewPublication, publishReport } from "@/lib/publishing/publish";
import { answerFeed } from "@/lib/publishing/public-feed";
import { answerEmbed, answerPublicPage } from "@/lib/publishing/serve-public";
import { runDueJobs } from "@/lib/background/background-jobs";
import { checkSourceNow } from "@/lib/sources/check-source";
import { assignAnnotation, assignArticle } from "@/lib/review/assign";
import { reviewAnnotation } from "@/lib/review/review-annotation";
import type { AnnotationView } from "@/lib/annotations/annotation-view";

/**
 * The promise of the public page: it shows what an editor approved, as approved, and of other
 * outlets' articles only the quoted words in their sentence. This builds every kind of thing that
 * must stay inside the desk, publishes the story, and reads everything a stranger can read.
 */

let site: TestSite;
beforeAll(async () => {
  site = await startTestSite();
});
afterAll(async () => {
  await runDueJobs();
  await site.close();
  await db.$disconnect();
});

// Each sentence stands alone, so an approved item's sentence (the context the public sees) never
// carries the words of something that must stay inside.
const CHECKED = [
  "The NSA recorded 70.3 million pieces of French telephone data in a month, Le Monde said.",
  "Kindly worded claim stands here. Noted claim stands here. Sourced claim stands here.",
  "Checked claim stands here. Orphaned claim stands here. Corrected claim stands here.",
  "Zebradraft sentence is only a draft. Yakpending sentence waits for review. Xylorejected sentence was rejected.",
  "The spokesman repeated the figure. Reattached target sentence is where it went.",
];
const CORRECTED = CHECKED.map((p) => p.replace("Orphaned claim stands here. ", "").replace("Corrected claim stands here.", "Corrected claim Rewordedwords here."));
const OTHER = ["Reuters counted 70 million calls in December, officials said. The agency kept 30 days of records."];
const UNAPPROVED = ["Unapprovedbodytext is all this article says. Its draft sits here."];

describe("the public page of a story", () => {
  it("shows only what an editor approved, as approved, and nothing of what stays inside the desk", async () => {
    const annotator = await createUser("ANNOTATOR");
    await db.user.update({ where: { id: annotator.id }, data: { name: "Annabel Authorname" } });
    const editor = await createUser("EDITOR");
    await db.user.update({ where: { id: editor.id }, data: { name: "Edwina Approver" } });
    const assignee = await createUser("ANNOTATOR");
    await db.user.update({ where: { id: assignee.id }, data: { name: "Quentin Assigneename" } });

    const main = await createArticle(CHECKED);
    const storyId = main.storyId;
    await db.story.update({ where: { id: storyId }, data: { title: "Leak test story" } });
    await db.article.update({ where: { id: main.id }, data: { title: "Le Monde on the NSA", outlet: "Le Monde", url: "https://www.lemonde.fr/nsa" } });
    const other = await createArticle(OTHER, storyId);
    await db.article.update({ where: { id: other.id }, data: { title: "Reuters on the calls", outlet: "Reuters", url: "https://www.reuters.com/calls", position: 1 } });
    const hidden = await createArticle(UNAPPROVED, storyId);
    await db.article.update({ where: { id: hidden.id }, data: { title: "Unapprovedtitle of an article", outlet: "Hiddenoutlet", url: "https://unapproved.example/article", position: 2 } });

    const at = (article: { text: string }, words: string) => ({ start: article.text.indexOf(words), end: article.text.indexOf(words) + words.length, exact: words });
    const approve = async (made: AnnotationView, verdict: Parameters<typeof reviewAnnotation>[2]["verdict"]) => {
      const submitted = made.status === "SUBMITTED" ? made : await reviewAnnotation(annotator, made.id, { action: "SUBMIT", version: made.version });
      return reviewAnnotation(editor, made.id, { action: "APPROVE", version: submitted.version, verdict });
    };
    const claim = (article: { id: string; text: string }, words: string, note = "") => createAnnotation(annotator, article.id, { kind: "CLAIM", ...at(article, words), note });
    const TRUE = { kind: "CLAIM" as const, rating: "TRUE" as const };

    // Approved, and left alone.
    const nsa = await approve(await claim(main, "The NSA recorded 70.3 million pieces of French telephone data", "<p>Approvednote from the desk</p>"), TRUE);
    await createComment(annotator, nsa.id, { body: "Secretcomment about sourcing", mentions: [] });
    await assignAnnotation(editor, nsa.id, assignee.id);
    await assignArticle(editor, main.id, assignee.id);

    // Approved, then changed by each path that changes what an annotation says.
    const kind = await approve(await claim(main, "Kindly worded claim stands here"), TRUE);
    await updateAnnotation(annotator, kind.id, { version: kind.version, kind: "FIGURE" });
    const noted = await approve(await claim(main, "Noted claim stands here", "<p>Firstnote as approved</p>"), TRUE);
    await updateAnnotation(annotator, noted.id, { version: noted.version, note: "<p>Changednote nobody approved</p>" });
    const sourcedDraft = await claim(main, "Sourced claim stands here");
    const withSource = await addSource(annotator, sourcedDraft.id, { url: "https://www.example.org/approved", title: "Approvedsourcetitle", publisher: "Approvedpublisher", excerpt: "", relation: "SUPPORTS" });
    const sourced = await approve(withSource, TRUE);
    await updateSource(annotator, sourced.sources[0].id, { version: sourced.version, title: "Changedsourcetitle" });

    // A source whose page could not be read when it was approved; a later check fills its title.
    site.setPage("/later", "<p>not yet</p>", 404);
    const checkedDraft = await claim(main, "Checked claim stands here");
    const checkedWithSource = await addSource(annotator, checkedDraft.id, { url: `${site.origin}/later`, title: "", publisher: "", excerpt: "", relation: "CONTEXT" });
    await runDueJobs();
    const checked = await approve(checkedWithSource, TRUE);
    site.setPage("/later", (await (await fetch(`${site.origin}/news/phone-data`)).text()).replace(/France summons US envoy over phone data/g, "Filledbycheck headline"));
    await checkSourceNow(annotator, checked.sources[0].id);
    expect(await db.source.findUniqueOrThrow({ where: { id: checked.sources[0].id } })).toMatchObject({ title: "Filledbycheck headline", publisher: "The Daily Test" });

    // A text correction orphans one approved claim (re-attached elsewhere) and rewords another.
    const orphan = await approve(await claim(main, "Orphaned claim stands here"), TRUE);
    await approve(await claim(main, "Corrected claim stands here"), TRUE);
    const current = await db.article.findUniqueOrThrow({ where: { id: main.id } });
    await saveArticleText(editor, main.id, { baseVersion: current.version, content: docFromParagraphs(CORRECTED) });
    const corrected = await db.article.findUniqueOrThrow({ where: { id: main.id } });
    const lost = await db.annotation.findUniqueOrThrow({ where: { id: orphan.id } });
    expect(lost.orphaned).toBe(true);
    await reattachAnnotation(editor, orphan.id, { version: lost.version, ...at(corrected, "Reattached target sentence") });

    // Never approved: a draft, a pending and a rejected annotation.
    await claim(corrected, "Zebradraft sentence is only a draft", "<p>Secretdraftnote</p>");
    const pending = await claim(corrected, "Yakpending sentence waits for review");
    await reviewAnnotation(annotator, pending.id, { action: "SUBMIT", version: pending.version });
    const rejected = await claim(corrected, "Xylorejected sentence was rejected");
    const rejectedSubmitted = await reviewAnnotation(annotator, rejected.id, { action: "SUBMIT", version: rejected.version });
    await reviewAnnotation(editor, rejected.id, { action: "REJECT", version: rejectedSubmitted.version, comment: "Secretrejectionreason" });

    // An article with nothing approved: a draft only.
    await claim(hidden, "Its draft sits here");

    // Facts of approved figures, confirmed by an editor; an annotator renames one afterwards, which makes it a proposal again.
    const figure = async (article: { id: string; text: string }, words: string) =>
      approve(await createAnnotation(annotator, article.id, { kind: "FIGURE", ...at(article, words) }), { kind: "FIGURE", outcome: "CONFIRMED" });
    const mainFigure = await figure(corrected, "70.3 million");
    const otherFigure = await figure(other, "70 million");
    const fact = await createFact(annotator, storyId, { label: "French phone records", unit: null, annotationIds: [mainFigure.id, otherFigure.id] });
    await confirmFact(editor, fact.id, { version: fact.version });
    await renameFact(annotator, fact.id, { version: fact.version, label: "Renamedbyannotator records", unit: null });
    const kept = await createFact(annotator, storyId, { label: "Records kept for a month", unit: null, annotationIds: [(await figure(other, "30 days")).id] });
    await confirmFact(editor, kept.id, { version: kept.version });

    const subject = { type: "story" as const, id: storyId };
    const published = await publishReport(editor, subject, { basedOn: (await previewPublication(editor, subject)).basedOn });
    const page = (await answerPublicPage(published.slug, null)).body;
    const jsonLd = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page)?.[1] ?? "";
    const cards: string[] = [];
    for (let n = 1; n <= 20; n += 1) {
      const card = await answerEmbed(published.slug, n, null);
      if (card.status === 200) cards.push(card.body);
    }
    const feed = (await answerFeed(1, null)).body;
    const everything = { page, jsonLd, cards: cards.join("\n"), feed };

    const secrets = [
      // Never approved.
      "Zebradraft", "Secretdraftnote", "Yakpending", "Xylorejected", "Secretrejectionreason",
      // Changed after approval, by each path.
      "Changednote", "Changedsourcetitle", "Filledbycheck", "The Daily Test", "Reattached target", "Rewordedwords",
      // A confirmed fact an annotator renamed since: a proposal again, not public until an editor confirms it again.
      "Renamedbyannotator", "French phone records",
      // The article with nothing approved.
      "Unapprovedtitle", "Unapprovedbodytext", "unapproved.example", "Hiddenoutlet", "Its draft sits here",
      // Another outlet's words beyond the sentences the desk checked.
      "The spokesman repeated the figure",
      // The desk's own business.
      "Secretcomment", "Quentin Assigneename", "Annabel Authorname",
      annotator.email, editor.email, assignee.email, "@test.example",
      // Internal ids.
      storyId, main.id, other.id, hidden.id, annotator.id, editor.id, assignee.id, nsa.id, orphan.id, fact.id, sourced.sources[0].id,
    ];
    const leaks = Object.entries(everything).flatMap(([where, text]) => secrets.filter((secret) => text.includes(secret)).map((secret) => `${where}: ${secret}`));
    expect.soft(leaks).toEqual([]);

    // What was approved is public as it was approved.
    const approvedWords = [
      "The NSA recorded 70.3 million pieces of French telephone data",
      // Quoted in its sentence, with a link to the original.
      "in a month, Le Monde said.",
      "https://www.lemonde.fr/nsa",
      "Approvednote from the desk",
      "Kindly worded claim stands here",
      "Noted claim stands here",
      "Firstnote as approved",
      "Sourced claim stands here",
      "Approvedsourcetitle",
      "Approvedpublisher",
      "Checked claim stands here",
      "Orphaned claim stands here",
      "Corrected claim stands here",
      "Records kept for a month",
      "Reviewed by Edwina Approver",
      "Le Monde on the NSA",
      "Reuters on the calls",
    ];
    expect.soft(approvedWords.filter((words) => !page.includes(words))).toEqual([]);
    // The claim changed to a figure is still the approved claim, with its rating, in the markup.
    const reviewed = (JSON.parse(jsonLd || "{}")["@graph"] ?? []).map((r: { claimReviewed: string }) => r.claimReviewed);
    expect(reviewed).toEqual(expect.arrayContaining(["Kindly worded claim stands here", "Noted claim stands here", "Orphaned claim stands here", "Corrected claim stands here"]));
  });
});
