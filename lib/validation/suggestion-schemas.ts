import { z } from "zod";
import { kindSchema } from "./annotation-schemas";

/** "Accept all figures": which kind of open suggestion to accept. */
export const suggestionAcceptAllSchema = z.object({ kind: kindSchema }).strict();
