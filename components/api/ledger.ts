import type { z } from "zod";
import { ledgerRoutes as routes } from "@/lib/contracts/ledger";
import { liveRoutes } from "@/lib/contracts/live";
import { callApi, urlOf } from "./client";

type Body<K extends keyof typeof routes> = (typeof routes)[K] extends { body: infer S extends z.ZodType } ? z.input<S> : never;

/** The browser's calls about a story's ledger (lib/contracts/ledger.ts). */
export const ledgerApi = {
  createFact: (storyId: string, body: Body<"createFact">) => callApi(routes.createFact, { params: { id: storyId }, body }),
  dismissProposal: (storyId: string, annotationIds: string[]) => callApi(routes.dismissProposal, { params: { id: storyId }, body: { annotationIds } }),
  rename: (factId: string, body: Body<"rename">) => callApi(routes.rename, { params: { id: factId }, body }),
  moveEntry: (factId: string, body: Body<"moveEntry">) => callApi(routes.moveEntry, { params: { id: factId }, body }),
  removeEntry: (factId: string, annotationId: string, version: number) => callApi(routes.removeEntry, { params: { id: factId, annotationId }, query: { version } }),
  confirm: (factId: string, body: Body<"confirm">) => callApi(routes.confirm, { params: { id: factId }, body }),
  merge: (factId: string, body: Body<"merge">) => callApi(routes.merge, { params: { id: factId }, body }),
  /** Where the story's live feed is (components/live/use-live-feed.ts opens it). */
  eventsUrl: (storyId: string) => urlOf(liveRoutes.storyEvents, { params: { id: storyId } }),
};
