import { createHash } from "node:crypto";
import { addSource } from "../annotations/add-source";
import { createAnnotation } from "../annotations/create-annotation";
import type { AnnotationView } from "../annotations/annotation-view";
import type { SessionUser } from "../auth/session";
import { createComment } from "../comments/write-comment";
import { db } from "../db/client";
import type { AnnotationKind } from "../db/generated/client";
import { createFact } from "../ledger/change-ledger";
import { confirmFact } from "../ledger/confirm-fact";
import { previewPublication, publishReport } from "../publishing/publish";
import { runChange } from "../changes/run-change";
import { reviewAnnotation } from "../review/review-annotation";
import type { Verdict } from "../vocabulary/verdicts";
import { writeSourceCheck } from "../sources/check-source";
import { acceptSuggestion, dismissSuggestion } from "../suggestions/decide-suggestion";
import { listSuggestions } from "../suggestions/list-suggestions";
import { DEMO_ACCOUNTS } from "../users/demo-accounts";
import { DEMO_CITED_PAGE } from "./demo-cited-page";

/** Where a demo annotation ends up: the states a desk's work passes through. */
type Outcome = { draft: true } | { submit: true } | { approve: Verdict } | { requestChanges: string } | { reject: string };

interface DemoAnnotation {
  key: string;
  /** The article's place in the demo story (prisma/seed-data/demo-story.json). */
  article: number;
  kind: AnnotationKind;
  quote: string;
  note?: string;
  outcome: Outcome;
}

/**
 * The demo desk's work, in every state a newcomer should see. Verdicts and notes are the demo
 * desk's own reading of what these 2013 articles report, written for the demo, and say where a
 * figure's wording differs from Le Monde's report, which all five articles go back to.
 */
const WORK: DemoAnnotation[] = [
  {
    key: "leMondeFigure",
    article: 3,
    kind: "FIGURE",
    quote: "70.3 million pieces of French telephone data",
    note: "<p>The figure Le Monde reported on 21 October 2013, for 10 December 2012 to 8 January 2013.</p>",
    outcome: { approve: { kind: "FIGURE", outcome: "CONFIRMED" } },
  },
  {
    key: "recordings",
    article: 2,
    kind: "FIGURE",
    quote: "70.3 million recordings",
    note: "<p>Same figure as Le Monde's, though Le Monde counted pieces of telephone data, not recordings.</p>",
    outcome: { approve: { kind: "FIGURE", outcome: "CONFIRMED" } },
  },
  {
    key: "phoneCalls",
    article: 4,
    kind: "FIGURE",
    quote: "more than 70 million phone calls",
    note: "<p>Le Monde's 70.3 million counts pieces of telephone data (records of calls and messages), not calls.</p>",
    outcome: { approve: { kind: "FIGURE", outcome: "CORRECTED", correctedValue: "70.3 million pieces of telephone data" } },
  },
  {
    key: "tensOfMillions",
    article: 1,
    kind: "FIGURE",
    quote: "tens of millions of French phone records",
    outcome: { submit: true },
  },
  {
    key: "callsClaim",
    article: 4,
    kind: "CLAIM",
    quote: "the National Security Agency intercepted more than 70 million phone calls in France over a 30-day period",
    note: "<p>Le Monde's documents count telephone data, not calls, and the period ran from 10 December to 8 January.</p>",
    outcome: { approve: { kind: "CLAIM", rating: "MISLEADING" } },
  },
  {
    key: "asylum",
    article: 2,
    kind: "CLAIM",
    quote: "Mr Snowden, who was granted asylum by Russia",
    note: "<p>Russia granted Edward Snowden temporary asylum on 1 August 2013.</p>",
    outcome: { approve: { kind: "CLAIM", rating: "TRUE" } },
  },
  {
    key: "distorted",
    article: 0,
    kind: "DENIAL",
    quote: "some of which have distorted our activities",
    note: "<p>The White House did not say which reports, or what in them, was distorted.</p>",
    outcome: { approve: { kind: "DENIAL", finding: "UNCLEAR" } },
  },
  {
    key: "dates",
    article: 4,
    kind: "CLAIM",
    quote: "The intercepts took place from December 10, 2012, to January 8, 2013",
    outcome: { requestChanges: "Add Le Monde's report as the source for the dates, please." },
  },
  {
    key: "libya",
    article: 0,
    kind: "CLAIM",
    quote: "the republic led the air campaign to help oust Moammar Gadhafi",
    outcome: { reject: "Background on Libya, not part of what this story checks." },
  },
  {
    key: "closestAllies",
    article: 0,
    kind: "CLAIM",
    quote: "France, one of our closest allies and certainly our longest ally",
    note: "<p>Is this checkable, or Kerry's opinion? Leaving it as a draft for now.</p>",
    outcome: { draft: true },
  },
];

function person(email: string, users: { id: string; email: string; name: string; role: SessionUser["role"] }[]): SessionUser {
  const found = users.find((u) => u.email === email);
  if (!found) throw new Error(`The demo account ${email} is missing: create the demo accounts before the demo work.`);
  return found;
}

