import { z } from "zod";
import { requireUser, type SessionUser } from "../auth/session";
import { DomainError, ForbiddenError, NotFoundError, ServiceBusyError, TooManyRequestsError, ValidationError } from "../errors/domain-error";
import { assertCan, type ActorPermission } from "../policy/policy";
import { formatIssues } from "../validation/format-issues";
import { assertStorableText } from "../validation/storable-text";
import { databaseUnavailable } from "../db/unavailable";
import { chargeWrite } from "./write-limit";
import { readLimitedText } from "./read-limited";
import { isSameOriginRequest } from "./same-origin";

const MAX_BODY_BYTES = 1_000_000;

/** What Next.js hands a route: the dynamic segments of its path, as text. */
interface RouteContext {
  params: Promise<Record<string, string | string[]>>;
}

export interface HandlerInput<Body, Params, Query> {
  request: Request;
  user: SessionUser;
  body: Body;
  params: Params;
  query: Query;
}

interface RouteOptions<Params, Body, Query> {
  /** What the caller must be allowed to do (lib/policy/policy.ts); without one, any signed-in person. */
  permission?: ActorPermission;
  /** Schema for the path's segments (lib/validation/route-params.ts); a path that fails it names nothing: 404. */
  params?: z.ZodType<Params>;
  /** Schema for the JSON body; routes without one take no body. */
  body?: z.ZodType<Body>;
  /** Schema for the query string; a bad query is a 400 like a bad body. */
  query?: z.ZodType<Query>;
}

export function json(data: unknown, status = 200, headers?: HeadersInit): Response {
  return Response.json(data, { status, headers });
}

export function errorResponse(error: unknown): Response {
  if (error instanceof DomainError) {
    const headers: Record<string, string> =
      error instanceof TooManyRequestsError || error instanceof ServiceBusyError ? { "Retry-After": String(error.retryAfterSeconds) } : {};
    return json({ error: error.message, code: error.code, details: error.details }, error.status, headers);
  }
  if (isPrismaNotFound(error)) return errorResponse(new NotFoundError());
  const unavailable = databaseUnavailable(error);
  if (unavailable) {
    console.error(`Answered 503: ${error instanceof Error ? error.message.split("\n").slice(-1)[0] : String(error)}`);
    return json({ error: unavailable, code: "unavailable" }, 503, { "Retry-After": "5" });
  }
  // Log the detail for operators; the browser only learns that something failed.
  console.error(error);
  return json({ error: "Something went wrong on our side. Please try again.", code: "internal" }, 500);
}

function isPrismaNotFound(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2025";
}

async function readBody<Body>(request: Request, schema: z.ZodType<Body>): Promise<Body> {
  const text = await readLimitedText(request, MAX_BODY_BYTES);
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : {};
  } catch {
    throw new ValidationError("The request body must be valid JSON.");
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new ValidationError("The request body must be a JSON object.");
  }
  assertStorableText(data);
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new ValidationError(formatIssues(parsed.error), parsed.error.issues);
  return parsed.data;
}

/**
 * Wraps a route handler with what every API route needs, in order: same-origin check for
 * writes, session (401) and permission (403), each person's write allowance (429), path segments (404), query and body (400) parsed
 * with zod, and domain errors mapped to statuses. The handler's `params`, `query` and `body` types
 * come from the schemas. The handler only calls lib/ and shapes the answer.
 */
export function apiRoute<Params = Record<string, never>, Body = undefined, Query = undefined>(
  options: RouteOptions<Params, Body, Query>,
  handler: (input: HandlerInput<Body, Params, Query>) => Promise<Response | unknown>,
) {
  return async (request: Request, context: RouteContext): Promise<Response> => {
    try {
      if (!isSameOriginRequest(request)) {
        throw new ForbiddenError("This request came from another site and was refused.");
      }
      const user = await requireUser();
      if (options.permission) assertCan(user, options.permission);
      if (request.method !== "GET" && request.method !== "HEAD") await chargeWrite(user.id);
      const params = options.params ? readParams(options.params, await context?.params) : ({} as Params);
      const query = options.query ? parseQuery(request, options.query) : (undefined as Query);
      const body = options.body ? await readBody(request, options.body) : (undefined as Body);
      const result = await handler({ request, user, body, params, query });
      return result instanceof Response ? result : json(result);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

function readParams<Params>(schema: z.ZodType<Params>, raw: unknown): Params {
  const parsed = schema.safeParse(raw ?? {});
  if (!parsed.success) throw new NotFoundError();
  return parsed.data;
}

/** Parses `data` with `schema`; bad input is a 400 with the issues in words. */
export function parseInput<T>(schema: z.ZodType<T>, data: unknown): T {
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new ValidationError(formatIssues(parsed.error), parsed.error.issues);
  return parsed.data;
}

function parseQuery<T>(request: Request, schema: z.ZodType<T>): T {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  assertStorableText(query);
  return parseInput(schema, query);
}
