import type { z } from "zod";

/**
 * A page's query string (a list's cursor, search and filters) read with the list's schema, as its
 * API route reads it. A page cannot answer 400, so a value that does not parse is left out (the
 * list starts again from its first page, unfiltered by it) and `problem` says what was wrong, in
 * the schema's own words (a person did not type the parameter's name, so it is not named).
 */
export function parsePageQuery<Schema extends z.ZodType<object>>(
  schema: Schema,
  raw: Record<string, string | string[] | undefined>,
): { query: z.output<Schema> | Record<string, never>; problem: string | null } {
  const given = Object.fromEntries(Object.entries(raw).filter(([, value]) => typeof value === "string" && value !== ""));
  const parsed = schema.safeParse(given);
  if (parsed.success) return { query: parsed.data, problem: null };
  const bad = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
  const rest = schema.safeParse(Object.fromEntries(Object.entries(given).filter(([key]) => !bad.has(key))));
  return { query: rest.success ? rest.data : {}, problem: [...new Set(parsed.error.issues.map((issue) => issue.message))].join(" ") };
}