async function annotate(article: { id: string; text: string }, item: DemoAnnotation, annotator: SessionUser): Promise<AnnotationView> {
  const start = article.text.indexOf(item.quote);
  if (start < 0) throw new Error(`The demo work quotes words its article does not hold: "${item.quote}".`);
  return createAnnotation(annotator, article.id, { kind: item.kind, start, end: start + item.quote.length, exact: item.quote, note: item.note });
}

async function decide(made: AnnotationView, outcome: Outcome, annotator: SessionUser, editor: SessionUser): Promise<AnnotationView> {
  if ("draft" in outcome) return made;
  const submitted = await reviewAnnotation(annotator, made.id, { action: "SUBMIT", version: made.version });
  if ("submit" in outcome) return submitted;
  if ("approve" in outcome) return reviewAnnotation(editor, made.id, { action: "APPROVE", version: submitted.version, verdict: outcome.approve });
  if ("requestChanges" in outcome) return reviewAnnotation(editor, made.id, { action: "REQUEST_CHANGES", version: submitted.version, comment: outcome.requestChanges });
  return reviewAnnotation(editor, made.id, { action: "REJECT", version: submitted.version, comment: outcome.reject });
}

/** A web source whose first copy is already kept: the demo ships the page, so no fetch is needed. */
async function addArchivedSource(annotator: SessionUser, annotationId: string) {
  const page = DEMO_CITED_PAGE;
  const view = await addSource(annotator, annotationId, { relation: "SUPPORTS", url: page.url, title: "", publisher: "", excerpt: page.excerpt });
  const source = view.sources.find((s) => s.url === page.url)!;
  const takenAt = new Date();
  await runChange(annotator, { article: view.articleId }, (change) =>
    writeSourceCheck(change, source.id, page.url, {
      problem: null,
      page: {
        requestedUrl: page.url,
        finalUrl: page.url,
        httpStatus: 200,
        contentHash: createHash("sha256").update(page.text).digest("hex"),
        text: page.text,
        html: page.html,
        title: page.title,
        publisher: page.publisher,
        author: null,
        publishedAt: null,
        canonicalUrl: page.url,
        takenAt,
      },
    }),
  );
}

/** Two suggestions decided: the first figure the machine found accepted, the next one dismissed. */
async function decideSuggestions(annotator: SessionUser, articleId: string) {
  const { suggestions } = await listSuggestions(annotator, articleId);
  const open = suggestions.filter((s) => s.status === "OPEN");
  if (open.length < 2) return;
  await acceptSuggestion(annotator, open[0].id);
  await dismissSuggestion(annotator, open[1].id);
}

/**
 * Seeds the demo story with a desk's work in every state, attributed to the demo people: drafts,
 * submitted, approved with verdicts, changes requested, rejected, suggestions accepted and
 * dismissed, a ledger fact with a disagreement that an editor confirmed, an archived source, a
 * discussion with a mention, and a publication of the story's report. Written through the same
 * functions the app uses, so every change has its audit record. Only for a demo story just
 * created (seedDemoStory), so a desk's own work is never touched.
 */
export async function seedDemoWork(storyId: string): Promise<void> {
  const users = await db.user.findMany({ where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } }, select: { id: true, email: true, name: true, role: true } });
  const annotator = person("annotator@example.com", users);
  const editor = person("editor@example.com", users);
  const articles = await db.article.findMany({ where: { storyId }, orderBy: { position: "asc" }, select: { id: true, text: true } });

  const made = new Map<string, AnnotationView>();
  for (const item of WORK) {
    const annotation = await annotate(articles[item.article], item, annotator);
    made.set(item.key, annotation);
    if (item.key === "leMondeFigure") await addArchivedSource(annotator, annotation.id);
    if (item.key === "recordings") {
      await addSource(annotator, annotation.id, { relation: "SUPPORTS", linkedAnnotationId: made.get("leMondeFigure")!.id, title: "", publisher: "", excerpt: "" });
    }
  }
  for (const item of WORK) {
    const current = await db.annotation.findUniqueOrThrow({ where: { id: made.get(item.key)!.id }, select: { version: true } });
    made.set(item.key, await decide({ ...made.get(item.key)!, version: current.version }, item.outcome, annotator, editor));
  }

  const question = await createComment(editor, made.get("tensOfMillions")!.id, {
    body: `@${annotator.name} AP says "tens of millions"; Le Monde's figure is 70.3 million. Shall we note the difference, or correct it?`,
    mentions: [annotator.id],
  });
  await createComment(annotator, made.get("tensOfMillions")!.id, {
    body: "The same figure, rounded down. I've put it in the ledger with the others so the difference shows.",
    parentId: question.id,
    mentions: [],
  });

  await decideSuggestions(annotator, articles[1].id);

  const fact = await createFact(editor, storyId, {
    label: "French telephone data the NSA recorded, 10 December 2012 to 8 January 2013",
    unit: "pieces of telephone data",
    annotationIds: ["leMondeFigure", "recordings", "phoneCalls", "tensOfMillions"].map((key) => made.get(key)!.id),
  });
  await confirmFact(editor, fact.id, { version: fact.version });

  const subject = { type: "story" as const, id: storyId };
  const preview = await previewPublication(editor, subject);
  await publishReport(editor, subject, { basedOn: preview.basedOn, note: "First publication of the desk's checks on this story." });
}
