import { z } from "zod";
import { factConfirmSchema, factCreateSchema, factDismissSchema, factMergeSchema, factMoveSchema, factUpdateSchema, factVersionQuery } from "../validation/ledger-schemas";
import { factEntryParams, idParams } from "../validation/route-params";
import { route } from "./route-contract";
import { id, named } from "./wire";

const ledgerEntrySchema = z.object({
  annotationId: id,
  articleId: id,
  kind: z.enum(["figure", "claim", "denial"]),
  /** A claim fact's denials answer it; everything else reports the fact. */
  role: z.enum(["reports", "denies"]),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  value: z.number().nullable(),
  valueMax: z.number().nullable(),
  unit: z.string().nullable(),
});

export const ledgerFactSchema = named(
  "Fact",
  z.object({
    /** A proposal's id is "proposal-" and a digest of its entries, stable while they are. */
    id,
    kind: z.enum(["figure", "claim"]),
    label: z.string(),
    unit: z.string().nullable(),
    /** confirmed: a fact a person accepted and the desk keeps; proposed: Factmark's proposal. */
    status: z.enum(["proposed", "confirmed"]),
    version: z.number().int(),
    /** A kept fact's standing with the editors: only a fact confirmed as it stands is published. */
    confirmation: z.object({ state: z.enum(["confirmed", "proposed"]), by: z.string().nullable(), at: z.string().nullable(), changedSince: z.boolean() }).nullable(),
    /** For a claim: "conflict" once a denial answers it. */
    discrepancy: z.enum(["none", "rounding", "conflict", "unit"]),
    notes: z.array(z.string()),
    entries: z.array(ledgerEntrySchema),
    /** Every annotation of the fact, when `entries` was cut short for a page. */
    annotationIds: z.array(id).optional(),
  }),
);

export const ledgerSchema = named(
  "Ledger",
  z.object({
    storyId: id,
    title: z.string(),
    archived: z.boolean(),
    articles: z.array(z.object({ id, name: z.string(), title: z.string() })),
    facts: z.array(ledgerFactSchema),
    /** Denials no confirmed fact holds yet: what a person may link to a claim fact. */
    freeDenials: z.array(ledgerEntrySchema),
    /** Where the story's live feed stood when this was read: the page listens from there. */
    position: z.number().int(),
  }),
  "A story's facts across its articles: confirmed facts and Factmark's proposals.",
);

const factRef = z.object({ id, version: z.number().int() });

/** A story's ledger. */
export const ledgerRoutes = {
  ledger: route({
    method: "GET",
    path: "/api/stories/:id/ledger",
    summary: "confirmed facts and proposals (discrepancy `none`, `rounding`, `conflict`, `unit`; a claim is in `conflict` once denied), and the denials no fact holds",
    who: "signed-in",
    params: idParams,
    answer: { status: 200, json: ledgerSchema },
  }),
  createFact: route({
    method: "POST",
    path: "/api/stories/:id/facts",
    summary: "confirm a fact (accept a proposal, or split into a new fact): figures, or claims with the denials that answer them (mixing them is refused); the annotations leave the facts that held them",
    who: "signed-in",
    params: idParams,
    body: factCreateSchema,
    answer: { status: 201, json: factRef },
  }),
  dismissProposal: route({
    method: "POST",
    path: "/api/stories/:id/facts/dismissals",
    summary: "dismiss a proposal; it is not made again",
    who: "signed-in",
    params: idParams,
    body: factDismissSchema,
    answer: { status: 201, json: z.object({ id }) },
  }),
  rename: route({
    method: "PATCH",
    path: "/api/facts/:id",
    summary: "rename; 409 if `version` is stale",
    who: "signed-in",
    params: idParams,
    body: factUpdateSchema,
    answer: { status: 200, json: factRef },
  }),
  confirm: route({
    method: "POST",
    path: "/api/facts/:id/confirm",
    summary: "confirm the fact for publication as it stands; any later change makes it a proposal again; 409 if `version` is stale",
    who: "editor",
    permission: "ledger.confirm",
    params: idParams,
    body: factConfirmSchema,
    answer: { status: 200, json: factRef.extend({ digest: z.string() }) },
  }),
  moveEntry: route({
    method: "POST",
    path: "/api/facts/:id/entries",
    summary: "move a figure into this figure fact, a claim into this claim fact, or link a denial to this claim fact",
    who: "signed-in",
    params: idParams,
    body: factMoveSchema,
    answer: { status: 200, json: factRef },
  }),
  removeEntry: route({
    method: "DELETE",
    path: "/api/facts/:id/entries/:annotationId",
    summary: "take an annotation out of the fact; a fact left empty goes (its `version` is then `null`)",
    who: "signed-in",
    params: factEntryParams,
    query: factVersionQuery,
    answer: { status: 200, json: z.object({ id, version: z.number().int().nullable() }) },
  }),
  merge: route({
    method: "POST",
    path: "/api/facts/:id/merge",
    summary: "the other fact's entries join this one (both of one kind)",
    who: "signed-in",
    params: idParams,
    body: factMergeSchema,
    answer: { status: 200, json: factRef },
  }),
};
