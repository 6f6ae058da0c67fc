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

/** This request's session: its user, checked against the row, and the token's claims. Once per request. */
const readSession = cache(async (): Promise<{ user: SessionUser; claims: SessionClaims } | null> => {
  const jar = await cookies();
  const claims = await decodeSessionToken({ token: sessionTokenFrom(jar.getAll(), secureCookies()), secret: authOptions.secret! });
  const id = typeof claims?.uid === "string" ? claims.uid : null;
  if (!claims || !id) return null;
  // Every request asks this: a plain query (lib/db/client.ts getPool).
  const { rows } = await getPool().query(`SELECT id, email, name, role::text AS role, disabled, "sessionVersion" FROM "User" WHERE id = $1`, [id]);
  const user = rows.length ? userRow.parse(rows[0]) : null;
  if (!user || user.disabled || user.sessionVersion !== (claims.sv ?? -1)) return null;
  return { user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion }, claims };
});

const secureCookies = () => authOptions.useSecureCookies ?? true;

/**
 * The signed-in user for this request, or null. A JWT cannot be revoked, so every request checks
 * it against the user row: a disabled user, or a session issued before the user's session version
 * was bumped (sign out everywhere), counts as signed out. The role is read fresh from the row, so
 * a role change applies on the very next request.
 */
export async function getSessionUser(): Promise<SessionUser | null> {
  return (await readSession())?.user ?? null;
}

/**
 * The signed-in user, or 401, for an API route. What they may do is lib/policy/policy.ts's to say.
 * The answer slides the session's end on (a page cannot set a cookie, so pages leave it as it is).
 */
export async function requireUser(): Promise<SessionUser> {
  const session = await readSession();
  if (!session) throw new UnauthenticatedError();
  const now = new Date();
  const token = await renewedSessionToken(session.claims, { secret: authOptions.secret!, maxAge: SESSION_MAX_AGE_SECONDS, now });
  if (token) {
    const expires = new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000);
    (await cookies()).set(sessionCookieName(secureCookies()), token, { httpOnly: true, sameSite: "lax", path: "/", secure: secureCookies(), expires });
  }
  return session.user;
}
