import { standardHeaders } from "./standard-headers";
import { wantsSecureCookies } from "../auth/secure-cookies";
import { cookiesFromHeader } from "../auth/cookie-header";
import { decodeSessionToken, sessionTokenFrom } from "../auth/session-token";
import { environment } from "../config/environment";
import { knownSpent, writeLimitPerMinute } from "./write-limit";

const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export interface GateAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

let secureCookies: boolean | undefined;

/**
 * A write from someone whose minute of writes this process already knows is spent, answered by the
 * server in front of Next.js (scripts/serve.ts) with the very 429 the route would give
 * (lib/http/write-limit.ts), without Next.js's request pipeline: a script that ignores its 429s
 * then costs a cookie read and a map lookup a request, not a whole route's work. Anything else,
 * and anyone not known to be spent, goes on to the route, which checks everything in order.
 *
 * The session is only read here, not checked against the user's row: someone signed out or
 * disabled since keeps getting 429 instead of 401 until their minute ends. Both refuse; neither
 * writes.
 */
export async function answerSpentWriter(
  method: string | undefined,
  path: string,
  cookieHeader: string | undefined,
  { now = new Date(), limit = writeLimitPerMinute() }: { now?: Date; limit?: number } = {},
): Promise<GateAnswer | null> {
  if (!method || !WRITES.has(method) || !path.startsWith("/api/") || path.startsWith("/api/auth/") || !cookieHeader) return null;
  const secret = environment().NEXTAUTH_SECRET;
  if (!secret) return null;
  secureCookies ??= wantsSecureCookies();
  const claims = await decodeSessionToken({ token: sessionTokenFrom(cookiesFromHeader(cookieHeader), secureCookies), secret, now });
  const refusal = typeof claims?.uid === "string" ? knownSpent(claims.uid, now, limit) : null;
  if (!refusal) return null;
  return {
    status: refusal.status,
    headers: {
      ...standardHeaders(),
      "Content-Type": "application/json",
      "Retry-After": String(refusal.retryAfterSeconds),
    },
    body: JSON.stringify({ error: refusal.message, code: refusal.code, details: refusal.details }),
  };
}
