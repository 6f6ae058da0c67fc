import type { z } from "zod";
import { pathOf, type ReplyOf, type RouteContract } from "@/lib/contracts/route-contract";

/** An error answer from the API, with the server's message and any details (such as a 409's current version). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

/** The server answered, but not with what the route's contract (lib/contracts/) promises: this page and the server disagree. */
export class UnexpectedAnswerError extends Error {
  constructor(
    /** The route, as "GET /api/annotations/:id". */
    readonly route: string,
    /** What broke the contract, in words: where in the answer, and what was wrong there. */
    readonly problem: string,
  ) {
    super(`The server's answer to ${route} is not what this page expects: ${problem}. Reload the page; if it happens again, tell your admin.`);
  }
}

type Schema<C, K extends string> = C extends { [P in K]: infer S extends z.ZodType } ? S : never;

/** What a call needs: the path's segments, the query and the body, each as its schema takes it. */
export type CallInput<C> = ([Schema<C, "params">] extends [never] ? unknown : { params: z.input<Schema<C, "params">> }) &
  ([Schema<C, "query">] extends [never] ? unknown : { query: z.input<Schema<C, "query">> }) &
  ([Schema<C, "body">] extends [never] ? unknown : { body: z.input<Schema<C, "body">> });

type CallArgs<C> = [Schema<C, "params"> | Schema<C, "query"> | Schema<C, "body">] extends [never] ? [] : [input: CallInput<C>];

interface Parts {
  params?: Record<string, string>;
  query?: Record<string, unknown>;
  body?: unknown;
}

/** The route's address for these segments and this query (undefined values are left out). */
export function urlOf(contract: Pick<RouteContract, "path">, { params, query }: Pick<Parts, "params" | "query"> = {}): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) if (value !== undefined && value !== null) search.set(name, String(value));
  const text = search.toString();
  return pathOf(contract, params) + (text ? `?${text}` : "");
}

/**
 * Calls a route of the app's JSON API by its contract: builds the address, sends the body, turns
 * error answers into messages a person can read, and parses a success with the contract's answer
 * schema, so a page never works on an answer it did not expect. Only the entity modules beside
 * this file call it: components call their typed functions.
 */
export async function callApi<C extends RouteContract>(contract: C, ...[input]: CallArgs<C>): Promise<ReplyOf<C>> {
  const { params, query, body } = (input ?? {}) as Parts;
  let response: Response;
  try {
    response = await fetch(urlOf(contract, { params, query }), {
      method: contract.method,
      headers: body === undefined ? undefined : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new Error("The server could not be reached. Check your connection and try again.");
  }
  const data = await response.json().catch(() => ({}));
  if (!response.ok) throw errorFrom(response.status, data);
  return readAnswer(contract, data);
}

/**
 * Sends a multipart form to a route whose contract takes one (an import), telling `onProgress`
 * the share uploaded so far (0 to 100): XMLHttpRequest, not fetch, because only it reports an
 * upload's progress.
 */
export function sendForm<C extends RouteContract & { form: z.ZodType }>(
  contract: C,
  params: Record<string, string>,
  form: FormData,
  onProgress: (percent: number) => void,
): Promise<ReplyOf<C>> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open(contract.method, urlOf(contract, { params }));
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((100 * event.loaded) / event.total));
    };
    request.onerror = () => reject(new Error("The server could not be reached. Check your connection and try again."));
    request.onload = () => {
      let data: unknown = {};
      try {
        data = JSON.parse(request.responseText);
      } catch {
        // An answer that is not JSON: the status says what happened.
      }
      try {
        if (request.status < 200 || request.status > 299) throw errorFrom(request.status, data);
        resolve(readAnswer(contract, data));
      } catch (error) {
        reject(error);
      }
    };
    request.send(form);
  });
}

function errorFrom(status: number, data: unknown): ApiError {
  if (status === 401) return new ApiError("Your session has ended. Please sign in again.", 401);
  const answer = (typeof data === "object" && data !== null ? data : {}) as { error?: unknown; details?: Record<string, unknown> };
  return new ApiError(typeof answer.error === "string" ? answer.error : `The request failed (${status}).`, status, answer.details);
}

/** The success answer as the contract says it is, or an UnexpectedAnswerError naming the route and what broke. */
export function readAnswer<C extends RouteContract>(contract: C, data: unknown): ReplyOf<C> {
  if (!("json" in contract.answer)) return undefined as ReplyOf<C>;
  const parsed = contract.answer.json.safeParse(data);
  if (parsed.success) return parsed.data as ReplyOf<C>;
  const problem = parsed.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length ? issue.path.join(".") : "the answer"}: ${issue.message}`)
    .join("; ");
  throw new UnexpectedAnswerError(`${contract.method} ${contract.path}`, problem);
}
