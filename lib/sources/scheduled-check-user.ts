import { db } from "../db/client";

const EMAIL = "scheduled-checks@factmark.invalid";

/**
 * The account the scheduled re-checks of sources are recorded under, so the record says no person
 * did them. It is disabled and has no password anyone could type: it never signs in.
 */
export async function scheduledCheckUser(): Promise<{ id: string; name: string }> {
  return db.user.upsert({
    where: { email: EMAIL },
    update: {},
    create: { email: EMAIL, name: "Scheduled check", role: "ANNOTATOR", disabled: true, passwordHash: "!" },
    select: { id: true, name: true },
  });
}
