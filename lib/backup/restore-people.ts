import pg from "pg";
import { z } from "zod";
import { BackupError } from "./backup-format";

const adminRow = z.object({ id: z.string(), email: z.string(), passwordHash: z.string(), disabled: z.boolean() });

export type Admin = z.infer<typeof adminRow>;

export async function admins(client: pg.Client): Promise<Admin[]> {
  const { rows } = await client.query(`SELECT id, email, "passwordHash", disabled FROM "User" WHERE role = 'ADMIN' ORDER BY email`);
  return rows.map((row) => adminRow.parse(row));
}

/**
 * Replacing a desk's data must not change who administers it behind anyone's back: every admin the
 * backup brings must be an admin of this database now, with the same email and password, and not
 * disabled now. A backup of another desk, or one edited to plant an admin (or an admin's password),
 * is refused; restoring it into an empty database is the deliberate way to take its people as they are.
 */
export function assertNoNewAdmins(before: Admin[], after: Admin[]): void {
  const now = new Map(before.map((admin) => [admin.id, admin]));
  const planted = after.filter((admin) => {
    const current = now.get(admin.id);
    return !current || current.email !== admin.email || current.passwordHash !== admin.passwordHash || (current.disabled && !admin.disabled);
  });
  if (planted.length) {
    throw new BackupError(
      `The backup would give admin rights this database does not give now, to ${planted.map((admin) => admin.email).join(", ")} ` +
        "(a new admin, a changed email or password, or a disabled admin enabled again). Nothing was restored. " +
        "If this backup is meant to become the desk with its own admins, restore it into an empty database.",
    );
  }
}
