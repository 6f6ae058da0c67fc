import { cache } from "react";
import { getServerSession } from "next-auth";
import { z } from "zod";
import { getPool } from "../db/client";
import { UnauthenticatedError } from "../errors/domain-error";
import { authOptions } from "./options";
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
  const session = await getServerSession(authOptions);
  const claims = session?.user;
  if (!claims?.id) return null;
  // Every request asks this: a plain query (lib/db/client.ts getPool).
  const { rows } = await getPool().query(`SELECT id, email, name, role::text AS role, disabled, "sessionVersion" FROM "User" WHERE id = $1`, [claims.id]);
  const user = rows.length ? userRow.parse(rows[0]) : null;
  if (!user || user.disabled || user.sessionVersion !== claims.sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
});

/** The signed-in user, or 401. What they may do is lib/policy/policy.ts's to say. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) throw new UnauthenticatedError();
  return user;
}
