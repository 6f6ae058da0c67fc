import { z } from "zod";
import { feedPositionSchema, presenceSchema } from "../validation/live-schemas";
import { idParams } from "../validation/route-params";
import { ACTIONS, type ActivityAction, type ActivitySubject, type FeedAction } from "../vocabulary/actions";
import { annotationViewSchema } from "./annotations";
import { route } from "./route-contract";
import { id, named } from "./wire";

/** The feed's actions about one kind of thing ("Comment": comment.created, comment.updated, …). */
type FeedActionAbout<S extends ActivitySubject> = { [A in FeedAction]: (typeof ACTIONS)[A]["about"] extends S ? A : never }[FeedAction];

function feedActionsAbout<S extends ActivitySubject>(about: S): [FeedActionAbout<S>, ...FeedActionAbout<S>[]] {
  return (Object.keys(ACTIONS) as ActivityAction[]).filter((action) => ACTIONS[action].feed && ACTIONS[action].about === about) as [FeedActionAbout<S>, ...FeedActionAbout<S>[]];
}

const without = <T extends string, D extends T>(values: [T, ...T[]], dropped: D) => values.filter((value) => value !== dropped) as [Exclude<T, D>, ...Exclude<T, D>[]];

/** What every change on an article's feed says: ids and versions, never content. */
const change = {
  articleId: id,
  /** The article's feed number: gapless, in commit order. */
  seq: z.number().int(),
  entityId: z.string(),
  annotationId: id.nullable(),
  version: z.number().int().nullable(),
  actorId: id,
};

/** A change to an annotation or its sources: a page's feed may carry the annotation as that page's person would read it. */
const carried = { annotation: annotationViewSchema.optional() };

const annotationChange = z.object({ ...change, ...carried, type: z.enum(without(feedActionsAbout("Annotation"), "annotation.deleted")) });
const annotationDeleted = z.object({ ...change, type: z.enum(["annotation.deleted"]) });
const sourceChange = z.object({ ...change, ...carried, type: z.enum(feedActionsAbout("Source")) });
const commentChange = z.object({ ...change, type: z.enum(feedActionsAbout("Comment")) });
const suggestionChange = z.object({ ...change, type: z.enum(feedActionsAbout("Suggestion")) });
/** A change to the story's own things (its ledger): on the story's feed, filed under the story rather than an article. */
const factChange = z.object({ storyId: id, seq: z.number().int(), entityId: z.string(), actorId: id, type: z.enum(feedActionsAbout("Fact")) });
const articleChange = z.object({ ...change, type: z.enum(feedActionsAbout("Article")) });

/**
 * Every change a live feed sends, one member per kind of thing it is about, told apart by `type`
 * (an action of lib/vocabulary/actions.ts that is news on the feed). The server reads its feed
 * entries with it and types what it sends by it; the browser parses what it receives with it.
 */
const articleMembers = [annotationChange, annotationDeleted, sourceChange, commentChange, suggestionChange, articleChange] as const;

/** The changes an article's own feed carries: everything but the story's ledger. */
export const articleLiveChangeSchema = z.discriminatedUnion("type", [...articleMembers]);

export const liveChangeSchema = named(
  "LiveChange",
  z.discriminatedUnion("type", [...articleMembers, factChange]),
  "One change on a live feed (an article's, or a story's for its ledger): what changed (`type`), its ids and versions, and for an annotation or a source, maybe the annotation as the reader would get it.",
);

export type LiveChange = z.output<typeof liveChangeSchema>;
/** A change on an article's own feed: everything but the story's ledger. */
export type ArticleLiveChange = z.output<typeof articleLiveChangeSchema>;
/** The changes a story's own feed carries: its ledger's. */
export const storyLiveChangeSchema = factChange;
export type StoryLiveChange = z.output<typeof factChange>;
export type LiveChangeType = LiveChange["type"];

const typesOf = (...members: { shape: { type: { options: readonly string[] } } }[]) => new Set(members.flatMap((member) => member.shape.type.options));
const COMMENT = typesOf(commentChange);
const SUGGESTION = typesOf(suggestionChange);
const FACT = typesOf(factChange);
const ANNOTATION = typesOf(annotationChange, sourceChange);

export const isCommentChange = (event: LiveChange): event is z.output<typeof commentChange> => COMMENT.has(event.type);
export const isSuggestionChange = (event: LiveChange): event is z.output<typeof suggestionChange> => SUGGESTION.has(event.type);
export const isFactChange = (event: LiveChange): event is z.output<typeof factChange> => FACT.has(event.type);
/** A change whose annotation a page shows (a deletion's is gone): the feed may bring the annotation itself. */
export const isAnnotationChange = (event: LiveChange): event is AnnotationChange => ANNOTATION.has(event.type);

export type AnnotationChange = z.output<typeof annotationChange | typeof sourceChange>;

export const presenceEntrySchema = z.object({ connectionId: z.string(), userId: id, name: z.string(), annotationId: id.nullable(), editing: z.boolean() });

/** The events of a live feed (Server-Sent Events), each with its data. */
export const liveFrames = {
  /** First on every connection: the id the page names itself by in presence updates. */
  hello: z.object({ connectionId: z.string() }),
  /** With the event id: the article's feed number, or the story's position after the change. */
  change: liveChangeSchema,
  /** Who is on the article now (an article's feed only). */
  presence: z.array(presenceEntrySchema),
  /** The page missed more than can be replayed: it must reload what it shows. */
  reset: z.object({ seq: z.number().int() }),
  /** Every 15 s, so a page can tell a dead connection from a quiet feed. */
  ping: z.object({}),
  /** The session ended: the feed closes. */
  revoked: z.object({ message: z.string() }),
} as const;

export type LiveFrames = typeof liveFrames;

/** Live feeds and presence. */
export const liveRoutes = {
  articleEvents: route({
    method: "GET",
    path: "/api/articles/:id/events",
    summary: "the article's live feed (Server-Sent Events); `Last-Event-ID` takes precedence over `after`",
    who: "signed-in",
    params: idParams,
    query: feedPositionSchema,
    answer: { status: 200, events: liveFrames },
  }),
  storyEvents: route({
    method: "GET",
    path: "/api/stories/:id/events",
    summary: "the story's live feed (Server-Sent Events): every article's changes, numbered by the story's position (the sum of its articles' feed numbers), `reset` when the page missed any (it reloads what it shows); counts towards the 12 live pages",
    who: "signed-in",
    params: idParams,
    query: feedPositionSchema,
    answer: { status: 200, events: liveFrames },
  }),
  presence: route({
    method: "PUT",
    path: "/api/articles/:id/presence",
    summary: "say which annotation your open feed (`connectionId`, from `hello`) has open, and whether you are editing it",
    who: "signed-in",
    params: idParams,
    body: presenceSchema,
    answer: { status: 204 },
  }),
};
