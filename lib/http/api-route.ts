import type { z } from "zod";
import type { AnswerOf, BodyOf, ParamsOf, QueryOf, RouteContract } from "../contracts/route-contract";
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

/** A route's contract (lib/contracts/), with a permission the policy knows. */
export type ApiContract = RouteContract & { permission?: ActorPermission };

/** A handler as Next.js calls it, with the contract it was built from (tests read it). */
export type ApiHandler<C extends ApiContract> = ((request: Request, context: RouteContext) => Promise<Response>) & { contract: C };

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
 * writes, session (401) and the contract's permission (403), each person's write allowance (429), path segments (404), query and body (400) parsed
 * with the contract's schemas, and domain errors mapped to statuses. The handler's `params`, `query` and `body` types
 * come from the schemas, and what it returns must be what the contract's answer says; the
 * wrapper sends it with the contract's status. The handler only calls lib/ and shapes the answer.
 */
export function apiRoute<const C extends ApiContract>(
  contract: C,
  handler: (input: HandlerInput<BodyOf<C>, ParamsOf<C>, QueryOf<C>>) => Promise<AnswerOf<C>> | AnswerOf<C>,
): ApiHandler<C> {
  const run = async (request: Request, context: RouteContext): Promise<Response> => {
    try {
      if (!isSameOriginRequest(request)) {
        throw new ForbiddenError("This request came from another site and was refused.");
      }
      const user = await requireUser();
      if (contract.permission) assertCan(user, contract.permission);
      if (request.method !== "GET" && request.method !== "HEAD") await chargeWrite(user.id);
      const params = (contract.params ? readParams(contract.params, await context?.params) : {}) as ParamsOf<C>;
      const query = (contract.query ? parseQuery(request, contract.query) : undefined) as QueryOf<C>;
      const body = (contract.body ? await readBody(request, contract.body) : undefined) as BodyOf<C>;
      return answer(contract, await handler({ request, user, body, params, query }));
    } catch (error) {
      return errorResponse(error);
    }
  };
  return Object.assign(run, { contract });
}

/** The handler's result as the contract says it goes out: JSON with its status, nothing (204), or the stream or file the handler made. */
function answer(contract: RouteContract, result: unknown): Response {
  const promised = contract.answer;
  if ("json" in promised) return json(result, promised.status);
  if (promised.status === 204) return new Response(null, { status: 204 });
  return result as Response;
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
