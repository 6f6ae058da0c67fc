import { z } from "zod";
import {
  articleImportSchema,
  articleTextSaveSchema,
  articleUpdateSchema,
  storyArticlesQuerySchema,
  storyCreateSchema,
  storyListQuerySchema,
  storyUpdateSchema,
  versionDiffQuerySchema,
  webArticleImportSchema,
  webArticlePreviewSchema,
} from "../validation/article-schemas";
import { idParams } from "../validation/route-params";
import { diffPartSchema } from "./annotations";
import { route } from "./route-contract";
import { dateTime, docJson, id, isoDate, named, nextCursor, personRef } from "./wire";

export const articleDetailSchema = named(
  "Article",
  z.object({
    id,
    title: z.string(),
    outlet: z.string().nullable(),
    url: z.string().nullable(),
    /** The copy of the page it was imported from, when it came from a web address. */
    archive: z.object({ id, takenAt: dateTime }).nullable(),
    publishedAt: dateTime.nullable(),
    /** The canonical text annotations' offsets count in. */
    text: z.string(),
    content: docJson,
    version: z.number().int(),
    deskOwned: z.boolean(),
    createdAt: dateTime,
    updatedAt: dateTime,
    story: z.object({ id, title: z.string() }),
    assignee: personRef.nullable(),
  }),
);

export const storySchema = named(
  "Story",
  z.object({ id, title: z.string(), description: z.string(), createdAt: dateTime, updatedAt: dateTime, archivedAt: dateTime.nullable() }),
);

const articleSummarySchema = named(
  "ArticleSummary",
  z.object({ id, title: z.string(), outlet: z.string().nullable(), publishedAt: dateTime.nullable(), annotationCount: z.number().int() }),
);

const storySummarySchema = named("StorySummary", z.object({
  id,
  title: z.string(),
  description: z.string(),
  /** How many articles the story has; `articles` holds its first few (the story's own list pages through them all). */
  articleCount: z.number().int(),
  articles: z.array(articleSummarySchema),
}));

const articleRefSchema = z.object({ id, title: z.string() });

export const webArticlePreviewAnswer = named("WebArticlePreview", z.object({
  /** The copy taken for this preview: importing refers to it, so the article is what was shown. */
  archiveId: id,
  url: z.string(),
  title: z.string(),
  outlet: z.string(),
  publishedAt: isoDate.nullable(),
  text: z.string(),
  /** An article of the story at the same address. */
  duplicateOf: articleRefSchema.nullable(),
}));

/** The import form's fields: a file or pasted text, and the details around it. */
export const articleImportForm = articleImportSchema.extend({
  text: z.string().optional(),
  file: z.file().optional(),
});

/** Stories, their articles, importing and correcting. */
export const articleRoutes = {
  listStories: route({
    method: "GET",
    path: "/api/stories",
    summary: "a page of open stories, newest first (`q`: words of the title), each with its first articles and their annotation counts",
    who: "signed-in",
    query: storyListQuerySchema,
    answer: { status: 200, json: z.object({ stories: z.array(storySummarySchema), next: nextCursor }) },
  }),
  listStoryArticles: route({
    method: "GET",
    path: "/api/stories/:id/articles",
    summary: "a page of the story's articles in order, with their annotation counts",
    who: "signed-in",
    params: idParams,
    query: storyArticlesQuerySchema,
    answer: { status: 200, json: z.object({ articles: z.array(articleSummarySchema), next: nextCursor }) },
  }),
  createStory: route({
    method: "POST",
    path: "/api/stories",
    summary: "create a story",
    who: "editor",
    permission: "story.manage",
    body: storyCreateSchema,
    answer: { status: 201, json: storySchema },
  }),
  updateStory: route({
    method: "PATCH",
    path: "/api/stories/:id",
    summary: "rename, redescribe, archive or restore a story",
    who: "editor",
    permission: "story.manage",
    params: idParams,
    body: storyUpdateSchema,
    answer: { status: 200, json: storySchema },
  }),
  importArticle: route({
    method: "POST",
    path: "/api/stories/:id/articles",
    summary: "import: a `file` (.txt, .md, .html) or pasted `text` with its `format` (`text`, `markdown`, `html`); 409 names an identical article",
    who: "signed-in",
    params: idParams,
    form: articleImportForm,
    answer: { status: 201, json: articleRefSchema },
  }),
  previewWebArticle: route({
    method: "POST",
    path: "/api/stories/:id/articles/preview",
    summary: "fetch and read a page for import; 400 with the reason when the page cannot be fetched or read",
    who: "signed-in",
    params: idParams,
    body: webArticlePreviewSchema,
    answer: { status: 200, json: webArticlePreviewAnswer },
  }),
  importWebArticle: route({
    method: "POST",
    path: "/api/stories/:id/articles/web",
    summary: "import a previewed page (your own preview only); 409 names the article at the same address or with the same text",
    who: "signed-in",
    params: idParams,
    body: webArticleImportSchema,
    answer: { status: 201, json: articleRefSchema },
  }),
  get: route({
    method: "GET",
    path: "/api/articles/:id",
    summary: "one article with its text and metadata",
    who: "signed-in",
    params: idParams,
    answer: { status: 200, json: articleDetailSchema },
  }),
  markDeskOwned: route({
    method: "PATCH",
    path: "/api/articles/:id",
    summary: "whether the article is the desk's own, published in full (another outlet's is only quoted); recorded in the audit trail",
    who: "editor",
    permission: "article.markOwn",
    params: idParams,
    body: articleUpdateSchema,
    answer: { status: 200, json: z.object({ id, deskOwned: z.boolean() }) },
  }),
  saveText: route({
    method: "PUT",
    path: "/api/articles/:id/text",
    summary: "correct the text (`content`: ProseMirror JSON) from the version you edited; every annotation is re-anchored or orphaned; 409 with `theirChange` when someone saved first",
    who: "editor",
    permission: "article.correct",
    params: idParams,
    body: articleTextSaveSchema,
    answer: { status: 200, json: z.object({ version: z.number().int(), placed: z.number().int(), orphaned: z.number().int() }) },
  }),
  versions: route({
    method: "GET",
    path: "/api/articles/:id/versions",
    summary: "every version, newest first",
    who: "signed-in",
    params: idParams,
    answer: { status: 200, json: z.object({ versions: z.array(named("ArticleVersion", z.object({ version: z.number().int(), createdAt: dateTime, createdBy: personRef.nullable() }))) }) },
  }),
  diff: route({
    method: "GET",
    path: "/api/articles/:id/diff",
    summary: "word-level changes between two versions; a diff past 4,000 word edits or 1 s gives up and says the versions are too different to compare word by word",
    who: "signed-in",
    params: idParams,
    query: versionDiffQuerySchema,
    answer: { status: 200, json: z.object({ changes: z.array(diffPartSchema), tooDifferent: z.boolean() }) },
  }),
};
