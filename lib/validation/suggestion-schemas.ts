import { z } from "zod";
import { KINDS } from "../vocabulary/names";

/** "Accept all figures": which kind of open suggestion to accept. */
export const suggestionAcceptAllSchema = z
  .object({ kind: z.enum(KINDS, { error: `The kind must be one of ${KINDS.join(", ")}.` }) })
  .strict();
