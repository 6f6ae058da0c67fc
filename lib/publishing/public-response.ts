import { answerPublicRequest } from "./public-routes";

/** A route handler under app/p/: the public answer as a web Response (404 for an address it does not know). */
export async function publicResponse(request: Request): Promise<Response> {
  const answer = await answerPublicRequest(request.method, new URL(request.url), request.headers.get("if-none-match"));
  if (!answer) return new Response("Not found", { status: 404 });
  return new Response(answer.status === 304 || !answer.body ? null : answer.body, { status: answer.status, headers: answer.headers });
}
