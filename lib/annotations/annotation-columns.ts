import { z } from "zod";
import { KINDS, STATUSES } from "../vocabulary/names";

const id = z.string();

/**
 * An annotation's own columns as a raw statement returns them, for zod to parse. `moment` reads a
 * DateTime column (a Date from a RETURNING, ISO text from JSON) and `verdict` the verdict column.
 */
export function annotationColumns<M extends z.ZodType<Date, unknown>, V extends z.ZodType>(moment: M, verdict: V) {
  return z.object({
    id,
    articleId: id,
    kind: z.enum(KINDS),
    start: z.number().int(),
    end: z.number().int(),
    exact: z.string(),
    prefix: z.string(),
    suffix: z.string(),
    orphaned: z.boolean(),
    note: z.string(),
    value: z.number().nullable(),
    valueMax: z.number().nullable(),
    unit: z.string().nullable(),
    status: z.enum(STATUSES),
    verdict,
    authorId: id,
    assigneeId: id.nullable(),
    submittedAt: moment.nullable(),
    reviewerId: id.nullable(),
    reviewedAt: moment.nullable(),
    contributorIds: z.array(id),
    version: z.number().int(),
    deletedAt: moment.nullable(),
    deletedById: id.nullable(),
    createdAt: moment,
    updatedAt: moment,
  });
}
