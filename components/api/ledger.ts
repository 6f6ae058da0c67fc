import type { z } from "zod";
import type { factConfirmSchema, factCreateSchema, factMergeSchema, factMoveSchema, factUpdateSchema } from "@/lib/validation/ledger-schemas";
import { callApi, seg } from "./client";

type FactRef = { id: string; version: number };

/** The browser's calls about a story's ledger. */
export const ledgerApi = {
  createFact: (storyId: string, input: z.input<typeof factCreateSchema>) => callApi<FactRef>("POST", `/api/stories/${seg(storyId)}/facts`, input),
  dismissProposal: (storyId: string, annotationIds: string[]) => callApi<{ id: string }>("POST", `/api/stories/${seg(storyId)}/facts/dismissals`, { annotationIds }),
  rename: (factId: string, input: z.input<typeof factUpdateSchema>) => callApi<FactRef>("PATCH", `/api/facts/${seg(factId)}`, input),
  moveEntry: (factId: string, input: z.input<typeof factMoveSchema>) => callApi<FactRef>("POST", `/api/facts/${seg(factId)}/entries`, input),
  removeEntry: (factId: string, annotationId: string, version: number) =>
    callApi<{ id: string; version: number | null }>("DELETE", `/api/facts/${seg(factId)}/entries/${seg(annotationId)}?version=${version}`),
  confirm: (factId: string, input: z.input<typeof factConfirmSchema>) => callApi<FactRef>("POST", `/api/facts/${seg(factId)}/confirm`, input),
  merge: (factId: string, input: z.input<typeof factMergeSchema>) => callApi<FactRef>("POST", `/api/facts/${seg(factId)}/merge`, input),
};
