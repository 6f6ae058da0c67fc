import { cache } from "react";
import { cookies } from "next/headers";
import { z } from "zod";
import { getPool } from "../db/client";
import { UnauthenticatedError } from "../errors/domain-error";
import { authOptions, SESSION_MAX_AGE_SECONDS } from "./options";
import { decodeSessionToken, renewedSessionToken, sessionCookieName, sessionTokenFrom, type SessionClaims } from "./session-token";
import type { Role } from "./roles";
import { ROLES } from "../vocabulary/names";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** The session version this request's session was checked against (long-lived streams watch it). */
  sessionVersion?: number;
}

const userRow = z.object({ id: z.string(), email: z.string(), name: z.string(), role: z.enum(ROLES), disabled: z.boolean(), sessionVersion: z.number().int() });

/**
 * The signed-in user for this request, or null. A JWT cannot be revoked, so every request checks
 * it against the user row: a disabled user, or a session issued before the user's session version
 * was bumped (sign out everywhere), counts as signed out. The role is read fresh from the row, so
 * a role change applies on the very next request.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const jar = await cookies();
  const secure = authOptions.useSecureCookies ?? true;
  const claims = await decodeSessionToken({ token: sessionTokenFrom(jar.getAll(), secure), secret: authOptions.secret! });
  const id = typeof claims?.uid === "string" ? claims.uid : null;
  if (!claims || !id) return null;
  // Every request asks this: a plain query (lib/db/client.ts getPool).
  const { rows } = await getPool().query(`SELECT id, email, name, role::text AS role, disabled, "sessionVersion" FROM "User" WHERE id = $1`, [id]);
  const user = rows.length ? userRow.parse(rows[0]) : null;
  if (!user || user.disabled || user.sessionVersion !== (claims.sv ?? -1)) return null;
  await renewSession(jar, claims, secure);
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
});

/**
 * Slides the session's end on where a response can still set a cookie (a route handler or a server
 * action; a page cannot, and keeps the cookie it has).
 */
async function renewSession(jar: Awaited<ReturnType<typeof cookies>>, claims: SessionClaims, secure: boolean) {
  const now = new Date();
  const token = await renewedSessionToken(claims, { secret: authOptions.secret!, maxAge: SESSION_MAX_AGE_SECONDS, now });
  if (!token) return;
  try {
    jar.set(sessionCookieName(secure), token, { httpOnly: true, sameSite: "lax", path: "/", secure, expires: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000) });
  } catch {
    // Rendering a page: cookies are read-only there.
  }
}

/** The signed-in user, or 401. What they may do is lib/policy/policy.ts's to say. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) throw new UnauthenticatedError();
  return user;
}
