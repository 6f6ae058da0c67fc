import type { PublicAnswer } from "./serve-public";

/** A public answer as a web Response, for the route handlers under app/p/. */
export function toResponse(answer: PublicAnswer): Response {
  return new Response(answer.status === 304 ? null : answer.body, { status: answer.status, headers: answer.headers });
}
