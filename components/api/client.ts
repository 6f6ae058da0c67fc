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

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * Calls the app's JSON API and turns its error answers into messages a person can read. Only the
 * entity modules beside this file call it: components call their typed functions, so every
 * address and body shape is written once.
 */
export async function callApi<T>(method: Method, url: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: body === undefined ? undefined : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new Error("The server could not be reached. Check your connection and try again.");
  }
  const data = await response.json().catch(() => ({}));
  if (!response.ok) {
    if (response.status === 401) throw new ApiError("Your session has ended. Please sign in again.", 401);
    const message = typeof data.error === "string" ? data.error : `The request failed (${response.status}).`;
    throw new ApiError(message, response.status, data.details);
  }
  return data as T;
}

/** A path segment from an id: ids are the server's, but an id never gets to reshape a path. */
export const seg = (id: string) => encodeURIComponent(id);
