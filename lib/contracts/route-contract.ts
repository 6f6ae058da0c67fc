import type { z } from "zod";

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * Who may call a route, in the words of the API table. The policy (lib/policy/policy.ts) decides;
 * this says what it decides, so the docs and e2e/permissions.spec.ts can hold the routes to it.
 * owner: the object's author, editors and admins; author: its author alone.
 */
export const AUDIENCES = {
  "signed-in": "signed in",
  editor: "editor, admin",
  admin: "admin",
  owner: "author, editor, admin",
  author: "author",
  "self-or-admin": "admin, or yourself",
  reviewer: "see Editorial review",
} as const;

export type Audience = keyof typeof AUDIENCES;

/** What a route answers when it succeeds. Errors are always `{error, code, details?}` (lib/http/api-route.ts). */
export type Answer =
  | { status: 200 | 201; json: z.ZodType }
  | { status: 204 }
  /** Server-Sent Events: each event name with the schema of its data. */
  | { status: 200; events: Readonly<Record<string, z.ZodType>> }
  /** A download, in one of these content types. */
  | { status: 200; file: readonly string[] };

/**
 * One API route, declared once: the route parses with these schemas (lib/http/api-route.ts), the
 * browser's client builds its address and parses its answer with them (components/api/client.ts),
 * and `npm run docs` writes the API table and the OpenAPI document from them.
 */
export interface RouteContract {
  method: Method;
  /** The address, with `:name` for each segment the params schema reads. */
  path: `/api/${string}`;
  /** What the route does, as the API table says it. */
  summary: string;
  who: Audience;
  /** The "who" column's words where the audience alone says too little. */
  whoLabel?: string;
  /** The permission (lib/policy/policy.ts) the route checks before it reads anything; the route wrapper types it. */
  permission?: string;
  params?: z.ZodType<Record<string, string>, Record<string, string>>;
  query?: z.ZodType;
  body?: z.ZodType;
  /** A multipart form instead of a JSON body: its fields, for the docs and the browser (the route reads the form itself). */
  form?: z.ZodType;
  answer: Answer;
}

/** Declares a route, keeping every literal (method, path, audience) in its type. */
export const route = <const C extends RouteContract>(contract: C): C => contract;

/** The handler's path segments, query and body: what the schemas give. */
export type ParamsOf<C> = C extends { params: infer S extends z.ZodType } ? z.output<S> : Record<string, never>;
export type QueryOf<C> = C extends { query: infer S extends z.ZodType } ? z.output<S> : undefined;
export type BodyOf<C> = C extends { body: infer S extends z.ZodType } ? z.output<S> : undefined;

/** What a handler gives back: what the answer's schema accepts (a date may still be a Date), nothing for 204, a Response for a stream or a file. */
export type AnswerOf<C> = C extends { answer: { json: infer S extends z.ZodType } } ? z.input<S> : C extends { answer: { status: 204 } } ? void : Response;

/** What the browser has once the answer is parsed. */
export type ReplyOf<C> = C extends { answer: { json: infer S extends z.ZodType } } ? z.output<S> : void;

/** The route's address with its segments filled in (each encoded, so an id never reshapes a path). */
export function pathOf(contract: Pick<RouteContract, "path">, params: Record<string, string> = {}): string {
  return contract.path.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${contract.path} needs :${name}.`);
    return encodeURIComponent(value);
  });
}

/** The `:name` segments of a path, in order. */
export const pathSegments = (path: string): string[] => [...path.matchAll(/:(\w+)/g)].map((match) => match[1]);
