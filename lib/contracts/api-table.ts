import type { z } from "zod";
import { AUDIENCES, type RouteContract } from "./route-contract";
import { namedSchemas } from "./wire";

/** Where docs/api.md's table starts and ends: `npm run docs` rewrites what is between, and nothing else. */
export const TABLE_START = "<!-- api-table: written by `npm run docs` from lib/contracts/; edit the contracts, not this table -->";
export const TABLE_END = "<!-- /api-table -->";

type Node = z.core.$ZodType;

const def = (schema: Node) => schema._zod.def as unknown as Record<string, unknown> & { type: string };

/** The schema under optional, nullable, default, a transform's input (or output) and a pipe. */
function unwrap(schema: Node, io: "input" | "output"): Node {
  const d = def(schema);
  if (d.type === "optional" || d.type === "nullable" || d.type === "default" || d.type === "prefault" || d.type === "readonly") return unwrap(d.innerType as Node, io);
  if (d.type === "pipe") return unwrap((io === "input" ? d.in : d.out) as Node, io);
  return schema;
}

const isOptional = (schema: Node) => (schema as z.ZodType).safeParse(undefined).success;

/** A request's fields, `{kind, start, end, exact, note?}`: a question mark for each one that may be left out. */
export function fieldsOf(schema: Node): string {
  const inner = unwrap(schema, "input");
  const d = def(inner);
  if (d.type === "object") {
    const shape = d.shape as Record<string, Node>;
    return `{${Object.entries(shape).map(([key, field]) => `${key}${isOptional(field) ? "?" : ""}`).join(", ")}}`;
  }
  if (d.type === "union") return (d.options as Node[]).map(fieldsOf).join(" or ");
  return "";
}

/** An answer in a few words: its schema's name, or `{field: Name, …}` naming what the API documents by name. */
export function describe(schema: Node, depth = 0): string {
  const name = namedSchemas.get(schema as z.ZodType)?.id;
  if (name) return name;
  const inner = unwrap(schema, "output");
  if (inner !== schema) return describe(inner, depth);
  const d = def(inner);
  if (d.type === "array") return `${describe(d.element as Node, depth + 1) || "…"}[]`;
  if (d.type === "object" && depth === 0) {
    const shape = d.shape as Record<string, Node>;
    return `{${Object.entries(shape).map(([key, field]) => {
      const type = describe(field, depth + 1);
      return type ? `${key}: ${type}` : key;
    }).join(", ")}}`;
  }
  return "";
}

const escape = (text: string) => text.replace(/\|/g, "\\|");

function addressOf(route: RouteContract): string {
  const query = route.query ? def(unwrap(route.query, "input")) : null;
  const keys = query?.type === "object" ? Object.keys(query.shape as object) : [];
  return `\`${route.method} ${route.path}${keys.length ? `?${keys.map((key) => `${key}=`).join("&")}` : ""}\``;
}

function sendsOf(route: RouteContract): string {
  if (route.form) return `form \`${fieldsOf(route.form)}\``;
  return route.body ? `\`${fieldsOf(route.body)}\`` : "";
}

function answersOf(route: RouteContract): string {
  const answer = route.answer;
  if ("json" in answer) return `${answer.status} \`${describe(answer.json)}\``;
  if ("events" in answer) return `events: ${Object.keys(answer.events).map((name) => `\`${name}\``).join(", ")}`;
  if ("file" in answer) return "a file";
  return "204";
}

/** The API table, one row a route, as docs/api.md shows it. */
export function apiTable(routes: readonly RouteContract[]): string {
  const rows = routes.map((route) =>
    [addressOf(route), route.whoLabel ?? AUDIENCES[route.who], sendsOf(route), answersOf(route), route.summary].map(escape).join(" | "),
  );
  return ["| method and path | who | sends | answers | what |", "| --- | --- | --- | --- | --- |", ...rows.map((row) => `| ${row} |`)].join("\n");
}

/** `markdown` with its API table replaced by `table`; a page without the markers is refused, so no prose is ever overwritten. */
export function withApiTable(markdown: string, table: string): string {
  const start = markdown.indexOf(TABLE_START);
  const end = markdown.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`docs/api.md needs the lines ${TABLE_START} and ${TABLE_END} around its table.`);
  return `${markdown.slice(0, start + TABLE_START.length)}\n\n${table}\n\n${markdown.slice(end)}`;
}
