import { z } from "zod";
import { sourceUrlSchema } from "./annotation-schemas";
import { cursorDate, cursorId, cursorSchema, limitSchema } from "../paging/keyset";

const optionalText = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text.` })
    .trim()
    .max(max, `${label} is too long: keep it under ${max} characters.`)
    .optional()
    .transform((value) => value || undefined);

export const importFormats = ["text", "markdown", "html"] as const;

export const articleImportSchema = z.object({
  title: z.string({ error: "Give the article a title." }).trim().min(1, "Give the article a title.").max(300, "Keep the title under 300 characters."),
  outlet: optionalText("Outlet", 200),
  url: z.union([z.literal("").transform(() => undefined), sourceUrlSchema]).optional(),
  publishedAt: z
    .union([
      z.literal("").transform(() => undefined),
      z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, "Published date must look like 2013-10-21.")
        .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), "Published date is not a real date."),
    ])
    .optional(),
  format: z.enum(importFormats, { error: "Format must be text, markdown or html." }),
  allowDuplicate: z
    .enum(["true", "false"])
    .optional()
    .transform((value) => value === "true"),
  /** The desk's own article: a publication may carry its full text (editors only). */
  deskOwned: z
    .enum(["true", "false"], { error: "deskOwned must be true or false." })
    .optional()
    .transform((value) => value === "true"),
});

/** "From a web address", step one: the address to fetch and show. */
export const webArticlePreviewSchema = z
  .object({
    url: z.string({ error: "Paste the article's web address." }).trim().min(1, "Paste the article's web address.").max(2_000, "That address is too long."),
  })
  .strict();

/** Step two: the copy the preview took, with the details as the person corrected them. */
export const webArticleImportSchema = z
  .object({
    archiveId: z.string({ error: "Preview the page before importing it." }).min(1, "Preview the page before importing it.").max(64),
    title: articleImportSchema.shape.title,
    outlet: z.string({ error: "Outlet must be text." }).trim().max(200, "Outlet is too long: keep it under 200 characters.").optional().transform((value) => value || undefined),
    publishedAt: articleImportSchema.shape.publishedAt,
    allowDuplicate: z.boolean({ error: "allowDuplicate must be true or false." }).optional(),
    deskOwned: z.boolean({ error: "deskOwned must be true or false." }).optional(),
  })
  .strict();

/** An article's details an editor may change: whether it is the desk's own (its full text may be published). */
export const articleUpdateSchema = z
  .object({ deskOwned: z.boolean({ error: "Say whether this is the desk's own article: true or false." }) })
  .strict();

export const storyCreateSchema = z
  .object({
    title: z.string({ error: "Give the story a title." }).trim().min(1, "Give the story a title.").max(200, "Keep the title under 200 characters."),
    description: z.string().trim().max(1_000, "Keep the description under 1,000 characters.").optional(),
  })
  .strict();

export const storyUpdateSchema = z
  .object({
    title: storyCreateSchema.shape.title.optional(),
    description: storyCreateSchema.shape.description,
    archived: z.boolean({ error: "Archived must be true or false." }).optional(),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: "Say what to change about the story." });

/** The dashboard's and GET /api/stories' page: after `cursor` (the last story's time and id), at most `limit`, titles holding `q`. */
export const storyListQuerySchema = z.object({
  cursor: cursorSchema(z.tuple([cursorDate, cursorId])).optional(),
  limit: limitSchema(50).optional(),
  q: z.string({ error: "Search for words of the title." }).trim().max(200, "Keep the search under 200 characters.").transform((value) => value || undefined).optional(),
});

/** A page of a story's articles: after `cursor` (the last article's place and id), at most `limit`. */
export const storyArticlesQuerySchema = z.object({
  cursor: cursorSchema(z.tuple([z.number().int().min(-1_000_000).max(1_000_000_000), cursorId])).optional(),
  limit: limitSchema(100).optional(),
});

export type ArticleImportFields = z.infer<typeof articleImportSchema>;
export type StoryListQuery = z.infer<typeof storyListQuerySchema>;
export type StoryArticlesQuery = z.infer<typeof storyArticlesQuerySchema>;
export type StoryCreateInput = z.infer<typeof storyCreateSchema>;
export type StoryUpdateInput = z.infer<typeof storyUpdateSchema>;

export const articleTextSaveSchema = z
  .object({
    baseVersion: z.number({ error: "Send the version you edited (baseVersion)." }).int().min(1),
    content: z.unknown().refine((value) => typeof value === "object" && value !== null, "Send the corrected article as a document."),
  })
  .strict();

export const versionDiffQuerySchema = z.object({
  from: z.coerce.number({ error: "from must be a version number." }).int().min(1),
  to: z.coerce.number({ error: "to must be a version number." }).int().min(1),
});
